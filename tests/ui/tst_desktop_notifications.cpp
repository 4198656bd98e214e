// Desktop integration tested for real (issue 15 item 7, decisions U10-U13). Runs inside
// scripts/desktop-session.sh, which gives it a private D-Bus session bus, an Xvfb display and, per ctest
// entry, Debian's own desktop services; TUTORHUB_TEST_DESKTOP says which:
//   notifications  dunst owns org.freedesktop.Notifications: the app (tutorhub's Application against the
//                  real local server) shows a lesson reminder and a chat message there; both are read back
//                  from dunst (`dunstctl history`: title, body, app name, category), and `dunstctl action`
//                  clicks them: the app shows its window on the lessons page / the conversation.
//   tray           trayer (an XEmbed tray): the tray is available, our icon is embedded in trayer's panel,
//                  and without a notification server the tray's balloon shows a notification.
//   none           neither: no tray, and a notification lands in the window's banner.
#include "../api/realtimetesthelpers.h"
#include "studenttesthelpers.h"

#include "application.h"
#include "lessontime.h"

#include "api/contract.h"
#include "models/chat/conversationlistmodel.h"
#include "models/format.h"
#include "models/workspacenavigationmodel.h"
#include "ui/chat/chatpane.h"
#include "models/chat/chatsession.h"
#include "ui/common/systemnotifier.h"
#include "ui/loginwindow.h"
#include "ui/mainwindow.h"
#include "ui/notify/lessonreminderscontroller.h"
#include "models/reminders/lessonreminders.h"

#include <QApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyle>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSystemTrayIcon>

using namespace tutorhub;

namespace {
QString desktop()
{
    return qEnvironmentVariable("TUTORHUB_TEST_DESKTOP");
}

// dunstctl <args>; its standard output (empty and *ok false, with a warning, when it fails).
QByteArray dunstctl(const QStringList &args, bool *ok = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("dunstctl"), args);
    const bool done = p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (ok)
        *ok = done;
    if (!done) {
        qWarning() << "dunstctl" << args << "failed:" << p.readAllStandardError();
        return {};
    }
    return p.readAllStandardOutput();
}

bool dunstctlRuns(const QStringList &args)
{
    bool ok = false;
    dunstctl(args, &ok);
    return ok;
}

int displayedCount()
{
    return dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}).trimmed().toInt();
}

// dunst's history (closed notifications), newest first: each as {field: value}.
QList<QVariantMap> history()
{
    QList<QVariantMap> out;
    const QJsonArray outer = QJsonDocument::fromJson(dunstctl({QStringLiteral("history")}))
                                 .object()
                                 .value(QStringLiteral("data"))
                                 .toArray();
    for (const QJsonValue &n : outer.first().toArray()) {
        QVariantMap m;
        const QJsonObject o = n.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            m.insert(it.key(), it.value().toObject().value(QStringLiteral("data")).toVariant());
        out.append(m);
    }
    return out;
}

