// Environments and service URLs (ARCHITECTURE settled decision 1, API.md §1.1, D15); data objects.
#include "api/environment.h"
#include "api/tokenstore.h"
#include "api/types.h"

#include <QJsonDocument>
#include <QTest>

using namespace tutorhub::api;

class TestEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void segments()
    {
        QCOMPARE(serviceSegment(Service::Auth), QStringLiteral("auth-api"));
        QCOMPARE(serviceSegment(Service::TutorCatalog), QStringLiteral("tutorcatalog-api"));
        QCOMPARE(serviceSegment(Service::CourseScheduling), QStringLiteral("coursescheduling-api"));
        QCOMPARE(serviceSegment(Service::EnrollmentManagement), QStringLiteral("enrollmentmanagement-api"));
        QCOMPARE(serviceSegment(Service::PlatformAdmin), QStringLiteral("platformadmin-api"));
        QCOMPARE(serviceSegment(Service::Messaging), QStringLiteral("messaging-api"));
        QCOMPARE(serviceSegment(Service::AgentHub), QStringLiteral("agenthub-api"));
        QCOMPARE(serviceSegment(Service::Bff), QStringLiteral("bff-api"));
        QCOMPARE(serviceSegment(Service::Notification), QStringLiteral("notification-api"));
        QCOMPARE(allServices().size(), 9);
    }

    void fixedHosts_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("authUrl");
        QTest::newRow("preview") << "preview"
                                 << "https://tutorhub.prw.mindbricks.com/auth-api";
        QTest::newRow("staging") << "staging"
                                 << "https://tutorhub-stage.mindbricks.co/auth-api";
        QTest::newRow("production") << "production"
                                    << "https://tutorhub.mindbricks.co/auth-api";
    }
    void fixedHosts()
    {
        QFETCH(QString, id);
        QFETCH(QString, authUrl);
        const Environment e = Environment::fromId(id, QUrl("http://ignored.example"));
        QVERIFY(e.isValid());
        QCOMPARE(e.id, id);
        QCOMPARE(e.serviceUrl(Service::Auth).toString(), authUrl);
        QVERIFY(!e.displayName().isEmpty());
    }

    void localAndCustom()
    {
        const Environment local = Environment::local(quint16(45123));
        QCOMPARE(local.kind, EnvironmentKind::Local);
        QCOMPARE(local.id, QStringLiteral("local"));
        QCOMPARE(local.serviceUrl(Service::Bff).toString(), QStringLiteral("http://127.0.0.1:45123/bff-api"));
        QCOMPARE(local.url(Service::Auth, "/v1/users/42").toString(),
                 QStringLiteral("http://127.0.0.1:45123/auth-api/v1/users/42"));

        QVERIFY(!Environment::fromId("local").isValid()); // host is set at runtime
        QVERIFY(!Environment::fromId("custom").isValid());

        const Environment custom = Environment::custom(Environment::normalizeHost(" tutorhub.example.org:8443/ "));
        QVERIFY(custom.isValid());
        QCOMPARE(custom.serviceUrl(Service::Messaging).toString(),
                 QStringLiteral("https://tutorhub.example.org:8443/messaging-api"));
        QVERIFY(custom.displayName().contains("tutorhub.example.org"));

        // Custom with a path prefix (reverse proxy).
        const Environment prefixed = Environment::custom(QUrl("https://host.example/tutorhub/"));
        QCOMPARE(prefixed.serviceUrl(Service::Auth).toString(),
                 QStringLiteral("https://host.example/tutorhub/auth-api"));

        // SEC47: a custom server is https, or http on this computer only.
        const Environment plain = Environment::custom(QUrl("http://host.example/tutorhub/"));
        QVERIFY(!plain.isValid());
        QVERIFY(!plain.hasSafeTransport());
        for (const char *ok : {"https://host.example", "http://localhost:8080", "http://127.0.0.1:9",
                               "http://127.1.2.3", "http://[::1]:80"})
            QVERIFY2(Environment::custom(QUrl(QLatin1String(ok))).isValid(), ok);
        for (const char *bad :
             {"http://192.168.1.5:8080", "http://localhost.example.org", "http://10.0.0.1", "http://[fe80::1]"})
            QVERIFY2(!Environment::custom(QUrl(QLatin1String(bad))).isValid(), bad);
        QVERIFY(Environment::local(QUrl("http://127.0.0.1:4000")).isValid());
        QVERIFY(Environment::normalizeHost("ftp://x.org").isEmpty());
        QVERIFY(Environment::normalizeHost("").isEmpty());
        QVERIFY(Environment::normalizeHost("http://user:pw@x.org").isEmpty());
        QCOMPARE(Environment::fromId("nonsense").kind, EnvironmentKind::Local);
    }

    void allEnvironments()
    {
        const QList<Environment> all = Environment::all();
        QCOMPARE(all.size(), 5);
        QStringList ids;
        QSet<QString> names;
        for (const Environment &e : all) {
            ids << e.id;
            names.insert(e.displayName());
        }
        QCOMPARE(ids, (QStringList {"local", "preview", "staging", "production", "custom"}));
        QCOMPARE(names.size(), 5);
    }

    void tokenKeys()
    {
        QCOMPARE(TokenStore::makeKey(Environment::local(quint16(1234)), " Lena.Fischer@TutorHub.local "),
                 QStringLiteral("local/lena.fischer@tutorhub.local"));
        QCOMPARE(TokenStore::makeKey(Environment::local(quint16(9999)), "a@b.cd"),
                 TokenStore::makeKey(Environment::local(quint16(1)), "a@b.cd")); // port-free
        QCOMPARE(TokenStore::makeKey(Environment::fromId("production"), "a@b.cd"), QStringLiteral("production/a@b.cd"));
        QCOMPARE(TokenStore::makeKey(Environment::custom(QUrl("https://x.org:8443")), "a@b.cd"),
                 QStringLiteral("custom:https://x.org:8443/a@b.cd"));
        QVERIFY(TokenStore::makeKey(Environment::custom(QUrl("https://x.org")), "a@b.cd")
                != TokenStore::makeKey(Environment::custom(QUrl("https://y.org")), "a@b.cd"));
    }

    void userFromJson()
    {
        const QJsonObject o = QJsonDocument::fromJson(R"({
            "id":"u1","email":"m@x.org","fullname":"Maria","avatar":"avatar-1.png","roleId":"tutor",
            "emailVerified":true,"tutorApplicationStatus":"approved","tutorApplicationStatus_idx":2,
            "certifications":"c","qualifications":"q","bio":"b","specializations":"math",
            "applicationReviewNote":"ok","applicationDocuments":"doc.pdf","accountStatus":"active",
            "isActive":true,"recordVersion":3,"createdAt":"2024-03-19T12:13:54.124Z",
            "updatedAt":"2024-03-20T12:00:00Z","_owner":"u1","password":"never"})")
                                  .object();
        const User u = User::fromJson(o);
        QCOMPARE(u.id, QStringLiteral("u1"));
        QCOMPARE(u.fullname, QStringLiteral("Maria"));
        QVERIFY(u.emailVerified);
        QCOMPARE(u.applicationStatus(), TutorApplicationStatus::Approved);
        QCOMPARE(u.status(), AccountStatus::Active);
        QCOMPARE(u.recordVersion, 3);
        QCOMPARE(u.createdAt, QDateTime(QDate(2024, 3, 19), QTime(12, 13, 54, 124), Qt::UTC));
        QCOMPARE(u.owner, QStringLiteral("u1"));
        QVERIFY(u.isTutor());
        QCOMPARE(u.workspace(), Workspace::Tutor);
        QVERIFY(!u.toJson().contains("password"));
    }

    void workspaces()
    {
        QCOMPARE(workspaceForRole("user"), Workspace::Student);
        QCOMPARE(workspaceForRole("tutor"), Workspace::Tutor);
        QCOMPARE(workspaceForRole("admin"), Workspace::Admin);
        QCOMPARE(workspaceForRole("superAdmin"), Workspace::Admin);
        User u;
        u.roleId = "superAdmin";
        QVERIFY(u.isAdmin() && u.isSuperAdmin() && !u.isTutor());
    }

    void sessionFromJson()
    {
        const SessionInfo s = SessionInfo::fromJson(QJsonDocument::fromJson(R"({
            "sessionId":"s1","userId":"u1","email":"a@b.cd","fullname":"A","roleId":"admin","avatar":"x",
            "accountStatus":"active","emailVerified":true,"tutorApplicationStatus":"none",
            "accessToken":"tok","expiresIn":86400,"sessionNeedsEmail2FA":false,"sessionNeedsMobile2FA":false})")
                                                        .object());
        QVERIFY(s.isValid());
        QCOMPARE(s.expiresIn, 86400);
        QCOMPARE(s.workspace(), Workspace::Admin);
        QCOMPARE(s.toUser().email, QStringLiteral("a@b.cd"));
        QVERIFY(!SessionInfo::fromJson(QJsonObject {{"status", "OK"}}).isValid());
    }

    void listQuery()
    {
        ListQuery q;
        q.pageNumber = 0;
        q.filter("roleId", "tutor").filter("roleId", "admin");
        const QUrlQuery u = q.toUrlQuery();
        QCOMPARE(u.queryItemValue("pageNumber"), QStringLiteral("0"));
        QCOMPARE(u.allQueryItemValues("roleId"), (QStringList {"tutor", "admin"}));
    }
};

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
