// Core contract: paging, filters and sorting on listUsers; user payload fields; no password anywhere
// (API.md §1.6-1.8, decisions D1, D5, D8).
#include "tst_contract_core.h"

#include <QTest>

#include <algorithm>

using namespace contract;

// D5 defaults: pageNumber 1, pageRowCount 25.
void TstContractCore::pagingDefaults()
{
    Reply r;
    const QJsonArray rows = listUsers({}, &r);
    EXPECT_STATUS(r, 200);
    const QJsonObject paging = r.value(QStringLiteral("paging")).toObject();
    QCOMPARE(paging.value(QStringLiteral("pageNumber")).toInt(), 1);
    QCOMPARE(paging.value(QStringLiteral("pageRowCount")).toInt(), 25);
    const int total = paging.value(QStringLiteral("totalRowCount")).toInt();
    QVERIFY2(total >= 6, r.describe().constData());
    QCOMPARE(paging.value(QStringLiteral("pageCount")).toInt(), (total + 24) / 25);
    QCOMPARE(rows.size(), qMin(total, 25));
    QCOMPARE(r.value(QStringLiteral("rowCount")).toInt(), rows.size());
}

void TstContractCore::pagingPages()
{
    Reply first;
    listUsers(
        {{QStringLiteral("pageNumber"), QStringLiteral("1")}, {QStringLiteral("pageRowCount"), QStringLiteral("2")}},
        &first);
    CONTRACT_CHECK(envelopeProblem(first, 200, QStringLiteral("users"), "GET", QStringLiteral("list"), Shape::List));
    const QJsonObject paging = first.value(QStringLiteral("paging")).toObject();
    const int total = paging.value(QStringLiteral("totalRowCount")).toInt();
    QVERIFY(total >= 6);
    QCOMPARE(paging.value(QStringLiteral("pageNumber")).toInt(), 1);
    QCOMPARE(paging.value(QStringLiteral("pageRowCount")).toInt(), 2);
    const int pages = paging.value(QStringLiteral("pageCount")).toInt();
    QCOMPARE(pages, (total + 1) / 2);

    QStringList seen;
    for (int page = 1; page <= pages; ++page) {
        Reply r;
        const QJsonArray rows = listUsers({{QStringLiteral("pageNumber"), QString::number(page)},
                                           {QStringLiteral("pageRowCount"), QStringLiteral("2")}},
                                          &r);
        EXPECT_STATUS(r, 200);
        const QJsonObject p = r.value(QStringLiteral("paging")).toObject();
        QCOMPARE(p.value(QStringLiteral("pageNumber")).toInt(), page);
        QCOMPARE(p.value(QStringLiteral("totalRowCount")).toInt(), total);
        QCOMPARE(rows.size(), page < pages ? 2 : total - 2 * (pages - 1));
        QCOMPARE(r.value(QStringLiteral("rowCount")).toInt(), rows.size());
        seen << field(rows, QStringLiteral("id"));
    }
    QCOMPARE(seen.size(), total);
    seen.removeDuplicates();
    QCOMPARE(seen.size(), total);

    Reply beyond;
    const QJsonArray none = listUsers({{QStringLiteral("pageNumber"), QString::number(pages + 5)},
                                       {QStringLiteral("pageRowCount"), QStringLiteral("2")}},
                                      &beyond);
    EXPECT_STATUS(beyond, 200);
    QCOMPARE(none.size(), 0);
    QCOMPARE(beyond.value(QStringLiteral("rowCount")).toInt(), 0);
}

// §1.6: pageNumber=0 returns every row.
void TstContractCore::pagingAll()
{
    Reply paged;
    listUsers({{QStringLiteral("pageRowCount"), QStringLiteral("2")}}, &paged);
    const int total = paged.value(QStringLiteral("paging")).toObject().value(QStringLiteral("totalRowCount")).toInt();
    Reply all;
    const QJsonArray rows = listUsers(
        {{QStringLiteral("pageNumber"), QStringLiteral("0")}, {QStringLiteral("pageRowCount"), QStringLiteral("2")}},
        &all);
    CONTRACT_CHECK(envelopeProblem(all, 200, QStringLiteral("users"), "GET", QStringLiteral("list"), Shape::List));
    QCOMPARE(rows.size(), total);
    QCOMPARE(all.value(QStringLiteral("rowCount")).toInt(), total);
    QCOMPARE(all.value(QStringLiteral("paging")).toObject().value(QStringLiteral("totalRowCount")).toInt(), total);
}

