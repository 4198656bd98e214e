#include "moderationcascade.h"

#include "api/adminapi.h"
#include "api/authapi.h"
#include "models/format.h"
#include "cascadescope.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

namespace tutorhub::models::admin {

using Done = std::function<void(const api::ApiError &)>;

struct ModerationCascade::Env
{
    api::AdminApi *admin = nullptr;
    api::AuthApi *auth = nullptr;
    QObject *context = nullptr;
    CascadePlan *plan = nullptr;
    QStringList *canceled = nullptr;
};

// ---------------------------------------------------------------------------------------------
// Plan and store

QJsonObject CascadePlan::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("action"), action},
            {QStringLiteral("adminId"), adminId},
            {QStringLiteral("targetUserId"), targetUserId},
            {QStringLiteral("targetUserName"), targetUserName},
            {QStringLiteral("targetRoleId"), targetRoleId},
            {QStringLiteral("targetKind"), targetKind},
            {QStringLiteral("tutorProfileId"), tutorProfileId},
            {QStringLiteral("coursePackId"), coursePackId},
            {QStringLiteral("coursePackTitle"), coursePackTitle},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("message"), message},
            {QStringLiteral("complaintId"), complaintId},
            {QStringLiteral("actionDate"), Format::toIsoUtc(actionDate)}};
}

CascadePlan CascadePlan::fromJson(const QJsonObject &o)
{
    CascadePlan p;
    p.id = Format::str(o, "id");
    p.action = Format::str(o, "action");
    p.adminId = Format::str(o, "adminId");
    p.targetUserId = Format::str(o, "targetUserId");
    p.targetUserName = Format::str(o, "targetUserName");
    p.targetRoleId = Format::str(o, "targetRoleId");
    p.targetKind = Format::str(o, "targetKind");
    p.tutorProfileId = Format::str(o, "tutorProfileId");
    p.coursePackId = Format::str(o, "coursePackId");
    p.coursePackTitle = Format::str(o, "coursePackTitle");
    p.reason = Format::str(o, "reason");
    p.message = Format::str(o, "message");
    p.complaintId = Format::str(o, "complaintId");
    p.actionDate = Format::when(o, "actionDate");
    return p;
}

CascadePlan CascadePlan::make(const QString &action, const QString &adminId)
{
    CascadePlan p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.action = action;
    p.adminId = adminId;
    // Milliseconds, as the server stores and answers them (ISO with .zzz), so the record is found again by it.
    p.actionDate = QDateTime::currentDateTimeUtc();
    return p;
}

CascadeStore::CascadeStore(const QString &filePath) : m_path(filePath) { }

QJsonObject CascadeStore::read() const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void CascadeStore::write(const QJsonObject &all) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return;
    f.write(QJsonDocument(all).toJson(QJsonDocument::Compact));
    f.commit();
}

void CascadeStore::save(const Entry &e)
{
    QJsonObject all = read();
    all.insert(e.plan.id, QJsonObject {{QStringLiteral("plan"), e.plan.toJson()},
                                       {QStringLiteral("doneSteps"), QJsonArray::fromStringList(e.doneSteps)},
                                       {QStringLiteral("lastError"), e.lastError}});
    write(all);
}

void CascadeStore::remove(const QString &planId)
{
    QJsonObject all = read();
    if (all.contains(planId)) {
        all.remove(planId);
        write(all);
    }
}

CascadeStore::Entry CascadeStore::entry(const QString &planId) const
{
    const QJsonObject o = read().value(planId).toObject();
    Entry e;
    e.plan = CascadePlan::fromJson(o.value(QStringLiteral("plan")).toObject());
    for (const QJsonValue &v : o.value(QStringLiteral("doneSteps")).toArray())
        e.doneSteps.append(v.toString());
    e.lastError = o.value(QStringLiteral("lastError")).toString();
    return e;
}

QList<CascadeStore::Entry> CascadeStore::unfinished() const
{
    QList<Entry> out;
    const QJsonObject all = read();
    for (auto it = all.begin(); it != all.end(); ++it) {
        Entry e = entry(it.key());
        if (e.plan.isValid())
            out.append(e);
    }
    std::sort(out.begin(), out.end(),
              [](const Entry &a, const Entry &b) { return a.plan.actionDate < b.plan.actionDate; });
    return out;
}

// ---------------------------------------------------------------------------------------------
// The steps (data) and their small named rules

