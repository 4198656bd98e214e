#include "session.h"

#include "serverfeatures.h"
#include "tutorrole.h"

#include "apiclient.h"
#include "authapi.h"
#include "tokenstore.h"

#include <QSettings>

namespace tutorhub::api {

QString Session::settingsEnvironmentKey() { return QStringLiteral("session/environment"); }
QString Session::settingsCustomHostKey() { return QStringLiteral("session/customHost"); }
QString Session::settingsEmailKey() { return QStringLiteral("session/email"); }
QString Session::settingsRememberKey() { return QStringLiteral("session/rememberMe"); }

Session::Session(ApiClient *client, AuthApi *auth, TokenStore *store, QSettings *settings, QObject *parent)
    : QObject(parent), m_client(client), m_auth(auth), m_store(store), m_settings(settings)
{
    Q_ASSERT(client && auth && store);
    installReloginHandler();
    // A request refused again right after a successful relogin: the session is gone.
    connect(client, &ApiClient::sessionExpired, this, [this] {
        if (m_state != State::SignedIn)
            return;
        ++m_generation;
        if (!m_email.isEmpty())
            m_store->remove(storeKey(), this, {});
        clearLocal();
        emit sessionExpired();
    });
}

Session::~Session()
{
    if (m_client)
        m_client->setReloginHandler({});
}

QString Session::rememberedEnvironmentId() const
{
    return m_settings ? m_settings->value(settingsEnvironmentKey()).toString() : QString();
}

QUrl Session::rememberedCustomHost() const
{
    return m_settings ? QUrl(m_settings->value(settingsCustomHostKey()).toString()) : QUrl();
}

QString Session::rememberedEmail() const
{
    return m_settings ? m_settings->value(settingsEmailKey()).toString() : QString();
}

bool Session::rememberMe() const
{
    return m_settings && m_settings->value(settingsRememberKey(), false).toBool();
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString Session::storeKey() const
{
    return TokenStore::makeKey(m_client->environment(), m_email);
}

void Session::installReloginHandler()
{
    m_client->setReloginHandler([this](ApiClient::ReloginDone done) {
        if (m_state != State::SignedIn) {
            done(ApiError::sessionExpired(QStringLiteral("not signed in")));
            return;
        }
        const quint64 gen = m_generation;
        m_auth->relogin(this, [this, gen, done](const Result<SessionInfo> &r) {
            if (gen != m_generation) { // signed out meanwhile
                done(ApiError::sessionExpired(QStringLiteral("signed out")));
                return;
            }
            if (r.ok()) {
                m_info = r.value();
                m_client->setAccessToken(m_info.accessToken);
                if (m_remember)
                    storeToken(m_info.accessToken);
                done(ApiError());
                return;
            }
            if (r.error().isTransient()) {
                done(r.error());
                return;
            }
            ++m_generation;
            m_store->remove(storeKey(), this, {});
            clearLocal();
            emit sessionExpired();
            done(r.error());
        });
    });
}

void Session::signIn(const QString &email, const QString &password, bool rememberMe)
{
    const quint64 gen = ++m_generation;
    m_email = email.trimmed();
    m_remember = rememberMe;
    m_user = User();
    m_info = SessionInfo();
    m_pending = SessionInfo();
    m_client->setAccessToken(QString());
    setState(State::SigningIn);
    m_auth->login(m_email, password, this, [this, gen](const Result<SessionInfo> &r) {
        if (gen != m_generation)
            return;
        if (!r.ok()) {
            failSignIn(r.error());
            return;
        }
        if (r.value().sessionNeedsEmail2FA || r.value().sessionNeedsMobile2FA) {
            m_pending = r.value();
            emit secondFactorRequired(m_pending);
            return;
        }
        adoptSession(r.value(), m_remember, State::SigningIn);
    });
}

void Session::completeSecondFactor(const SessionInfo &completed)
{
    if (m_state != State::SigningIn || !m_pending.isValid())
        return;
    // The mobile answer carries only sessionId, userId, the flag, accessToken and expiresIn.
    SessionInfo s = completed;
    if (s.email.isEmpty())
        s.email = m_pending.email;
    if (s.fullname.isEmpty())
        s.fullname = m_pending.fullname;
    if (s.roleId.isEmpty())
        s.roleId = m_pending.roleId;
    if (s.sessionNeedsEmail2FA || s.sessionNeedsMobile2FA) {
        m_pending = s;
        emit secondFactorRequired(m_pending);
        return;
    }
    m_pending = SessionInfo();
    adoptSession(s, m_remember, State::SigningIn);
}

void Session::cancelSecondFactor()
{
    if (m_state != State::SigningIn)
        return;
    ++m_generation;
    clearLocal();
}

void Session::restore()
{
    const QString email = rememberedEmail();
    if (email.isEmpty() || !rememberMe() || m_state == State::SignedIn) {
        emit restoreFinished(m_state == State::SignedIn);
        return;
    }
    const quint64 gen = ++m_generation;
    m_email = email;
    m_remember = true;
    setState(State::Restoring);
    m_store->read(storeKey(), this, [this, gen](const TokenStoreResult &r) {
        if (gen != m_generation)
            return;
        if (!r.ok() || r.token.isEmpty()) {
            if (r.status == TokenStoreResult::Status::Unavailable)
                emit rememberUnavailable(r.message);
            setState(State::SignedOut);
            emit restoreFinished(false);
            return;
        }
        m_client->setAccessToken(r.token);
        m_auth->relogin(this, [this, gen](const Result<SessionInfo> &rr) {
            if (gen != m_generation)
                return;
            if (!rr.ok()) {
                // A refused token is dead: forget it. A network problem is not the token's fault.
                failRestore(rr.error(), !rr.error().isTransient());
                return;
            }
            adoptSession(rr.value(), true, State::Restoring);
        });
    });
}

void Session::signOut()
{
    ++m_generation;
    const bool hadToken = m_client->hasAccessToken();
    if (hadToken) {
        // Sent now with the current token; the local state does not wait for the answer.
        m_auth->logout(this, {});
    }
    if (!m_email.isEmpty())
        m_store->remove(storeKey(), this, {});
    clearLocal();
    emit signedOut();
}

void Session::refreshUser()
{
    if (m_state != State::SignedIn)
        return;
    const quint64 gen = m_generation;
    m_auth->getUser(m_info.userId, this, [this, gen](const Result<User> &r) {
        if (gen != m_generation || !r.ok())
            return;
        resolveTutor(r.value(), [this, gen](const Result<User> &resolved) {
            if (gen != m_generation || !resolved.ok())
                return;
            m_user = resolved.value();
            emit userChanged(m_user);
        });
    });
}

void Session::adoptSession(const SessionInfo &info, bool storeIt, State from)
{
    m_info = info;
    m_client->setAccessToken(info.accessToken);
    if (m_settings) {
        const Environment &env = m_client->environment();
        m_settings->setValue(settingsEnvironmentKey(), env.id);
        if (env.kind == EnvironmentKind::Custom)
            m_settings->setValue(settingsCustomHostKey(), env.host.toString());
        m_settings->setValue(settingsEmailKey(), m_email);
        m_settings->setValue(settingsRememberKey(), m_remember);
    }
    if (storeIt)
        storeToken(info.accessToken);
    else if (from == State::SigningIn)
        m_store->remove(storeKey(), this, {}); // "remember me" off: forget an older token
    fetchUserAndFinish(from);
}

void Session::storeToken(const QString &token)
{
    m_store->write(storeKey(), token, this, [this](const TokenStoreResult &r) {
        if (r.status == TokenStoreResult::Status::Unavailable || r.status == TokenStoreResult::Status::Failed)
            emit rememberUnavailable(r.message);
    });
}

void Session::fetchUserAndFinish(State from)
{
    const quint64 gen = m_generation;
    m_auth->getUser(m_info.userId, this, [this, gen, from](const Result<User> &r) {
        if (gen != m_generation)
            return;
        auto finish = [this, gen, from](const Result<User> &resolved) {
            if (gen != m_generation)
                return;
            if (!resolved.ok()) {
                if (from == State::Restoring)
                    failRestore(resolved.error(), false);
                else
                    failSignIn(resolved.error());
                return;
            }
            m_user = resolved.value();
            setState(State::SignedIn);
            emit signedIn(m_user);
            if (from == State::Restoring)
                emit restoreFinished(true);
        };
        if (!r.ok())
            return finish(r);
        const User user = r.value();
        // Which extensions this server offers (C42) before any list is asked for, the tutor look-up's
        // included; then who this user is by the seeds' rules (C50).
        auto resolve = [this, gen, user, finish](const ServerFeatures &features) {
            if (gen != m_generation)
                return;
            if (m_client)
                m_client->setServerFeatures(features);
            resolveTutor(user, finish);
        };
        if (m_client)
            fetchServerFeatures(m_client, this, resolve);
        else
            resolve({});
    });
}

void Session::resolveTutor(User user, std::function<void(const Result<User> &)> done)
{
    if (!needsTutorProfileLookup(user)) {
        done(Result<User>::success(std::move(user)));
        return;
    }
    findTutorProfileOf(m_client, user.id, this, [user, done = std::move(done)](const Result<QString> &r) mutable {
        if (!r.ok()) {
            done(Result<User>::failure(r.error()));
            return;
        }
        user.tutorProfileId = r.value();
        done(Result<User>::success(std::move(user)));
    });
}

void Session::failSignIn(const ApiError &error)
{
    clearLocal();
    emit signInFailed(error);
}

void Session::failRestore(const ApiError &error, bool removeToken)
{
    if (removeToken && !m_email.isEmpty())
        m_store->remove(storeKey(), this, {});
    clearLocal();
    emit restoreFailed(error);
    emit restoreFinished(false);
}

void Session::clearLocal()
{
    if (m_client)
        m_client->setAccessToken(QString());
    m_user = User();
    m_info = SessionInfo();
    m_pending = SessionInfo();
    setState(State::SignedOut);
}

} // namespace tutorhub::api
