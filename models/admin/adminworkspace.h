// The view-model every admin page starts from (issue 17, K30): the admin facades, the signed-in admin, the store of
// unfinished moderation sequences under the data directory the app passes in (never QStandardPaths on its own,
// K31), the user look-ups the filters need, and the page-level sentence (errors as data: `message` carries a
// sentence made here with tr(), the page only shows it). The page view-models (dashboard, issue desk, user and
// application desks, course and enrollment desks, AgentHub) are built on one of these; ui/ never sees a facade.
#pragma once

#include "api/apierror.h"
#include "models/admin/moderationcascade.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace tutorhub::api {
class AdminApi;
class ApiClient;
class AuthApi;
class Session;
} // namespace tutorhub::api

namespace tutorhub::models::admin {

class ImpactPreview;

class AdminWorkspace : public QObject
{
    Q_OBJECT

public:
    // `dataDirectory`: where unfinished moderation sequences are kept (the app's --data-dir or its data folder;
    // tests give their own). Empty: nothing is kept (a sequence cannot be resumed after a restart).
    AdminWorkspace(api::ApiClient *client, api::Session *session, const QString &dataDirectory,
                   QObject *parent = nullptr);
    ~AdminWorkspace() override;

    static QString cascadeStorePath(const QString &dataDirectory);

    api::ApiClient *client() const { return m_client; }
    // For the admin view-models only (ui/ never calls a facade).
    api::AdminApi *adminApi() const { return m_admin; }
    api::AuthApi *authApi() const { return m_auth; }
    CascadeStore *store() const { return m_store.get(); }

    QString myId() const;
    bool iAmSuperAdmin() const;
    // Whether the server offers our extension `feature` (ServerFeatures; true until it was asked).
    bool serverHas(const QString &feature) const;

    // A moderation sequence / impact preview over this workspace's facades and store (the dialog's models).
    ModerationCascade *newCascade(QObject *parent) const;
    ImpactPreview *newPreview(QObject *parent) const;
    QList<CascadeStore::Entry> unfinished() const;
    // "2 moderation sequences did not finish; the first: Ban user — Maria (started …)." or "" when none.
    QString unfinishedSentence() const;
    static QString actionTitle(const QString &action);

    // A typed name or e-mail -> the id of the first user it matches ("" when none; BFF user search, D50).
    void findUser(const QString &text, QObject *context, std::function<void(const QString &id)> done) const;

    // The sentence for a failed action on `what` ("This issue"): a stale row (changed meanwhile, already
    // decided) is explained as such; otherwise the server's sentence.
    static QString failureSentence(const api::ApiError &error, const QString &what);
    static bool isStale(const api::ApiError &error);

    // The page-level message (the window's banner); the last one stays readable for tests.
    void say(const QString &text, bool error = false);
    QString lastMessage() const { return m_lastMessage; }
    bool lastWasError() const { return m_lastError; }

signals:
    void message(const QString &text, bool error);

private:
    QPointer<api::ApiClient> m_client;
    QPointer<api::Session> m_session;
    api::AdminApi *m_admin;
    api::AuthApi *m_auth;
    std::unique_ptr<CascadeStore> m_store;
    QString m_lastMessage;
    bool m_lastError = false;
};

} // namespace tutorhub::models::admin
