// BFF generic routes (API.md §3.7): the nine routes of every index, the access matrix, paging, sorting,
// full text, the filters body, counts, single documents and the business services' visibility.
#include "tst_contract_bff.h"

using namespace contract;

void TstContractBff::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    CALL(m_actors.demo(m_admin, kSuperAdmin));
    CALL(m_actors.demo(m_maria, kTutorMaria));
    CALL(m_actors.demo(m_james, kTutorJames));
    CALL(m_actors.demo(m_lena, kStudentLena));
    CALL(m_actors.demo(m_tom, kStudentTom));
    CALL(m_actors.demo(m_aiko, kStudentAiko));
    CALL(m_actors.freshStudent(m_fresh, QStringLiteral("bff")));
}

Reply TstContractBff::list(const QString &index, const Actor *a, const Query &q)
{
    return m_server.get(kBff + index + QStringLiteral("/list"), token(a), q);
}

Reply TstContractBff::postList(const QString &index, const Actor *a, const QJsonObject &body, const Query &q)
{
    return m_server.withBody("POST", kBff + index + QStringLiteral("/list"), body, token(a), q);
}

void TstContractBff::everyIndexHasItsRoutes()
{
    for (const auto &i : objectIndices() + namedViews()) {
        const QString name = QLatin1String(i.name);
        const Reply s = m_server.get(kBff + name + QStringLiteral("/schema"), m_admin.token);
        CONTRACT_CHECK(envelopeProblem(s, 200, QStringLiteral("schema"), "GET", QStringLiteral("get")));
        QCOMPARE(s.data().value(QStringLiteral("indexName")).toString(), name);
        QCOMPARE(s.data().value(QStringLiteral("access")).toString(), QLatin1String(i.access));
        const Reply l = list(name, &m_admin);
        bool object = false;
        for (const auto &o : objectIndices())
            object = object || qstrcmp(o.name, i.name) == 0;
        const QString listName = s.data().value(QStringLiteral("listDataName")).toString();
        CONTRACT_CHECK(envelopeProblem(l, 200, listName, "GET", QStringLiteral("list"), Shape::List));
        if (!object)
            QCOMPARE(listName, name);
        const Reply pl = postList(name, &m_admin, {{QStringLiteral("filters"), QJsonObject {}}});
        CONTRACT_CHECK(envelopeProblem(pl, 200, listName, "POST", QStringLiteral("list"), Shape::List));
        QCOMPARE(totalOf(pl), totalOf(l));
        CONTRACT_CHECK(countProblem(m_server.get(kBff + name + QStringLiteral("/count"), m_admin.token), "GET"));
        CONTRACT_CHECK(countProblem(m_server.post(kBff + name + QStringLiteral("/count"), {}, m_admin.token), "POST"));
        const Reply f = m_server.get(kBff + name + QStringLiteral("/filters"), m_admin.token);
        CONTRACT_CHECK(
            envelopeProblem(f, 200, QStringLiteral("savedFilters"), "GET", QStringLiteral("list"), Shape::List));
        EXPECT_ERROR(m_server.get(kBff + name + QLatin1Char('/') + QLatin1String(kUnknownId), m_admin.token), 404,
                     "errMsg_FethcedObjectNotFound:*");
        EXPECT_ERROR(m_server.del(kBff + name + QStringLiteral("/filters/") + QLatin1String(kUnknownId), m_admin.token),
                     404, "errMsg_FethcedObjectNotFound:savedFilter");
    }
    for (const auto &i : aggregatedViews()) {
        const Reply l = m_server.get(kBff + QLatin1String(i.name), m_admin.token);
        CONTRACT_CHECK(envelopeProblem(l, 200, QLatin1String(i.name), "GET", QStringLiteral("list"), Shape::List));
        EXPECT_ERROR(
            m_server.get(kBff + QLatin1String(i.name) + QLatin1Char('/') + QLatin1String(kUnknownId), m_admin.token),
            404, "errMsg_FethcedObjectNotFound:*");
    }
    // Object indices answer with the business data names (singular get, plural list).
    const Reply e = list(QStringLiteral("enrollment"), &m_admin);
    CONTRACT_CHECK(envelopeProblem(e, 200, QStringLiteral("enrollments"), "GET", QStringLiteral("list"), Shape::List));
    const QString id = rowsOf(e).first().toObject().value(QStringLiteral("id")).toString();
    CONTRACT_CHECK(envelopeProblem(m_server.get(kBff + QStringLiteral("enrollment/") + id, m_admin.token), 200,
                                   QStringLiteral("enrollment"), "GET", QStringLiteral("get")));
}

