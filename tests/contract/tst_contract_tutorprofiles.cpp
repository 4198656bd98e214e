// Contract tests of the tutorCatalog service's tutor profiles (API.md §3.1, rules 10 and 13-15 of §4.2, G15, G17).
// The common set-up is catalogsuite.h.
#include "catalogsuite.h"

using namespace contract;

class TstContractTutorProfiles : public CatalogSuite
{
    Q_OBJECT

private slots:
    void rule14_tutorProfilesPublic();
    void g17_ownerCannotChangeTutorIdOrStatus();
    void rule15_updateTutorProfileAccess();
    void g15_createTutorProfileAdminOnly();
    void rule13_onTutorApplicationReviewed();
    // Last: it suspends a demo tutor for a moment.
    void rule10_packsOfBlockedTutorsAreNotListed();
};

void TstContractTutorProfiles::rule14_tutorProfilesPublic()
{
    const Reply list = f.server.get(f.catalog(QStringLiteral("tutorprofiles")));
    CONTRACT_CHECK(
        envelopeProblem(list, 200, QStringLiteral("tutorProfiles"), "GET", QStringLiteral("list"), Shape::List, false));
    for (const QJsonValue &v : list.payload().toArray())
        QCOMPARE(v[QStringLiteral("profileStatus")].toString(), QStringLiteral("approved"));
    const Reply one = f.server.get(f.catalog(QStringLiteral("tutorprofiles/")) + f.jamesProfile);
    CONTRACT_CHECK(
        envelopeProblem(one, 200, QStringLiteral("tutorProfile"), "GET", QStringLiteral("get"), Shape::Single, false));
    QCOMPARE(one.data().value(QStringLiteral("displayName")).toString(), QStringLiteral("James Okafor"));
    CONTRACT_CHECK(enumProblem(one.data(), QStringLiteral("profileStatus"),
                               {QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("rejected"),
                                QStringLiteral("suspended")}));
    QCOMPARE(f.listIds(f.catalog(QStringLiteral("tutorprofiles")), nullptr,
                       {{QStringLiteral("displayName"), QStringLiteral("okaf")}}),
             QStringList {f.jamesProfile});
    EXPECT_ERROR(f.server.get(f.catalog(QStringLiteral("tutorprofiles/")) + CatalogFixture::randomId()), 404,
                 "errMsg_FethcedObjectNotFound:tutorProfile");
}

// G17: the owner edits their texts but not tutorId or profileStatus (dropped, as D10).
void TstContractTutorProfiles::g17_ownerCannotChangeTutorIdOrStatus()
{
    const QString one = f.catalog(QStringLiteral("tutorprofiles/")) + f.mariaProfile;
    const Reply r = f.server.patch(one,
                                   {{QStringLiteral("tutorId"), f.lena.userId},
                                    {QStringLiteral("profileStatus"), QStringLiteral("pending")},
                                    {QStringLiteral("experience"), QStringLiteral("Ten years at a Munich Gymnasium.")}},
                                   f.maria.token);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("tutorProfile"), "PATCH", QStringLiteral("update")));
    QCOMPARE(r.data().value(QStringLiteral("tutorId")).toString(), f.maria.userId);
    QCOMPARE(r.data().value(QStringLiteral("profileStatus")).toString(), QStringLiteral("approved"));
    QCOMPARE(r.data().value(QStringLiteral("experience")).toString(),
             QStringLiteral("Ten years at a Munich Gymnasium."));
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("displayName"), QStringLiteral(" ")}}, f.maria.token), 400,
                 "errMsg_MissingParameter:displayName");
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("bio"), 3}}, f.maria.token), 400, "errMsg_InvalidParameter:bio");
}

void TstContractTutorProfiles::rule15_updateTutorProfileAccess()
{
    const QString one = f.catalog(QStringLiteral("tutorprofiles/")) + f.jamesProfile;
    const QJsonObject change {{QStringLiteral("subjects"), QStringLiteral("English, French, Spanish")}};
    EXPECT_ERROR(f.server.patch(one, change), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.patch(one, change, f.lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.patch(one, change, f.maria.token), 403, "errMsg_Forbidden");
    EXPECT_STATUS(f.server.patch(one, change, f.james.token), 200);
    // An admin may suspend a profile: it leaves the public list and its packs with it.
    EXPECT_STATUS(f.server.patch(one, {{QStringLiteral("profileStatus"), QStringLiteral("suspended")}}, f.admin.token),
                  200);
    EXPECT_ERROR(f.server.get(one), 404, "errMsg_FethcedObjectNotFound:tutorProfile");
    EXPECT_STATUS(f.server.get(one, f.james.token), 200);
    QCOMPARE(f.listIds(f.catalog(QStringLiteral("coursepacks")), nullptr,
                       {{QStringLiteral("tutorProfileId"), f.jamesProfile}})
                 .size(),
             0);
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("tutorId"), f.maria.userId}}, f.admin.token), 409,
                 "errMsg_TutorProfileExists");
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("profileStatus"), QStringLiteral("great")}}, f.admin.token), 400,
                 "errMsg_InvalidParameter:profileStatus");
    EXPECT_STATUS(f.server.patch(one, {{QStringLiteral("profileStatus"), QStringLiteral("approved")}}, f.admin.token),
                  200);
    QVERIFY(!f.listIds(f.catalog(QStringLiteral("coursepacks")), nullptr,
                       {{QStringLiteral("tutorProfileId"), f.jamesProfile}})
                 .isEmpty());
}

