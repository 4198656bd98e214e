#include "auth/userschema.h"

#include "core/util.h"
#include "http/contract.h"

#include <QRegularExpression>

namespace tutorhub::server {

const ObjectSchema &userSchema()
{
    static const ObjectSchema s {
        QStringLiteral("user"),
        QStringLiteral("users"),
        QStringLiteral("users"),
        {
            {QStringLiteral("email"), FieldType::String, {}, true, false, false, 254},
            {QStringLiteral("password"), FieldType::String, {}, false, false, true, 128},
            {QStringLiteral("fullname"), FieldType::String, {}, true, false, false, 0},
            {QStringLiteral("avatar"), FieldType::String, {}, false, false, false, 1024},
            {QStringLiteral("roleId"), FieldType::String, {}, true, true, false, 0},
            {QStringLiteral("emailVerified"), FieldType::Boolean, {}, false, false, false, 0},
            {QStringLiteral("tutorApplicationStatus"),
             FieldType::Enum,
             {QStringLiteral("none"), QStringLiteral("pending"), QStringLiteral("approved"),
              QStringLiteral("rejected")},
             false,
             false,
             false,
             0},
            {QStringLiteral("certifications"), FieldType::Text, {}, false, false, false, 0},
            {QStringLiteral("qualifications"), FieldType::Text, {}, false, false, false, 0},
            {QStringLiteral("bio"), FieldType::Text, {}, false, false, false, 0},
            {QStringLiteral("specializations"), FieldType::String, {}, false, false, false, 0},
            {QStringLiteral("applicationReviewNote"), FieldType::Text, {}, false, false, false, 0},
            {QStringLiteral("applicationDocuments"), FieldType::String, {}, false, false, false, 2048},
            {QStringLiteral("accountStatus"),
             FieldType::Enum,
             {QStringLiteral("active"), QStringLiteral("suspended"), QStringLiteral("banned")},
             false,
             false,
             false,
             0},
            // C30: local extension, the per-user e-mail 2FA switch (sign-in then needs a mailed code).
            {QStringLiteral("emailTwoFactor"), FieldType::Boolean, {}, false, false, false, 0},
        }};
    return s;
}

const ObjectSchema &userAvatarsFileSchema()
{
    static const ObjectSchema s {QStringLiteral("userAvatarsFile"),
                                 QStringLiteral("userAvatarsFiles"),
                                 QStringLiteral("userAvatarsFiles"),
                                 {
                                     {QStringLiteral("fileName"), FieldType::String, {}, false, false, false, 0},
                                     {QStringLiteral("mimeType"), FieldType::String, {}, true, false, false, 0},
                                     {QStringLiteral("fileSize"), FieldType::Integer, {}, false, false, false, 0},
                                     {QStringLiteral("accessKey"), FieldType::String, {}, false, false, false, 0},
                                     {QStringLiteral("ownerId"), FieldType::ID, {}, true, false, false, 0},
                                     {QStringLiteral("fileData"), FieldType::Blob, {}, false, false, true, 0},
                                     {QStringLiteral("metadata"), FieldType::Object, {}, false, false, false, 0},
                                     {QStringLiteral("userId"), FieldType::ID, {}, true, false, false, 0},
                                 }};
    return s;
}

static const QString kAvatarPrefix
    = contract::path(contract::R::downloadUserAvatar, {{QStringLiteral("accessKey"), QString()}});

QString avatarUrl(const QVariant &stored, const QString &baseUrl)
{
    const QString s = stored.toString();
    if (s.startsWith(kAvatarPrefix))
        return baseUrl + s;
    return s;
}

QString storedAvatar(const QString &given, const QString &baseUrl)
{
    if (!baseUrl.isEmpty() && given.startsWith(baseUrl + kAvatarPrefix))
        return given.mid(baseUrl.size());
    return given;
}

QString defaultAvatar()
{
    return kAvatarPrefix + QStringLiteral("default-%1").arg(1 + uchar(randomBytes(1).at(0)) % 8);
}

QJsonObject userToJson(const QVariantMap &row, const QString &baseUrl)
{
    QJsonObject o = userSchema().toJson(row);
    o.insert(QStringLiteral("avatar"), avatarUrl(row.value(QStringLiteral("avatar")), baseUrl));
    return o;
}

QJsonObject briefUserToJson(const QVariantMap &row, const QString &baseUrl)
{
    const QJsonObject full = userToJson(row, baseUrl);
    QJsonObject o;
    for (const char *k : {"id", "fullname", "avatar", "roleId", "isActive"})
        o.insert(QLatin1String(k), full.value(QLatin1String(k)));
    return o;
}

std::optional<HttpError> accountBlocked(const QVariantMap &user)
{
    if (!user.value(QStringLiteral("isActive")).toBool())
        return HttpError(403, QStringLiteral("errMsg_AccountArchived"),
                         QStringLiteral("This account has been closed."));
    const QString status = user.value(QStringLiteral("accountStatus")).toString();
    if (status == QLatin1String("banned"))
        return HttpError(403, QStringLiteral("errMsg_AccountBanned"), QStringLiteral("This account has been banned."));
    if (status == QLatin1String("suspended"))
        return HttpError(403, QStringLiteral("errMsg_AccountSuspended"), QStringLiteral("This account is suspended."));
    return std::nullopt;
}

void checkEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*\\.[^@\\s.]{2,}$"));
    if (email.size() > 254 || !re.match(email).hasMatch())
        throw HttpError(400, QStringLiteral("errMsg_InvalidEmail"),
                        QStringLiteral("'%1' is not a valid e-mail address.").arg(email.left(300)));
}

void checkPassword(const QString &pw)
{
    if (pw.size() < 8 || pw.size() > 128)
        throw HttpError(400, QStringLiteral("errMsg_WeakPassword"),
                        QStringLiteral("Passwords must have 8 to 128 characters."));
}

} // namespace tutorhub::server
