// Typed data objects of the auth service (API.md §2, decisions D7, D9).
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

namespace tutorhub::api {

// Workspaces per D9: user -> Student, tutor -> Tutor, admin/superAdmin -> Admin.
enum class Workspace { Student, Tutor, Admin };

enum class TutorApplicationStatus { None, Pending, Approved, Rejected };
enum class AccountStatus { Active, Suspended, Banned };

TutorApplicationStatus tutorApplicationStatusFromString(const QString &value);
QString tutorApplicationStatusToString(TutorApplicationStatus status);
AccountStatus accountStatusFromString(const QString &value);
QString accountStatusToString(AccountStatus status);
Workspace workspaceForRole(const QString &roleId);

namespace roles {
inline const QString superAdmin = QStringLiteral("superAdmin");
inline const QString admin = QStringLiteral("admin");
inline const QString tutor = QStringLiteral("tutor");
inline const QString user = QStringLiteral("user");
} // namespace roles

// Standard fields of every data object (API.md §1.8).
struct StdFields
{
    QString id;
    bool isActive = true;
    int recordVersion = 0;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QString owner; // "_owner"

    void readStd(const QJsonObject &o);
};

// user (API.md §2.5) minus password.
struct User : StdFields
{
    QString email;
    QString fullname;
    QString avatar; // URL
    QString roleId;
    bool emailVerified = false;
    QString tutorApplicationStatus; // none|pending|approved|rejected (empty in brief answers)
    QString certifications;
    QString qualifications;
    QString bio;
    QString specializations;
    QString applicationReviewNote;
    QString applicationDocuments;
    QString accountStatus; // active|suspended|banned
    // Not a wire field: the tutor profile the client found for this user (C50, api/tutorrole.h).
    QString tutorProfileId;

    bool isValid() const { return !id.isEmpty(); }
    bool isSuperAdmin() const { return roleId == roles::superAdmin; }
    bool isAdmin() const { return roleId == roles::admin || roleId == roles::superAdmin; }
    // A tutor: our server's roleId shortcut, or an approved application with a tutor profile (C50).
    bool isTutor() const { return roleId == roles::tutor || (!isAdmin() && !tutorProfileId.isEmpty()); }
    bool isStudent() const { return !isAdmin() && !isTutor(); }
    Workspace workspace() const
    {
        return isAdmin() ? Workspace::Admin : isTutor() ? Workspace::Tutor : Workspace::Student;
    }
    TutorApplicationStatus applicationStatus() const
    {
        return tutorApplicationStatusFromString(tutorApplicationStatus);
    }
    AccountStatus status() const { return accountStatusFromString(accountStatus); }

    static User fromJson(const QJsonObject &o);
    QJsonObject toJson() const; // without password; std fields included
};

// Session object (D7), returned raw by login, relogin and currentuser.
struct SessionInfo
{
    QString sessionId;
    QString userId;
    QString email;
    QString fullname;
    QString roleId;
    QString avatar;
    QString accountStatus;
    bool emailVerified = false;
    QString tutorApplicationStatus;
    QString accessToken;
    int expiresIn = 0; // seconds
    bool sessionNeedsEmail2FA = false;
    bool sessionNeedsMobile2FA = false;

    bool isValid() const { return !sessionId.isEmpty() && !userId.isEmpty() && !accessToken.isEmpty(); }
    Workspace workspace() const { return workspaceForRole(roleId); }
    // The fields a session carries, as a (partial) User.
    User toUser() const;
    static SessionInfo fromJson(const QJsonObject &o);
};

// Answer of a verification/password-reset "start" (API.md §2.4). secretCode is only present when
// the server runs as a development environment (the local server always sends it, D12).
struct VerificationStart
{
    QString userId;
    QString email;
    QString secretCode;
    int expireTime = 0; // seconds
    QDateTime date;

    bool hasSecretCode() const { return !secretCode.isEmpty(); }
    static VerificationStart fromJson(const QJsonObject &o);
};

struct VerificationComplete
{
    QString userId;
    QString email;
    bool isVerified = false;
    static VerificationComplete fromJson(const QJsonObject &o);
};

struct PublicKey
{
    QString keyId;
    QString keyData; // PEM
    static PublicKey fromJson(const QJsonObject &o);
};

struct Paging
{
    int pageNumber = 1;
    int pageRowCount = 25;
    int totalRowCount = 0;
    int pageCount = 0;
    static Paging fromJson(const QJsonObject &o);
};

template<typename T>
struct Page
{
    QList<T> items;
    Paging paging;
};
using UserPage = Page<User>;

// Paging and filter parameters of a list call (D5). pageNumber 0 = all rows.
struct ListQuery
{
    int pageNumber = 1;
    int pageRowCount = 25;
    QString sortBy;
    QString sortOrder; // "asc" | "desc"
    QList<QPair<QString, QString>> filters; // repeated names = "any of"

    ListQuery &filter(const QString &name, const QString &value)
    {
        filters.append({name, value});
        return *this;
    }
    QUrlQuery toUrlQuery() const;
};

} // namespace tutorhub::api
