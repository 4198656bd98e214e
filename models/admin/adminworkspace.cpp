#include "adminworkspace.h"

#include "api/adminapi.h"
#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/contract.h"
#include "api/session.h"
#include "models/admin/impactpreview.h"
#include "models/format.h"

#include <QJsonArray>

namespace tutorhub::models::admin {

AdminWorkspace::AdminWorkspace(api::ApiClient *client, api::Session *session, const QString &dataDirectory,
                               QObject *parent)
    : QObject(parent),
      m_client(client),
      m_session(session),
      m_admin(new api::AdminApi(client, this)),
      m_auth(new api::AuthApi(client, this)),
      m_store(std::make_unique<CascadeStore>(cascadeStorePath(dataDirectory)))
{ }

AdminWorkspace::~AdminWorkspace() = default;

// In the data directory the app hands its pages, so that two instances with their own --data-dir (or two test
// runs) never resume each other's sequences (K31).
QString AdminWorkspace::cascadeStorePath(const QString &dataDirectory)
{
    return dataDirectory.isEmpty() ? QString() : dataDirectory + QStringLiteral("/admin-cascades.json");
}

QString AdminWorkspace::myId() const
{
    return m_session ? m_session->currentUser().id : QString();
}

bool AdminWorkspace::iAmSuperAdmin() const
{
    return m_session && m_session->currentUser().isSuperAdmin();
}

bool AdminWorkspace::serverHas(const QString &feature) const
{
    if (!m_client)
        return false;
    const api::ServerFeatures &features = m_client->serverFeatures();
    return !features.asked || features.has(feature);
}

ModerationCascade *AdminWorkspace::newCascade(QObject *parent) const
{
    return new ModerationCascade(m_admin, m_auth, m_store.get(), parent);
}

ImpactPreview *AdminWorkspace::newPreview(QObject *parent) const
{
    return new ImpactPreview(m_admin, m_auth, parent);
}

QList<CascadeStore::Entry> AdminWorkspace::unfinished() const
{
    return m_store->unfinished();
}

QString AdminWorkspace::actionTitle(const QString &action)
{
    if (action == QLatin1String("ban"))
        return tr("Ban user");
    if (action == QLatin1String("suspend"))
        return tr("Suspend user");
    if (action == QLatin1String("reactivate"))
        return tr("Reactivate user");
    if (action == QLatin1String("removeCourse"))
        return tr("Remove course");
    return action;
}

QString AdminWorkspace::unfinishedSentence() const
{
    const auto entries = unfinished();
    if (entries.isEmpty())
        return {};
    const CascadePlan &p = entries.first().plan;
    const QString target = p.action == QLatin1String("removeCourse") ? p.coursePackTitle : p.targetUserName;
    return tr("%n moderation sequence(s) did not finish; the first: %1 — %2 (started %3).", nullptr,
              int(entries.size()))
        .arg(actionTitle(p.action), target, Format::dateTime(p.actionDate));
}

void AdminWorkspace::findUser(const QString &text, QObject *context, std::function<void(const QString &)> done) const
{
    api::ApiRequest r = api::ApiRequest::to(api::Route::bffListPost, {QStringLiteral("user")},
                                            QJsonObject {{QStringLiteral("filters"), QJsonObject()}});
    r.idempotent = true;
    r.query.addQueryItem(QStringLiteral("q"), text);
    r.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    api::callJson(m_client, r, context, [done](const api::Result<api::JsonAnswer> &a) {
        done(a && !a.value().array().isEmpty() ? Format::str(a.value().array().first().toObject(), "id") : QString());
    });
}

bool AdminWorkspace::isStale(const api::ApiError &error)
{
    return error.httpStatus == 409 || error.hasCode(QStringLiteral("errMsg_InvalidStatusTransition"))
           || error.hasCode(QStringLiteral("errMsg_RefundAlreadyProcessed"))
           || (error.hasCode(QStringLiteral("errMsg_InvalidParameter"))
               && error.codeArgument() == QLatin1String("tutorApplicationStatus"));
}

QString AdminWorkspace::failureSentence(const api::ApiError &error, const QString &what)
{
    if (!isStale(error))
        return error.userMessage();
    return tr("%1 was changed meanwhile (perhaps by another administrator), so your action was not applied: %2 "
              "The row now shows its current state.")
        .arg(what, error.userMessage());
}

void AdminWorkspace::say(const QString &text, bool error)
{
    m_lastMessage = text;
    m_lastError = error;
    emit message(text, error);
}

} // namespace tutorhub::models::admin