void TstContractBff::unknownIndexAndMethod()
{
    EXPECT_ERROR(m_server.get(kBff + QStringLiteral("nosuchindex/list"), m_admin.token), 404, "errMsg_RouteNotFound");
    EXPECT_ERROR(m_server.get(kBff + QStringLiteral("users/list"), m_admin.token), 404, "errMsg_RouteNotFound");
    EXPECT_ERROR(m_server.patch(kBff + QStringLiteral("coursePack/list"), {}, m_admin.token), 405,
                 "errMsg_MethodNotAllowed");
    EXPECT_ERROR(m_server.del(kBff + QStringLiteral("coursePack/") + QLatin1String(kUnknownId), m_admin.token), 405,
                 "errMsg_MethodNotAllowed");
}

// anonymous / student / another student / tutor / admin on list, count, schema, get and filters.
void TstContractBff::accessMatrixOfEveryIndex()
{
    const QList<const Actor *> actors {nullptr, &m_lena, &m_tom, &m_maria, &m_admin};
    for (const auto &i : objectIndices() + namedViews()) {
        const QString name = QLatin1String(i.name);
        const QString access = QLatin1String(i.access);
        for (const Actor *a : actors) {
            const int expected = access == QLatin1String("public")                   ? 200
                                 : !a                                                ? 401
                                 : access == QLatin1String("admin") && a != &m_admin ? 403
                                                                                     : 200;
            for (const QString &route :
                 {QStringLiteral("/list"), QStringLiteral("/count"), QStringLiteral("/schema")}) {
                const Reply r = m_server.get(kBff + name + route, token(a));
                QVERIFY2(r.status == expected,
                         qPrintable(
                             QStringLiteral("%1 as %2: ").arg(name + route, a ? a->email : QStringLiteral("anonymous"))
                             + QString::fromUtf8(r.describe())));
                if (expected == 401)
                    EXPECT_ERROR(r, 401, "errMsg_LoginRequired");
                if (expected == 403)
                    EXPECT_ERROR(r, 403, "errMsg_Forbidden");
            }
            const Reply p = m_server.post(kBff + name + QStringLiteral("/count"), {}, token(a));
            EXPECT_STATUS(p, expected);
            // Saved filters belong to a signed-in user, whatever the index.
            const int filters = !a ? 401 : access == QLatin1String("admin") && a != &m_admin ? 403 : 200;
            EXPECT_STATUS(m_server.get(kBff + name + QStringLiteral("/filters"), token(a)), filters);
        }
    }
    for (const auto &i : aggregatedViews())
        for (const Actor *a : actors)
            EXPECT_STATUS(m_server.get(kBff + QLatin1String(i.name), token(a)), a ? 200 : 401);
}

void TstContractBff::listEnvelopeAndPaging()
{
    const Reply all = list(QStringLiteral("user"), &m_admin, {{QStringLiteral("limit"), QStringLiteral("1000")}});
    CONTRACT_CHECK(envelopeProblem(all, 200, QStringLiteral("users"), "GET", QStringLiteral("list"), Shape::List));
    const int total = totalOf(all);
    QVERIFY(total >= 7);
    QCOMPARE(rowsOf(all).size(), qsizetype(total));
    const Reply p1
        = list(QStringLiteral("user"), &m_admin,
               {{QStringLiteral("limit"), QStringLiteral("2")}, {QStringLiteral("page"), QStringLiteral("1")}});
    const Reply p2
        = list(QStringLiteral("user"), &m_admin,
               {{QStringLiteral("limit"), QStringLiteral("2")}, {QStringLiteral("page"), QStringLiteral("2")}});
    const QJsonObject paging = p2.value(QStringLiteral("paging")).toObject();
    QCOMPARE(paging.value(QStringLiteral("pageNumber")).toInt(), 2);
    QCOMPARE(paging.value(QStringLiteral("pageRowCount")).toInt(), 2);
    QCOMPARE(paging.value(QStringLiteral("totalRowCount")).toInt(), total);
    QCOMPARE(paging.value(QStringLiteral("pageCount")).toInt(), (total + 1) / 2);
    QCOMPARE(idsOf(p1).size(), 2);
    QCOMPARE(idsOf(p2).size(), 2);
    // Pages follow the default order createdAt asc: page 2 continues page 1, and both are slices of the full list.
    QCOMPARE(idsOf(p1) + idsOf(p2), idsOf(all).mid(0, 4));
    // The last page (read from the other end) and a page past the end.
    const int lastPage = (total + 1) / 2;
    const Reply last
        = list(QStringLiteral("user"), &m_admin,
               {{QStringLiteral("limit"), QStringLiteral("2")}, {QStringLiteral("page"), QString::number(lastPage)}});
    QCOMPARE(idsOf(last), idsOf(all).mid((lastPage - 1) * 2));
    const Reply past = list(QStringLiteral("user"), &m_admin, {{QStringLiteral("page"), QStringLiteral("999")}});
    QCOMPARE(rowsOf(past).size(), 0);
    QCOMPARE(totalOf(past), total);
    // Default limit 25.
    QCOMPARE(list(QStringLiteral("user"), &m_admin)
                 .value(QStringLiteral("paging"))
                 .toObject()
                 .value(QStringLiteral("pageRowCount"))
                 .toInt(),
             25);
}

