// The moderation sequence of rule 59 (D48) run by the admin client as a resumable list of steps:
//
//   ban / suspend a user:  scope -> accountStatus -> moderation record -> cascade (tutor:
//                          cascadeTutorBan; student: cancel each pending/active enrollment) ->
//                          verify -> warning (a `warn` moderation record, C26)
//   reactivate a user:     accountStatus active -> moderation record
//   remove a course:       scope -> moderationStatus removed -> moderation record ->
//                          cascadeCourseRemoval (pro-rata refunds) -> verify -> warning to the tutor
//
// Nothing destructive trusts a filter (issue 13, C20-C23): `scope` reads every page of the target's
// enrollments before anything changes and checks each row (models/admin/cascadescope.h); a server
// that answers a declared filter with rows of others stops the plan there, with nothing changed.
//
// Steps are data (id, title, which plans they apply to, how they run); each is idempotent — the
// server's status changes and cascades are (D48), and the two that create records look first for
// the record this plan already made (the moderation record by its fixed actionDate, the warning by
// the plan's reference in its text). The plan and the steps done so far are written to a
// CascadeStore after every step, so an interrupted sequence (network error, app closed) resumes
// where it stopped. Canceling and refunding an enrollment is one server call, so no step leaves an
// enrollment canceled but unrefunded; the last step of a cascade checks that.
#pragma once

#include "api/apierror.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace tutorhub::api {
class AdminApi;
class AuthApi;
} // namespace tutorhub::api

namespace tutorhub::models::admin {

struct CascadePlan
{
    QString id; // reference of this sequence (uuid), also quoted in the message
    QString action; // "ban", "suspend", "reactivate", "removeCourse"
    QString adminId;
    QString targetUserId;
    QString targetUserName;
    QString targetRoleId; // the roleId the page read: "tutor" (our server's shortcut), "user", ... (a hint, C65)
    QString targetKind; // "tutor" or "student", decided by the first step that needs it (C65); empty: not yet
    QString tutorProfileId; // tutors: filled by the cascade step when empty
    QString coursePackId; // removeCourse
    QString coursePackTitle;
    QString reason; // moderation reason, cancel reason
    QString message; // text of the warning to the user (empty: the default sentence)
    QString complaintId; // the issue the action follows from (optional)
    QDateTime actionDate; // fixed when the plan is made: the moderation record's identity

    bool isValid() const { return !id.isEmpty() && !action.isEmpty(); }
    bool isUserAction() const { return action != QLatin1String("removeCourse"); }
    QJsonObject toJson() const;
    static CascadePlan fromJson(const QJsonObject &o);
    // A new plan with a fresh id and actionDate = now.
    static CascadePlan make(const QString &action, const QString &adminId);
};

// Where unfinished sequences are kept between runs (a JSON file; the app uses its data folder).
class CascadeStore
{
public:
    explicit CascadeStore(const QString &filePath);
    struct Entry
    {
        CascadePlan plan;
        QStringList doneSteps;
        QString lastError;
    };
    void save(const Entry &entry);
    void remove(const QString &planId);
    QList<Entry> unfinished() const;
    Entry entry(const QString &planId) const;
    QString filePath() const { return m_path; }

private:
    QJsonObject read() const;
    void write(const QJsonObject &all) const;
    QString m_path;
};

class ModerationCascade : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class StepState { Pending, Running, Done, Failed };
    Q_ENUM(StepState)
    enum Role { StepIdRole = Qt::UserRole + 1, StateRole, ErrorRole };

    struct Env; // what a step runs with (services, the plan, the answer callback)
    struct Step
    {
        QString id;
        QString title;
        std::function<bool(const CascadePlan &)> appliesTo;
        std::function<void(Env &env, std::function<void(const api::ApiError &)> done)> run;
    };
    // The step table (data), for tests and the preview of what will happen.
    static QList<Step> stepTable();

    ModerationCascade(api::AdminApi *admin, api::AuthApi *auth, CascadeStore *store, QObject *parent = nullptr);
    ~ModerationCascade() override;

    // Sets the plan; `doneSteps` when resuming from the store.
    void setPlan(const CascadePlan &plan, const QStringList &doneSteps = {});
    const CascadePlan &plan() const { return m_plan; }
    QStringList stepIds() const;
    QStringList doneSteps() const;
    StepState stepState(const QString &stepId) const;

    // Runs every step not done yet, in order; stops at the first failure (resume with run()).
    void run();
    bool isRunning() const { return m_running; }
    bool isFinished() const;
    bool hasFailed() const { return !m_error.isNone(); }
    api::ApiError error() const { return m_error; }
    // The enrollments the cascade step canceled (ids), for the summary.
    QStringList canceledEnrollments() const { return m_canceled; }

    // Tests: makes the step with this id fail once with a network error before it runs.
    void injectFailureOnce(const QString &stepId) { m_injectFailure = stepId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void started();
    void stepFinished(const QString &stepId);
    void finished();
    void failed(const tutorhub::api::ApiError &error);

private:
    void runNext();
    void setState(int row, StepState state, const QString &error = {});
    void persist();

    QPointer<api::AdminApi> m_admin;
    QPointer<api::AuthApi> m_auth;
    CascadeStore *m_store;
    CascadePlan m_plan;
    QList<Step> m_steps;
    QList<StepState> m_states;
    QStringList m_errors;
    api::ApiError m_error;
    QStringList m_canceled;
    QString m_injectFailure;
    bool m_running = false;
    Env *m_env = nullptr;
};

} // namespace tutorhub::models::admin
