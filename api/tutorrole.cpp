#include "tutorrole.h"

#include "contract.h"
#include "jsonapi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace tutorhub::api {

bool needsTutorProfileLookup(const User &user)
{
    return !user.isAdmin() && user.roleId != roles::tutor
           && user.applicationStatus() == TutorApplicationStatus::Approved;
}

void findTutorProfileOf(ApiClient *client, const QString &userId, QObject *context,
                        std::function<void(const Result<QString> &)> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("0")); // every row (API.md §1.6)
    callJson(client, ApiRequest::to(Route::listTutorProfiles, {}, q), context,
             [userId, done = std::move(done)](const Result<JsonAnswer> &r) {
                 if (!r.ok()) {
                     done(Result<QString>::failure(r.error()));
                     return;
                 }
                 // Checked row by row: the list is the tutor's own proof, whatever else the server sends.
                 for (const QJsonValue &v : r.value().array()) {
                     const QJsonObject o = v.toObject();
                     if (o.value(QStringLiteral("tutorId")).toString() == userId
                         && o.value(QStringLiteral("isActive")).toBool(true)) {
                         done(Result<QString>::success(o.value(QStringLiteral("id")).toString()));
                         return;
                     }
                 }
                 done(Result<QString>::success(QString()));
             });
}

} // namespace tutorhub::api