void TstContractBff::pagingBadInput()
{
    for (const auto &bad : QList<std::pair<QString, QString>> {{QStringLiteral("page"), QStringLiteral("0")},
                                                               {QStringLiteral("page"), QStringLiteral("-1")},
                                                               {QStringLiteral("page"), QStringLiteral("two")},
                                                               {QStringLiteral("limit"), QStringLiteral("0")},
                                                               {QStringLiteral("limit"), QStringLiteral("1001")},
                                                               {QStringLiteral("limit"), QStringLiteral("1.5")}}) {
        const Reply r = list(QStringLiteral("coursePack"), nullptr, {bad});
        CONTRACT_CHECK(errorProblem(r, 400, QStringLiteral("errMsg_InvalidParameter:") + bad.first));
        const Reply c = m_server.withBody("POST", kBff + QStringLiteral("coursePack/list"), {}, QString(), {bad});
        CONTRACT_CHECK(errorProblem(c, 400, QStringLiteral("errMsg_InvalidParameter:") + bad.first));
    }
    EXPECT_ERROR(list(QStringLiteral("coursePack"), nullptr, {{QStringLiteral("q"), bigText(256)}}), 400,
                 "errMsg_ParameterTooLong:q");
}

void TstContractBff::sortByAndSortOrder()
{
    const Reply desc = list(
        QStringLiteral("coursePack"), nullptr,
        {{QStringLiteral("sortBy"), QStringLiteral("price")}, {QStringLiteral("sortOrder"), QStringLiteral("desc")}});
    EXPECT_STATUS(desc, 200);
    const QJsonArray rows = rowsOf(desc);
    QVERIFY(rows.size() >= 3);
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY(rows[i - 1].toObject().value(QStringLiteral("price")).toDouble()
                >= rows[i].toObject().value(QStringLiteral("price")).toDouble());
    const Reply asc = list(
        QStringLiteral("coursePack"), nullptr,
        {{QStringLiteral("sortBy"), QStringLiteral("title")}, {QStringLiteral("sortOrder"), QStringLiteral("ASC")}});
    const QJsonArray a = rowsOf(asc);
    for (qsizetype i = 1; i < a.size(); ++i)
        QVERIFY(a[i - 1].toObject().value(QStringLiteral("title")).toString()
                <= a[i].toObject().value(QStringLiteral("title")).toString());
    EXPECT_ERROR(list(QStringLiteral("coursePack"), nullptr, {{QStringLiteral("sortBy"), QStringLiteral("nope")}}), 400,
                 "errMsg_InvalidParameter:sortBy");
    EXPECT_ERROR(list(QStringLiteral("user"), &m_admin, {{QStringLiteral("sortBy"), QStringLiteral("password")}}), 400,
                 "errMsg_InvalidParameter:sortBy");
    EXPECT_ERROR(
        list(QStringLiteral("coursePack"), nullptr, {{QStringLiteral("sortOrder"), QStringLiteral("sideways")}}), 400,
        "errMsg_InvalidParameter:sortOrder");
}

