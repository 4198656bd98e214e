// Auth contract: the business APIs of the user object and their access rules
// (API.md §2.6-2.7, decisions D3, D4, D9, D10, D11, D13).
#include "tst_contract_auth.h"

#include <QTest>

using namespace contract;

namespace {

const QString kUnknownId = QStringLiteral("00000000-0000-4000-8000-000000000000");

QString path(const char *prefix, const QString &id)
{
    return QStringLiteral("/auth-api/v1/%1/%2").arg(QLatin1String(prefix), id);
}

bool isNotFound(const Reply &r)
{
    return r.status == 404
           && (r.message() == QLatin1String("errMsg_UserNotFound")
               || r.message() == QLatin1String("errMsg_FethcedObjectNotFound:user"));
}

const QJsonObject kApplication {
    {QStringLiteral("certifications"), QStringLiteral("CELTA 2019")},
    {QStringLiteral("qualifications"), QStringLiteral("MSc Mathematics")},
    {QStringLiteral("bio"), QStringLiteral("Ten years of tutoring.")},
    {QStringLiteral("specializations"), QStringLiteral("maths,physics")},
    {QStringLiteral("applicationDocuments"), QStringLiteral("https://example.test/cv.pdf")}};

} // namespace

// §2.6 getUser: admin roles or the user themself.
void TstContractAuth::getUserAccess()
{
    const Reply own = m_server.get(users(m_lena.id), m_lena.token);
    CONTRACT_CHECK(envelopeProblem(own, 200, QStringLiteral("user"), "GET", QStringLiteral("get")));
    QCOMPARE(own.data().value(QStringLiteral("id")).toString(), m_lena.id);

    const Reply byAdmin = m_server.get(users(m_tom.id), m_super.token);
    CONTRACT_CHECK(envelopeProblem(byAdmin, 200, QStringLiteral("user"), "GET", QStringLiteral("get")));
    QCOMPARE(byAdmin.data().value(QStringLiteral("email")).toString(), QString::fromLatin1(kStudentTom));

    EXPECT_ERROR(m_server.get(users(m_tom.id), m_lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.get(users(m_lena.id), m_maria.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.get(users(m_super.id), m_tom.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.get(users(m_lena.id)), 401, "errMsg_LoginRequired");
    const Reply unknown = m_server.get(users(kUnknownId), m_super.token);
    CONTRACT_CHECK(errorProblem(unknown, 404));
    QVERIFY2(isNotFound(unknown), unknown.describe().constData());
}

// §2.6 updateUser: admins only; D3/D4 validation.
void TstContractAuth::updateUserAdminOnly()
{
    Account a;
    CALL(freshUser(a, QStringLiteral("upd")));
    const QJsonObject before = fetchUser(a.id);
    QVERIFY(!before.isEmpty());

    const Reply r = m_server.patch(users(a.id),
                                   {{QStringLiteral("fullname"), QStringLiteral("Renamed By Admin")},
                                    {QStringLiteral("bio"), QStringLiteral("Edited.")},
                                    {QStringLiteral("applicationReviewNote"), QStringLiteral("note by admin")}},
                                   m_super.token);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("user"), "PATCH", QStringLiteral("update")));
    const QJsonObject u = r.data();
    CONTRACT_CHECK(userProblem(u));
    QCOMPARE(u.value(QStringLiteral("id")).toString(), a.id);
    QCOMPARE(u.value(QStringLiteral("fullname")).toString(), QStringLiteral("Renamed By Admin"));
    QCOMPARE(u.value(QStringLiteral("bio")).toString(), QStringLiteral("Edited."));
    QCOMPARE(u.value(QStringLiteral("applicationReviewNote")).toString(), QStringLiteral("note by admin"));
    QCOMPARE(u.value(QStringLiteral("recordVersion")).toInt(),
             before.value(QStringLiteral("recordVersion")).toInt() + 1);
    QCOMPARE(fetchUser(a.id).value(QStringLiteral("fullname")).toString(), QStringLiteral("Renamed By Admin"));

    EXPECT_ERROR(m_server.patch(users(a.id), {{QStringLiteral("bio"), QStringLiteral("self")}}, a.token), 403,
                 "errMsg_Forbidden");
    EXPECT_ERROR(m_server.patch(users(m_tom.id), {{QStringLiteral("bio"), QStringLiteral("x")}}, m_lena.token), 403,
                 "errMsg_Forbidden");
    EXPECT_ERROR(m_server.patch(users(m_lena.id), {{QStringLiteral("bio"), QStringLiteral("x")}}, m_maria.token), 403,
                 "errMsg_Forbidden");
    EXPECT_ERROR(m_server.patch(users(a.id), {{QStringLiteral("bio"), QStringLiteral("x")}}), 401,
                 "errMsg_LoginRequired");
    EXPECT_ERROR(
        m_server.patch(users(a.id), {{QStringLiteral("accountStatus"), QStringLiteral("frozen")}}, m_super.token), 400,
        "errMsg_InvalidParameter:accountStatus");
    EXPECT_ERROR(
        m_server.patch(users(a.id), {{QStringLiteral("fullname"), QString(256, QLatin1Char('n'))}}, m_super.token), 400,
        "errMsg_ParameterTooLong:fullname");
    const Reply unknown
        = m_server.patch(users(kUnknownId), {{QStringLiteral("bio"), QStringLiteral("x")}}, m_super.token);
    QVERIFY2(isNotFound(unknown), unknown.describe().constData());

    // An `admin` (not only the superAdmin) may edit users.
    Account admin;
    CALL(freshAdmin(admin, QStringLiteral("updadm")));
    const Reply byAdmin
        = m_server.patch(users(a.id), {{QStringLiteral("bio"), QStringLiteral("By admin.")}}, admin.token);
    EXPECT_STATUS(byAdmin, 200);
    QCOMPARE(byAdmin.data().value(QStringLiteral("bio")).toString(), QStringLiteral("By admin."));
}

// §2.6 updateProfile, D10: own profile only; status and review fields silently dropped.
void TstContractAuth::updateProfileOwnOnly()
{
    Account a;
    CALL(freshUser(a, QStringLiteral("profile")));
    const Reply r = m_server.patch(path("profile", a.id),
                                   {{QStringLiteral("fullname"), QStringLiteral("Self Named")},
                                    {QStringLiteral("bio"), QStringLiteral("My own bio.")},
                                    {QStringLiteral("accountStatus"), QStringLiteral("banned")},
                                    {QStringLiteral("tutorApplicationStatus"), QStringLiteral("approved")},
                                    {QStringLiteral("applicationReviewNote"), QStringLiteral("self-approved")}},
                                   a.token);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("user"), "PATCH", QStringLiteral("update")));
    CONTRACT_CHECK(userProblem(r.data()));
    QCOMPARE(r.data().value(QStringLiteral("fullname")).toString(), QStringLiteral("Self Named"));
    QCOMPARE(r.data().value(QStringLiteral("bio")).toString(), QStringLiteral("My own bio."));
    const QJsonObject stored = fetchUser(a.id);
    QCOMPARE(stored.value(QStringLiteral("fullname")).toString(), QStringLiteral("Self Named"));
    QCOMPARE(stored.value(QStringLiteral("accountStatus")).toString(), QStringLiteral("active"));
    QCOMPARE(stored.value(QStringLiteral("tutorApplicationStatus")).toString(), QStringLiteral("none"));
    QVERIFY(stored.value(QStringLiteral("applicationReviewNote")).toString() != QLatin1String("self-approved"));
    QCOMPARE(stored.value(QStringLiteral("roleId")).toString(), QStringLiteral("user"));
    // Still able to work normally (not banned).
    EXPECT_STATUS(m_server.get(users(a.id), a.token), 200);

    EXPECT_ERROR(
        m_server.patch(path("profile", m_lena.id), {{QStringLiteral("bio"), QStringLiteral("hijack")}}, a.token), 403,
        "errMsg_Forbidden");
    EXPECT_ERROR(m_server.patch(path("profile", a.id), {{QStringLiteral("bio"), QStringLiteral("x")}}), 401,
                 "errMsg_LoginRequired");
    EXPECT_ERROR(
        m_server.patch(path("profile", a.id), {{QStringLiteral("bio"), QString(10001, QLatin1Char('b'))}}, a.token),
        400, "errMsg_ParameterTooLong:bio");
}

