// The route table contract/routes.def against the router (issue 13 item 1, docs/decisions.md C1-C2):
// every Documented/Raw row is implemented by the server (the ones that are not are listed with why),
// every Extension row is used, a route without a row or unlike its row is refused at start-up, and
// contract::path fills paths from the table.
#include "../support/postgrestest.h"
#include "catalog/catalog.h"
#include "core/crud.h"
#include "http/contract.h"
#include "http/router.h"
#include "server.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace tutorhub::server;

class TestServerContractTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ServerOptions o;
        o.dataDir = m_dir.path();
        o.logRequests = false;
        QString error;
        o.database = tutorhub::test::postgres::databaseFor(m_dir.path(), &error); // <test>@postgresql (DB7)
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_server = std::make_unique<Server>(o);
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_server.reset(); }

    void everyRowIsImplementedOrExplained()
    {
        // Documented rows this server does not serve, each with the reason (docs/contract.md shows them too).
        const QHash<QString, QString> notImplemented {
            // The realtime hub is the WebSocket upgrade of HttpServer (Hub::attach), not a router route.
            {QStringLiteral("realtimeHub"), QStringLiteral("served by the WebSocket upgrade, not the router")},
        };
        QSet<contract::R> implemented;
        for (const Route &r : m_server->router().routes())
            implemented.insert(r.id);
        QStringList missing;
        for (const contract::Row &row : contract::table()) {
            if (implemented.contains(row.id) || notImplemented.contains(row.name))
                continue;
            missing << QStringLiteral("%1 (%2 %3 %4, %5)")
                           .arg(row.name, QString::fromLatin1(row.method), row.segment, row.path,
                                contract::kindName(row.kind));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("rows the router does not implement: ")
                                               + missing.join(QStringLiteral(", "))));
        for (auto it = notImplemented.cbegin(); it != notImplemented.cend(); ++it)
            QVERIFY2(contract::rowByName(it.key()), qPrintable(it.key()));
    }

    void everyRouteHasItsRow()
    {
        for (const Route &r : m_server->router().routes()) {
            QVERIFY(r.id != contract::R::None);
            const contract::Row &row = contract::row(r.id);
            QCOMPARE(r.method, row.method);
            QCOMPARE(r.segment, row.segment);
            if (row.access != contract::RowAccess::PerIndex)
                QCOMPARE(r.pattern, row.path);
        }
    }

    void routeWithoutRowIsRefused()
    {
        Router router;
        const Handler h = [](Request &) { return Response::json(QJsonObject {}); };
        QVERIFY_THROWS_EXCEPTION(std::logic_error, router.add(Route(contract::R::None, h)));
        Route changed(contract::R::getUser, h);
        changed.pattern = QStringLiteral("/v1/people/:userId");
        QVERIFY_THROWS_EXCEPTION(std::logic_error, router.add(changed));
        Route wrongAccess(contract::R::getUser, h);
        wrongAccess.access = Access::Public;
        QVERIFY_THROWS_EXCEPTION(std::logic_error, router.add(wrongAccess));
        QVERIFY_THROWS_EXCEPTION(std::logic_error,
                                 router.add(Route(contract::R::bffList, QStringLiteral(":x"), Access::Admin, h)));
        router.add(Route(contract::R::bffList, QStringLiteral("enrollments"), Access::Admin, h));
        QCOMPARE(router.routes().last().pattern, QStringLiteral("/enrollments/list"));
        router.add(Route(contract::R::getUser, h));
        QCOMPARE(router.routes().size(), 2);
    }

    // K62: a CRUD descriptor states who may do what; a row of the table that says otherwise stops the start.
    void crudDescriptorAgreesWithItsRows()
    {
        CrudResource r;
        r.schema = &courseCategorySchema();
        r.idParam = QStringLiteral("courseCategoryId");
        r.routes
            = {contract::R::listCourseCategories, contract::R::getCourseCategory, contract::R::createCourseCategory,
               contract::R::updateCourseCategory, contract::R::deleteCourseCategory};
        const QList<Route> routes = crudRoutes(Context {}, r); // Public reads, Admin writes: as the rows say
        QCOMPARE(routes.size(), 5);
        QCOMPARE(routes.at(1).access, Access::Public);
        QCOMPARE(routes.at(2).access, Access::Admin);
        r.writeAccess = Access::SignedIn;
        QVERIFY_THROWS_EXCEPTION(std::logic_error, crudRoutes(Context {}, r));
        r.writeAccess = Access::Admin;
        r.readAccess = Access::Admin;
        QVERIFY_THROWS_EXCEPTION(std::logic_error, crudRoutes(Context {}, r));
        r.routes = {};
        r.routes.get = contract::R::getCourseCategory;
        r.readAccess = Access::Public;
        QCOMPARE(crudRoutes(Context {}, r).size(), 1); // only the routes it names
    }

    void tableRowsAreWellFormed()
    {
        QSet<QString> names;
        QSet<QString> keys;
        for (const contract::Row &row : contract::table()) {
            QVERIFY2(!names.contains(row.name), qPrintable(row.name));
            names.insert(row.name);
            const QString key = QStringLiteral("%1 %2 %3").arg(QString::fromLatin1(row.method), row.segment, row.path);
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            QVERIFY2(row.path.startsWith(QLatin1Char('/')), qPrintable(row.name));
            // Every path parameter of the path is declared, and nothing else is declared as one.
            QStringList inPath;
            for (const QString &part : row.path.split(QLatin1Char('/')))
                if (part.startsWith(QLatin1Char(':')))
                    inPath << part.mid(1);
            QStringList declared = row.names(contract::Where::Path);
            inPath.sort();
            declared.sort();
            QVERIFY2(inPath == declared, qPrintable(row.name));
        }
    }

    void pathsComeFromTheTable()
    {
        QCOMPARE(contract::path(contract::R::getUser, {{QStringLiteral("userId"), QStringLiteral("a b")}}),
                 QStringLiteral("/auth-api/v1/users/a%20b"));
        QCOMPARE(contract::path(contract::R::health, {}, QStringLiteral("bff-api")), QStringLiteral("/bff-api/health"));
        QCOMPARE(contract::path(contract::R::realtimeHub), QStringLiteral("/messaging-api/hub"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_server;
};

QTEST_GUILESS_MAIN(TestServerContractTable)
#include "tst_server_contracttable.moc"