void TstContractBff::fullTextQ()
{
    const Reply r
        = list(QStringLiteral("publicCoursePackView"), nullptr, {{QStringLiteral("q"), QStringLiteral("gCsE")}});
    EXPECT_STATUS(r, 200);
    QVERIFY(rowsOf(r).size() >= 1);
    for (const QJsonValue &v : rowsOf(r)) {
        const QJsonObject o = v.toObject();
        const QString text
            = (o.value(QStringLiteral("title")).toString() + o.value(QStringLiteral("description")).toString()
               + o.value(QStringLiteral("category")).toString())
                  .toLower();
        QVERIFY2(text.contains(QStringLiteral("gcse")), qPrintable(text));
    }
    QCOMPARE(rowsOf(list(QStringLiteral("publicCoursePackView"), nullptr,
                         {{QStringLiteral("q"), QStringLiteral("zzz-no-such-course")}}))
                 .size(),
             0);
    // LIKE wildcards are literal.
    QCOMPARE(rowsOf(list(QStringLiteral("coursePack"), nullptr, {{QStringLiteral("q"), QStringLiteral("%")}})).size(),
             0);
    // q searches the text fields the caller may see: an admin note is not searchable by its reporter.
    const Reply note
        = list(QStringLiteral("adminIssue"), &m_tom, {{QStringLiteral("q"), QStringLiteral("lesson log")}});
    QCOMPARE(rowsOf(note).size(), 0);
    QVERIFY(rowsOf(list(QStringLiteral("adminIssue"), &m_admin, {{QStringLiteral("q"), QStringLiteral("lesson log")}}))
                .size()
            >= 1);
    // GET count honours q.
    const Reply c = m_server.get(kBff + QStringLiteral("publicCoursePackView/count"), {},
                                 {{QStringLiteral("q"), QStringLiteral("gcse")}});
    QCOMPARE(c.value(QStringLiteral("count")).toInt(), totalOf(r));
}

void TstContractBff::filtersBody()
{
    const Reply maths = postList(
        QStringLiteral("coursePack"), nullptr,
        {{QStringLiteral("filters"), QJsonObject {{QStringLiteral("category"), QStringLiteral("mathematics")}}}});
    EXPECT_STATUS(maths, 200);
    QVERIFY(rowsOf(maths).size() >= 1);
    for (const QJsonValue &v : rowsOf(maths))
        QCOMPARE(v.toObject().value(QStringLiteral("category")).toString(), QStringLiteral("Mathematics"));
    const Reply range
        = postList(QStringLiteral("coursePack"), nullptr,
                   {{QStringLiteral("filters"),
                     QJsonObject {{QStringLiteral("price"),
                                   QJsonObject {{QStringLiteral("gte"), 40}, {QStringLiteral("lte"), 50}}}}}});
    EXPECT_STATUS(range, 200);
    QVERIFY(rowsOf(range).size() >= 1);
    for (const QJsonValue &v : rowsOf(range)) {
        const double p = v.toObject().value(QStringLiteral("price")).toDouble();
        QVERIFY2(p >= 40 && p <= 50, qPrintable(QString::number(p)));
    }
    const Reply anyOf = postList(QStringLiteral("coursePack"), nullptr,
                                 {{QStringLiteral("filters"),
                                   QJsonObject {{QStringLiteral("schedulingType"),
                                                 QJsonArray {QStringLiteral("FLEXIBLE"), QStringLiteral("strict")}}}}});
    QCOMPARE(totalOf(anyOf), totalOf(list(QStringLiteral("coursePack"), nullptr)));
    const Reply strict = postList(
        QStringLiteral("coursePack"), nullptr,
        {{QStringLiteral("filters"), QJsonObject {{QStringLiteral("schedulingType"), QStringLiteral("strict")}}}});
    for (const QJsonValue &v : rowsOf(strict))
        QCOMPARE(v.toObject().value(QStringLiteral("schedulingType")).toString(), QStringLiteral("strict"));
    const Reply screened
        = postList(QStringLiteral("coursePack"), nullptr,
                   {{QStringLiteral("filters"), QJsonObject {{QStringLiteral("preliminaryMeetingRequired"), true}}}});
    QVERIFY(rowsOf(screened).size() >= 1);
    for (const QJsonValue &v : rowsOf(screened))
        QCOMPARE(v.toObject().value(QStringLiteral("preliminaryMeetingRequired")).toBool(), true);
    // null matches a missing value; dates match a whole day or a range.
    const Reply noNote
        = postList(QStringLiteral("coursePack"), &m_admin,
                   {{QStringLiteral("filters"), QJsonObject {{QStringLiteral("moderationNote"), QJsonValue::Null}}}});
    QVERIFY(rowsOf(noNote).size() >= 1);
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const Reply createdToday
        = postList(QStringLiteral("coursePack"), nullptr,
                   {{QStringLiteral("filters"), QJsonObject {{QStringLiteral("createdAt"), today}}}});
    QCOMPARE(totalOf(createdToday), totalOf(list(QStringLiteral("coursePack"), nullptr)));
    const Reply future
        = postList(QStringLiteral("coursePack"), nullptr,
                   {{QStringLiteral("filters"),
                     QJsonObject {{QStringLiteral("createdAt"),
                                   QJsonObject {{QStringLiteral("gt"), QStringLiteral("2099-01-01")}}}}}});
    QCOMPARE(totalOf(future), 0);
    // Deleted rows only when asked for (D20).
    const Reply deleted = postList(QStringLiteral("coursePack"), &m_admin,
                                   {{QStringLiteral("filters"), QJsonObject {{QStringLiteral("isActive"), false}}}});
    for (const QJsonValue &v : rowsOf(deleted))
        QCOMPARE(v.toObject().value(QStringLiteral("isActive")).toBool(), false);
}

