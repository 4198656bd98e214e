#include "authapi.h"

#include "contract.h"

#include <QJsonArray>

namespace tutorhub::api {

namespace {

// Parsers turn a finished reply into a typed result; a wrong shape is InvalidResponse.
ApiError shapeError(const ApiReply *reply, const char *what)
{
    return ApiError::invalidResponse(reply->httpStatus(),
                                     QStringLiteral("unexpected answer shape: %1").arg(QLatin1String(what)));
}

Result<SessionInfo> parseSession(const ApiReply *reply)
{
    const SessionInfo s = SessionInfo::fromJson(reply->envelope());
    if (!s.isValid())
        return Result<SessionInfo>::failure(shapeError(reply, "session object"));
    return Result<SessionInfo>::success(s);
}

Result<User> parseUser(const ApiReply *reply)
{
    const QJsonValue p = reply->payload();
    if (!p.isObject())
        return Result<User>::failure(shapeError(reply, "user object"));
    return Result<User>::success(User::fromJson(p.toObject()));
}

Result<UserPage> parseUsers(const ApiReply *reply)
{
    const QJsonValue p = reply->payload();
    if (!p.isArray())
        return Result<UserPage>::failure(shapeError(reply, "user list"));
    UserPage page;
    const QJsonArray a = p.toArray();
    for (const QJsonValue &v : a)
        page.items.append(User::fromJson(v.toObject()));
    page.paging = Paging::fromJson(reply->envelope().value(QLatin1String("paging")).toObject());
    if (!reply->envelope().contains(QLatin1String("paging"))) {
        page.paging.totalRowCount = int(page.items.size());
        page.paging.pageCount = 1;
    }
    return Result<UserPage>::success(page);
}

Result<VerificationStart> parseVerificationStart(const ApiReply *reply)
{
    const VerificationStart v = VerificationStart::fromJson(reply->envelope());
    if (v.userId.isEmpty() && v.email.isEmpty())
        return Result<VerificationStart>::failure(shapeError(reply, "verification start"));
    return Result<VerificationStart>::success(v);
}

Result<VerificationComplete> parseVerificationComplete(const ApiReply *reply)
{
    const VerificationComplete v = VerificationComplete::fromJson(reply->envelope());
    if (v.userId.isEmpty() && v.email.isEmpty())
        return Result<VerificationComplete>::failure(shapeError(reply, "verification complete"));
    return Result<VerificationComplete>::success(v);
}

ApiRequest publicRequest(ApiRequest r)
{
    r.attachToken = false;
    r.allowRelogin = false;
    return r;
}

} // namespace

AuthApi::AuthApi(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) { }

template<typename T, typename Parse>
void AuthApi::call(const ApiRequest &request, QObject *context, Callback<T> done, Parse parse)
{
    ApiReply *reply = m_client->send(request);
    const QUrl host = m_client->environment().host;
    connect(reply, &ApiReply::finished, context ? context : this, [reply, host, done = std::move(done), parse] {
        if (!done)
            return;
        if (!reply->ok()) {
            done(Result<T>::failure(reply->error()));
            return;
        }
        Result<T> r = parse(reply);
        if (!r.ok()) {
            ApiError e = r.error();
            e.host = host;
            done(Result<T>::failure(e));
            return;
        }
        done(r);
    });
}

// --- session routes -----------------------------------------------------------------------------

void AuthApi::login(const QString &email, const QString &password, QObject *context, Callback<SessionInfo> done)
{
    ApiRequest r = publicRequest(ApiRequest::to(
        Route::login, {},
        QJsonObject {{QStringLiteral("username"), email.trimmed()}, {QStringLiteral("password"), password}}));
    call<SessionInfo>(r, context, std::move(done), parseSession);
}

void AuthApi::logout(QObject *context, Callback<void> done)
{
    ApiRequest r = ApiRequest::to(Route::logout);
    r.allowRelogin = false;
    r.timeoutMs = 5000;
    ApiReply *reply = m_client->send(r);
    connect(reply, &ApiReply::finished, context ? context : this, [reply, done = std::move(done)] {
        if (done)
            done(reply->ok() ? Result<void>::success() : Result<void>::failure(reply->error()));
    });
}

void AuthApi::relogin(QObject *context, Callback<SessionInfo> done)
{
    ApiRequest r = ApiRequest::to(Route::relogin);
    r.allowRelogin = false;
    // Not retried: a relogin that reached the server replaced the token even if the answer was lost.
    r.idempotent = false;
    call<SessionInfo>(r, context, std::move(done), parseSession);
}

void AuthApi::currentUser(QObject *context, Callback<SessionInfo> done)
{
    call<SessionInfo>(ApiRequest::to(Route::currentUser), context, std::move(done), parseSession);
}

void AuthApi::publicKey(const QString &keyId, QObject *context, Callback<PublicKey> done)
{
    QUrlQuery q;
    if (!keyId.isEmpty())
        q.addQueryItem(QStringLiteral("keyId"), keyId);
    call<PublicKey>(publicRequest(ApiRequest::to(Route::publicKey, {}, q)), context, std::move(done),
                    [](const ApiReply *reply) {
                        const PublicKey k = PublicKey::fromJson(reply->envelope());
                        if (k.keyData.isEmpty())
                            return Result<PublicKey>::failure(shapeError(reply, "public key"));
                        return Result<PublicKey>::success(k);
                    });
}

// --- registration and verification --------------------------------------------------------------

void AuthApi::registerUser(const QString &fullname, const QString &email, const QString &password, QObject *context,
                           Callback<User> done, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("fullname"), fullname.trimmed());
    body.insert(QStringLiteral("email"), email.trimmed());
    body.insert(QStringLiteral("password"), password);
    call<User>(publicRequest(ApiRequest::to(Route::registerUser, {}, body)), context, std::move(done), parseUser);
}

