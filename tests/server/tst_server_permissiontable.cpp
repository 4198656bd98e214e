// The permission table (permissiontable.h, issue 12, SEC46) covers the server's route table exactly, with the
// routes' own access levels: a new route needs its row before tst_server_permissions calls it as six users.
#include "permissiontable.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tutorhub::server;
using namespace tutorhub::server::permissions;

class TestServerPermissionTable : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_server;

private slots:
    void initTestCase()
    {
        QString error;
        m_server = startDemoServer(m_dir, &error);
        QVERIFY2(m_server, qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->stop();
    }

    // The table covers the route table exactly, with the routes' own access levels.
    void tableCoversEveryRoute()
    {
        QStringList missing, wrong;
        for (const Route &r : m_server->router().routes()) {
            const QString key = QStringLiteral("%1 %2 %3").arg(QString::fromLatin1(r.method), r.segment, r.pattern);
            const auto e = expected(r);
            if (!e)
                missing << key;
            else if (e->access != r.access)
                wrong << key;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("routes missing from the permission table:\n")
                                               + missing.join(QLatin1Char('\n'))));
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QStringLiteral("access differs from the table:\n") + wrong.join(QLatin1Char('\n'))));
        QVERIFY(m_server->router().routes().size() > 400);
    }
};

QTEST_GUILESS_MAIN(TestServerPermissionTable)
#include "tst_server_permissiontable.moc"