void TstContractBff::filtersBadInput()
{
    const QString path = kBff + QStringLiteral("coursePack/list");
    auto bad = [&](const QJsonValue &filters, const char *code) {
        const Reply r = m_server.post(path, {{QStringLiteral("filters"), filters}});
        CONTRACT_CHECK(errorProblem(r, 400, QString::fromLatin1(code)));
        const Reply c
            = m_server.post(kBff + QStringLiteral("coursePack/count"), {{QStringLiteral("filters"), filters}});
        CONTRACT_CHECK(errorProblem(c, 400, QString::fromLatin1(code)));
    };
    CALL(bad(QStringLiteral("category=Mathematics"), "errMsg_InvalidParameter:filters"));
    CALL(bad(QJsonArray {1}, "errMsg_InvalidParameter:filters"));
    CALL(bad(QJsonObject {{QStringLiteral("nope"), 1}}, "errMsg_InvalidParameter:filters.nope"));
    CALL(
        bad(QJsonObject {{QStringLiteral("price"), QStringLiteral("cheap")}}, "errMsg_InvalidParameter:filters.price"));
    CALL(bad(QJsonObject {{QStringLiteral("price"), QJsonObject {{QStringLiteral("between"), 1}}}},
             "errMsg_InvalidParameter:filters.price"));
    CALL(bad(QJsonObject {{QStringLiteral("price"), QJsonObject {}}}, "errMsg_InvalidParameter:filters.price"));
    CALL(bad(QJsonObject {{QStringLiteral("title"), QJsonObject {{QStringLiteral("gte"), 1}}}},
             "errMsg_InvalidParameter:filters.title"));
    CALL(bad(QJsonObject {{QStringLiteral("schedulingType"), QStringLiteral("sometimes")}},
             "errMsg_InvalidParameter:filters.schedulingType"));
    CALL(bad(QJsonObject {{QStringLiteral("tutorProfileId"), QStringLiteral("not-a-uuid")}},
             "errMsg_InvalidParameter:filters.tutorProfileId"));
    CALL(bad(QJsonObject {{QStringLiteral("isPublished"), QStringLiteral("yes")}},
             "errMsg_InvalidParameter:filters.isPublished"));
    CALL(bad(QJsonObject {{QStringLiteral("minWeeklyClasses"), 1.5}},
             "errMsg_InvalidParameter:filters.minWeeklyClasses"));
    CALL(bad(QJsonObject {{QStringLiteral("createdAt"), QStringLiteral("yesterday")}},
             "errMsg_InvalidParameter:filters.createdAt"));
    CALL(bad(QJsonObject {{QStringLiteral("category"), QJsonArray {}}}, "errMsg_InvalidParameter:filters.category"));
    CALL(bad(QJsonObject {{QStringLiteral("category"), bigText(300)}}, "errMsg_InvalidParameter:filters.category"));
    // Hidden and Object fields are not filters.
    const Reply pw = m_server.post(
        kBff + QStringLiteral("user/list"),
        {{QStringLiteral("filters"), QJsonObject {{QStringLiteral("password"), QStringLiteral("x")}}}}, m_admin.token);
    EXPECT_ERROR(pw, 400, "errMsg_InvalidParameter:filters.password");
    // Malformed and oversized bodies.
    Request raw;
    raw.method = "POST";
    raw.path = path;
    raw.raw = QByteArray("{\"filters\": {");
    EXPECT_ERROR(m_server.send(raw), 400, "errMsg_InvalidJson");
    raw.raw = QByteArray("[1,2]");
    EXPECT_ERROR(m_server.send(raw), 400, "errMsg_InvalidJson");
    raw.raw = "{\"filters\":{\"title\":\"" + QByteArray(1024 * 1024 + 10, 'x') + "\"}}";
    EXPECT_ERROR(m_server.send(raw), 413, "errMsg_RequestTooLarge");
}

