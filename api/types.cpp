#include "types.h"

#include <QJsonArray>

namespace tutorhub::api {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

bool boolean(const QJsonObject &o, const char *key, bool fallback = false)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isBool())
        return v.toBool();
    if (v.isString())
        return v.toString() == QLatin1String("true");
    return fallback;
}

int integer(const QJsonObject &o, const char *key, int fallback = 0)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return v.toInt();
    if (v.isString()) {
        bool ok = false;
        const int i = v.toString().toInt(&ok);
        return ok ? i : fallback;
    }
    return fallback;
}

QDateTime dateValue(const QJsonObject &o, const char *key)
{
    QDateTime d = QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
    if (!d.isValid())
        d = QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
    return d.isValid() ? d.toUTC() : d;
}

} // namespace

TutorApplicationStatus tutorApplicationStatusFromString(const QString &value)
{
    if (value == QLatin1String("pending"))
        return TutorApplicationStatus::Pending;
    if (value == QLatin1String("approved"))
        return TutorApplicationStatus::Approved;
    if (value == QLatin1String("rejected"))
        return TutorApplicationStatus::Rejected;
    return TutorApplicationStatus::None;
}

QString tutorApplicationStatusToString(TutorApplicationStatus status)
{
    switch (status) {
    case TutorApplicationStatus::None:
        return QStringLiteral("none");
    case TutorApplicationStatus::Pending:
        return QStringLiteral("pending");
    case TutorApplicationStatus::Approved:
        return QStringLiteral("approved");
    case TutorApplicationStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("none");
}

AccountStatus accountStatusFromString(const QString &value)
{
    if (value == QLatin1String("suspended"))
        return AccountStatus::Suspended;
    if (value == QLatin1String("banned"))
        return AccountStatus::Banned;
    return AccountStatus::Active;
}

QString accountStatusToString(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Active:
        return QStringLiteral("active");
    case AccountStatus::Suspended:
        return QStringLiteral("suspended");
    case AccountStatus::Banned:
        return QStringLiteral("banned");
    }
    return QStringLiteral("active");
}

Workspace workspaceForRole(const QString &roleId)
{
    if (roleId == roles::admin || roleId == roles::superAdmin)
        return Workspace::Admin;
    if (roleId == roles::tutor)
        return Workspace::Tutor;
    return Workspace::Student;
}

void StdFields::readStd(const QJsonObject &o)
{
    id = str(o, "id");
    isActive = boolean(o, "isActive", true);
    recordVersion = integer(o, "recordVersion");
    createdAt = dateValue(o, "createdAt");
    updatedAt = dateValue(o, "updatedAt");
    owner = str(o, "_owner");
}

User User::fromJson(const QJsonObject &o)
{
    User u;
    u.readStd(o);
    u.email = str(o, "email");
    u.fullname = str(o, "fullname");
    u.avatar = str(o, "avatar");
    u.roleId = str(o, "roleId");
    u.emailVerified = boolean(o, "emailVerified");
    u.tutorApplicationStatus = str(o, "tutorApplicationStatus");
    u.certifications = str(o, "certifications");
    u.qualifications = str(o, "qualifications");
    u.bio = str(o, "bio");
    u.specializations = str(o, "specializations");
    u.applicationReviewNote = str(o, "applicationReviewNote");
    u.applicationDocuments = str(o, "applicationDocuments");
    u.accountStatus = str(o, "accountStatus");
    return u;
}

QJsonObject User::toJson() const
{
    QJsonObject o {{QStringLiteral("id"), id},
                   {QStringLiteral("isActive"), isActive},
                   {QStringLiteral("recordVersion"), recordVersion},
                   {QStringLiteral("email"), email},
                   {QStringLiteral("fullname"), fullname},
                   {QStringLiteral("avatar"), avatar},
                   {QStringLiteral("roleId"), roleId},
                   {QStringLiteral("emailVerified"), emailVerified},
                   {QStringLiteral("tutorApplicationStatus"), tutorApplicationStatus},
                   {QStringLiteral("certifications"), certifications},
                   {QStringLiteral("qualifications"), qualifications},
                   {QStringLiteral("bio"), bio},
                   {QStringLiteral("specializations"), specializations},
                   {QStringLiteral("applicationReviewNote"), applicationReviewNote},
                   {QStringLiteral("applicationDocuments"), applicationDocuments},
                   {QStringLiteral("accountStatus"), accountStatus},
                   {QStringLiteral("_owner"), owner}};
    if (createdAt.isValid())
        o.insert(QStringLiteral("createdAt"), createdAt.toString(Qt::ISODateWithMs));
    if (updatedAt.isValid())
        o.insert(QStringLiteral("updatedAt"), updatedAt.toString(Qt::ISODateWithMs));
    return o;
}

User SessionInfo::toUser() const
{
    User u;
    u.id = userId;
    u.email = email;
    u.fullname = fullname;
    u.roleId = roleId;
    u.avatar = avatar;
    u.accountStatus = accountStatus;
    u.emailVerified = emailVerified;
    u.tutorApplicationStatus = tutorApplicationStatus;
    return u;
}

SessionInfo SessionInfo::fromJson(const QJsonObject &o)
{
    SessionInfo s;
    s.sessionId = str(o, "sessionId");
    s.userId = str(o, "userId");
    s.email = str(o, "email");
    s.fullname = str(o, "fullname");
    s.roleId = str(o, "roleId");
    s.avatar = str(o, "avatar");
    s.accountStatus = str(o, "accountStatus");
    s.emailVerified = boolean(o, "emailVerified");
    s.tutorApplicationStatus = str(o, "tutorApplicationStatus");
    s.accessToken = str(o, "accessToken");
    s.expiresIn = integer(o, "expiresIn");
    s.sessionNeedsEmail2FA = boolean(o, "sessionNeedsEmail2FA");
    s.sessionNeedsMobile2FA = boolean(o, "sessionNeedsMobile2FA");
    return s;
}

VerificationStart VerificationStart::fromJson(const QJsonObject &o)
{
    VerificationStart v;
    v.userId = str(o, "userId");
    v.email = str(o, "email");
    v.secretCode = str(o, "secretCode");
    v.expireTime = integer(o, "expireTime");
    v.date = dateValue(o, "date");
    return v;
}

VerificationComplete VerificationComplete::fromJson(const QJsonObject &o)
{
    VerificationComplete v;
    v.userId = str(o, "userId");
    v.email = str(o, "email");
    v.isVerified = boolean(o, "isVerified");
    return v;
}

PublicKey PublicKey::fromJson(const QJsonObject &o)
{
    return PublicKey {str(o, "keyId"), str(o, "keyData")};
}

Paging Paging::fromJson(const QJsonObject &o)
{
    Paging p;
    p.pageNumber = integer(o, "pageNumber", 1);
    p.pageRowCount = integer(o, "pageRowCount", 25);
    p.totalRowCount = integer(o, "totalRowCount");
    p.pageCount = integer(o, "pageCount");
    return p;
}

QUrlQuery ListQuery::toUrlQuery() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageNumber"), QString::number(pageNumber));
    q.addQueryItem(QStringLiteral("pageRowCount"), QString::number(pageRowCount));
    if (!sortBy.isEmpty())
        q.addQueryItem(QStringLiteral("sortBy"), sortBy);
    if (!sortOrder.isEmpty())
        q.addQueryItem(QStringLiteral("sortOrder"), sortOrder);
    for (const auto &f : filters)
        q.addQueryItem(f.first, f.second);
    return q;
}

} // namespace tutorhub::api
