// The client's route table (C40-C44): the path builder (encoding, arity, methods, services), the declared
// filters, the /extensions answer, the client-side selection of undeclared filters against a server that
// ignores them, and a scan of the client sources that fails on any REST path spelled outside api/contract*.
#include "api/apiclient.h"
#include "api/contract.h"
#include "api/jsonapi.h"
#include "api/listfilter.h"
#include "api/serverfeatures.h"
#include "fakehttpserver.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace tutorhub;
using api::ApiRequest;
using api::Route;

namespace {

// String literals of a C++ source, comments and character literals skipped.
QStringList stringLiterals(const QString &src)
{
    QStringList out;
    const qsizetype n = src.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = src.at(i);
        if (c == QLatin1Char('/') && i + 1 < n && src.at(i + 1) == QLatin1Char('/')) {
            while (i < n && src.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && i + 1 < n && src.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = src.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == QLatin1Char('\'')) {
            ++i;
            while (i < n && src.at(i) != QLatin1Char('\'')) {
                if (src.at(i) == QLatin1Char('\\'))
                    ++i;
                ++i;
            }
            ++i;
        } else if (c == QLatin1Char('R') && i + 2 < n && src.at(i + 1) == QLatin1Char('"')) {
            const qsizetype open = src.indexOf(QLatin1Char('('), i + 2);
            const QString delim = QLatin1Char(')') + src.mid(i + 2, open - i - 2) + QLatin1Char('"');
            const qsizetype end = src.indexOf(delim, open + 1);
            out.append(src.mid(open + 1, end - open - 1));
            i = end < 0 ? n : end + delim.size();
        } else if (c == QLatin1Char('"')) {
            QString lit;
            ++i;
            while (i < n && src.at(i) != QLatin1Char('"')) {
                if (src.at(i) == QLatin1Char('\\') && i + 1 < n) {
                    lit += src.at(i + 1);
                    i += 2;
                    continue;
                }
                lit += src.at(i++);
            }
            ++i;
            out.append(lit);
        } else {
            ++i;
        }
    }
    return out;
}

// A literal spells a REST route when it names a service segment with a path, starts with "/v1/" (Stripe's own
// /v1/payment_* routes excepted: not a TutorHub service, decision 8), or walks a route's pattern from its start
// through at least one fixed segment ("/%1/list" and "/user/list" both walk "/:indexName/list").
QString routeSpelledBy(const QString &literal)
{
    if (literal.contains(QLatin1String("-api/")))
        return QStringLiteral("a service segment with a path");
    if (literal.startsWith(QLatin1String("/v1/")) && !literal.startsWith(QLatin1String("/v1/payment_methods"))
        && !literal.startsWith(QLatin1String("/v1/payment_intents")))
        return QStringLiteral("a /v1/ path");
    if (!literal.startsWith(QLatin1Char('/')))
        return {};
    const QStringList parts = literal.section(QLatin1Char('?'), 0, 0).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    for (const api::RouteInfo &r : api::allRoutes()) {
        const QStringList pattern = r.pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.size() > pattern.size())
            continue;
        bool walks = true;
        int fixed = 0;
        for (qsizetype k = 0; k < parts.size() && walks; ++k) {
            if (pattern.at(k).startsWith(QLatin1Char(':')))
                continue;
            if (parts.at(k) == pattern.at(k))
                ++fixed;
            else
                walks = false;
        }
        if (walks && fixed > 0)
            return r.name;
    }
    return {};
}

api::ApiClient *clientFor(const QUrl &host, QObject *parent)
{
    auto *client = new api::ApiClient(nullptr, parent);
    client->setEnvironment(api::Environment::custom(host));
    client->setRetryDelays({});
    return client;
}

