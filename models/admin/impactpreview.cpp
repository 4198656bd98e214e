#include "impactpreview.h"

#include "cascadescope.h"

#include "adminlists.h"
#include "api/adminapi.h"
#include "api/authapi.h"
#include "models/format.h"
#include "models/labels.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <cmath>

namespace tutorhub::models::admin {

ImpactPreview::ImpactPreview(api::AdminApi *admin, QObject *parent) : QAbstractTableModel(parent), m_admin(admin) { }

ImpactPreview::ImpactPreview(api::AdminApi *admin, api::AuthApi *auth, QObject *parent)
    : QAbstractTableModel(parent),
      m_admin(admin),
      m_auth(auth)
{ }

int ImpactPreview::untaughtLessons(const QJsonObject &e)
{
    const QJsonArray lessonList = e.value(QStringLiteral("lessonSlots")).toArray();
    int n = 0;
    for (const QJsonValue &v : lessonList) {
        const QString s = Format::str(v.toObject(), "status");
        if (s != QLatin1String("completed") && s != QLatin1String("canceled"))
            ++n;
    }
    return n;
}

double ImpactPreview::refundOf(const QJsonObject &e, Refund rule)
{
    if (Format::str(e, "paymentStatus") != QLatin1String("paid"))
        return 0.0; // unpaid: the payment is canceled, nothing to give back
    const double total = Format::num(e, "totalAmount");
    if (rule == Refund::Full)
        return total;
    const int lessons = int(e.value(QStringLiteral("lessonSlots")).toArray().size());
    if (lessons == 0)
        return total;
    return std::round(total * untaughtLessons(e) / lessons * 100.0) / 100.0; // cents (D44)
}

void ImpactPreview::load(Scope scope, const QString &id)
{
    ++m_generation;
    m_loading = true;
    m_error = api::ApiError();
    m_profileId.clear();
    m_tutor = scope == Scope::TutorUser;
    m_rule = scope == Scope::Student ? Refund::Full : Refund::ProRata;
    if (!m_admin)
        return;
    if (scope == Scope::CoursePack)
        return loadEnrollments(EnrollmentScope::By::CoursePack, id);
    if (scope == Scope::Student)
        return loadEnrollments(EnrollmentScope::By::Student, id);
    const quint64 generation = m_generation;
    tutorProfilesOfUser(m_admin, this, id, [this, generation](const api::Result<QJsonArray> &r) {
        if (generation != m_generation)
            return;
        if (!r)
            return finish(r.error(), {});
        if (r.value().isEmpty())
            return finish({}, {});
        m_profileId = Format::str(r.value().first().toObject(), "id");
        loadEnrollments(EnrollmentScope::By::TutorProfile, m_profileId);
    });
}

void ImpactPreview::loadUser(const QString &userId, const QString &roleIdHint)
{
    ++m_generation;
    m_loading = true;
    m_error = api::ApiError();
    m_profileId.clear();
    if (!m_admin)
        return;
    const quint64 generation = m_generation;
    resolveTargetRole(m_admin, m_auth, this, userId, roleIdHint,
                      [this, generation, userId](const api::Result<TargetRole> &r) {
                          if (generation != m_generation)
                              return;
                          if (!r)
                              return finish(r.error(), {});
                          m_tutor = r.value().tutor;
                          m_rule = m_tutor ? Refund::ProRata : Refund::Full;
                          if (!m_tutor)
                              return loadEnrollments(EnrollmentScope::By::Student, userId);
                          m_profileId = r.value().tutorProfileId;
                          if (m_profileId.isEmpty())
                              return finish({}, {});
                          loadEnrollments(EnrollmentScope::By::TutorProfile, m_profileId);
                      });
}

// Every page, rows selected and checked as the cascade will (cascadescope.h): a preview that
// trusted a filter would promise the wrong refunds.
void ImpactPreview::loadEnrollments(EnrollmentScope::By by, const QString &id)
{
    EnrollmentScope scope;
    scope.by = by;
    scope.id = id;
    scope.statuses = {QStringLiteral("pending"), QStringLiteral("active")};
    const quint64 generation = m_generation;
    collectEnrollments(m_admin, this, scope, [this, generation](const api::Result<QJsonArray> &r) {
        if (generation != m_generation)
            return;
        QList<QJsonObject> rows;
        if (r)
            for (const QJsonValue &v : r.value())
                rows.append(v.toObject());
        finish(r ? api::ApiError() : r.error(), rows);
    });
}

void ImpactPreview::finish(const api::ApiError &error, const QList<QJsonObject> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
    m_loading = false;
    m_error = error;
    if (error)
        emit failed(error);
    else
        emit loaded();
}

int ImpactPreview::paidCount() const
{
    int n = 0;
    for (const QJsonObject &e : m_rows)
        n += Format::str(e, "paymentStatus") == QLatin1String("paid") ? 1 : 0;
    return n;
}

double ImpactPreview::refundTotal() const
{
    double sum = 0;
    for (const QJsonObject &e : m_rows)
        sum += refundOf(e, m_rule);
    return sum;
}

int ImpactPreview::freedLessons() const
{
    int n = 0;
    for (const QJsonObject &e : m_rows)
        n += untaughtLessons(e);
    return n;
}

QString ImpactPreview::summary() const
{
    if (m_rows.isEmpty())
        return tr("No enrollment is affected: nothing will be canceled or refunded.");
    return tr("%n enrollment(s) will be canceled (%1 paid); %2 will be refunded; %3 booked lesson(s) will be freed.",
              nullptr, int(m_rows.size()))
        .arg(paidCount())
        .arg(Format::money(refundTotal()))
        .arg(freedLessons());
}

int ImpactPreview::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImpactPreview::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImpactPreview::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &e = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= LessonsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StudentColumn:
        return AdminLists::personName(e, "student");
    case CourseColumn:
        return Format::str(Format::join(e, "coursePack"), "title");
    case StatusColumn:
        return AdminLists::enumText(e, "enrollment", "enrollmentStatus");
    case LessonsColumn:
        return tr("%1 of %2").arg(untaughtLessons(e)).arg(e.value(QStringLiteral("lessonSlots")).toArray().size());
    case PaidColumn:
        return Format::str(e, "paymentStatus") == QLatin1String("paid") ? Format::money(Format::num(e, "totalAmount"))
                                                                        : tr("Not paid");
    case RefundColumn:
        return Format::money(refundOf(e, m_rule));
    default:
        return {};
    }
}

QVariant ImpactPreview::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StudentColumn:
        return tr("Student");
    case CourseColumn:
        return tr("Course");
    case StatusColumn:
        return tr("Status");
    case LessonsColumn:
        return tr("Lessons left");
    case PaidColumn:
        return tr("Paid");
    case RefundColumn:
        return tr("Refund");
    default:
        return {};
    }
}

} // namespace tutorhub::models::admin