// D3/D5: a typed query parameter with a bad value is 400 errMsg_InvalidParameter:<name>.
void TstContractCore::pagingBadValue()
{
    Reply r;
    listUsers({{QStringLiteral("pageNumber"), QStringLiteral("abc")}}, &r);
    EXPECT_ERROR(r, 400, "errMsg_InvalidParameter:pageNumber");
    listUsers({{QStringLiteral("pageRowCount"), QStringLiteral("many")}}, &r);
    EXPECT_ERROR(r, 400, "errMsg_InvalidParameter:pageRowCount");
    listUsers({{QStringLiteral("pageNumber"), QStringLiteral("-1")}}, &r);
    EXPECT_ERROR(r, 400, "errMsg_InvalidParameter:pageNumber");

    // D5: pageRowCount is at most 1000 (clamped, or refused as a bad value).
    listUsers({{QStringLiteral("pageRowCount"), QStringLiteral("5000")}}, &r);
    if (r.status == 200)
        QVERIFY2(r.value(QStringLiteral("paging")).toObject().value(QStringLiteral("pageRowCount")).toInt() <= 1000,
                 r.describe().constData());
    else
        EXPECT_ERROR(r, 400, "errMsg_InvalidParameter:pageRowCount");
}

// §1.7 String filter: partial, case-insensitive; repeated values = any of.
void TstContractCore::filterEmailPartialCaseInsensitive()
{
    Reply r;
    QJsonArray rows = listUsers({{QStringLiteral("email"), QStringLiteral("MARIA.Keller")},
                                 {QStringLiteral("pageNumber"), QStringLiteral("0")}},
                                &r);
    EXPECT_STATUS(r, 200);
    QCOMPARE(field(rows, QStringLiteral("email")), QStringList {QString::fromLatin1(kTutorMaria)});

    rows = listUsers({{QStringLiteral("email"), QStringLiteral("@TutorHub.LOCAL")},
                      {QStringLiteral("pageNumber"), QStringLiteral("0")}},
                     &r);
    const QStringList emails = field(rows, QStringLiteral("email"));
    for (const char *demo : {kSuperAdmin, kTutorMaria, kTutorJames, kStudentLena, kStudentTom, kStudentAiko})
        QVERIFY2(emails.contains(QLatin1String(demo)), qPrintable(emails.join(QLatin1Char(' '))));
    for (const QString &e : emails)
        QVERIFY2(e.contains(QLatin1String("@tutorhub.local"), Qt::CaseInsensitive), qPrintable(e));

    rows = listUsers({{QStringLiteral("email"), QStringLiteral("maria.keller")},
                      {QStringLiteral("email"), QStringLiteral("TOM.BAKER")},
                      {QStringLiteral("pageNumber"), QStringLiteral("0")}},
                     &r);
    QStringList two = field(rows, QStringLiteral("email"));
    two.sort();
    QCOMPARE(two, (QStringList {QString::fromLatin1(kTutorMaria), QString::fromLatin1(kStudentTom)}));

    rows = listUsers({{QStringLiteral("email"), QStringLiteral("no-such-address-anywhere")}}, &r);
    EXPECT_STATUS(r, 200);
    QCOMPARE(rows.size(), 0);
    QCOMPARE(r.value(QStringLiteral("paging")).toObject().value(QStringLiteral("totalRowCount")).toInt(), 0);
}

