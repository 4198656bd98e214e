#include "commercedesk.h"

#include "adminlists.h"
#include "adminworkspace.h"

#include "api/adminapi.h"
#include "models/format.h"
#include "models/pagedlistmodel.h"

#include <QJsonArray>

namespace tutorhub::models::admin {

// ---------------------------------------------------------------------------------------------
// Courses

CourseDesk::CourseDesk(AdminWorkspace *workspace, QObject *parent)
    : QObject(parent),
      m_workspace(workspace),
      m_list(AdminLists::create(workspace->client(), AdminList::Courses, this))
{ }

bool CourseDesk::canFlag(const QJsonObject &pack)
{
    return !pack.isEmpty() && Format::str(pack, "moderationStatus") == QLatin1String("approved");
}

bool CourseDesk::canRemove(const QJsonObject &pack)
{
    return !pack.isEmpty() && Format::str(pack, "moderationStatus") != QLatin1String("removed");
}

void CourseDesk::flag(const QString &packId, const QString &note)
{
    if (packId.isEmpty() || !m_workspace)
        return;
    if (note.trimmed().isEmpty())
        return m_workspace->say(tr("Please say why the course is flagged: the tutor reads it."), true);
    const QJsonObject fields {{QStringLiteral("moderationStatus"), QStringLiteral("flagged")},
                              {QStringLiteral("moderationNote"), note.trimmed()}};
    m_workspace->adminApi()->updateCoursePack(packId, fields, this, [this](const api::Result<api::JsonAnswer> &r) {
        if (!r)
            return m_workspace->say(r.error().userMessage(), true);
        if (m_list)
            m_list->refresh();
        m_workspace->say(tr("The course is flagged."));
    });
}

CascadePlan CourseDesk::removalPlan(const QJsonObject &pack) const
{
    if (pack.isEmpty() || !m_workspace)
        return {};
    const QJsonObject tutor = Format::join(pack, "tutorProfile");
    CascadePlan plan = CascadePlan::make(QStringLiteral("removeCourse"), m_workspace->myId());
    plan.coursePackId = Format::str(pack, "id");
    plan.coursePackTitle = Format::str(pack, "title");
    plan.targetUserId = Format::str(tutor, "tutorId");
    plan.targetUserName = Format::str(tutor, "displayName");
    plan.targetRoleId = QStringLiteral("tutor");
    plan.tutorProfileId = Format::str(pack, "tutorProfileId");
    return plan;
}

// ---------------------------------------------------------------------------------------------
// Enrollments and refunds

EnrollmentDesk::EnrollmentDesk(AdminWorkspace *workspace, QObject *parent)
    : QObject(parent),
      m_workspace(workspace),
      m_enrollments(AdminLists::create(workspace->client(), AdminList::Enrollments, this)),
      m_refunds(AdminLists::create(workspace->client(), AdminList::RefundRequests, this))
{ }

bool EnrollmentDesk::canCancel(const QJsonObject &row)
{
    const QString status = Format::str(row, "enrollmentStatus");
    return status == QLatin1String("pending") || status == QLatin1String("active");
}

bool EnrollmentDesk::canRefund(const QJsonObject &row)
{
    return canCancel(row) && Format::str(row, "paymentStatus") == QLatin1String("paid");
}

QString EnrollmentDesk::actionText(const QString &action, const QJsonObject &row)
{
    const QString who = AdminLists::personName(row, "student");
    const QString course = Format::str(Format::join(row, "coursePack"), "title");
    const QString amount = Format::money(Format::num(row, "totalAmount"));
    if (action == QLatin1String("refund"))
        return tr("Refund %1 to %2 for \"%3\" in full, without the eligibility checks, and cancel the enrollment.")
            .arg(amount, who, course);
    if (Format::str(row, "paymentStatus") == QLatin1String("paid"))
        return tr("Cancel the enrollment of %1 in \"%2\" and refund the %3 paid in full; its untaught lessons are "
                  "freed.")
            .arg(who, course, amount);
    return tr("Cancel the unpaid enrollment of %1 in \"%2\"; its lessons are freed.").arg(who, course);
}

QString EnrollmentDesk::actionProblem(const QString &reason)
{
    return reason.trimmed().isEmpty() ? tr("Please give a reason: the student and the tutor are told.") : QString();
}

void EnrollmentDesk::refreshLists()
{
    if (m_enrollments)
        m_enrollments->refresh();
    if (m_refunds)
        m_refunds->refresh();
}

void EnrollmentDesk::act(const QString &action, const QString &enrollmentId, const QString &reason)
{
    if (!m_workspace || enrollmentId.isEmpty())
        return;
    if (const QString problem = actionProblem(reason); !problem.isEmpty())
        return m_workspace->say(problem, true);
    auto done = [this, action](const api::Result<api::JsonAnswer> &r) {
        if (!r)
            m_workspace->say(AdminWorkspace::failureSentence(r.error(), tr("This enrollment")), true);
        else
            m_workspace->say(action == QLatin1String("refund") ? tr("The enrollment was refunded and canceled.")
                                                               : tr("The enrollment was canceled."));
        refreshLists();
    };
    if (action == QLatin1String("refund"))
        m_workspace->adminApi()->adminRefundEnrollment(enrollmentId, reason.trimmed(), this, done);
    else
        m_workspace->adminApi()->cancelEnrollment(enrollmentId, reason.trimmed(), this, done);
}

bool EnrollmentDesk::canDecide(const QJsonObject &request)
{
    return Format::str(request, "status") == QLatin1String("pending");
}

QString EnrollmentDesk::whyNotDecide(const QJsonObject &request)
{
    if (request.isEmpty())
        return tr("Select a pending refund request.");
    return canDecide(request) ? QString() : tr("This request was already decided.");
}

QString EnrollmentDesk::decisionText(bool approve, const QJsonObject &row)
{
    const QString who = AdminLists::personName(row, "requester");
    const QString course = Format::str(Format::join(row, "coursePack"), "title");
    const QJsonObject enrollment = Format::join(row, "enrollment");
    const QString amount
        = enrollment.isEmpty() ? tr("the amount paid") : Format::money(Format::num(enrollment, "totalAmount"));
    return approve ? tr("Approve the refund %1 asked for in \"%2\": the enrollment is canceled, %3 is refunded in "
                        "full and the lessons not yet taught are freed. The student, the tutor and the "
                        "administrators are notified.")
                         .arg(who, course, amount)
                   : tr("Reject the refund %1 asked for in \"%2\": the enrollment stays as it is and nothing is "
                        "refunded. The student is notified with your note.")
                         .arg(who, course);
}

QString EnrollmentDesk::decisionProblem(bool approve, const QString &note)
{
    if (!approve && note.trimmed().isEmpty())
        return tr("Please write a note: the student is told why the refund is rejected.");
    return {};
}

void EnrollmentDesk::decide(const QString &refundRequestId, bool approve, const QString &note)
{
    if (!m_workspace || refundRequestId.isEmpty())
        return;
    if (const QString problem = decisionProblem(approve, note); !problem.isEmpty())
        return m_workspace->say(problem, true);
    m_workspace->adminApi()->decideRefundRequest(
        refundRequestId, approve, note.trimmed(), this, [this, approve](const api::Result<api::JsonAnswer> &r) {
            if (!r)
                m_workspace->say(AdminWorkspace::failureSentence(r.error(), tr("This refund request")), true);
            else
                m_workspace->say(approve ? tr("The refund was approved: the enrollment is canceled and refunded.")
                                         : tr("The refund request was rejected; the student was told why."));
            refreshLists();
        });
}

void EnrollmentDesk::runCleanup(int maxAgeMinutes)
{
    if (!m_workspace || m_cleaning)
        return;
    m_cleaning = true;
    emit busyChanged();
    m_workspace->adminApi()->cleanupPendingEnrollments(
        maxAgeMinutes, this, [this](const api::Result<api::JsonAnswer> &r) {
            m_cleaning = false;
            emit busyChanged();
            if (!r)
                return m_workspace->say(r.error().userMessage(), true);
            // The cleanup is the server's own action (no filter of ours); its answer is still checked: it may only
            // have canceled unpaid enrollments (C23).
            int paid = 0;
            for (const QJsonValue &v : r.value().array())
                paid += Format::str(v.toObject(), "paymentStatus") != QLatin1String("pending") ? 1 : 0;
            if (m_enrollments)
                m_enrollments->refresh();
            if (paid > 0)
                return m_workspace->say(tr("The server's cleanup canceled %n enrollment(s) that were paid, which it "
                                           "must never do. Check them in the enrollment list and tell the operator "
                                           "of this server.",
                                           nullptr, paid),
                                        true);
            m_workspace->say(tr("%n unpaid enrollment(s) canceled.", nullptr, int(r.value().array().size())));
        });
}

} // namespace tutorhub::models::admin
