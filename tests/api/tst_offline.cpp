// Issue 15 item 4 (decisions U40-U49): the offline cache on disk (private files, no token, cleared) and ApiClient
// against the real server stopped and started again on the same port: the last answer served with its age while the
// server is out of reach, booking refused with the sentence and never sent, back online through the /health probe.
#include "apitesthelpers.h"

#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/contract.h"
#include "api/jsonapi.h"
#include "api/knownuser.h"
#include "api/responsecache.h"
#include "testserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace tutorhub;
using namespace tutorhub::test;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat st
    { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

std::optional<api::Result<api::JsonAnswer>> callNow(api::ApiClient *client, const api::ApiRequest &request)
{
    std::optional<api::Result<api::JsonAnswer>> out;
    QObject context;
    api::callJson(client, request, &context, [&](const api::Result<api::JsonAnswer> &r) { out = r; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 20000);
    return out;
}

} // namespace

class TestOffline : public QObject
{
    Q_OBJECT

private slots:
    // U46: the directory 0700 (both levels), each file 0600, whatever the umask; clear() removes it.
    void cacheFilesArePrivate()
    {
        QTemporaryDir data;
        const mode_t old = ::umask(0);
        const QString dir = api::ResponseCache::directoryFor(
            data.path(), api::Environment::local(QUrl("http://127.0.0.1:1")), QStringLiteral("user-1"));
        QVERIFY(dir.startsWith(data.path() + QStringLiteral("/offline-cache/")));
        api::ResponseCache cache(dir);
        const api::ApiRequest req = api::ApiRequest::to(api::Route::listEnrollments);
        const bool stored = cache.store(req, 200, R"({"status":"OK","dataName":"enrollments","enrollments":[]})");
        ::umask(old);
        QVERIFY2(stored, qPrintable(cache.errorString()));
        QCOMPARE(modeOf(dir), mode_t(0700));
        QCOMPARE(modeOf(QFileInfo(dir).absolutePath()), mode_t(0700));
        const QStringList files = QDir(dir).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QCOMPARE(modeOf(QDir(dir).filePath(files.first())), mode_t(0600));
        // Written again (an existing file): still 0600.
        QVERIFY(cache.store(req, 200, R"({"status":"OK","dataName":"enrollments","enrollments":[{"id":"e"}]})"));
        QCOMPARE(modeOf(QDir(dir).filePath(files.first())), mode_t(0600));
        QVERIFY(cache.storeNamed(QStringLiteral("messages/room"), "[]"));
        for (const QString &f : QDir(dir).entryList(QDir::Files))
            QCOMPARE(modeOf(QDir(dir).filePath(f)), mode_t(0600));
        cache.clear();
        QVERIFY(!QFileInfo::exists(dir));
        QVERIFY(!cache.lookup(req));
    }

    // U41: only the reads that matter offline; the same request whatever its query order.
    void onlyTheReadsThatMatter()
    {
        QTemporaryDir data;
        api::ResponseCache cache(data.filePath(QStringLiteral("c")));
        QVERIFY(!cache.store(api::ApiRequest::to(api::Route::login), 200, "{}"));
        QVERIFY(!cache.store(api::ApiRequest::to(api::Route::createEnrollment), 200, "{}"));
        QVERIFY(!cache.store(api::ApiRequest::to(api::Route::listCoursePacks), 200, "{}"));
        QUrlQuery a;
        a.addQueryItem(QStringLiteral("studentId"), QStringLiteral("s"));
        a.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("1"));
        QUrlQuery b;
        b.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("1"));
        b.addQueryItem(QStringLiteral("studentId"), QStringLiteral("s"));
        QVERIFY(cache.store(api::ApiRequest::to(api::Route::listLessonSlots, {}, a), 200, R"({"x":1})"));
        const auto hit = cache.lookup(api::ApiRequest::to(api::Route::listLessonSlots, {}, b));
        QVERIFY(hit);
        QCOMPARE(hit->body, QByteArray(R"({"x":1})"));
        QUrlQuery other;
        other.addQueryItem(QStringLiteral("studentId"), QStringLiteral("t"));
        QVERIFY(!cache.lookup(api::ApiRequest::to(api::Route::listLessonSlots, {}, other)));
    }

    // U42, U43, U45 against the real server, stopped and started again on the same port and data.
    void servesTheLastAnswerWhileTheServerIsDown()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        QTemporaryDir data;
        api::ApiClient client;
        client.setRetryDelays({20, 40});
        client.setOfflineProbeDelays({100, 200});
        client.setEnvironment(api::Environment::local(server.baseUrl()));
        api::AuthApi auth(&client);
        QObject ctx;
        const auto session
            = await<api::SessionInfo>([&](auto done) { auth.login(kStudentLena, kDemoPassword, &ctx, done); });
        QVERIFY2(session.ok(), why(session));
        client.setAccessToken(session.value().accessToken);
        const QString dir = api::ResponseCache::directoryFor(data.path(), client.environment(), session.value().userId);
        client.setResponseCache(std::make_shared<api::ResponseCache>(dir));

        const api::ApiRequest enrollments = api::ApiRequest::to(api::Route::listEnrollments);
        const auto live = callNow(&client, enrollments);
        QVERIFY(live && live->ok());
        QVERIFY(!live->value().cachedAt.isValid());
        const int rows = int(live->value().array().size());
        QVERIFY(rows > 0);
        // No token in any cache file.
        QDirIterator files(dir, QDir::Files);
        QVERIFY(files.hasNext());
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains(session.value().accessToken.toUtf8()));
            QVERIFY(!bytes.contains("Bearer"));
        }

        QSignalSpy connectivity(&client, &api::ApiClient::connectivityChanged);
        server.stop();
        const auto cached = callNow(&client, enrollments);
        QVERIFY(cached && cached->ok());
        QVERIFY(cached->value().cachedAt.isValid());
        QVERIFY(cached->value().cachedAt <= QDateTime::currentDateTimeUtc());
        QCOMPARE(int(cached->value().array().size()), rows);
        QVERIFY(!client.isOnline());
        QTRY_COMPARE(connectivity.count(), 1);
        QCOMPARE(connectivity.first().first().toBool(), false);

        // A read never answered before: the error, not an empty list.
        const auto unknown = callNow(
            &client, api::ApiRequest::to(api::Route::listLessonSlots, {}, QUrlQuery(QStringLiteral("courseId=none"))));
        QVERIFY(unknown && !unknown->ok());
        QVERIFY(api::ApiClient::isConnectivityError(unknown->error()));

        // Booking while offline: refused with the sentence, not sent.
        const QJsonObject booking {{QStringLiteral("coursePackId"), QStringLiteral("x")}};
        const auto refused = callNow(&client, api::ApiRequest::to(api::Route::createEnrollment, {}, booking));
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().userMessage(),
                 QStringLiteral("You are offline: booking needs the server. Try again when the connection is back."));
        QCOMPARE(refused->error().code, QString::fromLatin1(api::ApiError::kOfflineCode));

        // Back: the /health probe finds the server, the client says so, reads are live again.
        QVERIFY(server.restart());
        QCOMPARE(server.baseUrl(), client.environment().host);
        QTRY_VERIFY_WITH_TIMEOUT(client.isOnline(), 15000);
        QTRY_COMPARE(connectivity.count(), 2);
        QCOMPARE(connectivity.last().first().toBool(), true);
        const auto again = callNow(&client, enrollments);
        QVERIFY(again && again->ok());
        QVERIFY(!again->value().cachedAt.isValid());
        QCOMPARE(int(again->value().array().size()), rows);
    }

    // U45: a booking sent while the client still believes it is online, to a stopped server: the same sentence.
    void bookingToAStoppedServerSaysOffline()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        api::ApiClient client;
        client.setRetryDelays({20, 40});
        client.setOfflineProbeDelays({60000});
        client.setEnvironment(api::Environment::local(server.baseUrl()));
        server.stop();
        QVERIFY(client.isOnline());
        const auto refused = callNow(&client, api::ApiRequest::to(api::Route::createEnrollment, {}, QJsonObject {}));
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().code, QString::fromLatin1(api::ApiError::kOfflineCode));
        QVERIFY(!client.isOnline());
        // An answer of any kind (here a 4xx of a read) is the server back.
        QVERIFY(server.restart());
        const auto answered = callNow(&client, api::ApiRequest::to(api::Route::listEnrollments));
        QVERIFY(answered && !answered->ok());
        QCOMPARE(answered->error().kind, api::ApiError::Kind::Http);
        QVERIFY(client.isOnline());
    }

    // U70: the remembered user beside the cache: private (umask 0), found by e-mail on its environment only, no
    // other environment's file, removed on request; a file of another shape is ignored.
    void knownUserIsPrivateAndPerEnvironment()
    {
        QTemporaryDir data;
        const api::Environment env = api::Environment::custom(QUrl("https://tutorhub.example.org"));
        const api::Environment other = api::Environment::custom(QUrl("https://other.example.org"));
        api::User user;
        user.id = QStringLiteral("user-7");
        user.email = QStringLiteral("lena@example.org");
        user.fullname = QStringLiteral("Lena Fischer");
        user.roleId = QStringLiteral("tutor");
        user.tutorProfileId = QStringLiteral("tp-1");
        api::ServerFeatures features;
        features.known = features.asked = true;
        features.profile = QStringLiteral("local");
        features.extensions = {QStringLiteral("hub"), QStringLiteral("undeclaredFilters")};
        api::KnownUsers known(data.path());
        const mode_t old = ::umask(0);
        const bool saved = known.save(env, user, features);
        ::umask(old);
        QVERIFY(saved);
        const QString dir = api::ResponseCache::directoryFor(data.path(), env, user.id);
        const QStringList files = QDir(dir).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QCOMPARE(modeOf(dir), mode_t(0700));
        QCOMPARE(modeOf(QDir(dir).filePath(files.first())), mode_t(0600));

        const auto found = known.find(env, QStringLiteral("LENA@example.org"));
        QVERIFY(found.has_value());
        QCOMPARE(found->user.id, user.id);
        QCOMPARE(found->user.fullname, user.fullname);
        QCOMPARE(found->user.workspace(), api::Workspace::Tutor);
        QCOMPARE(found->user.tutorProfileId, user.tutorProfileId);
        QCOMPARE(found->features, features);
        QVERIFY(found->savedAt.isValid());
        QVERIFY(!known.find(other, user.email));
        QVERIFY(!known.find(env, QStringLiteral("noah@example.org")));
        QVERIFY(!api::KnownUsers(QString()).find(env, user.email));

        // Another user's folder holding a copy of this file (a hand-made rename) does not count.
        const QString foreign = api::ResponseCache::directoryFor(data.path(), env, QStringLiteral("user-8"));
        QVERIFY(QDir().mkpath(foreign));
        QVERIFY(QFile::copy(QDir(dir).filePath(files.first()), QDir(foreign).filePath(files.first())));

        known.remove(env, user.id);
        QVERIFY(QFileInfo(dir).isDir()); // the cached lists stay (U72)
        QVERIFY(QDir(dir).entryList(QDir::Files).isEmpty());
        QVERIFY(!known.find(env, user.email)); // the copy in user-8's folder is not taken
    }
};

QTEST_MAIN(TestOffline)
#include "tst_offline.moc"
