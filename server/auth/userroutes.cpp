// The 16 user APIs of API.md §2.6 with the access rules of D9-D11.
#include "auth/authroutes.h"

#include "auth/crypto.h"
#include "auth/userschema.h"
#include "catalog/tutorprofile.h"
#include "core/util.h"
#include "http/envelope.h"
#include "core/handler.h"

namespace tutorhub::server {

namespace {

const QString kUser = QStringLiteral("user");

// U10 of API.md §2.6.
const QStringList kU10 {QStringLiteral("fullname"),
                        QStringLiteral("avatar"),
                        QStringLiteral("tutorApplicationStatus"),
                        QStringLiteral("certifications"),
                        QStringLiteral("qualifications"),
                        QStringLiteral("bio"),
                        QStringLiteral("specializations"),
                        QStringLiteral("applicationReviewNote"),
                        QStringLiteral("applicationDocuments"),
                        QStringLiteral("accountStatus")};
// C30: the e-mail 2FA switch (a local extension) is set by the user (updateProfile) or an admin (updateUser).
const QString kTwoFactor = QStringLiteral("emailTwoFactor");
const QStringList kAdminFields = kU10 + QStringList {kTwoFactor};
// What a user may change about themself (D10 drops the rest silently).
const QStringList kSelfFields {QStringLiteral("fullname"),
                               QStringLiteral("avatar"),
                               QStringLiteral("certifications"),
                               QStringLiteral("qualifications"),
                               QStringLiteral("bio"),
                               QStringLiteral("specializations"),
                               QStringLiteral("applicationDocuments")};
const QStringList kProfileFields = kSelfFields + QStringList {kTwoFactor};
const QStringList kCreateFields {
    QStringLiteral("email"),  QStringLiteral("password"),        QStringLiteral("fullname"),
    QStringLiteral("avatar"), QStringLiteral("certifications"),  QStringLiteral("qualifications"),
    QStringLiteral("bio"),    QStringLiteral("specializations"), QStringLiteral("applicationDocuments")};

Response userResponse(const Request &req, const QVariantMap &row, const QString &action, int status = 200)
{
    return envelope::ok(req, kUser, action, userToJson(row, req.baseUrl), status);
}

Response usersResponse(const Request &req, const ListResult &res, const ListQuery &q)
{
    QJsonArray rows;
    for (const QVariantMap &row : res.rows)
        rows.append(userToJson(row, req.baseUrl));
    return envelope::list(req, QStringLiteral("users"), rows, q.paging(res.total));
}

QString idOf(const QVariantMap &row)
{
    return row.value(QStringLiteral("id")).toString();
}

void requireSelf(const Request &req, const QString &userId)
{
    if (req.caller().userId != userId)
        throw HttpError::forbidden(QStringLiteral("This route only works on your own account."));
}

void requireSelfOrAdmin(const Request &req, const QString &userId)
{
    if (req.caller().userId != userId && !req.caller().isAdmin())
        throw HttpError::forbidden(QStringLiteral("Only the user or an administrator may do this."));
}

// superAdmin manages anyone; admin manages non-admins only (D10).
void requireManages(const Request &req, const QVariantMap &target)
{
    if (req.caller().isSuperAdmin())
        return;
    if (roles::isAdmin(target.value(QStringLiteral("roleId")).toString()))
        throw HttpError::forbidden(QStringLiteral("Only a super admin may manage administrators."));
}

// Fullname, when given, must stay non-empty; avatars are stored relative; a null 2FA switch is off.
QVariantMap normalizeUserInput(QVariantMap in, const Request &req)
{
    if (in.contains(kTwoFactor) && in.value(kTwoFactor).isNull())
        in.insert(kTwoFactor, 0);
    if (in.contains(QStringLiteral("fullname")) && in.value(QStringLiteral("fullname")).toString().trimmed().isEmpty())
        throw HttpError::missing(QStringLiteral("fullname"));
    if (in.contains(QStringLiteral("fullname")))
        in.insert(QStringLiteral("fullname"), in.value(QStringLiteral("fullname")).toString().trimmed());
    if (in.contains(QStringLiteral("avatar"))) {
        const QString a = in.value(QStringLiteral("avatar")).toString();
        in.insert(QStringLiteral("avatar"), a.isEmpty() ? defaultAvatar() : storedAvatar(a, req.baseUrl));
    }
    return in;
}

// Registration and admin creation share this (D4 checks, 409 on a taken e-mail).
QVariantMap createUser(const Context &ctx, const Request &req, bool verified, const QString &ownerId)
{
    QVariantMap in = userSchema().readInput(
        req.json(), kCreateFields, {QStringLiteral("email"), QStringLiteral("password"), QStringLiteral("fullname")});
    const QString email = in.value(QStringLiteral("email")).toString().trimmed();
    checkEmail(email);
    checkPassword(in.value(QStringLiteral("password")).toString());
    in = normalizeUserInput(in, req);
    if (findUserByEmail(*ctx.repo, email))
        throw HttpError(409, QStringLiteral("errMsg_EmailAlreadyRegistered"),
                        QStringLiteral("An account with this e-mail already exists."));
    in.insert(QStringLiteral("email"), email);
    in.insert(QStringLiteral("password"), crypto::hashPassword(in.value(QStringLiteral("password")).toString()));
    if (in.value(QStringLiteral("avatar")).toString().isEmpty())
        in.insert(QStringLiteral("avatar"), defaultAvatar());
    in.insert(QStringLiteral("roleId"), roles::user);
    in.insert(QStringLiteral("emailVerified"), verified ? 1 : 0);
    in.insert(QStringLiteral("tutorApplicationStatus"), QStringLiteral("none"));
    in.insert(QStringLiteral("accountStatus"), QStringLiteral("active"));
    const QString id = newId();
    in.insert(QStringLiteral("id"), id);
    return ctx.repo->insert(userSchema(), in, ownerId.isEmpty() ? id : ownerId);
}

// D9: approval makes the user a tutor and creates the tutor profile; rejection leaves the role.
QVariantMap applyReview(const Context &ctx, const QVariantMap &target, const QString &decision, const QVariant &note)
{
    if (decision != QLatin1String("approved") && decision != QLatin1String("rejected"))
        throw HttpError::invalid(QStringLiteral("tutorApplicationStatus"),
                                 QStringLiteral("'tutorApplicationStatus' must be approved or rejected."));
    QVariantMap changes {{QStringLiteral("tutorApplicationStatus"), decision}};
    if (note.isValid())
        changes.insert(QStringLiteral("applicationReviewNote"), note);
    const QString role = target.value(QStringLiteral("roleId")).toString();
    if (decision == QLatin1String("approved") && !roles::isAdmin(role))
        changes.insert(QStringLiteral("roleId"), roles::tutor);
    return inTransaction(*ctx.repo, [&] {
        const QVariantMap row = ctx.repo->update(userSchema(), idOf(target), changes);
        if (decision == QLatin1String("approved"))
            upsertApprovedTutorProfile(*ctx.repo, row);
        return row;
    });
}

ListQuery userListQuery(const Request &req, const QStringList &filters)
{
    return ListQuery::parse(req, userSchema(), filters);
}

} // namespace

namespace {

Response getUser(const Context &ctx, Request &req)
{
    const QString id = req.param(QStringLiteral("userId"));
    requireSelfOrAdmin(req, id);
    return userResponse(req, loadUser(*ctx.repo, id), QStringLiteral("get"));
}

Response streamTest(const Context &ctx, Request &req)
{
    return userResponse(req, loadUser(*ctx.repo, req.param(QStringLiteral("userId"))), QStringLiteral("get"));
}

Response getBriefUser(const Context &ctx, Request &req)
{
    const QVariantMap u = loadUser(*ctx.repo, req.param(QStringLiteral("userId")));
    return envelope::ok(req, kUser, QStringLiteral("get"), briefUserToJson(u, req.baseUrl));
}

Response updateUser(const Context &ctx, Request &req)
{
    const QVariantMap target = loadUser(*ctx.repo, req.param(QStringLiteral("userId")));
    requireManages(req, target);
    QVariantMap in = normalizeUserInput(userSchema().readInput(req.json(), kAdminFields), req);
    const bool self = idOf(target) == req.caller().userId;
    if (self && in.contains(QStringLiteral("accountStatus"))
        && in.value(QStringLiteral("accountStatus")) != target.value(QStringLiteral("accountStatus")))
        throw HttpError::forbidden(QStringLiteral("Nobody changes their own account status."));
    const QVariant decision = in.take(QStringLiteral("tutorApplicationStatus"));
    QVariantMap row = ctx.repo->update(userSchema(), idOf(target), in);
    const QString d = decision.toString();
    if ((d == QLatin1String("approved") || d == QLatin1String("rejected"))
        && d != target.value(QStringLiteral("tutorApplicationStatus")).toString())
        row = applyReview(ctx, row, d, QVariant());
    else if (decision.isValid())
        row = ctx.repo->update(userSchema(), idOf(target), {{QStringLiteral("tutorApplicationStatus"), decision}});
    // SEC5: suspend and ban end every session and hub connection now; reactivation
    // revives none of them. Other changes (role by review) reach open connections.
    if (accountBlocked(row))
        ctx.sessions->removeAllOf(idOf(row));
    else
        ctx.sessions->accountChanged(idOf(row));
    return userResponse(req, row, QStringLiteral("update"));
}

Response updateProfile(const Context &ctx, Request &req)
{
    const QString id = req.param(QStringLiteral("userId"));
    requireSelf(req, id);
    loadUser(*ctx.repo, id);
    const QVariantMap in = normalizeUserInput(userSchema().readInput(req.json(), kProfileFields), req);
    return userResponse(req, ctx.repo->update(userSchema(), id, in), QStringLiteral("update"));
}

Response createUser(const Context &ctx, Request &req)
{
    // Admin-created accounts count as verified: the admin vouches for the address.
    return userResponse(req, createUser(ctx, req, true, req.caller().userId), QStringLiteral("create"), 201);
}

Response registerUser(const Context &ctx, Request &req)
{
    return userResponse(req, createUser(ctx, req, false, QString()), QStringLiteral("create"), 201);
}

Response deleteUser(const Context &ctx, Request &req)
{
    const QVariantMap target = loadUser(*ctx.repo, req.param(QStringLiteral("userId")));
    if (idOf(target) == req.caller().userId)
        throw HttpError::forbidden(QStringLiteral("Use archiveProfile to close your own account."));
    requireManages(req, target);
    // SEC5: the sessions end; relogin with an old token still answers 403 with the reason (D13).
    const QVariantMap row = ctx.repo->softDelete(userSchema(), idOf(target));
    ctx.sessions->removeAllOf(idOf(target));
    return userResponse(req, row, QStringLiteral("delete"));
}

Response archiveProfile(const Context &ctx, Request &req)
{
    const QString id = req.param(QStringLiteral("userId"));
    requireSelf(req, id);
    const QVariantMap row = ctx.repo->softDelete(userSchema(), id);
    ctx.sessions->removeAllOf(id);
    return userResponse(req, row, QStringLiteral("delete"));
}

Response listUsers(const Context &ctx, Request &req)
{
    const ListQuery q
        = userListQuery(req, {QStringLiteral("email"), QStringLiteral("fullname"), QStringLiteral("roleId")});
    return usersResponse(req, ctx.repo->list(userSchema(), q), q);
}

Response searchUsers(const Context &ctx, Request &req)
{
    const QString keyword = req.queryValue(QStringLiteral("keyword")).trimmed();
    if (keyword.isEmpty())
        throw HttpError::missing(QStringLiteral("keyword"));
    if (keyword.size() > kMaxString)
        throw HttpError::tooLong(QStringLiteral("keyword"), kMaxString);
    const ListQuery q = userListQuery(req, {QStringLiteral("roleId")});
    const QString like = likePattern(keyword);
    return usersResponse(
        req,
        ctx.repo->list(userSchema(), q,
                       QStringLiteral("lower(fullname) LIKE ? ESCAPE '\\' OR lower(email) LIKE ? ESCAPE '\\'"),
                       {like, like}),
        q);
}

Response updateUserRole(const Context &ctx, Request &req)
{
    const QVariantMap target = loadUser(*ctx.repo, req.param(QStringLiteral("userId")));
    const QJsonValue v = req.json().value(QStringLiteral("roleId"));
    if (!v.isString() || v.toString().isEmpty())
        throw HttpError::missing(QStringLiteral("roleId"));
    const QString role = v.toString();
    if (!roles::all.contains(role))
        throw HttpError::invalid(QStringLiteral("roleId"),
                                 QStringLiteral("'roleId' must be one of superAdmin, admin, tutor, user."));
    if (idOf(target) == req.caller().userId)
        throw HttpError::forbidden(QStringLiteral("Nobody changes their own role."));
    requireManages(req, target);
    if (!req.caller().isSuperAdmin() && roles::isAdmin(role))
        throw HttpError::forbidden(QStringLiteral("Only a super admin may grant administrator roles."));
    const QVariantMap row = ctx.repo->update(userSchema(), idOf(target), {{QStringLiteral("roleId"), role}});
    ctx.sessions->accountChanged(idOf(target)); // open hub connections act with the new role
    return userResponse(req, row, QStringLiteral("update"));
}

Response updateUserPassword(const Context &ctx, Request &req)
{
    const QString id = req.param(QStringLiteral("userId"));
    requireSelf(req, id);
    const QJsonObject body = req.json();
    const QJsonValue oldPw = body.value(QStringLiteral("oldPassword"));
    const QJsonValue newPw = body.value(QStringLiteral("newPassword"));
    if (!oldPw.isString() || oldPw.toString().isEmpty())
        throw HttpError::missing(QStringLiteral("oldPassword"));
    if (!newPw.isString() || newPw.toString().isEmpty())
        throw HttpError::missing(QStringLiteral("newPassword"));
    const QVariantMap user = loadUser(*ctx.repo, id);
    if (oldPw.toString().size() > 128
        || !crypto::verifyPassword(oldPw.toString(), user.value(QStringLiteral("password")).toString()))
        throw HttpError(403, QStringLiteral("errMsg_WrongOldPassword"),
                        QStringLiteral("The old password is not correct."));
    checkPassword(newPw.toString());
    const QVariantMap row
        = ctx.repo->update(userSchema(), id, {{QStringLiteral("password"), crypto::hashPassword(newPw.toString())}});
    ctx.sessions->removeAllOf(id, req.caller().sessionId); // SEC5: the other sessions end
    return userResponse(req, row, QStringLiteral("update"));
}

Response updateUserPasswordByAdmin(const Context &ctx, Request &req)
{
    const QVariantMap target = loadUser(*ctx.repo, req.param(QStringLiteral("userId")));
    requireManages(req, target);
    const QJsonValue pw = req.json().value(QStringLiteral("password"));
    if (!pw.isString() || pw.toString().isEmpty())
        throw HttpError::missing(QStringLiteral("password"));
    checkPassword(pw.toString());
    const QVariantMap row = ctx.repo->update(userSchema(), idOf(target),
                                             {{QStringLiteral("password"), crypto::hashPassword(pw.toString())}});
    // SEC5: the target's sessions end (an admin resetting their own keeps this one).
    ctx.sessions->removeAllOf(idOf(target), idOf(target) == req.caller().userId ? req.caller().sessionId : QString());
    return userResponse(req, row, QStringLiteral("update"));
}

Response applyAsTutor(const Context &ctx, Request &req)
{
    const QString id = req.param(QStringLiteral("userId"));
    requireSelf(req, id);
    const QVariantMap user = loadUser(*ctx.repo, id);
    const QString status = user.value(QStringLiteral("tutorApplicationStatus")).toString();
    if (status == QLatin1String("pending") || status == QLatin1String("approved"))
        throw HttpError::invalid(QStringLiteral("tutorApplicationStatus"),
                                 status == QLatin1String("pending")
                                     ? QStringLiteral("An application is already pending.")
                                     : QStringLiteral("The application was already approved."));
    QVariantMap in = normalizeUserInput(userSchema().readInput(req.json(), kSelfFields), req);
    in.insert(QStringLiteral("tutorApplicationStatus"), QStringLiteral("pending"));
    in.insert(QStringLiteral("applicationReviewNote"), QVariant());
    return userResponse(req, ctx.repo->update(userSchema(), id, in), QStringLiteral("update"));
}

Response reviewTutorApplication(const Context &ctx, Request &req)
{
    const QVariantMap target = loadUser(*ctx.repo, req.param(QStringLiteral("userId")));
    const QVariantMap in = userSchema().readInput(
        req.json(), {QStringLiteral("tutorApplicationStatus"), QStringLiteral("applicationReviewNote")},
        {QStringLiteral("tutorApplicationStatus")});
    if (target.value(QStringLiteral("tutorApplicationStatus")).toString() != QLatin1String("pending"))
        throw HttpError::invalid(QStringLiteral("tutorApplicationStatus"),
                                 QStringLiteral("This user has no pending application."));
    const QVariantMap row = applyReview(ctx, target, in.value(QStringLiteral("tutorApplicationStatus")).toString(),
                                        in.value(QStringLiteral("applicationReviewNote")));
    ctx.sessions->accountChanged(idOf(row));
    return userResponse(req, row, QStringLiteral("update"));
}

} // namespace

QList<Route> userRoutes(Context ctx)
{
    QList<Route> r;

    r.append(route(R::getUser, ctx, getUser));

    r.append(route(R::streamTest, ctx, streamTest));

    r.append(route(R::getBriefUser, ctx, getBriefUser));

    r.append(route(R::updateUser, ctx, updateUser));

    r.append(route(R::updateProfile, ctx, updateProfile));

    r.append(route(R::createUser, ctx, createUser));

    r.append(route(R::registerUser, ctx, registerUser));

    r.append(route(R::deleteUser, ctx, deleteUser));

    r.append(route(R::archiveProfile, ctx, archiveProfile));

    r.append(route(R::listUsers, ctx, listUsers));

    r.append(route(R::searchUsers, ctx, searchUsers));

    r.append(route(R::updateUserRole, ctx, updateUserRole));

    r.append(route(R::updateUserPassword, ctx, updateUserPassword));

    r.append(route(R::updateUserPasswordByAdmin, ctx, updateUserPasswordByAdmin));

    r.append(route(R::applyAsTutor, ctx, applyAsTutor));

    r.append(route(R::reviewTutorApplication, ctx, reviewTutorApplication));
    return r;
}

} // namespace tutorhub::server