void TstContractBff::countMatchesList()
{
    const Reply c = m_server.get(kBff + QStringLiteral("coursePack/count"));
    CONTRACT_CHECK(countProblem(c, "GET"));
    QCOMPARE(c.value(QStringLiteral("count")).toInt(), totalOf(list(QStringLiteral("coursePack"), nullptr)));
    const QJsonObject body {
        {QStringLiteral("filters"), QJsonObject {{QStringLiteral("category"), QStringLiteral("English")}}}};
    const Reply fc = m_server.post(kBff + QStringLiteral("coursePack/count"), body);
    QCOMPARE(fc.value(QStringLiteral("count")).toInt(), totalOf(postList(QStringLiteral("coursePack"), nullptr, body)));
    QVERIFY(fc.value(QStringLiteral("count")).toInt() >= 1);
    // Scoped: a student counts only their own enrollments.
    QCOMPARE(
        m_server.get(kBff + QStringLiteral("enrollment/count"), m_lena.token).value(QStringLiteral("count")).toInt(),
        totalOf(list(QStringLiteral("enrollment"), &m_lena)));
    QCOMPARE(
        m_server.get(kBff + QStringLiteral("enrollment/count"), m_fresh.token).value(QStringLiteral("count")).toInt(),
        0);
}

void TstContractBff::getOneDocument()
{
    const Reply packs = list(QStringLiteral("coursePack"), nullptr);
    const QString id = idsOf(packs).first();
    const Reply r = m_server.get(kBff + QStringLiteral("coursePack/") + id);
    CONTRACT_CHECK(
        envelopeProblem(r, 200, QStringLiteral("coursePack"), "GET", QStringLiteral("get"), Shape::Single, false));
    QCOMPARE(r.data().value(QStringLiteral("id")).toString(), id);
    CONTRACT_CHECK(stdFieldsProblem(r.data()));
    CONTRACT_CHECK(enumProblem(r.data(), QStringLiteral("schedulingType"),
                               {QStringLiteral("flexible"), QStringLiteral("strict")}));
    // Upper-case ids are the same id; malformed ids are simply not found.
    EXPECT_STATUS(m_server.get(kBff + QStringLiteral("coursePack/") + id.toUpper()), 200);
    EXPECT_ERROR(m_server.get(kBff + QStringLiteral("coursePack/not-an-id")), 404,
                 "errMsg_FethcedObjectNotFound:coursePack");
    EXPECT_ERROR(m_server.get(kBff + QStringLiteral("coursePack/") + QLatin1String(kUnknownId)), 404,
                 "errMsg_FethcedObjectNotFound:coursePack");
}

void TstContractBff::schemaDescribesVisibleFields()
{
    const Reply s = m_server.get(kBff + QStringLiteral("user/schema"), m_lena.token);
    const QJsonArray fields = s.data().value(QStringLiteral("fields")).toArray();
    QStringList names;
    for (const QJsonValue &f : fields)
        names << f.toObject().value(QStringLiteral("name")).toString();
    QVERIFY(names.contains(QStringLiteral("email")));
    QVERIFY(names.contains(QStringLiteral("id")));
    QVERIFY(!names.contains(QStringLiteral("password")));
    QCOMPARE(s.data().value(QStringLiteral("listDataName")).toString(), QStringLiteral("users"));
    QCOMPARE(s.data().value(QStringLiteral("getDataName")).toString(), QStringLiteral("user"));
    const Reply issue = m_server.get(kBff + QStringLiteral("adminIssue/schema"), m_tom.token);
    QVERIFY(!issue.body.contains("adminNote"));
    QVERIFY(m_server.get(kBff + QStringLiteral("adminIssue/schema"), m_admin.token).body.contains("adminNote"));
    for (const QJsonValue &f :
         m_server.get(kBff + QStringLiteral("coursePack/schema")).data().value(QStringLiteral("fields")).toArray()) {
        const QJsonObject o = f.toObject();
        if (o.value(QStringLiteral("name")) == QStringLiteral("moderationStatus"))
            QCOMPARE(o.value(QStringLiteral("enumValues")).toArray().size(), 3);
        if (o.value(QStringLiteral("name")) == QStringLiteral("title"))
            QCOMPARE(o.value(QStringLiteral("searchable")).toBool(), true);
    }
}