namespace {

// A tutor as decided by resolveTarget (C65); before that (or in a plan saved before targetKind existed) the
// roleId shortcut of our server.
bool isTutor(const CascadePlan &p)
{
    if (!p.targetKind.isEmpty())
        return p.targetKind == QLatin1String("tutor");
    return p.targetRoleId == QLatin1String("tutor");
}
bool isRemoval(const CascadePlan &p)
{
    return p.action == QLatin1String("removeCourse");
}
bool blocksUser(const CascadePlan &p)
{
    return p.action == QLatin1String("ban") || p.action == QLatin1String("suspend");
}

QString accountStatusFor(const CascadePlan &p)
{
    if (p.action == QLatin1String("ban"))
        return QStringLiteral("banned");
    if (p.action == QLatin1String("suspend"))
        return QStringLiteral("suspended");
    return QStringLiteral("active");
}

// actionType of the moderation record (reactivation is recorded as "approve", M4).
QString actionTypeFor(const CascadePlan &p)
{
    if (isRemoval(p))
        return QStringLiteral("remove");
    if (p.action == QLatin1String("reactivate"))
        return QStringLiteral("approve");
    return p.action;
}

// The text the user receives; it ends with the plan's reference (how a resumed run recognises it).
QString messageText(const CascadePlan &p)
{
    QString text = p.message.trimmed();
    if (text.isEmpty()) {
        if (isRemoval(p))
            text = ModerationCascade::tr(
                       "Your course \"%1\" was removed from TutorHub. Reason: %2. Enrolled students were "
                       "refunded for the lessons not yet taught.")
                       .arg(p.coursePackTitle, p.reason);
        else if (p.action == QLatin1String("ban"))
            text = ModerationCascade::tr("Your TutorHub account was banned. Reason: %1.").arg(p.reason);
        else
            text = ModerationCascade::tr("Your TutorHub account was suspended. Reason: %1.").arg(p.reason);
    }
    // The warning travels as a moderation record's actionReason (a String: 255 characters, D4); the
    // reference at its end must survive, so a longer text is shortened before it.
    const QString reference = QLatin1Char('\n') + ModerationCascade::tr("Reference: %1").arg(p.id);
    constexpr int kMax = 255;
    if (text.size() + reference.size() > kMax)
        text = text.left(kMax - reference.size() - 1).trimmed() + QChar(0x2026);
    return text + reference;
}

// Step: the account status (PATCH /auth-api/v1/users/:id) — idempotent.
void runAccountStatus(ModerationCascade::Env &env, Done done)
{
    env.auth->updateUser(env.plan->targetUserId,
                         QJsonObject {{QStringLiteral("accountStatus"), accountStatusFor(*env.plan)}}, env.context,
                         [done](const api::Result<api::User> &r) { done(r ? api::ApiError() : r.error()); });
}

// Step: the pack's moderationStatus removed with the reason as note — idempotent.
void runPackStatus(ModerationCascade::Env &env, Done done)
{
    const QJsonObject fields {{QStringLiteral("moderationStatus"), QStringLiteral("removed")},
                              {QStringLiteral("moderationNote"), env.plan->reason}};
    env.admin->updateCoursePack(
        env.plan->coursePackId, fields, env.context,
        [done](const api::Result<api::JsonAnswer> &r) { done(r ? api::ApiError() : r.error()); });
}

// Step: the moderation record. Looks for the record of this plan first (same admin, target,
// action and actionDate), so a record whose answer was lost is not written twice.
void runRecord(ModerationCascade::Env &env, Done done)
{
    const CascadePlan plan = *env.plan;
    const QString targetId = isRemoval(plan) ? plan.coursePackId : plan.targetUserId;
    QUrlQuery hints; // listAdminModerationActions declares no filter (G41): hints, rows chosen below
    hints.addQueryItem(QStringLiteral("targetId"), targetId);
    hints.addQueryItem(QStringLiteral("actionType"), actionTypeFor(plan));
    hints.addQueryItem(QStringLiteral("adminId"), plan.adminId);
    QPointer<api::AdminApi> admin(env.admin);
    QObject *context = env.context;
    auto list = [admin, context](const QUrlQuery &q, api::JsonCallback cb) {
        if (!admin)
            return cb(api::Result<api::JsonAnswer>::failure(api::ApiError::canceled()));
        admin->listModerationActions(q, context, std::move(cb));
    };
    fetchAllPages(list, hints, [=](const api::Result<QJsonArray> &r) {
        if (!r)
            return done(r.error());
        for (const QJsonValue &v : r.value()) {
            const QJsonObject o = v.toObject();
            if (Format::str(o, "targetId") == targetId && Format::str(o, "actionType") == actionTypeFor(plan)
                && Format::str(o, "adminId") == plan.adminId && Format::when(o, "actionDate") == plan.actionDate)
                return done(api::ApiError());
        }
        if (!admin)
            return done(api::ApiError::canceled());
        const QJsonObject record {
            {QStringLiteral("adminId"), plan.adminId},
            {QStringLiteral("targetType"), isRemoval(plan) ? QStringLiteral("coursePack") : QStringLiteral("user")},
            {QStringLiteral("targetId"), targetId},
            {QStringLiteral("targetUserId"), plan.targetUserId},
            {QStringLiteral("actionType"), actionTypeFor(plan)},
            {QStringLiteral("actionReason"), plan.reason},
            {QStringLiteral("actionDate"), Format::toIsoUtc(plan.actionDate)}};
        admin->createModerationAction(
            record, context, [done](const api::Result<api::JsonAnswer> &c) { done(c ? api::ApiError() : c.error()); });
    });
}

void noteCanceled(ModerationCascade::Env &env, const QString &id)
{
    if (!id.isEmpty() && !env.canceled->contains(id))
        env.canceled->append(id);
}

// Which enrollments a plan acts on (C20-C22): a student's (studentId: not a declared filter, so the
// rows are selected here from every page), a tutor profile's (tutorProfileId: declared, so a row of
// another profile stops the plan), a pack's (coursePackId: selected here).
EnrollmentScope scopeOf(const CascadePlan &plan, const QStringList &statuses, const QString &paymentStatus = {})
{
    EnrollmentScope s;
    if (isRemoval(plan)) {
        s.by = EnrollmentScope::By::CoursePack;
        s.id = plan.coursePackId;
    } else if (isTutor(plan)) {
        s.by = EnrollmentScope::By::TutorProfile;
        s.id = plan.tutorProfileId;
    } else {
        s.by = EnrollmentScope::By::Student;
        s.id = plan.targetUserId;
    }
    s.statuses = statuses;
    s.paymentStatus = paymentStatus;
    return s;
}

const QStringList kHolding {QStringLiteral("pending"), QStringLiteral("active")};

// Decides once whether the target of a user action is a tutor (C65: an approved application and a tutor profile
// naming the user, the roleId `tutor` as a shortcut; cascadescope.h) and fills plan.targetKind and, for a tutor,
// plan.tutorProfileId: the profile whose tutorId is the target (listTutorProfiles declares no filter, so every
// page is read and the profile chosen here). The plan is saved after the step, so a resume does not ask again.
void resolveTarget(ModerationCascade::Env env, Done done)
{
    if (isRemoval(*env.plan))
        return done(api::ApiError());
    if (!env.plan->targetKind.isEmpty() && (!isTutor(*env.plan) || !env.plan->tutorProfileId.isEmpty()))
        return done(api::ApiError());
    resolveTargetRole(env.admin, env.auth, env.context, env.plan->targetUserId, env.plan->targetRoleId,
                      [env, done](const api::Result<TargetRole> &r) {
                          if (!r)
                              return done(r.error());
                          env.plan->targetKind = r.value().tutor ? QStringLiteral("tutor") : QStringLiteral("student");
                          if (env.plan->tutorProfileId.isEmpty()) // a tutor without a profile has nothing to cancel
                              env.plan->tutorProfileId = r.value().tutorProfileId;
                          done(api::ApiError());
                      });
}

// Step (first, changes nothing): reads every enrollment the plan will cancel and checks it belongs
// to the target. A server that answers a declared filter with rows of others stops the plan here,
// before the account, the record or any enrollment is touched (C21).
void runScope(ModerationCascade::Env &env, Done done)
{
    ModerationCascade::Env e = env;
    resolveTarget(e, [e, done](const api::ApiError &error) {
        if (error)
            return done(error);
        collectEnrollments(e.admin, e.context, scopeOf(*e.plan, kHolding),
                           [done](const api::Result<QJsonArray> &r) { done(r ? api::ApiError() : r.error()); });
    });
}

// A server-side cascade answered rows outside its target: it has already acted, so the plan stops and
// says so (the admin checks those enrollments; C22).
api::ApiError checkCascadeAnswer(const QJsonArray &rows, const char *field, const QString &id)
{
    const QStringList foreign = foreignRows(rows, field, id);
    if (foreign.isEmpty())
        return {};
    return api::ApiError(api::ApiError::Kind::Http, 200,
                         QStringLiteral("errMsg_CascadeForeignRows:") + QLatin1String(field),
                         QStringLiteral("canceled outside the target: %1").arg(foreign.join(QLatin1Char(','))));
}

// Student: cancel each selected enrollment (full refund of a paid one), one after another; each row
// is checked again right before its cancel.
void cancelEach(ModerationCascade::Env env, QList<QJsonObject> rows, EnrollmentScope scope, Done done)
{
    if (rows.isEmpty())
        return done(api::ApiError());
    const QJsonObject row = rows.takeFirst();
    const QString id = Format::str(row, "id");
    if (!scope.contains(row) || id.isEmpty())
        return done(api::ApiError(api::ApiError::Kind::Http, 200, QStringLiteral("errMsg_ForeignRows:") + scope.field(),
                                  QStringLiteral("row %1 is not the target's").arg(id)));
    env.admin->cancelEnrollment(id, env.plan->reason, env.context,
                                [env, rows, scope, done, id](const api::Result<api::JsonAnswer> &r) mutable {
                                    if (!r)
                                        return done(r.error());
                                    noteCanceled(env, id);
                                    cancelEach(env, rows, scope, done);
                                });
}

// Step: cancel and refund what the action takes away — idempotent (what is canceled is not selected again).
void runCascade(ModerationCascade::Env &env, Done done)
{
    ModerationCascade::Env e = env;
    const CascadePlan &plan = *env.plan;
    auto answer = [e, done](const char *field, const QString &id) {
        return [e, done, field, id](const api::Result<api::JsonAnswer> &r) mutable {
            if (!r)
                return done(r.error());
            const QJsonArray rows = r.value().array();
            for (const QJsonValue &v : rows)
                noteCanceled(e, Format::str(v.toObject(), "id"));
            done(checkCascadeAnswer(rows, field, id));
        };
    };
    if (isRemoval(plan))
        return void(e.admin->cascadeCourseRemoval(plan.coursePackId, plan.reason, e.context,
                                                  answer("coursePackId", plan.coursePackId)));
    resolveTarget(e, [e, done, answer](const api::ApiError &error) {
        if (error)
            return done(error);
        if (isTutor(*e.plan)) {
            const QString profile = e.plan->tutorProfileId;
            if (profile.isEmpty())
                return done(api::ApiError());
            // The declared tutorProfileId list once more right before the cascade: a server that does
            // not keep its own filter is not trusted with a cascade either.
            collectEnrollments(e.admin, e.context, scopeOf(*e.plan, kHolding),
                               [e, done, answer, profile](const api::Result<QJsonArray> &r) {
                                   if (!r)
                                       return done(r.error());
                                   e.admin->cascadeTutorBan(profile, e.plan->reason, e.context,
                                                            answer("tutorProfileId", profile));
                               });
            return;
        }
        const EnrollmentScope scope = scopeOf(*e.plan, kHolding);
        collectEnrollments(e.admin, e.context, scope, [e, done, scope](const api::Result<QJsonArray> &r) {
            if (!r)
                return done(r.error());
            QList<QJsonObject> rows;
            for (const QJsonValue &v : r.value())
                rows.append(v.toObject());
            cancelEach(e, rows, scope, done);
        });
    });
}

// Step: check that no canceled enrollment in the cascade's scope is still paid (canceled but not
// refunded). Reads the server (every page, rows selected here), so it also holds after a resume.
void runVerifyRefunds(ModerationCascade::Env &env, Done done)
{
    ModerationCascade::Env e = env;
    resolveTarget(e, [e, done](const api::ApiError &error) {
        if (error)
            return done(error);
        if (isTutor(*e.plan) && !isRemoval(*e.plan) && e.plan->tutorProfileId.isEmpty())
            return done(api::ApiError()); // no profile: nothing was canceled
        const EnrollmentScope scope = scopeOf(*e.plan, {QStringLiteral("canceled")}, QStringLiteral("paid"));
        collectEnrollments(e.admin, e.context, scope, [done](const api::Result<QJsonArray> &r) {
            if (!r)
                return done(r.error());
            if (!r.value().isEmpty())
                return done(api::ApiError(api::ApiError::Kind::Http, 409, QStringLiteral("errMsg_RefundMissing"),
                                          QStringLiteral("a canceled enrollment is still paid")));
            done(api::ApiError());
        });
    });
}

// Step: the warning. sendSystemMessage is machine-to-machine only (API.md §3.5), so the admin records
// a `warn` moderation action with the text; the server posts it in the admin conversation and
// notifies the user (D37, C26). A record of this plan (its reference in the text) is looked for
// first, so a warning whose answer was lost is not sent twice.
void runMessage(ModerationCascade::Env &env, Done done)
{
    const CascadePlan plan = *env.plan;
    QPointer<api::AdminApi> admin(env.admin);
    QObject *context = env.context;
    QUrlQuery hints; // listAdminModerationActions declares no filter (G41): hints, rows chosen below
    hints.addQueryItem(QStringLiteral("targetUserId"), plan.targetUserId);
    hints.addQueryItem(QStringLiteral("actionType"), QStringLiteral("warn"));
    auto list = [admin, context](const QUrlQuery &q, api::JsonCallback cb) {
        if (!admin)
            return cb(api::Result<api::JsonAnswer>::failure(api::ApiError::canceled()));
        admin->listModerationActions(q, context, std::move(cb));
    };
    fetchAllPages(list, hints, [=](const api::Result<QJsonArray> &r) {
        if (!r)
            return done(r.error());
        for (const QJsonValue &v : r.value()) {
            const QJsonObject o = v.toObject();
            if (Format::str(o, "actionType") == QLatin1String("warn")
                && Format::str(o, "targetUserId") == plan.targetUserId
                && Format::str(o, "actionReason").contains(plan.id))
                return done(api::ApiError()); // sent before the interruption
        }
        if (!admin)
            return done(api::ApiError::canceled());
        const QJsonObject record {{QStringLiteral("adminId"), plan.adminId},
                                  {QStringLiteral("targetType"), QStringLiteral("user")},
                                  {QStringLiteral("targetId"), plan.targetUserId},
                                  {QStringLiteral("targetUserId"), plan.targetUserId},
                                  {QStringLiteral("actionType"), QStringLiteral("warn")},
                                  {QStringLiteral("actionReason"), messageText(plan)},
                                  {QStringLiteral("actionDate"), Format::toIsoUtc(QDateTime::currentDateTimeUtc())}};
        admin->createModerationAction(
            record, context, [done](const api::Result<api::JsonAnswer> &c) { done(c ? api::ApiError() : c.error()); });
    });
}

} // namespace