void TstContractCore::filterFullname()
{
    const Reply maria = m_server.get(QStringLiteral("/auth-api/v1/users"), m_admin.token,
                                     {{QStringLiteral("email"), QString::fromLatin1(kTutorMaria)}});
    const QJsonArray found = maria.value(QStringLiteral("users")).toArray();
    QCOMPARE(found.size(), 1);
    const QString fullname = found.first().toObject().value(QStringLiteral("fullname")).toString();
    QVERIFY(fullname.size() >= 4);
    const QString part = fullname.mid(1, fullname.size() - 2).toUpper();
    Reply r;
    const QJsonArray rows
        = listUsers({{QStringLiteral("fullname"), part}, {QStringLiteral("pageNumber"), QStringLiteral("0")}}, &r);
    EXPECT_STATUS(r, 200);
    QVERIFY2(field(rows, QStringLiteral("email")).contains(QString::fromLatin1(kTutorMaria)), r.describe().constData());
    for (const QString &n : field(rows, QStringLiteral("fullname")))
        QVERIFY2(n.contains(part, Qt::CaseInsensitive), qPrintable(n));
}

void TstContractCore::filterRoleIdAndRepeatedValues()
{
    Reply r;
    const QJsonArray tutors = listUsers(
        {{QStringLiteral("roleId"), QStringLiteral("tutor")}, {QStringLiteral("pageNumber"), QStringLiteral("0")}}, &r);
    EXPECT_STATUS(r, 200);
    const QStringList tutorEmails = field(tutors, QStringLiteral("email"));
    QVERIFY(tutorEmails.contains(QLatin1String(kTutorMaria)));
    QVERIFY(tutorEmails.contains(QLatin1String(kTutorJames)));
    for (const QString &role : field(tutors, QStringLiteral("roleId")))
        QCOMPARE(role, QStringLiteral("tutor"));

    const QJsonArray admins = listUsers(
        {{QStringLiteral("roleId"), QStringLiteral("superAdmin")}, {QStringLiteral("pageNumber"), QStringLiteral("0")}},
        &r);
    QVERIFY(field(admins, QStringLiteral("email")).contains(QLatin1String(kSuperAdmin)));

    const QJsonArray both = listUsers({{QStringLiteral("roleId"), QStringLiteral("tutor")},
                                       {QStringLiteral("roleId"), QStringLiteral("superAdmin")},
                                       {QStringLiteral("pageNumber"), QStringLiteral("0")}},
                                      &r);
    EXPECT_STATUS(r, 200);
    QCOMPARE(both.size(), tutors.size() + admins.size());
    for (const QString &role : field(both, QStringLiteral("roleId")))
        QVERIFY2(role == QLatin1String("tutor") || role == QLatin1String("superAdmin"), qPrintable(role));
}

// §1.7 ?f=null matches rows where the field is null: every user has an e-mail and a role.
void TstContractCore::filterNull()
{
    Reply r;
    QCOMPARE(listUsers({{QStringLiteral("roleId"), QStringLiteral("null")}}, &r).size(), 0);
    EXPECT_STATUS(r, 200);
    QCOMPARE(listUsers({{QStringLiteral("email"), QStringLiteral("null")}}, &r).size(), 0);
    EXPECT_STATUS(r, 200);
}

// D5: unknown filter names are ignored.
void TstContractCore::filterUnknownIgnored()
{
    Reply plain, unknown;
    listUsers({{QStringLiteral("pageNumber"), QStringLiteral("0")}}, &plain);
    listUsers(
        {{QStringLiteral("pageNumber"), QStringLiteral("0")}, {QStringLiteral("noSuchFilter"), QStringLiteral("x")}},
        &unknown);
    EXPECT_STATUS(unknown, 200);
    QCOMPARE(unknown.value(QStringLiteral("rowCount")).toInt(), plain.value(QStringLiteral("rowCount")).toInt());
}