void TstContractBff::rule34_enrollmentVisibility()
{
    const Reply lena = list(QStringLiteral("enrollment"), &m_lena);
    QVERIFY(rowsOf(lena).size() >= 1);
    for (const QJsonValue &v : rowsOf(lena))
        QCOMPARE(v.toObject().value(QStringLiteral("studentId")).toString(), m_lena.id);
    const Reply tom = list(QStringLiteral("enrollment"), &m_tom);
    for (const QJsonValue &v : rowsOf(tom))
        QCOMPARE(v.toObject().value(QStringLiteral("studentId")).toString(), m_tom.id);
    const Reply maria = list(QStringLiteral("enrollment"), &m_maria);
    QVERIFY(rowsOf(maria).size() >= 1);
    const QString mariaProfile = rowsOf(maria).first().toObject().value(QStringLiteral("tutorProfileId")).toString();
    for (const QJsonValue &v : rowsOf(maria))
        QCOMPARE(v.toObject().value(QStringLiteral("tutorProfileId")).toString(), mariaProfile);
    QVERIFY(totalOf(list(QStringLiteral("enrollment"), &m_admin)) >= totalOf(lena) + totalOf(tom) + 1);
    QCOMPARE(totalOf(list(QStringLiteral("enrollment"), &m_fresh)), 0);

    const QString lenasEnrollment = idsOf(lena).first();
    const QString path = kBff + QStringLiteral("enrollment/") + lenasEnrollment;
    EXPECT_STATUS(m_server.get(path, m_lena.token), 200);
    EXPECT_STATUS(m_server.get(path, m_maria.token), 200);
    EXPECT_STATUS(m_server.get(path, m_admin.token), 200);
    EXPECT_ERROR(m_server.get(path, m_tom.token), 404, "errMsg_FethcedObjectNotFound:enrollment");
    EXPECT_ERROR(m_server.get(path, m_james.token), 404, "errMsg_FethcedObjectNotFound:enrollment");
    EXPECT_ERROR(m_server.get(path), 401, "errMsg_LoginRequired");
    // A filter cannot widen the scope.
    const Reply probe = postList(QStringLiteral("enrollment"), &m_tom,
                                 {{QStringLiteral("filters"), QJsonObject {{QStringLiteral("studentId"), m_lena.id}}}});
    QCOMPARE(totalOf(probe), 0);
    // Lesson slots: Lena's booked lessons are not visible to Tom.
    const Reply foreignSlots
        = postList(QStringLiteral("lessonSlot"), &m_tom,
                   {{QStringLiteral("filters"), QJsonObject {{QStringLiteral("studentId"), m_lena.id}}}});
    QCOMPARE(totalOf(foreignSlots), 0);
    QVERIFY(totalOf(postList(QStringLiteral("lessonSlot"), &m_lena,
                             {{QStringLiteral("filters"), QJsonObject {{QStringLiteral("studentId"), m_lena.id}}}}))
            >= 1);
}

void TstContractBff::rule44_refundAndPaymentVisibility()
{
    const Reply lena = list(QStringLiteral("sys_enrollmentPayment"), &m_lena);
    QVERIFY(rowsOf(lena).size() >= 1);
    for (const QJsonValue &v : rowsOf(lena))
        QCOMPARE(v.toObject().value(QStringLiteral("ownerId")).toString(), m_lena.id);
    const Reply tom = list(QStringLiteral("sys_enrollmentPayment"), &m_tom);
    for (const QJsonValue &v : rowsOf(tom))
        QVERIFY(v.toObject().value(QStringLiteral("ownerId")).toString() != m_lena.id);
    EXPECT_ERROR(m_server.get(kBff + QStringLiteral("sys_enrollmentPayment/") + idsOf(lena).first(), m_tom.token), 404,
                 "errMsg_FethcedObjectNotFound:*");
    for (const QJsonValue &v : rowsOf(list(QStringLiteral("sys_paymentMethod"), &m_lena)))
        QCOMPARE(v.toObject().value(QStringLiteral("userId")).toString(), m_lena.id);
    QCOMPARE(totalOf(list(QStringLiteral("sys_paymentMethod"), &m_fresh)), 0);
    QCOMPARE(totalOf(list(QStringLiteral("refundRequest"), &m_fresh)), 0);
}