QList<ModerationCascade::Step> ModerationCascade::stepTable()
{
    return {
        {QStringLiteral("scope"), tr("Check which enrollments are affected"),
         [](const CascadePlan &p) { return blocksUser(p) || isRemoval(p); }, runScope},
        {QStringLiteral("accountStatus"), tr("Change the account status"),
         [](const CascadePlan &p) { return p.isUserAction(); }, runAccountStatus},
        {QStringLiteral("packStatus"), tr("Mark the course as removed"), isRemoval, runPackStatus},
        {QStringLiteral("record"), tr("Record the moderation action"), [](const CascadePlan &) { return true; },
         runRecord},
        {QStringLiteral("cascade"), tr("Cancel and refund the affected enrollments"),
         [](const CascadePlan &p) { return blocksUser(p) || isRemoval(p); }, runCascade},
        {QStringLiteral("verify"), tr("Check that every paid enrollment was refunded"),
         [](const CascadePlan &p) { return blocksUser(p) || isRemoval(p); }, runVerifyRefunds},
        {QStringLiteral("message"), tr("Send the warning message"),
         [](const CascadePlan &p) { return blocksUser(p) || isRemoval(p); }, runMessage},
    };
}

// ---------------------------------------------------------------------------------------------
// The model

ModerationCascade::ModerationCascade(api::AdminApi *admin, api::AuthApi *auth, CascadeStore *store, QObject *parent)
    : QAbstractListModel(parent),
      m_admin(admin),
      m_auth(auth),
      m_store(store),
      m_env(new Env)
{ }

