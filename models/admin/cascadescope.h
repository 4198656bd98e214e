// What a destructive admin action acts on, read so that no filter is trusted (issue 13, C20-C23).
//
// Every list is read page by page to its end (pageNumber 1, 2, ... with pageRowCount rows; API.md
// §1.6) and every row is checked against the target before anything is canceled or refunded:
//
//   - a filter the route does not declare (listEnrollments: studentId, coursePackId,
//     enrollmentStatus, paymentStatus; listTutorProfiles: tutorId) is only a hint: it is sent, so
//     a server that applies it answers less, but the rows are selected here, so a server that ignores
//     it (the documented cloud, `--contract strict`) changes nothing;
//   - a filter the route declares (listEnrollments: query tutorProfileId) must hold for every row: a
//     row outside the target means the server does not keep the contract, and the caller gets
//     errMsg_ForeignRows:<filter> before it has changed anything.
#pragma once

#include "api/jsonapi.h"

#include <QJsonArray>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

namespace tutorhub::api {
class AdminApi;
class AuthApi;
} // namespace tutorhub::api

namespace tutorhub::models::admin {

using RowsCallback = std::function<void(const api::Result<QJsonArray> &)>;
using ListCall = std::function<void(const QUrlQuery &query, api::JsonCallback done)>;

// Reads every page of a business list. `query` must not carry paging. A server that answers the same
// rows again for the next page (it ignores pageNumber) stops the read with errMsg_PagingIgnored.
void fetchAllPages(ListCall list, const QUrlQuery &query, RowsCallback done, int rowsPerPage = 500);

struct EnrollmentScope
{
    enum class By { Student, TutorProfile, CoursePack };
    By by = By::Student;
    QString id; // the student's user id, the tutor profile id or the pack id
    QStringList statuses; // enrollmentStatus values wanted (empty: any)
    QString paymentStatus; // wanted paymentStatus (empty: any)

    QString field() const; // the enrollment field naming the target
    bool declared() const { return by == By::TutorProfile; } // API.md §3.3: only tutorProfileId
    bool contains(const QJsonObject &enrollment) const;
};

// The enrollments of `scope`, every page, selected and checked as described above.
void collectEnrollments(api::AdminApi *admin, QObject *context, const EnrollmentScope &scope, RowsCallback done);

// The tutor profiles whose tutorId is `userId` (listTutorProfiles declares no filter: G18).
void tutorProfilesOfUser(api::AdminApi *admin, QObject *context, const QString &userId, RowsCallback done);

// Who the target of a ban or suspension is (settled decision 5, amended; C50, C65). The seeds define no `tutor`
// roleId (a strict server sends `user` for a tutor), so a user is a tutor when their tutor application is
// approved (getUser, tutorApplicationStatus) and a tutor profile names them (tutorId, every page read here).
// Our server's roleId `tutor` is a shortcut; an admin roleId is never a tutor. `roleIdHint` is what the page
// knew (empty: unknown). Without `auth` the application cannot be read: only the shortcut counts.
struct TargetRole
{
    bool tutor = false;
    QString tutorProfileId; // the tutor's profile (empty for a shortcut tutor without one)
};
using TargetRoleCallback = std::function<void(const api::Result<TargetRole> &)>;
void resolveTargetRole(api::AdminApi *admin, api::AuthApi *auth, QObject *context, const QString &userId,
                       const QString &roleIdHint, TargetRoleCallback done);

// The rows of a server-side cascade's answer that are not the target's (`field` != `id`).
QStringList foreignRows(const QJsonArray &rows, const char *field, const QString &id);

} // namespace tutorhub::models::admin
