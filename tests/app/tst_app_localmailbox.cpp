// SEC1: the channel through which the app shows its own user a code. The server's message writer
// (server/auth/codemail) and the app's reader (app/localmailbox) agree on RFC 5322 files; and the
// login window of the real app, with its child server started WITHOUT --dev-codes, gets the code of
// a new account from the mail folder and signs in (register -> verify), and says where the code is
// when it cannot read it.
#include "../ui/uitesthelpers.h"

#include "application.h"
#include "localmailbox.h"

#include "api/session.h"
#include "server/auth/codemail.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

using namespace tutorhub;

class TestLocalMailbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static server::CodeMail mail(const QString &to, const QString &name, const QString &purpose, const QString &code)
    {
        server::CodeMail m;
        m.to = to;
        m.toName = name;
        m.purpose = purpose;
        m.code = code;
        m.validMinutes = 10;
        return m;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // What the server writes, the app parses back: headers, the date, the decoded body, the code.
    void writtenMessagesParseBack()
    {
        const QString folder = m_dir.filePath(QStringLiteral("mail"));
        const QString name = QStringLiteral("Zoë Ångström-Müller, 日本語の名前と長い苗字 Takahashi-Yamamoto");
        const QString path
            = server::codemail::write(folder, mail(QStringLiteral("Zoe@Example.org"), name,
                                                   QStringLiteral("password-reset"), QStringLiteral("482913")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray raw = f.readAll();
        QCOMPARE(f.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions());
        // RFC 5322: CRLF only, lines of at most 78 octets, 7-bit.
        for (const QByteArray &line : raw.split('\n')) {
            QVERIFY2(line.isEmpty() || line.endsWith('\r'), line.constData());
            QVERIFY2(line.size() <= 79, line.constData());
            for (const char c : line)
                QVERIFY(uchar(c) < 0x80);
        }
        const auto msg = app::parseMailMessage(raw);
        QVERIFY(msg);
        QCOMPARE(msg->toAddress(), QStringLiteral("zoe@example.org"));
        QCOMPARE(msg->header("mime-version"), QByteArray("1.0"));
        QCOMPARE(msg->header("content-type"), QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(msg->header("subject"), QByteArray("Your TutorHub password reset code"));
        QVERIFY(QRegularExpression(QStringLiteral("^<[^@<>\\s]+@tutorhub\\.local>$"))
                    .match(QString::fromLatin1(msg->header("message-id")))
                    .hasMatch());
        QVERIFY(msg->header("from").contains("<no-reply@tutorhub.local>"));
        const QDateTime date = QDateTime::fromString(QString::fromLatin1(msg->header("date")), Qt::RFC2822Date);
        QVERIFY2(date.isValid(), msg->header("date").constData());
        QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        // The display name is RFC 2047 encoded words that decode to the name.
        QString decodedName;
        const QRegularExpression word(QStringLiteral("=\\?utf-8\\?B\\?([A-Za-z0-9+/=]+)\\?="));
        QByteArray bytes;
        for (auto it = word.globalMatch(QString::fromLatin1(msg->header("to"))); it.hasNext();)
            bytes += QByteArray::fromBase64(it.next().captured(1).toLatin1());
        QCOMPARE(QString::fromUtf8(bytes), name);
        QVERIFY2(msg->body.contains(QStringLiteral("Hello ") + name + QLatin1Char(',')), qPrintable(msg->body));
        QVERIFY(msg->body.contains(QStringLiteral("\n    482913\n")));

        const app::LocalMailbox box(folder);
        QCOMPARE(box.newestCode(QStringLiteral("zoe@example.org"), QStringLiteral("password-reset")),
                 QStringLiteral("482913"));
        QCOMPARE(box.newestCode(QStringLiteral("zoe@example.org"), QStringLiteral("email-verification")), QString());
        QCOMPARE(box.newestCode(QStringLiteral("someone@example.org"), QStringLiteral("password-reset")), QString());
        // A newer message replaces the code; one older than the code's lifetime is not used.
        QTest::qWait(5);
        server::codemail::write(folder, mail(QStringLiteral("zoe@example.org"), QString(),
                                             QStringLiteral("password-reset"), QStringLiteral("000417")));
        QCOMPARE(box.newestCode(QStringLiteral("ZOE@example.org"), QStringLiteral("password-reset")),
                 QStringLiteral("000417"));
        QCOMPARE(box.newestCode(QStringLiteral("zoe@example.org"), QStringLiteral("password-reset"), -1), QString());
    }

    void quotedPrintableRoundTrip()
    {
        const QByteArray text = QStringLiteral("ä=b \t\r\nline two ends with a space \r\n%1")
                                    .arg(QString(120, QLatin1Char('x')))
                                    .toUtf8();
        const QByteArray qp = server::codemail::quotedPrintable(text);
        for (const QByteArray &line : qp.split('\n'))
            QVERIFY(line.size() <= 77);
        QCOMPARE(app::decodeQuotedPrintable(qp), text);
    }

    // The real app, its child server started without --dev-codes (it never passes it).
    void loginWindowGetsTheCodeFromTheMailFolder()
    {
        const QString bin = qEnvironmentVariable("TUTORHUB_SERVER_BIN");
        if (bin.isEmpty())
            QSKIP("TUTORHUB_SERVER_BIN is not set (server part not built)");
        app::Application::Config config;
        const QString dataDir = m_dir.filePath(QStringLiteral("app"));
        config.options = app::CommandLine::parse({QStringLiteral("tutorhub"), QStringLiteral("--environment"),
                                                  QStringLiteral("local"), QStringLiteral("--demo"),
                                                  QStringLiteral("--data-dir"), dataDir});
        config.serverProgram = bin;
        app::Application application(config);
        QSignalSpy login(&application, &app::Application::loginWindowShown);
        QSignalSpy main(&application, &app::Application::mainWindowShown);
        application.start();
        QTRY_COMPARE_WITH_TIMEOUT(login.count(), 1, 30000);
        ui::LoginWindow *window = application.loginWindow();
        const auto edit = [window](const char *name) { return window->findChild<QLineEdit *>(QLatin1String(name)); };

        // Register: the server's answer has no code, the window reads it from the mail folder.
        window->setMode(ui::LoginWindow::Mode::Register);
        const QString email = QStringLiteral("mailbox.%1@example.org").arg(QDateTime::currentMSecsSinceEpoch());
        edit("registerName")->setText(QStringLiteral("Mia Mailbox"));
        edit("registerEmail")->setText(email);
        edit("registerPassword")->setText(QStringLiteral("a-long-password"));
        testing::findByName<QPushButton>(window, QStringLiteral("Create account"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(window->mode() == ui::LoginWindow::Mode::Verify && !window->isBusy(), 15000);
        auto *devCode = window->findChild<QLabel *>(QStringLiteral("devCode"));
        QVERIFY(devCode->isVisible());
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{6}$")).match(devCode->text()).hasMatch());
        QCOMPARE(edit("verifyCode")->text(), devCode->text());
        const QString mailDir = application.localServer()->mailDirectory();
        QVERIFY(mailDir.startsWith(dataDir));
        QCOMPARE(app::LocalMailbox(mailDir).newestCode(email, QStringLiteral("email-verification")), devCode->text());
        testing::findByName<QPushButton>(window, QStringLiteral("Verify e-mail"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(main.count(), 1, 15000);
        QCOMPARE(application.session()->currentUser().email, email);

        // When no code can be read, the window says where the message is.
        testing::findByName<QPushButton>(application.mainWindow(), QStringLiteral("Sign out"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(login.count(), 2, 10000);
        window = application.loginWindow();
        const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere"));
        window->setCodeMailbox([elsewhere](const QString &, const QString &) {
            return ui::LoginWindow::MailboxCode {QString(), elsewhere};
        });
        window->setMode(ui::LoginWindow::Mode::ForgotPassword);
        edit("forgotEmail")->setText(testing::demoStudent);
        testing::findByName<QPushButton>(window, QStringLiteral("Send code"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy() && edit("forgotCode")->isVisible(), 15000);
        QVERIFY(edit("forgotCode")->text().isEmpty());
        QVERIFY2(window->banner()->text().contains(QDir::toNativeSeparators(elsewhere)),
                 qPrintable(window->banner()->text()));
        QVERIFY(!window->findChild<QLabel *>(QStringLiteral("forgotDevCode"))->isVisible());
    }
};

QTEST_MAIN(TestLocalMailbox)
#include "tst_app_localmailbox.moc"