void AuthApi::emailVerificationStart(const QString &email, QObject *context, Callback<VerificationStart> done)
{
    call<VerificationStart>(publicRequest(ApiRequest::to(Route::emailVerificationStart, {},
                                                         QJsonObject {{QStringLiteral("email"), email.trimmed()}})),
                            context, std::move(done), parseVerificationStart);
}

void AuthApi::emailVerificationComplete(const QString &email, const QString &code, QObject *context,
                                        Callback<VerificationComplete> done)
{
    call<VerificationComplete>(
        publicRequest(ApiRequest::to(
            Route::emailVerificationComplete, {},
            QJsonObject {{QStringLiteral("email"), email.trimmed()}, {QStringLiteral("secretCode"), code.trimmed()}})),
        context, std::move(done), parseVerificationComplete);
}

void AuthApi::passwordResetByEmailStart(const QString &email, QObject *context, Callback<VerificationStart> done)
{
    call<VerificationStart>(publicRequest(ApiRequest::to(Route::passwordResetByEmailStart, {},
                                                         QJsonObject {{QStringLiteral("email"), email.trimmed()}})),
                            context, std::move(done), parseVerificationStart);
}

void AuthApi::passwordResetByEmailComplete(const QString &email, const QString &code, const QString &newPassword,
                                           QObject *context, Callback<VerificationComplete> done)
{
    call<VerificationComplete>(publicRequest(ApiRequest::to(Route::passwordResetByEmailComplete, {},
                                                            QJsonObject {{QStringLiteral("email"), email.trimmed()},
                                                                         {QStringLiteral("secretCode"), code.trimmed()},
                                                                         {QStringLiteral("password"), newPassword}})),
                               context, std::move(done), parseVerificationComplete);
}

// --- users --------------------------------------------------------------------------------------

void AuthApi::getUser(const QString &userId, QObject *context, Callback<User> done)
{
    call<User>(ApiRequest::to(Route::getUser, {userId}), context, std::move(done), parseUser);
}

void AuthApi::getBriefUser(const QString &userId, QObject *context, Callback<User> done)
{
    call<User>(ApiRequest::to(Route::getBriefUser, {userId}), context, std::move(done), parseUser);
}

void AuthApi::updateProfile(const QString &userId, const QJsonObject &fields, QObject *context, Callback<User> done)
{
    call<User>(ApiRequest::to(Route::updateProfile, {userId}, fields), context, std::move(done), parseUser);
}

