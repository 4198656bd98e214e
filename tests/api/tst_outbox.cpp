// The chat outbox's file (K3): it lives in the data directory it is given, nowhere else, and only the user can
// read it (0600 in a 0700 folder); what is saved is read back after a "restart".
#include "api/environment.h"
#include "api/outbox.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tutorhub;

class TstOutbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pathIsInTheGivenDataDirectory()
    {
        QTemporaryDir dir;
        const api::Environment env = api::Environment::local(QUrl(QStringLiteral("http://127.0.0.1:1")));
        const QString path = api::Outbox::pathIn(dir.path(), env, QStringLiteral("user/../1"));
        QVERIFY2(path.startsWith(dir.path() + QStringLiteral("/outbox/")), qPrintable(path));
        QCOMPARE(QFileInfo(path).absolutePath(), dir.path() + QStringLiteral("/outbox")); // "/" in an id is replaced
        // No data directory: memory only, never a folder the outbox picks itself.
        QVERIFY(api::Outbox::pathIn(QString(), env, QStringLiteral("1")).isEmpty());
    }

    void fileIsPrivateAndSurvivesARestart()
    {
        QTemporaryDir dir;
        const api::Environment env = api::Environment::local(QUrl(QStringLiteral("http://127.0.0.1:1")));
        const QString path = api::Outbox::pathIn(dir.path(), env, QStringLiteral("42"));
        QString id;
        {
            api::Outbox outbox(path);
            id = outbox.enqueue(QStringLiteral("room-1"), QStringLiteral("text"),
                                {{QStringLiteral("text"), QStringLiteral("See you tomorrow")}});
            QVERIFY(!id.isEmpty());
        }
        QVERIFY(QFile::exists(path));
        const QFileDevice::Permissions file = QFile::permissions(path);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                                | QFileDevice::ReadOther | QFileDevice::WriteOther
                                                | QFileDevice::ExeOther;
        QVERIFY(file & QFileDevice::ReadOwner && file & QFileDevice::WriteOwner);
        QCOMPARE(file & others, QFileDevice::Permissions());
        const QFileDevice::Permissions folder = QFile::permissions(QFileInfo(path).absolutePath());
        QCOMPARE(folder & others, QFileDevice::Permissions());
        api::Outbox again(path);
        QCOMPARE(again.items().size(), 1);
        QCOMPARE(again.items().first().clientMessageId, id);
        QCOMPARE(again.items().first().content.value(QStringLiteral("text")).toString(),
                 QStringLiteral("See you tomorrow"));
    }

    // Without a file the stash for pasted images is this outbox's own private folder, not a shared name in /tmp.
    void memoryOnlyStashIsPrivateAndUnique()
    {
        api::Outbox a {QString()}, b {QString()};
        QVERIFY(!a.stashDirectory().isEmpty());
        QCOMPARE(a.stashDirectory(), a.stashDirectory());
        QVERIFY(a.stashDirectory() != b.stashDirectory());
        QVERIFY(QFileInfo(a.stashDirectory()).isDir());
        QCOMPARE(QFile::permissions(a.stashDirectory()) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TstOutbox)
#include "tst_outbox.moc"