// The X11 parent of a window (xwininfo -tree), as "0x…"; empty when unknown.
QString x11Parent(WId window)
{
    QProcess p;
    p.start(QStringLiteral("xwininfo"), {QStringLiteral("-tree"), QStringLiteral("-id"), QString::number(window)});
    if (!p.waitForFinished(10000))
        return {};
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
    const QRegularExpression re(QStringLiteral("Parent window id: (0x[0-9a-f]+)"));
    const auto m = re.match(out);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString x11Root()
{
    QProcess p;
    p.start(QStringLiteral("xwininfo"), {QStringLiteral("-root")});
    if (!p.waitForFinished(10000))
        return {};
    const auto m = QRegularExpression(QStringLiteral("Window id: (0x[0-9a-f]+)"))
                       .match(QString::fromLocal8Bit(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1) : QString();
}

// The window of trayer's panel.
QString trayerPanel()
{
    QProcess p;
    p.start(QStringLiteral("xwininfo"), {QStringLiteral("-root"), QStringLiteral("-tree")});
    if (!p.waitForFinished(10000))
        return {};
    const auto m = QRegularExpression(QStringLiteral("(0x[0-9a-f]+) \"panel\": \\(\"panel\" \"trayer\"\\)"))
                       .match(QString::fromLocal8Bit(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1) : QString();
}
} // namespace

class TestDesktopNotifications : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY2(!desktop().isEmpty(), "run through scripts/desktop-session.sh (ctest does)");
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void channelFollowsTheDesktop()
    {
        ui::SystemNotifier notifier;
        ui::MessageBanner banner;
        notifier.setBanner(&banner);
        if (desktop().contains(QLatin1String("notifications")))
            QCOMPARE(notifier.channel(), ui::DesktopNotifier::Channel::Desktop);
        else if (desktop().contains(QLatin1String("tray")))
            QTRY_COMPARE_WITH_TIMEOUT(notifier.channel(), ui::DesktopNotifier::Channel::Tray, 10000);
        else
            QCOMPARE(notifier.channel(), ui::DesktopNotifier::Channel::Banner);
        QCOMPARE(QSystemTrayIcon::isSystemTrayAvailable(), desktop().contains(QLatin1String("tray")));
    }

    void trayIconIsEmbeddedAndShowsTheBalloon()
    {
        if (desktop() != QLatin1String("tray"))
            QSKIP("the tray entry of scripts/desktop-session.sh checks this");
        ui::SystemNotifier notifier;
        notifier.setIcon(QIcon::fromTheme(QStringLiteral("dialog-information"),
                                          QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation)));
        QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);
        notifier.setTrayIconVisible(true);
        QVERIFY(notifier.trayIcon() && notifier.trayIcon()->isVisible());
        // Qt's XEmbed tray icon is a small window that trayer reparents into its panel.
        const QString panel = trayerPanel();
        QVERIFY(!panel.isEmpty());
        QWidget *iconWindow = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((iconWindow =
                                      [] {
                                          for (QWidget *w : QApplication::topLevelWidgets())
                                              if (QByteArray(w->metaObject()->className()) == "QSystemTrayIconSys")
                                                  return w;
                                          return static_cast<QWidget *>(nullptr);
                                      }())
                                     != nullptr,
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            x11Parent(iconWindow->winId()) != x11Root() && !x11Parent(iconWindow->winId()).isEmpty(), 10000);
        QString parent = x11Parent(iconWindow->winId());
        // trayer embeds each icon in a socket window inside its panel: walk up to the panel.
        for (int i = 0; i < 4 && parent != panel && parent != x11Root() && !parent.isEmpty(); ++i)
            parent = x11Parent(parent.toULongLong(nullptr, 16));
        QCOMPARE(parent, panel);

        // No notification server: the balloon shows the notification, its click comes back as the key.
        QSignalSpy activated(&notifier, &ui::DesktopNotifier::activated);
        notifier.notify({QStringLiteral("chat:room-1"),
                         QStringLiteral("New message from Maria Keller"),
                         QStringLiteral("See you at four"),
                         QStringLiteral("im.received"),
                         {}});
        QWidget *balloon = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((balloon =
                                      [] {
                                          for (QWidget *w : QApplication::topLevelWidgets())
                                              if (QByteArray(w->metaObject()->className()) == "QBalloonTip"
                                                  && w->isVisible())
                                                  return w;
                                          return static_cast<QWidget *>(nullptr);
                                      }())
                                     != nullptr,
                                 10000);
        QStringList texts;
        for (QLabel *l : balloon->findChildren<QLabel *>())
            texts << l->text();
        QVERIFY2(texts.contains(QStringLiteral("See you at four")), qPrintable(texts.join(QLatin1Char('|'))));
        emit notifier.trayIcon()->messageClicked();
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toString(), QStringLiteral("chat:room-1"));
    }

    void withoutTrayNorServerTheBannerShowsIt()
    {
        if (desktop() != QLatin1String("none"))
            QSKIP("the plain entry of scripts/desktop-session.sh checks this");
        ui::SystemNotifier notifier;
        ui::MessageBanner banner;
        notifier.setBanner(&banner);
        notifier.setTrayIconVisible(true);
        QVERIFY(!notifier.trayIcon());
        notifier.notify({QStringLiteral("lesson:x"),
                         QStringLiteral("Lesson at 14:00"),
                         QStringLiteral("Algebra starts in 15 minutes."),
                         {},
                         {}});
        QCOMPARE(banner.text(), QStringLiteral("Lesson at 14:00: Algebra starts in 15 minutes."));
    }

    void reminderAndChatReachTheDaemonAndOpenTheApp()
    {
        if (!desktop().contains(QLatin1String("notifications")))
            QSKIP("the notifications entry of scripts/desktop-session.sh checks this");
        app::LocalServer server;
        QString why;
        QVERIFY2(testing::startDemoServer(server, m_dir, &why), qPrintable(why));

        // Lena's first booked lesson moved to 10 minutes from now: with the default 15 minutes its
        // reminder is due when she signs in.
        auto lena = testing::signIn(server.url(), m_dir.filePath(QStringLiteral("lena.ini")), testing::demoStudent);
        QVERIFY(lena->session->currentUser().isValid());
        const auto enrollments = testing::callNow(lena->client.get(), api::ApiRequest::to(api::Route::listEnrollments));
        QVERIFY(enrollments.ok());
        QString slotId;
        for (const QJsonValue &e : enrollments.value().array())
            if (e.toObject().value(QStringLiteral("enrollmentStatus")).toString() == QLatin1String("active"))
                for (const QJsonValue &id : e.toObject().value(QStringLiteral("lessonSlotIds")).toArray()) {
                    const auto slot = testing::callNow(lena->client.get(),
                                                       api::ApiRequest::to(api::Route::getLessonSlot, {id.toString()}));
                    if (slot.ok()
                        && slot.value().object().value(QStringLiteral("status")).toString() == QLatin1String("booked")
                        && slotId.isEmpty())
                        slotId = id.toString();
                }
        QVERIFY(!slotId.isEmpty());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime soon
            = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), QTimeZone::utc()).addSecs(600);
        QCOMPARE(test::moveSlotTo(m_dir.filePath(QStringLiteral("server")), slotId, soon), QString());

        app::Application::Config c;
        c.options = app::CommandLine::parse({QStringLiteral("tutorhub"), QStringLiteral("--server-url"),
                                             server.url().toString(), QStringLiteral("--data-dir"),
                                             m_dir.filePath(QStringLiteral("app"))});
        c.serverProgram = m_dir.filePath(QStringLiteral("missing/tutorhub-server"));
        api::MemoryTokenStore store;
        c.tokenStore = &store;
        app::Application app(c);
        QSignalSpy login(&app, &app::Application::loginWindowShown);
        QSignalSpy mainShown(&app, &app::Application::mainWindowShown);
        app.start();
        QTRY_COMPARE_WITH_TIMEOUT(login.count(), 1, 15000);
        ui::LoginWindow *window = app.loginWindow();
        window->findChild<QLineEdit *>(QStringLiteral("signInEmail"))->setText(testing::demoStudent);
        window->findChild<QLineEdit *>(QStringLiteral("signInPassword"))->setText(testing::demoPassword);
        testing::findByName<QPushButton>(window, QStringLiteral("Sign in"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(mainShown.count(), 1, 20000);
        ui::MainWindow *main = app.mainWindow();
        QCOMPARE(app.notifier()->channel(), ui::DesktopNotifier::Channel::Desktop);

        // The reminder: on dunst's screen, then clicked — the window shows the lessons page.
        QTRY_COMPARE_WITH_TIMEOUT(displayedCount(), 1, 20000);
        main->showPage(0);
        QVERIFY(main->currentPageId() != QLatin1String("my-learning"));
        main->hide();
        QVERIFY(dunstctlRuns({QStringLiteral("action"), QStringLiteral("0")}));
        QTRY_COMPARE_WITH_TIMEOUT(main->currentPageId(), QStringLiteral("my-learning"), 10000);
        QVERIFY(main->isVisible());
        QVERIFY(dunstctlRuns({QStringLiteral("close-all")}));
        QTRY_COMPARE_WITH_TIMEOUT(displayedCount(), 0, 10000);

        // A chat message from Maria while the window is hidden: on dunst's screen as a message from her.
        main->hide();
        auto *pane = main->findChild<ui::chat::ChatPane *>(QStringLiteral("chatPane"));
        QVERIFY(pane);
        QString room;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(room =
                  [pane] {
                      auto *m = pane->conversations();
                      for (int i = 0; i < m->rowCount(); ++i)
                          if (m->index(i).data(models::ConversationListModel::TypeRole).toString()
                              == QLatin1String("studentTutor"))
                              return m->index(i).data(models::ConversationListModel::IdRole).toString();
                      return QString();
                  }())
                 .isEmpty(),
            15000);
        QTRY_VERIFY_WITH_TIMEOUT(pane->session()->isConnected(), 15000);
        test::ChatUser maria;
        QVERIFY(maria.signIn(quint16(server.url().port()), test::kTutorMaria,
                             m_dir.filePath(QStringLiteral("maria.json"))));
        maria.rt->join(room);
        maria.rt->start();
        QTRY_VERIFY_WITH_TIMEOUT(maria.connected(), 15000);
        maria.rt->sendMessage(room, QStringLiteral("text"),
                              QJsonObject {{QStringLiteral("text"), QStringLiteral("See you at four, Lena")}});
        QTRY_COMPARE_WITH_TIMEOUT(displayedCount(), 1, 15000);
        QVERIFY(dunstctlRuns({QStringLiteral("action"), QStringLiteral("0")}));
        QTRY_COMPARE_WITH_TIMEOUT(main->currentPageId(), QStringLiteral("messages"), 10000);
        QVERIFY(main->isVisible());
        auto *chatPage = main->findChild<ui::chat::ChatPane *>(QStringLiteral("chatPage"));
        QVERIFY(chatPage);
        QTRY_COMPARE_WITH_TIMEOUT(chatPage->currentConversation(), room, 10000);
        QVERIFY(dunstctlRuns({QStringLiteral("close-all")}));

        // Both read back from dunst: who sent them, what they said, their category.
        QList<QVariantMap> shown;
        QTRY_VERIFY_WITH_TIMEOUT((shown = history()).size() >= 2, 10000);
        const auto find = [&](const QString &category) {
            for (const QVariantMap &n : shown)
                if (n.value(QStringLiteral("category")).toString() == category)
                    return n;
            return QVariantMap();
        };
        const QVariantMap reminder = find(QStringLiteral("x-tutorhub.reminder"));
        QCOMPARE(reminder.value(QStringLiteral("appname")).toString(), QStringLiteral("TutorHub"));
        QCOMPARE(reminder.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("Lesson at %1").arg(models::Format::time(soon)));
        const QString body = reminder.value(QStringLiteral("body")).toString();
        QVERIFY2(body.contains(QStringLiteral("GCSE Maths Exam Preparation with Maria Keller starts in")),
                 qPrintable(body));
        const QVariantMap chat = find(QStringLiteral("im.received"));
        QCOMPARE(chat.value(QStringLiteral("appname")).toString(), QStringLiteral("TutorHub"));
        QCOMPARE(chat.value(QStringLiteral("summary")).toString(), QStringLiteral("New message from Maria Keller"));
        QCOMPARE(chat.value(QStringLiteral("body")).toString(), QStringLiteral("See you at four, Lena"));

        // Signed in again (a restart of the window): the reminder is not shown twice.
        app.session()->signOut();
        QTRY_COMPARE_WITH_TIMEOUT(login.count(), 2, 15000);
        window = app.loginWindow();
        window->findChild<QLineEdit *>(QStringLiteral("signInEmail"))->setText(testing::demoStudent);
        window->findChild<QLineEdit *>(QStringLiteral("signInPassword"))->setText(testing::demoPassword);
        testing::findByName<QPushButton>(window, QStringLiteral("Sign in"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(mainShown.count(), 2, 20000);
        auto *reminders = app.mainWindow()->findChild<ui::LessonRemindersController *>();
        QVERIFY(reminders);
        QTRY_VERIFY_WITH_TIMEOUT(!reminders->reminders()->lessons().isEmpty(), 15000); // read and planned
        QVERIFY(reminders->reminders()->wasShown(reminders->reminders()->lessons().first()));
        QCOMPARE(displayedCount(), 0);
    }
};

QTEST_MAIN(TestDesktopNotifications)
#include "tst_desktop_notifications.moc"