QByteArray envelope(const QString &key, const QJsonArray &rows)
{
    QJsonObject o {{QStringLiteral("status"), QStringLiteral("OK")},
                   {QStringLiteral("statusCode"), 200},
                   {QStringLiteral("dataName"), key},
                   {key, rows},
                   {QStringLiteral("paging"), QJsonObject {{QStringLiteral("pageNumber"), 1},
                                                           {QStringLiteral("pageRowCount"), int(rows.size())},
                                                           {QStringLiteral("totalRowCount"), int(rows.size())},
                                                           {QStringLiteral("pageCount"), 1}}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonArray threeEnrollments()
{
    return QJsonArray {
        QJsonObject {{QStringLiteral("id"), QStringLiteral("e1")}, {QStringLiteral("studentId"), QStringLiteral("s1")}},
        QJsonObject {{QStringLiteral("id"), QStringLiteral("e2")}, {QStringLiteral("studentId"), QStringLiteral("s2")}},
        QJsonObject {{QStringLiteral("id"), QStringLiteral("e3")},
                     {QStringLiteral("studentId"), QStringLiteral("s1")}}};
}

} // namespace

class TestContractRoutes : public QObject
{
    Q_OBJECT

private slots:
    void everyRouteHasItsRowAndService()
    {
        const QList<api::RouteInfo> &all = api::allRoutes();
        QVERIFY(all.size() > 100);
        QSet<QString> names;
        for (int i = 0; i < all.size(); ++i) {
            const api::RouteInfo &r = all.at(i);
            QCOMPARE(int(r.id), i);
            QCOMPARE(api::routeInfo(r.id).name, r.name);
            QVERIFY2(!names.contains(r.name), qPrintable(r.name));
            names.insert(r.name);
            QCOMPARE(api::routeByName(r.name).value_or(Route::health), r.id);
            if (r.segment == QLatin1String("*")
                || r.segment == QLatin1String("stripe")) // stripe: Stripe's own base (C14)
                QVERIFY(!r.service.has_value());
            else
                QVERIFY2(r.service.has_value(), qPrintable(r.name + QLatin1String(": unknown segment ") + r.segment));
            QVERIFY2(QList<QByteArray>({"GET", "POST", "PATCH", "DELETE", "PUT"}).contains(r.method),
                     qPrintable(r.name));
            QVERIFY2(r.pattern.startsWith(QLatin1Char('/')), qPrintable(r.name));
            // Every ":name" of the pattern is declared as a path parameter of the row.
            for (const QString &p : r.pathParams) {
                bool declared = false;
                for (const api::RouteParam &rp : r.params)
                    declared |= rp.where == api::RouteParam::Where::Path && rp.name == p;
                QVERIFY2(declared, qPrintable(r.name + QLatin1String(": :") + p));
            }
        }
        QVERIFY(!api::routeByName(QStringLiteral("noSuchRoute")));
        QCOMPARE(api::routeName(Route::serverExtensions), QStringLiteral("serverExtensions"));
    }

    void pathsAreBuiltAndEncoded()
    {
        QCOMPARE(api::routePath(Route::getUser, {QStringLiteral("42")}), QStringLiteral("/v1/users/42"));
        QCOMPARE(api::routePath(Route::getUser, {QStringLiteral("a b/c?d#e%")}),
                 QStringLiteral("/v1/users/a%20b%2Fc%3Fd%23e%25"));
        QCOMPARE(api::routePath(Route::getCourseCategory, {QStringLiteral("Maths & Physics")}),
                 QStringLiteral("/v1/coursecategories/Maths%20%26%20Physics"));
        QCOMPARE(api::routePath(Route::bffDeleteFilter, {QStringLiteral("user"), QStringLiteral("f 1")}),
                 QStringLiteral("/user/filters/f%201"));
        QCOMPARE(api::routePath(Route::listUsers, {}), QStringLiteral("/v1/users"));
        QCOMPARE(api::routePath(Route::login, {}), QStringLiteral("/login"));
        QCOMPARE(api::routePath(Route::stripeConfirmPaymentIntent, {QStringLiteral("pi_1")}),
                 QStringLiteral("/v1/payment_intents/pi_1/confirm"));
    }

    void wrongArityIsRefused()
    {
        QVERIFY(api::routePath(Route::getUser, {}).isNull());
        QVERIFY(api::routePath(Route::listUsers, {QStringLiteral("x")}).isNull());
        QVERIFY(api::routePath(Route::bffDeleteFilter, {QStringLiteral("user")}).isNull());
        // Such a request is never sent: it fails at once with an error.
        test::FakeHttpServer fake;
        QVERIFY(fake.listen());
        fake.setScript({test::FakeResponse::json(200, "{}")});
        api::ApiClient *client = clientFor(fake.baseUrl(), this);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("route getUser takes 1 path arguments, got 0")));
        api::ApiReply *reply = client->send(ApiRequest::to(Route::getUser));
        QSignalSpy done(reply, &api::ApiReply::finished);
        QVERIFY(done.wait(2000));
        QVERIFY(!reply->ok());
        QCOMPARE(fake.requestCount(), 0);
        delete client;
    }

    void methodAndServiceComeFromTheTable()
    {
        ApiRequest r = ApiRequest::to(Route::updateUser, {QStringLiteral("u1")},
                                      QJsonObject {{QStringLiteral("fullname"), QStringLiteral("A")}});
        QCOMPARE(r.method, QByteArray("PATCH"));
        QCOMPARE(r.service, api::Service::Auth);
        QCOMPARE(r.path, QStringLiteral("/v1/users/u1"));
        QVERIFY(!r.idempotent);
        QCOMPARE(r.route.value_or(Route::health), Route::updateUser);
        QCOMPARE(r.body.toObject().value(QStringLiteral("fullname")).toString(), QStringLiteral("A"));

        r = ApiRequest::to(Route::deleteCoursePack, {QStringLiteral("p1")});
        QCOMPARE(r.method, QByteArray("DELETE"));
        QCOMPARE(r.service, api::Service::TutorCatalog);

        QUrlQuery q;
        q.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("2"));
        r = ApiRequest::to(Route::listLessonSlots, {}, q);
        QCOMPARE(r.method, QByteArray("GET"));
        QVERIFY(r.idempotent);
        QCOMPARE(r.service, api::Service::CourseScheduling);
        QCOMPARE(r.query.queryItemValue(QStringLiteral("pageNumber")), QStringLiteral("2"));

        QCOMPARE(ApiRequest::to(Route::bffListPost, {QStringLiteral("user")}).method, QByteArray("POST"));
        QCOMPARE(ApiRequest::to(Route::bffListPost, {QStringLiteral("user")}).service, api::Service::Bff);
        QCOMPARE(ApiRequest::to(Route::markNotificationsSeen).service, api::Service::Notification);
        // "*" routes: auth-api unless the caller picks a service.
        QCOMPARE(ApiRequest::to(Route::currentUser).service, api::Service::Auth);
        QCOMPARE(ApiRequest::on(api::Service::Messaging, Route::health).service, api::Service::Messaging);
        // A fixed route keeps its own service whatever on() is given.
        QCOMPARE(ApiRequest::on(api::Service::Bff, Route::getUser, {QStringLiteral("1")}).service, api::Service::Auth);
    }

    void declaredFilters()
    {
        QVERIFY(api::isDeclared(Route::listEnrollments, QStringLiteral("tutorProfileId")));
        QVERIFY(api::isDeclared(Route::listEnrollments, QStringLiteral("paymentConfirmation")));
        QVERIFY(api::isDeclared(Route::listEnrollments, QStringLiteral("pageNumber")));
        QVERIFY(!api::isDeclared(Route::listEnrollments, QStringLiteral("studentId")));
        QVERIFY(!api::isDeclared(Route::listLessonSlots, QStringLiteral("coursePackId")));
        QVERIFY(api::isDeclared(Route::listUsers, QStringLiteral("email")));
        QVERIFY(api::isDeclared(Route::searchUsers, QStringLiteral("keyword")));
        QVERIFY(!api::isDeclared(Route::login, QStringLiteral("pageNumber"))); // §1.6 is for business routes
        QVERIFY(api::isListRoute(Route::listLessonSlots));
        QVERIFY(api::isListRoute(Route::searchUsers));
        QVERIFY(!api::isListRoute(Route::getLessonSlot));
        QVERIFY(!api::isListRoute(Route::uploadUserAvatarsFile));
    }

    void serverFeaturesParse()
    {
        const api::ServerFeatures none;
        QVERIFY(!none.known);
        QVERIFY(!none.undeclaredFilters());
        QVERIFY(none.supports(Route::listLessonSlots)); // documented: always
        QVERIFY(!none.supports(Route::generateLessonSlots)); // an extension: only when named
        QVERIFY(!none.asked);
        QVERIFY(none.supportsOrNotAsked(Route::realtimeHub)); // never asked: as before the features existed (C67)

        const api::ServerFeatures local = api::ServerFeatures::fromJson(
            R"({"profile":"local","extensions":["generateLessonSlots","undeclaredFilters",7,""]})");
        QVERIFY(local.known);
        QCOMPARE(local.profile, QStringLiteral("local"));
        QCOMPARE(local.extensions.size(), 2);
        QVERIFY(local.undeclaredFilters());
        QVERIFY(local.supports(Route::generateLessonSlots));
        QVERIFY(!local.supports(Route::uploadCourseMaterialFile));

        QVERIFY(!api::ServerFeatures::fromJson("not json").known);
        QVERIFY(!api::ServerFeatures::fromJson(R"({"profile":"local"})").known);
        QVERIFY(!api::ServerFeatures::fromJson(R"({"extensions":"undeclaredFilters"})").undeclaredFilters());
    }

    void extensionsAreAskedAndErrorsMeanNone()
    {
        test::FakeHttpServer fake;
        QVERIFY(fake.listen());
        api::ApiClient *client = clientFor(fake.baseUrl(), this);

        fake.setScript({test::FakeResponse::json(200, R"({"profile":"local","extensions":["undeclaredFilters"]})")});
        api::ServerFeatures got;
        bool called = false;
        api::fetchServerFeatures(client, this, [&](const api::ServerFeatures &f) { got = f, called = true; });
        QTRY_VERIFY(called);
        QVERIFY(got.undeclaredFilters());
        QVERIFY(got.asked);
        QVERIFY(!got.supportsOrNotAsked(Route::realtimeHub)); // asked, not named (C67)
        QCOMPARE(fake.requests().last().method, QByteArray("GET"));
        QCOMPARE(fake.requests().last().target, QByteArray("/auth-api/extensions"));

        fake.setScript(
            {test::FakeResponse::json(404, R"({"status":"ERR","statusCode":404,"errCode":"errMsg_NotFound"})")});
        called = false;
        api::fetchServerFeatures(client, this, [&](const api::ServerFeatures &f) { got = f, called = true; });
        QTRY_VERIFY(called);
        QVERIFY(!got.known);
        QVERIFY(!got.undeclaredFilters());
        QVERIFY(got.asked); // a 404 is an answer: the documented contract only
        QVERIFY(!got.supportsOrNotAsked(Route::realtimeHub));
        QVERIFY(!got.supportsOrNotAsked(Route::uploadCourseMaterialFile));
        QVERIFY(got.supportsOrNotAsked(Route::listChatMessages));

        // A new environment forgets what the old server offered.
        client->setServerFeatures(api::ServerFeatures::fromJson(R"({"extensions":["undeclaredFilters"]})"));
        QVERIFY(client->serverFeatures().undeclaredFilters());
        client->setEnvironment(api::Environment::custom(QUrl(QStringLiteral("http://127.0.0.1:1"))));
        QVERIFY(!client->serverFeatures().known);
        QVERIFY(!client->serverFeatures().asked);
        delete client;
    }

    void undeclaredFiltersAreTakenOut()
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("studentId"), QStringLiteral("s1"));
        q.addQueryItem(QStringLiteral("tutorProfileId"), QStringLiteral("t1")); // declared
        q.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("createdAt"));
        q.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("2"));
        q.addQueryItem(QStringLiteral("pageRowCount"), QStringLiteral("10"));

        ApiRequest r = ApiRequest::to(Route::listEnrollments, {}, q);
        api::LocalSelection sel = api::takeUndeclaredFilters(r, {});
        QCOMPARE(sel.names(), QStringList {QStringLiteral("studentId")});
        QVERIFY(!r.query.hasQueryItem(QStringLiteral("studentId")));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("tutorProfileId")), QStringLiteral("t1"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("sortBy")), QStringLiteral("createdAt"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("pageNumber")), QStringLiteral("0")); // every row
        QVERIFY(!r.query.hasQueryItem(QStringLiteral("pageRowCount")));

        // With the extension the server filters and pages.
        ApiRequest withExt = ApiRequest::to(Route::listEnrollments, {}, q);
        QVERIFY(api::takeUndeclaredFilters(withExt,
                                           api::ServerFeatures::fromJson(R"({"extensions":["undeclaredFilters"]})"))
                    .isEmpty());
        QCOMPARE(withExt.query.toString(), q.toString());

        // Only declared filters: nothing changes.
        QUrlQuery declared;
        declared.addQueryItem(QStringLiteral("tutorProfileId"), QStringLiteral("t1"));
        ApiRequest d = ApiRequest::to(Route::listEnrollments, {}, declared);
        QVERIFY(api::takeUndeclaredFilters(d, {}).isEmpty());
        QCOMPARE(d.query.toString(), declared.toString());

        // Not a list route: its query is left alone (the avatar upload's fileName).
        ApiRequest up = ApiRequest::to(Route::uploadUserAvatarsFile);
        up.query.addQueryItem(QStringLiteral("fileName"), QStringLiteral("me.png"));
        QVERIFY(api::takeUndeclaredFilters(up, {}).isEmpty());
        QVERIFY(up.query.hasQueryItem(QStringLiteral("fileName")));
    }

    void rowsAreSelectedByTheSameValues()
    {
        const QJsonObject slot {
            {QStringLiteral("id"), QStringLiteral("x")},
            {QStringLiteral("coursePackId"), QStringLiteral("P1")},
            {QStringLiteral("status"), QStringLiteral("free")},
            {QStringLiteral("price"), 30},
            {QStringLiteral("title"), QStringLiteral("Physics for beginners")},
            {QStringLiteral("lessonSlotIds"), QJsonArray {QStringLiteral("a"), QStringLiteral("b")}},
            {QStringLiteral("startsAt"), QStringLiteral("2030-03-10T09:00:00.000Z")},
            {QStringLiteral("note"), QJsonValue::Null}};
        using S = api::LocalSelection;
        QVERIFY(
            S::matchesValue(slot, QStringLiteral("coursePackId"), QStringLiteral("p1"))); // ids/enums: ignoring case
        QVERIFY(!S::matchesValue(slot, QStringLiteral("coursePackId"), QStringLiteral("P2")));
        QVERIFY(!S::matchesValue(slot, QStringLiteral("studentId"), QStringLiteral("s1"))); // missing field
        QVERIFY(S::matchesValue(slot, QStringLiteral("studentId"), QStringLiteral("null")));
        QVERIFY(S::matchesValue(slot, QStringLiteral("note"), QStringLiteral("null")));
        QVERIFY(S::matchesValue(slot, QStringLiteral("price"), QStringLiteral("30")));
        QVERIFY(S::matchesValue(slot, QStringLiteral("title"), QStringLiteral("physics")));
        QVERIFY(S::matchesValue(slot, QStringLiteral("lessonSlotIds"), QStringLiteral("b")));
        QVERIFY(S::matchesValue(slot, QStringLiteral("minPrice"), QStringLiteral("30")));
        QVERIFY(!S::matchesValue(slot, QStringLiteral("maxPrice"), QStringLiteral("29.5")));
        QVERIFY(S::matchesValue(slot, QStringLiteral("from"), QStringLiteral("2030-03-10T09:00:00Z")));
        QVERIFY(!S::matchesValue(slot, QStringLiteral("to"), QStringLiteral("2030-03-10T09:00:00Z"))); // [from, to)
        QVERIFY(!S::matchesValue(slot, QStringLiteral("from"), QStringLiteral("next tuesday"))); // unparsable bound
        // Without the startsAt extension field: the documented UTC scheduledDate + scheduledTime.
        const QJsonObject documented {{QStringLiteral("scheduledDate"), QStringLiteral("2030-03-10")},
                                      {QStringLiteral("scheduledTime"), QStringLiteral("09:00")}};
        QVERIFY(S::matchesValue(documented, QStringLiteral("from"), QStringLiteral("2030-03-10T09:00:00Z")));
        QVERIFY(S::matchesValue(documented, QStringLiteral("to"),
                                QStringLiteral("2030-03-10T10:00:00+00:59"))); // 09:01 UTC
        QVERIFY(!S::matchesValue(documented, QStringLiteral("to"), QStringLiteral("2030-03-10T09:00:00Z")));
        QVERIFY(!S::matchesValue(QJsonObject {}, QStringLiteral("from"), QStringLiteral("2030-03-10T09:00:00Z")));
        S sel;
        sel.add(QStringLiteral("status"), {QStringLiteral("booked"), QStringLiteral("free")}); // any of
        sel.add(QStringLiteral("coursePackId"), {QStringLiteral("P1")});
        QVERIFY(sel.matches(slot));
        sel.add(QStringLiteral("coursePackId"), {QStringLiteral("P9")});
        QVERIFY(sel.matches(slot));
        S other;
        other.add(QStringLiteral("status"), {QStringLiteral("booked")});
        QVERIFY(!other.matches(slot));
    }

    // A server that ignores every filter (the documented cloud): callJson still hands back only the rows of
    // the undeclared filter, asked with pageNumber=0; with the extension the filter goes to the server.
    void callJsonSelectsWhenTheServerIgnoresTheFilter()
    {
        test::FakeHttpServer fake;
        QVERIFY(fake.listen());
        fake.setHandler([](const test::FakeRequest &) {
            return test::FakeResponse::json(200, envelope(QStringLiteral("enrollments"), threeEnrollments()));
        });
        api::ApiClient *client = clientFor(fake.baseUrl(), this);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("studentId"), QStringLiteral("s1"));
        q.addQueryItem(QStringLiteral("pageRowCount"), QStringLiteral("1"));

        QStringList ids;
        int total = -1;
        bool called = false;
        auto collect = [&](const api::Result<api::JsonAnswer> &r) {
            called = true;
            QVERIFY(r.ok());
            ids.clear();
            for (const QJsonValue &v : r.value().array())
                ids.append(v.toObject().value(QStringLiteral("id")).toString());
            total = r.value().paging().totalRowCount;
        };
        api::callJson(client, ApiRequest::to(Route::listEnrollments, {}, q), this, collect);
        QTRY_VERIFY(called);
        QCOMPARE(ids, (QStringList {QStringLiteral("e1"), QStringLiteral("e3")}));
        QCOMPARE(total, 2);
        const QByteArray target = fake.requests().last().target;
        QVERIFY2(!target.contains("studentId") && target.contains("pageNumber=0"), target.constData());

        client->setServerFeatures(api::ServerFeatures::fromJson(R"({"extensions":["undeclaredFilters"]})"));
        called = false;
        api::callJson(client, ApiRequest::to(Route::listEnrollments, {}, q), this, collect);
        QTRY_VERIFY(called);
        QVERIFY(fake.requests().last().target.contains("studentId=s1"));
        QCOMPARE(ids.size(), 3); // this fake ignores it; a server with the extension would not
        delete client;
    }

    // No REST path is spelled in the client outside api/contract* (issue 13: "No REST path is spelled anywhere
    // else"). Requests are built from route ids.
    void noRestPathOutsideTheTable()
    {
        const QString root = QStringLiteral(TUTORHUB_SOURCE_DIR);
        QStringList findings;
        int files = 0;
        for (const QString &folder :
             {QStringLiteral("api"), QStringLiteral("models"), QStringLiteral("ui"), QStringLiteral("app")}) {
            QDirIterator it(root + QLatin1Char('/') + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString rel = path.mid(root.size() + 1);
                if (rel.startsWith(QLatin1String("api/contract.")))
                    continue;
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                ++files;
                for (const QString &lit : stringLiterals(QString::fromUtf8(f.readAll()))) {
                    const QString what = routeSpelledBy(lit);
                    if (!what.isEmpty())
                        findings.append(QStringLiteral("%1: \"%2\" (%3)").arg(rel, lit, what));
                }
            }
        }
        QVERIFY(files > 50);
        QVERIFY2(findings.isEmpty(),
                 qPrintable(QLatin1String("REST paths spelled outside api/contract*; use a Route:\n")
                            + findings.join(QLatin1Char('\n'))));
    }

    // The scanner itself finds what it must (a test that cannot fail is no test).
    void theScannerCatchesPaths()
    {
        const QStringList lits = stringLiterals(QStringLiteral(
            "a(\"/v1/users/\"); // \"/v1/comment\"\n/* \"/login\" */ b('\"'); c(\"/%1/list\"); d(\"/outbox\"); "
            "e(\"/auth-api/instanceproof\"); f(\"/v1/payment_methods\"); g(\"/notifications/seen\"); h(\"/hub\");"));
        QStringList hits;
        for (const QString &l : lits)
            if (!routeSpelledBy(l).isEmpty())
                hits.append(l);
        QCOMPARE(hits, (QStringList {QStringLiteral("/v1/users/"), QStringLiteral("/%1/list"),
                                     QStringLiteral("/auth-api/instanceproof"), QStringLiteral("/v1/payment_methods"),
                                     QStringLiteral("/notifications/seen"), QStringLiteral("/hub")}));
    }
};

QTEST_GUILESS_MAIN(TestContractRoutes)
#include "tst_contract_routes.moc"