ModerationCascade::~ModerationCascade()
{
    delete m_env;
}

void ModerationCascade::setPlan(const CascadePlan &plan, const QStringList &doneSteps)
{
    beginResetModel();
    m_plan = plan;
    m_steps.clear();
    m_states.clear();
    m_errors.clear();
    m_canceled.clear();
    m_error = api::ApiError();
    for (const Step &s : stepTable()) {
        if (!s.appliesTo(plan))
            continue;
        m_steps.append(s);
        m_states.append(doneSteps.contains(s.id) ? StepState::Done : StepState::Pending);
        m_errors.append(QString());
    }
    endResetModel();
}

QStringList ModerationCascade::stepIds() const
{
    QStringList ids;
    for (const Step &s : m_steps)
        ids.append(s.id);
    return ids;
}

QStringList ModerationCascade::doneSteps() const
{
    QStringList ids;
    for (int i = 0; i < m_steps.size(); ++i)
        if (m_states.at(i) == StepState::Done)
            ids.append(m_steps.at(i).id);
    return ids;
}

ModerationCascade::StepState ModerationCascade::stepState(const QString &stepId) const
{
    for (int i = 0; i < m_steps.size(); ++i)
        if (m_steps.at(i).id == stepId)
            return m_states.at(i);
    return StepState::Pending;
}