// §2.6 createUser: admins; 201; D4 validation; 409 duplicate.
void TstContractAuth::createUserAdminOnly()
{
    const QString email = freshEmail(QStringLiteral("created"));
    const QJsonObject body {{QStringLiteral("email"), email},
                            {QStringLiteral("password"), QStringLiteral("created-pass-1")},
                            {QStringLiteral("fullname"), QStringLiteral("Created By Admin")},
                            {QStringLiteral("qualifications"), QStringLiteral("BA")}};
    const Reply r = m_server.post(users(), body, m_super.token);
    CONTRACT_CHECK(envelopeProblem(r, 201, QStringLiteral("user"), "POST", QStringLiteral("create")));
    const QJsonObject u = r.data();
    CONTRACT_CHECK(userProblem(u));
    QCOMPARE(u.value(QStringLiteral("email")).toString(), email);
    QCOMPARE(u.value(QStringLiteral("roleId")).toString(), QStringLiteral("user"));
    QCOMPARE(u.value(QStringLiteral("qualifications")).toString(), QStringLiteral("BA"));
    QVERIFY(u.value(QStringLiteral("avatar")).toString().contains(QLatin1String("/useravatars/default-")));
    QCOMPARE(fetchUser(u.value(QStringLiteral("id")).toString()).value(QStringLiteral("email")).toString(), email);

    EXPECT_ERROR(m_server.post(users(), body, m_super.token), 409, "errMsg_EmailAlreadyRegistered");
    QJsonObject other = body;
    other.insert(QStringLiteral("email"), freshEmail(QStringLiteral("created")));
    EXPECT_ERROR(m_server.post(users(), other, m_lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.post(users(), other, m_maria.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.post(users(), other), 401, "errMsg_LoginRequired");
    QJsonObject noName = other;
    noName.remove(QStringLiteral("fullname"));
    EXPECT_ERROR(m_server.post(users(), noName, m_super.token), 400, "errMsg_MissingParameter:fullname");
    QJsonObject badEmail = other;
    badEmail.insert(QStringLiteral("email"), QStringLiteral("bad-address"));
    EXPECT_ERROR(m_server.post(users(), badEmail, m_super.token), 400, "errMsg_InvalidEmail");
    QJsonObject weak = other;
    weak.insert(QStringLiteral("password"), QStringLiteral("weak"));
    EXPECT_ERROR(m_server.post(users(), weak, m_super.token), 400, "errMsg_WeakPassword");
}

// §2.6 deleteUser: admins; soft delete (isActive false); D13 the user can no longer sign in.
void TstContractAuth::deleteUserIsSoft()
{
    Account a;
    CALL(freshUser(a, QStringLiteral("deleted")));
    EXPECT_ERROR(m_server.del(users(a.id), m_lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.del(users(a.id), a.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.del(users(a.id)), 401, "errMsg_LoginRequired");

    const Reply r = m_server.del(users(a.id), m_super.token);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("user"), "DELETE", QStringLiteral("delete")));
    QCOMPARE(r.data().value(QStringLiteral("id")).toString(), a.id);
    QCOMPARE(r.data().value(QStringLiteral("isActive")).toBool(), false);
    CONTRACT_CHECK(userProblem(r.data()));

    EXPECT_ERROR(m_server.login(a.email, a.password), 403, "errMsg_AccountArchived");
    const Reply old = m_server.get(users(a.id), a.token);
    QVERIFY2(old.status == 401 || old.status == 403, old.describe().constData());
    EXPECT_ERROR(m_server.get(route(QStringLiteral("/relogin")), a.token), 403, "errMsg_AccountArchived");
    const Reply unknown = m_server.del(users(kUnknownId), m_super.token);
    QVERIFY2(isNotFound(unknown), unknown.describe().constData());
}

// §2.6 archiveProfile: own profile; then the user cannot sign in (D13).
void TstContractAuth::archiveProfile()
{
    Account a;
    CALL(freshUser(a, QStringLiteral("archive")));
    EXPECT_ERROR(m_server.del(path("archiveprofile", m_lena.id), a.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.del(path("archiveprofile", a.id)), 401, "errMsg_LoginRequired");

    const Reply r = m_server.del(path("archiveprofile", a.id), a.token);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("user"), "DELETE", QStringLiteral("delete")));
    QCOMPARE(r.data().value(QStringLiteral("id")).toString(), a.id);
    QCOMPARE(r.data().value(QStringLiteral("isActive")).toBool(), false);

    EXPECT_ERROR(m_server.login(a.email, a.password), 403, "errMsg_AccountArchived");
    const Reply old = m_server.get(users(a.id), a.token);
    QVERIFY2(old.status == 401 || old.status == 403, old.describe().constData());
    EXPECT_ERROR(m_server.get(route(QStringLiteral("/relogin")), a.token), 403, "errMsg_AccountArchived");
    QCOMPARE(fetchUser(m_lena.id).value(QStringLiteral("isActive")).toBool(), true);
}

// D11: listUsers is admin-only.
void TstContractAuth::listUsersAdminOnly()
{
    const Reply r = m_server.get(users(), m_super.token);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("users"), "GET", QStringLiteral("list"), Shape::List));
    EXPECT_ERROR(m_server.get(users(), m_lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.get(users(), m_maria.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.get(users()), 401, "errMsg_LoginRequired");
    Account admin;
    CALL(freshAdmin(admin, QStringLiteral("listadm")));
    EXPECT_STATUS(m_server.get(users(), admin.token), 200);
}

// §2.6 searchUsers: keyword required, roleId filter, admin-only (D11).
void TstContractAuth::searchUsers()
{
    const QString search = QStringLiteral("/auth-api/v1/searchusers");
    const Reply r = m_server.get(search, m_super.token, {{QStringLiteral("keyword"), QStringLiteral("keller")}});
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("users"), "GET", QStringLiteral("list"), Shape::List));
    QStringList emails;
    for (const QJsonValue &v : r.value(QStringLiteral("users")).toArray()) {
        emails << v.toObject().value(QStringLiteral("email")).toString();
        CONTRACT_CHECK(userProblem(v.toObject()));
    }
    QVERIFY2(emails.contains(QLatin1String(kTutorMaria)), r.describe().constData());
    QVERIFY2(!emails.contains(QLatin1String(kStudentTom)), r.describe().constData());

    const Reply students = m_server.get(search, m_super.token,
                                        {{QStringLiteral("keyword"), QStringLiteral("tutorhub")},
                                         {QStringLiteral("roleId"), QStringLiteral("user")},
                                         {QStringLiteral("pageNumber"), QStringLiteral("0")}});
    EXPECT_STATUS(students, 200);
    QStringList studentEmails;
    for (const QJsonValue &v : students.value(QStringLiteral("users")).toArray()) {
        QCOMPARE(v.toObject().value(QStringLiteral("roleId")).toString(), QStringLiteral("user"));
        studentEmails << v.toObject().value(QStringLiteral("email")).toString();
    }
    QVERIFY2(studentEmails.contains(QLatin1String(kStudentLena)), students.describe().constData());
    QVERIFY(!studentEmails.contains(QLatin1String(kTutorMaria)));

    EXPECT_ERROR(m_server.get(search, m_super.token), 400, "errMsg_MissingParameter:keyword");
    EXPECT_ERROR(m_server.get(search, m_lena.token, {{QStringLiteral("keyword"), QStringLiteral("keller")}}), 403,
                 "errMsg_Forbidden");
    EXPECT_ERROR(m_server.get(search, {}, {{QStringLiteral("keyword"), QStringLiteral("keller")}}), 401,
                 "errMsg_LoginRequired");
}