// D5: sortBy/sortOrder, default createdAt asc.
void TstContractCore::sorting()
{
    Reply r;
    const QStringList asc = field(listUsers({{QStringLiteral("sortBy"), QStringLiteral("email")},
                                             {QStringLiteral("sortOrder"), QStringLiteral("asc")},
                                             {QStringLiteral("pageNumber"), QStringLiteral("0")}},
                                            &r),
                                  QStringLiteral("email"));
    EXPECT_STATUS(r, 200);
    QVERIFY(asc.size() >= 6);
    QStringList sorted = asc;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(asc, sorted);

    const QStringList desc = field(listUsers({{QStringLiteral("sortBy"), QStringLiteral("email")},
                                              {QStringLiteral("sortOrder"), QStringLiteral("desc")},
                                              {QStringLiteral("pageNumber"), QStringLiteral("0")}},
                                             &r),
                                   QStringLiteral("email"));
    EXPECT_STATUS(r, 200);
    QStringList reversed = sorted;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(desc, reversed);

    // Sorting applies before paging: the first page of "desc" holds the largest e-mails.
    const QStringList page = field(listUsers({{QStringLiteral("sortBy"), QStringLiteral("email")},
                                              {QStringLiteral("sortOrder"), QStringLiteral("desc")},
                                              {QStringLiteral("pageRowCount"), QStringLiteral("2")}},
                                             &r),
                                   QStringLiteral("email"));
    QCOMPARE(page, reversed.mid(0, 2));

    const QJsonArray byDefault = listUsers({{QStringLiteral("pageNumber"), QStringLiteral("0")}}, &r);
    QDateTime previous;
    for (const QJsonValue &v : byDefault) {
        const QDateTime created
            = QDateTime::fromString(v.toObject().value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
        QVERIFY(created.isValid());
        if (previous.isValid())
            QVERIFY2(previous <= created, "default order is not createdAt ascending");
        previous = created;
    }
}

// §1.8 std fields and _idx companions; D8 no password.
void TstContractCore::userPayloadFields()
{
    Reply r;
    const QJsonArray rows = listUsers({{QStringLiteral("pageNumber"), QStringLiteral("0")}}, &r);
    EXPECT_STATUS(r, 200);
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue &v : rows)
        CONTRACT_CHECK(userProblem(v.toObject()));

    const Reply one = m_server.get(QStringLiteral("/auth-api/v1/users/%1").arg(m_lena.userId), m_admin.token);
    EXPECT_STATUS(one, 200);
    const QJsonObject lena = one.data();
    CONTRACT_CHECK(userProblem(lena));
    QCOMPARE(lena.value(QStringLiteral("email")).toString(), QString::fromLatin1(kStudentLena));
    QCOMPARE(lena.value(QStringLiteral("roleId")).toString(), QStringLiteral("user"));
    QCOMPARE(lena.value(QStringLiteral("isActive")).toBool(), true);
    QCOMPARE(lena.value(QStringLiteral("emailVerified")).toBool(), true);
    QCOMPARE(lena.value(QStringLiteral("accountStatus")).toString(), QStringLiteral("active"));
    QCOMPARE(lena.value(QStringLiteral("accountStatus_idx")).toInt(), 0);
}

// D8: no response carries a password, whatever the route.
void TstContractCore::passwordNeverPresent()
{
    const QJsonObject reg {{QStringLiteral("email"), QStringLiteral("core.nopassword@example.test")},
                           {QStringLiteral("password"), QStringLiteral("no-password-1")},
                           {QStringLiteral("fullname"), QStringLiteral("No Password")}};
    const QList<Reply> replies {
        m_server.post(QStringLiteral("/auth-api/v1/registeruser"), reg),
        m_server.login(QString::fromLatin1(kStudentLena)),
        m_server.get(QStringLiteral("/auth-api/currentuser"), m_lena.token),
        m_server.get(QStringLiteral("/auth-api/v1/users/%1").arg(m_lena.userId), m_lena.token),
        m_server.get(QStringLiteral("/auth-api/v1/users"), m_admin.token,
                     {{QStringLiteral("pageNumber"), QStringLiteral("0")}}),
        m_server.get(QStringLiteral("/auth-api/v1/searchusers"), m_admin.token,
                     {{QStringLiteral("keyword"), QStringLiteral("a")}}),
        m_server.get(QStringLiteral("/auth-api/v1/briefuser/%1").arg(m_lena.userId)),
        m_server.patch(QStringLiteral("/auth-api/v1/profile/%1").arg(m_lena.userId),
                       {{QStringLiteral("bio"), QStringLiteral("Likes maths.")}}, m_lena.token),
    };
    for (const Reply &r : replies) {
        QVERIFY2(r.status == 200 || r.status == 201, r.describe().constData());
        QVERIFY2(!r.body.contains("\"password\""), r.describe().constData());
        QVERIFY2(!r.body.contains("no-password-1") && !r.body.contains(kDemoPassword), r.describe().constData());
    }
}