// G15: createTutorProfile is an admin route; one profile per user.
void TstContractTutorProfiles::g15_createTutorProfileAdminOnly()
{
    const QString path = f.catalog(QStringLiteral("tutorprofiles"));
    const QJsonObject body {{QStringLiteral("tutorId"), f.aiko.userId},
                            {QStringLiteral("bio"), QStringLiteral("Japanese and piano.")}};
    EXPECT_ERROR(f.server.post(path, body), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.post(path, body, f.aiko.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(path, body, f.maria.token), 403, "errMsg_Forbidden");
    const Reply r = f.server.post(path, body, f.admin.token);
    CONTRACT_CHECK(envelopeProblem(r, 201, QStringLiteral("tutorProfile"), "POST", QStringLiteral("create")));
    QCOMPARE(r.data().value(QStringLiteral("profileStatus")).toString(), QStringLiteral("pending"));
    QCOMPARE(r.data().value(QStringLiteral("displayName")).toString(), QStringLiteral("Aiko Tanaka"));
    const QString id = r.data().value(QStringLiteral("id")).toString();
    EXPECT_ERROR(f.server.post(path, body, f.admin.token), 409, "errMsg_TutorProfileExists");
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("tutorId"), CatalogFixture::randomId()}}, f.admin.token), 404,
                 "errMsg_UserNotFound");
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("bio"), QStringLiteral("x")}}, f.admin.token), 400,
                 "errMsg_MissingParameter:tutorId");
    EXPECT_ERROR(f.server.post(path,
                               {{QStringLiteral("tutorId"), f.tom.userId},
                                {QStringLiteral("profileStatus"), QStringLiteral("super")}},
                               f.admin.token),
                 400, "errMsg_InvalidParameter:profileStatus");
    // Pending: not public, but visible to its user and admins.
    EXPECT_ERROR(f.server.get(path + QLatin1Char('/') + id), 404, "errMsg_FethcedObjectNotFound:tutorProfile");
    EXPECT_ERROR(f.server.get(path + QLatin1Char('/') + id, f.lena.token), 404,
                 "errMsg_FethcedObjectNotFound:tutorProfile");
    EXPECT_STATUS(f.server.get(path + QLatin1Char('/') + id, f.aiko.token), 200);
    QVERIFY(!f.listIds(path, nullptr).contains(id));
    QVERIFY(f.listIds(path, &f.aiko).contains(id));
    QVERIFY(f.listIds(path, &f.admin).contains(id));
}

// Rule 13 / G15: the review event creates the approved profile with the user's full name.
void TstContractTutorProfiles::rule13_onTutorApplicationReviewed()
{
    const QString path = f.catalog(QStringLiteral("ontutorapplicationreviewed"));
    const QJsonObject body {{QStringLiteral("tutorId"), f.tom.userId},
                            {QStringLiteral("profileStatus"), QStringLiteral("approved")},
                            {QStringLiteral("subjects"), QStringLiteral("Chemistry")}};
    EXPECT_ERROR(f.server.post(path, body), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.post(path, body, f.tom.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("tutorId"), f.tom.userId}}, f.admin.token), 400,
                 "errMsg_MissingParameter:profileStatus");
    const Reply r = f.server.post(path, body, f.admin.token);
    CONTRACT_CHECK(envelopeProblem(r, 201, QStringLiteral("tutorProfile"), "POST", QStringLiteral("create")));
    QCOMPARE(r.data().value(QStringLiteral("profileStatus")).toString(), QStringLiteral("approved"));
    QCOMPARE(r.data().value(QStringLiteral("displayName")).toString(), QStringLiteral("Tom Baker"));
    QCOMPARE(r.data().value(QStringLiteral("subjects")).toString(), QStringLiteral("Chemistry"));
    EXPECT_STATUS(
        f.server.get(f.catalog(QStringLiteral("tutorprofiles/")) + r.data().value(QStringLiteral("id")).toString()),
        200);
}

// Rule 10: a tutor whose account is not active cannot receive enrollments, so the catalog does not offer
// their packs (listing them would show what nobody can book); they come back when the account does.
void TstContractTutorProfiles::rule10_packsOfBlockedTutorsAreNotListed()
{
    const QString pack = f.newPack(f.maria, f.mariaProfile);
    const QString path = f.catalog(QStringLiteral("coursepacks"));
    const QString user = QStringLiteral("/auth-api/v1/users/") + f.maria.userId;
    QVERIFY(f.listIds(path, nullptr).contains(pack));
    EXPECT_STATUS(f.server.patch(user, {{QStringLiteral("accountStatus"), QStringLiteral("suspended")}}, f.admin.token),
                  200);
    QVERIFY(!f.listIds(path, nullptr).contains(pack));
    QVERIFY(!f.listIds(path, &f.lena).contains(pack));
    EXPECT_STATUS(f.server.get(f.catalog(QStringLiteral("coursepacks/")) + pack), 404);
    EXPECT_STATUS(f.server.patch(user, {{QStringLiteral("accountStatus"), QStringLiteral("active")}}, f.admin.token),
                  200);
    QVERIFY(f.listIds(path, nullptr).contains(pack));
}

QTEST_GUILESS_MAIN(TstContractTutorProfiles)
#include "tst_contract_tutorprofiles.moc"