// D10: superAdmin sets any role; admin sets user/tutor on non-admins; nobody changes their own role.
void TstContractAuth::updateUserRoleRules()
{
    const auto setRole = [this](const Account &target, const QString &role, const QString &token) {
        return m_server.patch(path("userrole", target.id), {{QStringLiteral("roleId"), role}}, token);
    };
    Account admin, otherAdmin, y;
    CALL(freshAdmin(admin, QStringLiteral("roleadm")));
    CALL(freshAdmin(otherAdmin, QStringLiteral("roleadm2")));
    CALL(freshUser(y, QStringLiteral("roley")));

    const Reply toTutor = setRole(y, QStringLiteral("tutor"), admin.token);
    CONTRACT_CHECK(envelopeProblem(toTutor, 200, QStringLiteral("user"), "PATCH", QStringLiteral("update")));
    QCOMPARE(toTutor.data().value(QStringLiteral("roleId")).toString(), QStringLiteral("tutor"));
    // relogin reads the role from the database (§2.3).
    const Reply relogin = m_server.get(route(QStringLiteral("/relogin")), y.token);
    CONTRACT_CHECK(sessionProblem(relogin));
    QCOMPARE(relogin.value(QStringLiteral("roleId")).toString(), QStringLiteral("tutor"));
    y.token = relogin.value(QStringLiteral("accessToken")).toString();

    EXPECT_STATUS(setRole(y, QStringLiteral("user"), admin.token), 200);
    EXPECT_ERROR(setRole(y, QStringLiteral("admin"), admin.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(setRole(y, QStringLiteral("superAdmin"), admin.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(setRole(otherAdmin, QStringLiteral("user"), admin.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(setRole(m_super, QStringLiteral("user"), admin.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(setRole(admin, QStringLiteral("superAdmin"), admin.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(setRole(admin, QStringLiteral("user"), admin.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(setRole(m_super, QStringLiteral("admin"), m_super.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(setRole(m_tom, QStringLiteral("tutor"), m_lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(setRole(y, QStringLiteral("admin"), y.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(setRole(m_tom, QStringLiteral("tutor"), m_maria.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(setRole(y, QStringLiteral("tutor"), QString()), 401, "errMsg_LoginRequired");
    QCOMPARE(fetchUser(y.id).value(QStringLiteral("roleId")).toString(), QStringLiteral("user"));
    QCOMPARE(fetchUser(m_super.id).value(QStringLiteral("roleId")).toString(), QStringLiteral("superAdmin"));
    QCOMPARE(fetchUser(otherAdmin.id).value(QStringLiteral("roleId")).toString(), QStringLiteral("admin"));

    EXPECT_ERROR(setRole(y, QStringLiteral("wizard"), m_super.token), 400, "errMsg_InvalidParameter:roleId");
    EXPECT_ERROR(m_server.patch(path("userrole", y.id), {}, m_super.token), 400, "errMsg_MissingParameter:roleId");
    const Reply unknown = m_server.patch(path("userrole", kUnknownId),
                                         {{QStringLiteral("roleId"), QStringLiteral("tutor")}}, m_super.token);
    QVERIFY2(isNotFound(unknown), unknown.describe().constData());

    // superAdmin may set any role, including demoting an admin.
    EXPECT_STATUS(setRole(y, QStringLiteral("superAdmin"), m_super.token), 200);
    EXPECT_STATUS(setRole(y, QStringLiteral("user"), m_super.token), 200);
    const Reply demote = setRole(otherAdmin, QStringLiteral("user"), m_super.token);
    EXPECT_STATUS(demote, 200);
    QCOMPARE(demote.data().value(QStringLiteral("roleId")).toString(), QStringLiteral("user"));
}

// §2.6 updateUserPassword: own, old password double-checked (D3 errMsg_WrongOldPassword).
void TstContractAuth::updateUserPassword()
{
    Account a;
    CALL(freshUser(a, QStringLiteral("pw")));
    const QString p = path("userpassword", a.id);
    EXPECT_ERROR(m_server.patch(p,
                                {{QStringLiteral("oldPassword"), QStringLiteral("not-my-password")},
                                 {QStringLiteral("newPassword"), QStringLiteral("brand-new-pass")}},
                                a.token),
                 403, "errMsg_WrongOldPassword");
    EXPECT_ERROR(m_server.patch(p,
                                {{QStringLiteral("oldPassword"), a.password},
                                 {QStringLiteral("newPassword"), QStringLiteral("short")}},
                                a.token),
                 400, "errMsg_WeakPassword");
    EXPECT_ERROR(m_server.patch(p, {{QStringLiteral("newPassword"), QStringLiteral("brand-new-pass")}}, a.token), 400,
                 "errMsg_MissingParameter:oldPassword");
    EXPECT_ERROR(m_server.patch(path("userpassword", m_lena.id),
                                {{QStringLiteral("oldPassword"), QString::fromLatin1(kDemoPassword)},
                                 {QStringLiteral("newPassword"), QStringLiteral("brand-new-pass")}},
                                a.token),
                 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.patch(p, {{QStringLiteral("oldPassword"), a.password},
                                    {QStringLiteral("newPassword"), QStringLiteral("brand-new-pass")}}),
                 401, "errMsg_LoginRequired");

    const Reply r = m_server.patch(p,
                                   {{QStringLiteral("oldPassword"), a.password},
                                    {QStringLiteral("newPassword"), QStringLiteral("brand-new-pass")}},
                                   a.token);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("user"), "PATCH", QStringLiteral("update")));
    CONTRACT_CHECK(userProblem(r.data()));
    QVERIFY(!r.body.contains("brand-new-pass"));
    EXPECT_ERROR(m_server.login(a.email, a.password), 401, "errMsg_InvalidCredentials");
    CONTRACT_CHECK(sessionProblem(m_server.login(a.email, QStringLiteral("brand-new-pass"))));
}

// §2.6 updateUserPasswordByAdmin: superAdmin → anyone, admin → non-admins only.
void TstContractAuth::updateUserPasswordByAdmin()
{
    Account admin, otherAdmin, u;
    CALL(freshAdmin(admin, QStringLiteral("pwadm")));
    CALL(freshAdmin(otherAdmin, QStringLiteral("pwadm2")));
    CALL(freshUser(u, QStringLiteral("pwuser")));
    const auto reset = [this](const Account &target, const QString &password, const QString &token) {
        return m_server.patch(path("userpasswordbyadmin", target.id), {{QStringLiteral("password"), password}}, token);
    };

    const Reply r = reset(u, QStringLiteral("reset-by-admin"), admin.token);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("user"), "PATCH", QStringLiteral("update")));
    CONTRACT_CHECK(userProblem(r.data()));
    CONTRACT_CHECK(sessionProblem(m_server.login(u.email, QStringLiteral("reset-by-admin"))));
    EXPECT_ERROR(m_server.login(u.email, u.password), 401, "errMsg_InvalidCredentials");

    EXPECT_ERROR(reset(otherAdmin, QStringLiteral("hacked-admin-1"), admin.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(reset(m_super, QStringLiteral("hacked-super-1"), admin.token), 403, "errMsg_Forbidden");
    CONTRACT_CHECK(sessionProblem(m_server.login(otherAdmin.email, otherAdmin.password)));
    EXPECT_ERROR(reset(m_tom, QStringLiteral("hacked-by-lena"), m_lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(reset(m_tom, QStringLiteral("hacked-by-maria"), m_maria.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(reset(u, QStringLiteral("no-token-pass"), QString()), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(reset(u, QStringLiteral("weak"), admin.token), 400, "errMsg_WeakPassword");
    EXPECT_ERROR(m_server.patch(path("userpasswordbyadmin", u.id), {}, admin.token), 400,
                 "errMsg_MissingParameter:password");

    EXPECT_STATUS(reset(otherAdmin, QStringLiteral("reset-by-super"), m_super.token), 200);
    CONTRACT_CHECK(sessionProblem(m_server.login(otherAdmin.email, QStringLiteral("reset-by-super"))));
}

// §2.6 getBriefUser: public, brief; never a password.
void TstContractAuth::getBriefUserIsPublic()
{
    const Reply r = m_server.get(path("briefuser", m_maria.id));
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("user"), "GET", QStringLiteral("get"), Shape::Single, false));
    QCOMPARE(r.data().value(QStringLiteral("isActive")).toBool(), true);
    QVERIFY(!r.data().contains(QStringLiteral("password")));
    EXPECT_STATUS(m_server.get(path("briefuser", m_maria.id), m_lena.token), 200);
    const Reply unknown = m_server.get(path("briefuser", kUnknownId));
    QVERIFY2(isNotFound(unknown), unknown.describe().constData());
}

// D11: streamTest is admin-only and answers like getUser.
void TstContractAuth::streamTestAdminOnly()
{
    const Reply r = m_server.get(path("streamtest", m_lena.id), m_super.token);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("user"), "GET", QStringLiteral("get")));
    QCOMPARE(r.data().value(QStringLiteral("id")).toString(), m_lena.id);
    CONTRACT_CHECK(userProblem(r.data()));
    EXPECT_ERROR(m_server.get(path("streamtest", m_lena.id), m_lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.get(path("streamtest", m_lena.id)), 401, "errMsg_LoginRequired");
}

// D10: applyAsTutor → pending; status/review/account fields from the body dropped; refused while pending.
void TstContractAuth::applyAsTutor()
{
    Account a;
    CALL(freshUser(a, QStringLiteral("apply")));
    QJsonObject body = kApplication;
    body.insert(QStringLiteral("tutorApplicationStatus"), QStringLiteral("approved"));
    body.insert(QStringLiteral("applicationReviewNote"), QStringLiteral("approved by myself"));
    body.insert(QStringLiteral("accountStatus"), QStringLiteral("suspended"));

    EXPECT_ERROR(m_server.patch(path("applyastutor", a.id), body, m_lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.patch(path("applyastutor", a.id), body), 401, "errMsg_LoginRequired");

    const Reply r = m_server.patch(path("applyastutor", a.id), body, a.token);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("user"), "PATCH", QStringLiteral("update")));
    const QJsonObject u = r.data();
    CONTRACT_CHECK(userProblem(u));
    QCOMPARE(u.value(QStringLiteral("tutorApplicationStatus")).toString(), QStringLiteral("pending"));
    QCOMPARE(u.value(QStringLiteral("tutorApplicationStatus_idx")).toInt(), 1);
    QCOMPARE(u.value(QStringLiteral("accountStatus")).toString(), QStringLiteral("active"));
    QCOMPARE(u.value(QStringLiteral("roleId")).toString(), QStringLiteral("user"));
    QVERIFY(u.value(QStringLiteral("applicationReviewNote")).toString() != QLatin1String("approved by myself"));
    for (auto it = kApplication.begin(); it != kApplication.end(); ++it)
        QCOMPARE(u.value(it.key()).toString(), it.value().toString());
    QCOMPARE(fetchUser(a.id).value(QStringLiteral("tutorApplicationStatus")).toString(), QStringLiteral("pending"));

    EXPECT_ERROR(m_server.patch(path("applyastutor", a.id), kApplication, a.token), 400, "errMsg_*");
    QCOMPARE(fetchUser(a.id).value(QStringLiteral("tutorApplicationStatus")).toString(), QStringLiteral("pending"));
}

// D9, D10: admin approval → roleId tutor (visible after relogin); re-applying is refused.
void TstContractAuth::reviewTutorApplicationApprove()
{
    Account a;
    CALL(freshUser(a, QStringLiteral("approve")));
    EXPECT_STATUS(m_server.patch(path("applyastutor", a.id), kApplication, a.token), 200);
    const QJsonObject approve {{QStringLiteral("tutorApplicationStatus"), QStringLiteral("approved")},
                               {QStringLiteral("applicationReviewNote"), QStringLiteral("Welcome aboard")}};
    EXPECT_ERROR(m_server.patch(path("reviewtutorapplication", a.id), approve, m_lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.patch(path("reviewtutorapplication", a.id), approve, m_maria.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.patch(path("reviewtutorapplication", a.id), approve, a.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.patch(path("reviewtutorapplication", a.id), approve), 401, "errMsg_LoginRequired");
    QCOMPARE(fetchUser(a.id).value(QStringLiteral("tutorApplicationStatus")).toString(), QStringLiteral("pending"));

    const Reply r = m_server.patch(path("reviewtutorapplication", a.id), approve, m_super.token);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("user"), "PATCH", QStringLiteral("update")));
    CONTRACT_CHECK(userProblem(r.data()));
    QCOMPARE(r.data().value(QStringLiteral("tutorApplicationStatus")).toString(), QStringLiteral("approved"));
    QCOMPARE(r.data().value(QStringLiteral("tutorApplicationStatus_idx")).toInt(), 2);
    QCOMPARE(r.data().value(QStringLiteral("applicationReviewNote")).toString(), QStringLiteral("Welcome aboard"));
    QCOMPARE(r.data().value(QStringLiteral("roleId")).toString(), QStringLiteral("tutor"));

    const Reply relogin = m_server.get(route(QStringLiteral("/relogin")), a.token);
    CONTRACT_CHECK(sessionProblem(relogin));
    QCOMPARE(relogin.value(QStringLiteral("roleId")).toString(), QStringLiteral("tutor"));
    QCOMPARE(relogin.value(QStringLiteral("tutorApplicationStatus")).toString(), QStringLiteral("approved"));
    a.token = relogin.value(QStringLiteral("accessToken")).toString();

    EXPECT_ERROR(m_server.patch(path("applyastutor", a.id), kApplication, a.token), 400, "errMsg_*");
    QCOMPARE(fetchUser(a.id).value(QStringLiteral("tutorApplicationStatus")).toString(), QStringLiteral("approved"));
}

// D9: approval creates the tutorProfile (tutorCatalog listTutorProfiles gains one approved profile).
void TstContractAuth::reviewApprovalCreatesTutorProfile()
{
    const QString profiles = QStringLiteral("/tutorcatalog-api/v1/tutorprofiles");
    const Query all {{QStringLiteral("pageNumber"), QStringLiteral("0")}};
    const Reply before = m_server.get(profiles, m_super.token, all);
    CONTRACT_CHECK(
        envelopeProblem(before, 200, QStringLiteral("tutorProfiles"), "GET", QStringLiteral("list"), Shape::List));

    Account a;
    CALL(freshUser(a, QStringLiteral("profile")));
    EXPECT_STATUS(m_server.patch(path("applyastutor", a.id), kApplication, a.token), 200);
    EXPECT_STATUS(m_server.patch(path("reviewtutorapplication", a.id),
                                 {{QStringLiteral("tutorApplicationStatus"), QStringLiteral("approved")}},
                                 m_super.token),
                  200);

    const Reply after = m_server.get(profiles, m_super.token, all);
    EXPECT_STATUS(after, 200);
    const QJsonArray rows = after.value(QStringLiteral("tutorProfiles")).toArray();
    QCOMPARE(rows.size(), before.value(QStringLiteral("tutorProfiles")).toArray().size() + 1);
    QStringList known;
    for (const QJsonValue &v : before.value(QStringLiteral("tutorProfiles")).toArray())
        known << v.toObject().value(QStringLiteral("id")).toString();
    QString newId;
    for (const QJsonValue &v : rows)
        if (!known.contains(v.toObject().value(QStringLiteral("id")).toString()))
            newId = v.toObject().value(QStringLiteral("id")).toString();
    QVERIFY2(!newId.isEmpty(), after.describe().constData());

    // getTutorProfile is public and full: the D9 values.
    const Reply profile = m_server.get(profiles + QLatin1Char('/') + newId);
    CONTRACT_CHECK(envelopeProblem(profile, 200, QStringLiteral("tutorProfile"), "GET", QStringLiteral("get"),
                                   Shape::Single, false));
    const QJsonObject p = profile.data();
    CONTRACT_CHECK(stdFieldsProblem(p));
    QCOMPARE(p.value(QStringLiteral("tutorId")).toString(), a.id);
    QCOMPARE(p.value(QStringLiteral("displayName")).toString(), a.fullname);
    QCOMPARE(p.value(QStringLiteral("profileStatus")).toString(), QStringLiteral("approved"));
    QCOMPARE(p.value(QStringLiteral("bio")).toString(), kApplication.value(QStringLiteral("bio")).toString());
    QCOMPARE(p.value(QStringLiteral("certifications")).toString(),
             kApplication.value(QStringLiteral("certifications")).toString());
    QCOMPARE(p.value(QStringLiteral("subjects")).toString(),
             kApplication.value(QStringLiteral("specializations")).toString());
}

// D9, D10: rejection keeps the role; the applicant may apply again. An `admin` may review.
void TstContractAuth::reviewTutorApplicationReject()
{
    Account admin, b;
    CALL(freshAdmin(admin, QStringLiteral("revadm")));
    CALL(freshUser(b, QStringLiteral("reject")));
    EXPECT_STATUS(m_server.patch(path("applyastutor", b.id), kApplication, b.token), 200);
    const Reply r = m_server.patch(path("reviewtutorapplication", b.id),
                                   {{QStringLiteral("tutorApplicationStatus"), QStringLiteral("rejected")},
                                    {QStringLiteral("applicationReviewNote"), QStringLiteral("Documents missing")}},
                                   admin.token);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("user"), "PATCH", QStringLiteral("update")));
    QCOMPARE(r.data().value(QStringLiteral("tutorApplicationStatus")).toString(), QStringLiteral("rejected"));
    QCOMPARE(r.data().value(QStringLiteral("tutorApplicationStatus_idx")).toInt(), 3);
    QCOMPARE(r.data().value(QStringLiteral("applicationReviewNote")).toString(), QStringLiteral("Documents missing"));
    QCOMPARE(r.data().value(QStringLiteral("roleId")).toString(), QStringLiteral("user"));

    const Reply again = m_server.patch(path("applyastutor", b.id), kApplication, b.token);
    EXPECT_STATUS(again, 200);
    QCOMPARE(again.data().value(QStringLiteral("tutorApplicationStatus")).toString(), QStringLiteral("pending"));
    QCOMPARE(again.data().value(QStringLiteral("roleId")).toString(), QStringLiteral("user"));
}

// D10: review takes approved/rejected only.
void TstContractAuth::reviewTutorApplicationInvalid()
{
    Account c;
    CALL(freshUser(c, QStringLiteral("revbad")));
    EXPECT_STATUS(m_server.patch(path("applyastutor", c.id), kApplication, c.token), 200);
    const QString p = path("reviewtutorapplication", c.id);
    EXPECT_ERROR(
        m_server.patch(p, {{QStringLiteral("tutorApplicationStatus"), QStringLiteral("maybe")}}, m_super.token), 400,
        "errMsg_InvalidParameter:tutorApplicationStatus");
    EXPECT_ERROR(
        m_server.patch(p, {{QStringLiteral("tutorApplicationStatus"), QStringLiteral("pending")}}, m_super.token), 400,
        "errMsg_InvalidParameter:tutorApplicationStatus");
    EXPECT_ERROR(m_server.patch(p, {{QStringLiteral("applicationReviewNote"), QStringLiteral("?")}}, m_super.token),
                 400, "errMsg_MissingParameter:tutorApplicationStatus");
    const Reply unknown
        = m_server.patch(path("reviewtutorapplication", kUnknownId),
                         {{QStringLiteral("tutorApplicationStatus"), QStringLiteral("approved")}}, m_super.token);
    QVERIFY2(isNotFound(unknown), unknown.describe().constData());
    QCOMPARE(fetchUser(c.id).value(QStringLiteral("tutorApplicationStatus")).toString(), QStringLiteral("pending"));
}
