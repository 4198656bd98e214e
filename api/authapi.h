// Typed facade of the auth service (API.md §2). Every call is asynchronous: `done` is called exactly
// once with the typed result, unless `context` is destroyed first (then never). Errors carry a
// sentence for the user (ApiError::userMessage()).
#pragma once

#include "apiclient.h"
#include "result.h"
#include "types.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace tutorhub::api {

template<typename T>
using Callback = std::function<void(const Result<T> &)>;

class AuthApi : public QObject
{
    Q_OBJECT

public:
    explicit AuthApi(ApiClient *client, QObject *parent = nullptr);
    ApiClient *client() const { return m_client; }

    // --- session routes (raw session object, D7) -------------------------------------------------
    // POST /login. Does not set the token on the client: Session does that.
    void login(const QString &email, const QString &password, QObject *context, Callback<SessionInfo> done);
    // POST /logout (always 200).
    void logout(QObject *context, Callback<void> done);
    // GET /relogin with the current token: new session + new token (old token stops working, D6).
    void relogin(QObject *context, Callback<SessionInfo> done);
    // GET /currentuser.
    void currentUser(QObject *context, Callback<SessionInfo> done);
    // GET /publickey[?keyId=]
    void publicKey(const QString &keyId, QObject *context, Callback<PublicKey> done);

    // --- registration and verification (public) --------------------------------------------------
    // POST /v1/registeruser. `extra` may carry avatar and the application fields.
    void registerUser(const QString &fullname, const QString &email, const QString &password, QObject *context,
                      Callback<User> done, const QJsonObject &extra = {});
    void emailVerificationStart(const QString &email, QObject *context, Callback<VerificationStart> done);
    void emailVerificationComplete(const QString &email, const QString &code, QObject *context,
                                   Callback<VerificationComplete> done);
    void passwordResetByEmailStart(const QString &email, QObject *context, Callback<VerificationStart> done);
    void passwordResetByEmailComplete(const QString &email, const QString &code, const QString &newPassword,
                                      QObject *context, Callback<VerificationComplete> done);

    // --- users -----------------------------------------------------------------------------------
    void getUser(const QString &userId, QObject *context, Callback<User> done);
    // Public, brief answer (few fields).
    void getBriefUser(const QString &userId, QObject *context, Callback<User> done);
    // PATCH /v1/profile/:userId — own profile; fields from U10 (status fields are ignored, D10).
    void updateProfile(const QString &userId, const QJsonObject &fields, QObject *context, Callback<User> done);
    void updateUserPassword(const QString &userId, const QString &oldPassword, const QString &newPassword,
                            QObject *context, Callback<User> done);
    // PATCH /v1/applyastutor/:userId — certifications, qualifications, bio, specializations,
    // applicationDocuments. Sets tutorApplicationStatus=pending (D10).
    void applyAsTutor(const QString &userId, const QJsonObject &fields, QObject *context, Callback<User> done);
    // DELETE /v1/archiveprofile/:userId — self-archive; afterwards sign-in is refused (D13).
    void archiveProfile(const QString &userId, QObject *context, Callback<User> done);
    // POST /v1/useravatarsfiles — raw image; returns the updated avatar URL in User::avatar of the
    // caller (fetch getUser afterwards) and the file record as JSON.
    void uploadAvatar(const QString &fileName, const QByteArray &mimeType, const QByteArray &data, QObject *context,
                      Callback<QJsonObject> done);

    // --- admin -----------------------------------------------------------------------------------
    // Filters: email, fullname, roleId (D11: admins only).
    void listUsers(const ListQuery &query, QObject *context, Callback<UserPage> done);
    void searchUsers(const QString &keyword, const ListQuery &query, QObject *context, Callback<UserPage> done);
    void updateUserRole(const QString &userId, const QString &roleId, QObject *context, Callback<User> done);
    // approved = true -> "approved", false -> "rejected".
    void reviewTutorApplication(const QString &userId, bool approved, const QString &note, QObject *context,
                                Callback<User> done);
    void updateUserPasswordByAdmin(const QString &userId, const QString &password, QObject *context,
                                   Callback<User> done);
    // PATCH /v1/users/:userId — admin edit (may set accountStatus: suspend/ban/reactivate).
    void updateUser(const QString &userId, const QJsonObject &fields, QObject *context, Callback<User> done);
    void createUser(const QString &fullname, const QString &email, const QString &password, QObject *context,
                    Callback<User> done, const QJsonObject &extra = {});
    void deleteUser(const QString &userId, QObject *context, Callback<User> done);

private:
    template<typename T, typename Parse>
    void call(const ApiRequest &request, QObject *context, Callback<T> done, Parse parse);

    ApiClient *m_client;
};

} // namespace tutorhub::api