void AuthApi::updateUserPassword(const QString &userId, const QString &oldPassword, const QString &newPassword,
                                 QObject *context, Callback<User> done)
{
    call<User>(ApiRequest::to(Route::updateUserPassword, {userId},
                              QJsonObject {{QStringLiteral("oldPassword"), oldPassword},
                                           {QStringLiteral("newPassword"), newPassword}}),
               context, std::move(done), parseUser);
}

void AuthApi::applyAsTutor(const QString &userId, const QJsonObject &fields, QObject *context, Callback<User> done)
{
    call<User>(ApiRequest::to(Route::applyAsTutor, {userId}, fields), context, std::move(done), parseUser);
}

void AuthApi::archiveProfile(const QString &userId, QObject *context, Callback<User> done)
{
    call<User>(ApiRequest::to(Route::archiveProfile, {userId}), context, std::move(done), parseUser);
}

void AuthApi::uploadAvatar(const QString &fileName, const QByteArray &mimeType, const QByteArray &data,
                           QObject *context, Callback<QJsonObject> done)
{
    ApiRequest r = ApiRequest::to(Route::uploadUserAvatarsFile);
    r.query.addQueryItem(QStringLiteral("fileName"), fileName);
    r.rawBody = data;
    r.rawContentType = mimeType;
    r.timeoutMs = 60000;
    call<QJsonObject>(r, context, std::move(done), [](const ApiReply *reply) {
        const QJsonValue p = reply->payload();
        if (!p.isObject())
            return Result<QJsonObject>::failure(shapeError(reply, "avatar file"));
        return Result<QJsonObject>::success(p.toObject());
    });
}

// --- admin --------------------------------------------------------------------------------------

void AuthApi::listUsers(const ListQuery &query, QObject *context, Callback<UserPage> done)
{
    call<UserPage>(ApiRequest::to(Route::listUsers, {}, query.toUrlQuery()), context, std::move(done), parseUsers);
}

void AuthApi::searchUsers(const QString &keyword, const ListQuery &query, QObject *context, Callback<UserPage> done)
{
    QUrlQuery q = query.toUrlQuery();
    q.addQueryItem(QStringLiteral("keyword"), keyword);
    call<UserPage>(ApiRequest::to(Route::searchUsers, {}, q), context, std::move(done), parseUsers);
}

void AuthApi::updateUserRole(const QString &userId, const QString &roleId, QObject *context, Callback<User> done)
{
    call<User>(ApiRequest::to(Route::updateUserRole, {userId}, QJsonObject {{QStringLiteral("roleId"), roleId}}),
               context, std::move(done), parseUser);
}

void AuthApi::reviewTutorApplication(const QString &userId, bool approved, const QString &note, QObject *context,
                                     Callback<User> done)
{
    QJsonObject body {
        {QStringLiteral("tutorApplicationStatus"), approved ? QStringLiteral("approved") : QStringLiteral("rejected")}};
    if (!note.isEmpty())
        body.insert(QStringLiteral("applicationReviewNote"), note);
    call<User>(ApiRequest::to(Route::reviewTutorApplication, {userId}, body), context, std::move(done), parseUser);
}

void AuthApi::updateUserPasswordByAdmin(const QString &userId, const QString &password, QObject *context,
                                        Callback<User> done)
{
    call<User>(ApiRequest::to(Route::updateUserPasswordByAdmin, {userId},
                              QJsonObject {{QStringLiteral("password"), password}}),
               context, std::move(done), parseUser);
}

void AuthApi::updateUser(const QString &userId, const QJsonObject &fields, QObject *context, Callback<User> done)
{
    call<User>(ApiRequest::to(Route::updateUser, {userId}, fields), context, std::move(done), parseUser);
}

void AuthApi::createUser(const QString &fullname, const QString &email, const QString &password, QObject *context,
                         Callback<User> done, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("fullname"), fullname.trimmed());
    body.insert(QStringLiteral("email"), email.trimmed());
    body.insert(QStringLiteral("password"), password);
    call<User>(ApiRequest::to(Route::createUser, {}, body), context, std::move(done), parseUser);
}

void AuthApi::deleteUser(const QString &userId, QObject *context, Callback<User> done)
{
    call<User>(ApiRequest::to(Route::deleteUser, {userId}), context, std::move(done), parseUser);
}

} // namespace tutorhub::api