void TstContractBff::userIndexNeverLeaksPasswordsOrOthers()
{
    const Reply all = list(QStringLiteral("user"), &m_admin, {{QStringLiteral("limit"), QStringLiteral("1000")}});
    QVERIFY(!all.body.contains("\"password\""));
    for (const QJsonValue &v : rowsOf(all))
        CONTRACT_CHECK(userProblem(v.toObject()));
    const Reply me = list(QStringLiteral("user"), &m_lena);
    QCOMPARE(rowsOf(me).size(), 1);
    QCOMPARE(idsOf(me).first(), m_lena.id);
    QVERIFY(!me.body.contains("\"password\""));
    EXPECT_ERROR(m_server.get(kBff + QStringLiteral("user/") + m_tom.id, m_lena.token), 404,
                 "errMsg_FethcedObjectNotFound:user");
    const Reply self = m_server.get(kBff + QStringLiteral("user/") + m_lena.id, m_lena.token);
    CONTRACT_CHECK(userProblem(self.data()));
    QCOMPARE(totalOf(list(QStringLiteral("user"), &m_lena, {{QStringLiteral("q"), QStringLiteral("tom")}})), 0);
    // Public views carry no e-mail addresses.
    QVERIFY(!list(QStringLiteral("publicTutorProfileView"), nullptr).body.contains("@tutorhub.local"));
    QVERIFY(!list(QStringLiteral("publicCoursePackView"), nullptr).body.contains("@tutorhub.local"));
}

void TstContractBff::rule62_adminNoteHiddenFromReporter()
{
    const Reply tom = list(QStringLiteral("adminIssue"), &m_tom);
    QVERIFY(rowsOf(tom).size() >= 1);
    QVERIFY(!tom.body.contains("adminNote"));
    for (const QJsonValue &v : rowsOf(tom))
        QCOMPARE(v.toObject().value(QStringLiteral("reportedBy")).toString(), m_tom.id);
    EXPECT_STATUS(m_server.get(kBff + QStringLiteral("adminIssue/") + idsOf(tom).first(), m_tom.token), 200);
    QVERIFY(!m_server.get(kBff + QStringLiteral("adminIssue/") + idsOf(tom).first(), m_tom.token)
                 .body.contains("adminNote"));
    EXPECT_ERROR(m_server.get(kBff + QStringLiteral("adminIssue/") + idsOf(tom).first(), m_lena.token), 404,
                 "errMsg_FethcedObjectNotFound:adminIssue");
    EXPECT_ERROR(
        postList(QStringLiteral("adminIssue"), &m_tom,
                 {{QStringLiteral("filters"), QJsonObject {{QStringLiteral("adminNote"), QStringLiteral("Warned")}}}}),
        400, "errMsg_InvalidParameter:filters.adminNote");
    EXPECT_ERROR(list(QStringLiteral("adminIssue"), &m_tom, {{QStringLiteral("sortBy"), QStringLiteral("adminNote")}}),
                 400, "errMsg_InvalidParameter:sortBy");
    QVERIFY(list(QStringLiteral("adminIssue"), &m_admin).body.contains("adminNote"));
}

void TstContractBff::rule20_materialsVisibility()
{
    const Reply lena = list(QStringLiteral("courseMaterial"), &m_lena);
    QVERIFY(rowsOf(lena).size() >= 1); // enrolled in Maria's GCSE pack
    const Reply fresh = list(QStringLiteral("courseMaterial"), &m_fresh);
    QCOMPARE(totalOf(fresh), 0);
    EXPECT_ERROR(m_server.get(kBff + QStringLiteral("courseMaterial/") + idsOf(lena).first(), m_fresh.token), 404,
                 "errMsg_FethcedObjectNotFound:courseMaterial");
    EXPECT_STATUS(m_server.get(kBff + QStringLiteral("courseMaterial/") + idsOf(lena).first(), m_maria.token), 200);
    EXPECT_ERROR(m_server.get(kBff + QStringLiteral("courseMaterial/") + idsOf(lena).first(), m_james.token), 404,
                 "errMsg_FethcedObjectNotFound:courseMaterial");
}

void TstContractBff::privateInboxesAreOwnOnly()
{
    for (const char *index : {"notification", "device"}) {
        for (const Actor *a : {&m_lena, &m_admin, &m_maria})
            for (const QJsonValue &v : rowsOf(list(QLatin1String(index), a)))
                QCOMPARE(v.toObject().value(QStringLiteral("userId")).toString(), a->id);
    }
    const Reply conv = list(QStringLiteral("conversation"), &m_tom);
    for (const QJsonValue &v : rowsOf(conv)) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.value(QStringLiteral("participantA")).toString() == m_tom.id
                || o.value(QStringLiteral("participantB")).toString() == m_tom.id);
    }
    QCOMPARE(totalOf(list(QStringLiteral("chatMessage"), &m_fresh)), 0);
    QVERIFY(totalOf(list(QStringLiteral("chatMessage"), &m_admin)) >= 1);
}

QTEST_GUILESS_MAIN(TstContractBff)