bool ModerationCascade::isFinished() const
{
    return !m_steps.isEmpty() && !m_states.contains(StepState::Pending) && !m_states.contains(StepState::Failed)
           && !m_states.contains(StepState::Running);
}

void ModerationCascade::run()
{
    if (m_running || !m_plan.isValid() || !m_admin || !m_auth)
        return;
    m_running = true;
    m_error = api::ApiError();
    for (int i = 0; i < m_states.size(); ++i)
        if (m_states.at(i) == StepState::Failed)
            setState(i, StepState::Pending);
    persist(); // from now on the sequence can be resumed, even if the app closes
    emit started();
    runNext();
}

void ModerationCascade::runNext()
{
    const int row = int(m_states.indexOf(StepState::Pending));
    if (row < 0) {
        m_running = false;
        if (m_store)
            m_store->remove(m_plan.id);
        emit finished();
        return;
    }
    setState(row, StepState::Running);
    const QString stepId = m_steps.at(row).id;
    auto done = [this, row, stepId](const api::ApiError &error) {
        if (error) {
            setState(row, StepState::Failed, error.userMessage());
            m_error = error;
            m_running = false;
            persist();
            emit failed(error);
            return;
        }
        setState(row, StepState::Done);
        persist();
        emit stepFinished(stepId);
        runNext();
    };
    if (m_injectFailure == stepId) {
        m_injectFailure.clear();
        QMetaObject::invokeMethod(
            this, [done] { done(api::ApiError::network(QUrl(), QStringLiteral("injected failure"))); },
            Qt::QueuedConnection);
        return;
    }
    m_env->admin = m_admin;
    m_env->auth = m_auth;
    m_env->context = this;
    m_env->plan = &m_plan;
    m_env->canceled = &m_canceled;
    m_steps.at(row).run(*m_env, done);
}

