// The student workspace's server lists (issue 4): concrete PagedListModel setups whose columns are
// data. Each function returns a new model (owned by `parent`); filters are set by the caller.
// Relations show the joined object's name (coursePack.title, tutorProfile.displayName), enums
// their translated labels (models::Labels), times the display zone (models::Format).
#pragma once

#include "models/pagedlistmodel.h"

#include <QJsonArray>

namespace tutorhub::models::student {

// tutorcatalog /v1/tutorprofiles — name, subjects, experience.
PagedListModel *tutorsModel(api::ApiClient *client, QObject *parent);
// tutorcatalog /v1/coursepacks — title, tutor, category, price, scheduling, screening.
// Filters (D28): title, category, schedulingType, tutorProfileId, minPrice, maxPrice.
PagedListModel *coursePacksModel(api::ApiClient *client, QObject *parent);
// tutorcatalog /v1/coursecategories — icon + name.
PagedListModel *categoriesModel(api::ApiClient *client, QObject *parent);
// coursescheduling /v1/lessonslots — the free slots of a pack in [from, to) (setSlotWeek).
PagedListModel *freeSlotsModel(api::ApiClient *client, QObject *parent);
void setSlotWeek(PagedListModel *model, const QString &coursePackId, const QDateTime &fromUtc, const QDateTime &toUtc);
// coursescheduling /v1/lessonslots?studentId= — the student's lessons (time, mode, place / link).
PagedListModel *myLessonsModel(api::ApiClient *client, const QString &studentId, QObject *parent);
// enrollmentmanagement /v1/enrollments — pack, tutor, lessons, amount, enrollment / payment / refund status.
PagedListModel *enrollmentsModel(api::ApiClient *client, QObject *parent);
// enrollmentmanagement /v1/refundrequests — pack, amount, status, requested / processed.
PagedListModel *refundRequestsModel(api::ApiClient *client, QObject *parent);
// enrollmentmanagement /v1/paymentcustomermethods/:userId — saved cards (brand, last 4, expiry, holder).
PagedListModel *paymentMethodsModel(api::ApiClient *client, const QString &userId, QObject *parent);
// platformadmin /v1/myissues — about, type, status, filed.
PagedListModel *myIssuesModel(api::ApiClient *client, QObject *parent);
// notification /notifications — title, body, received, seen.
PagedListModel *notificationsModel(api::ApiClient *client, QObject *parent);

// Small named readers shared by the views.
QString packTitleOf(const QJsonObject &row); // row's coursePack join title
QString tutorNameOf(const QJsonObject &row); // row's tutorProfile join displayName
QString cardLabel(const QJsonObject &method); // "Visa •••• 4242, 12/30"
QString slotTimeText(const QJsonObject &slot); // "Mon 23 Nov 2026, 14:00 – 15:00"

// A course material as a list shows it: "Title (Video)", the address to open, the description (plain text).
struct MaterialItem
{
    QString text;
    QString url; // linkUrl, else fileUrl
    QString description;
};
QList<MaterialItem> materialItems(const QJsonArray &rows); // listCourseMaterials' rows

} // namespace tutorhub::models::student
