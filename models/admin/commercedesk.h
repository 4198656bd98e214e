// The view-models of the courses page (issue 6 §4: flag, remove with pro-rata refunds) and the enrollments and
// refunds page (§5: cancel or refund as admin with a reason, refund requests decided with a note, the pending
// cleanup) (issue 17 K32). What an action will do, what is missing before it can run, and what happened are
// sentences made here; the pages show them.
#pragma once

#include "models/admin/adminworkspace.h"
#include "models/admin/moderationcascade.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace tutorhub::models {
class PagedListModel;
}

namespace tutorhub::models::admin {

class CourseDesk : public QObject
{
    Q_OBJECT

public:
    CourseDesk(AdminWorkspace *workspace, QObject *parent = nullptr);
    AdminWorkspace *workspace() const { return m_workspace; }
    PagedListModel *list() const { return m_list; }

    static bool canFlag(const QJsonObject &pack);
    static bool canRemove(const QJsonObject &pack);
    // Flags the course `packId` with a note the tutor reads (an empty note is refused with a sentence).
    void flag(const QString &packId, const QString &note);
    // The removal plan of `pack` for the moderation dialog (invalid for no pack).
    CascadePlan removalPlan(const QJsonObject &pack) const;

private:
    QPointer<AdminWorkspace> m_workspace;
    QPointer<PagedListModel> m_list;
};

class EnrollmentDesk : public QObject
{
    Q_OBJECT

public:
    EnrollmentDesk(AdminWorkspace *workspace, QObject *parent = nullptr);
    AdminWorkspace *workspace() const { return m_workspace; }
    PagedListModel *enrollments() const { return m_enrollments; }
    PagedListModel *refunds() const { return m_refunds; }

    // Cancel (pending or active) and refund (active and paid) are offered for `enrollment`.
    static bool canCancel(const QJsonObject &enrollment);
    static bool canRefund(const QJsonObject &enrollment);
    // What "cancel" / "refund" does to `enrollment`, said to the admin before they confirm.
    static QString actionText(const QString &action, const QJsonObject &enrollment);
    // What is missing before the action can run ("" = nothing).
    static QString actionProblem(const QString &reason);
    // "cancel" or "refund" the enrollment, with the reason the student and the tutor are told.
    void act(const QString &action, const QString &enrollmentId, const QString &reason);

    // Only a pending request waits for a decision (rule 42); why not otherwise ("" when it can be decided).
    static bool canDecide(const QJsonObject &request);
    static QString whyNotDecide(const QJsonObject &request);
    static QString decisionText(bool approve, const QJsonObject &request);
    static QString decisionProblem(bool approve, const QString &note);
    // PATCH /v1/refundrequests/:id: approve (cancel and refund) or reject with a note.
    void decide(const QString &refundRequestId, bool approve, const QString &note);

    // Cancels unpaid enrollments older than `maxAgeMinutes` (the server's own action; its answer is checked).
    void runCleanup(int maxAgeMinutes);
    bool isCleaning() const { return m_cleaning; }

signals:
    void busyChanged();

private:
    void refreshLists();
    QPointer<AdminWorkspace> m_workspace;
    QPointer<PagedListModel> m_enrollments, m_refunds;
    bool m_cleaning = false;
};

} // namespace tutorhub::models::admin