void ModerationCascade::setState(int row, StepState state, const QString &error)
{
    m_states[row] = state;
    m_errors[row] = error;
    const QModelIndex i = index(row);
    emit dataChanged(i, i);
}

void ModerationCascade::persist()
{
    if (!m_store)
        return;
    CascadeStore::Entry e;
    e.plan = m_plan;
    e.doneSteps = doneSteps();
    e.lastError = m_error.isNone() ? QString() : m_error.userMessage();
    m_store->save(e);
}

int ModerationCascade::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QVariant ModerationCascade::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole: {
        static const char *const marks[] = {"\u25cb", "\u25d4", "\u2714", "\u2716"}; // pending, running, done, failed
        return QStringLiteral("%1  %2").arg(QString::fromUtf8(marks[int(m_states.at(row))]), m_steps.at(row).title);
    }
    case Qt::ToolTipRole:
        return m_errors.at(row);
    case Qt::AccessibleTextRole:
        return m_steps.at(row).title;
    case StepIdRole:
        return m_steps.at(row).id;
    case StateRole:
        return int(m_states.at(row));
    case ErrorRole:
        return m_errors.at(row);
    default:
        return {};
    }
}

QHash<int, QByteArray> ModerationCascade::roleNames() const
{
    QHash<int, QByteArray> r = QAbstractListModel::roleNames();
    r.insert(StepIdRole, "stepId");
    r.insert(StateRole, "state");
    r.insert(ErrorRole, "error");
    return r;
}

} // namespace tutorhub::models::admin
