#include "session.h"

#include "serverfeatures.h"
#include "tutorrole.h"

#include "apiclient.h"
#include "appsettings.h"
#include "authapi.h"
#include "tokenstore.h"

#include <QTimer>

#include <memory>
#include <optional>
#include <utility>

namespace tutorhub::api {

Session::Session(ApiClient *client, AuthApi *auth, TokenStore *store, AppSettings *settings, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_auth(auth),
      m_store(store),
      m_settings(settings)
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
    // U71: a session started offline is confirmed as soon as the server answers again (the U43 probe or any request).
    connect(client, &ApiClient::connectivityChanged, this, [this](bool online) {
        if (online && m_offline && m_state == State::SignedIn)
            confirmOffline({});
    });
}

Session::~Session()
{
    if (m_client)
        m_client->setReloginHandler({});
}

QString Session::rememberedEnvironmentId() const
{
    return m_settings ? m_settings->environmentId() : QString();
}

QUrl Session::rememberedCustomHost() const
{
    return m_settings ? m_settings->customHost() : QUrl();
}

QString Session::rememberedEmail() const
{
    return m_settings ? m_settings->email() : QString();
}

bool Session::rememberMe() const
{
    return m_settings && m_settings->rememberMe();
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
        if (m_offline) { // a 401 before the connectivity signal: the same confirmation (U71)
            confirmOffline(std::move(done));
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
                // U70: the server out of reach (not an answer, which sets the client online): the last known user.
                if (rr.error().isTransient() && !m_client->isOnline() && startOffline())
                    return;
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
    if (m_user.isValid())
        m_known.remove(m_client->environment(), m_user.id);
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
        m_settings->setEnvironmentId(env.id);
        if (env.kind == EnvironmentKind::Custom)
            m_settings->setCustomHost(env.host);
        m_settings->setEmail(m_email);
        m_settings->setRememberMe(m_remember);
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
        rememberKnownUser();
        setState(State::SignedIn);
        emit signedIn(m_user);
        if (from == State::Restoring)
            emit restoreFinished(true);
    };
    // The user and which extensions this server offers (C42) are asked for at once (F33: one round trip
    // less before the window); both are known before any list is asked for, the tutor look-up's included;
    // then who this user is by the seeds' rules (C50).
    struct Pending
    {
        std::optional<Result<User>> user;
        std::optional<ServerFeatures> features;
    };
    auto pending = std::make_shared<Pending>();
    auto proceed = [this, gen, pending, finish] {
        if (gen != m_generation || !pending->user || !pending->features)
            return;
        const Result<User> r = *std::exchange(pending->user, std::nullopt);
        if (!r.ok())
            return finish(r);
        if (m_client)
            m_client->setServerFeatures(*pending->features);
        resolveTutor(r.value(), finish);
    };
    if (!m_client)
        pending->features = ServerFeatures();
    m_auth->getUser(m_info.userId, this, [pending, proceed](const Result<User> &r) {
        pending->user = r;
        proceed();
    });
    if (m_client)
        fetchServerFeatures(m_client, this, [pending, proceed](const ServerFeatures &features) {
            pending->features = features;
            proceed();
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

void Session::setKnownUsers(const KnownUsers &known)
{
    m_known = known;
}

void Session::rememberKnownUser()
{
    if (!m_client)
        return;
    if (m_remember)
        m_known.save(m_client->environment(), m_user, m_client->serverFeatures());
    else
        m_known.remove(m_client->environment(), m_user.id); // "remember me" off: no offline start for this user
}

bool Session::startOffline()
{
    const auto known = m_known.find(m_client->environment(), m_email);
    if (!known)
        return false;
    m_offline = true;
    m_user = known->user;
    m_info = SessionInfo();
    m_info.userId = m_user.id;
    m_info.email = m_user.email;
    m_info.fullname = m_user.fullname;
    m_info.roleId = m_user.roleId;
    // The client keeps the remembered token: requests fail for connectivity and reads are answered from the cache
    // (U42); the pages choose their routes by the extensions as last known.
    m_client->setServerFeatures(known->features);
    setState(State::SignedIn);
    emit signedIn(m_user);
    emit restoreFinished(true);
    return true;
}

void Session::confirmOffline(std::function<void(const ApiError &)> done)
{
    if (done)
        m_confirmWaiters.append(std::move(done));
    if (m_confirming)
        return;
    m_confirming = true;
    const quint64 gen = m_generation;
    m_auth->relogin(this, [this, gen](const Result<SessionInfo> &r) {
        m_confirming = false;
        const auto waiters = std::exchange(m_confirmWaiters, {});
        const auto answer = [&waiters](const ApiError &e) {
            for (const auto &w : waiters)
                w(e);
        };
        if (gen != m_generation || !m_offline) {
            answer(ApiError::sessionExpired(QStringLiteral("signed out")));
            return;
        }
        if (r.ok()) {
            m_offline = false;
            m_info = r.value();
            m_client->setAccessToken(m_info.accessToken);
            storeToken(m_info.accessToken);
            answer(ApiError());
            refreshAfterOffline();
            return;
        }
        if (r.error().isTransient()) {
            answer(r.error());
            // Out of reach again (the next connectivity signal asks again), or answered with a 5xx: once more later.
            QTimer::singleShot(5000, this, [this, gen] {
                if (gen == m_generation && m_offline && m_client && m_client->isOnline())
                    confirmOffline({});
            });
            return;
        }
        refuseRestored(r.error());
        answer(r.error());
    });
}

void Session::refreshAfterOffline()
{
    const quint64 gen = m_generation;
    fetchServerFeatures(m_client, this, [this, gen](const ServerFeatures &features) {
        if (gen != m_generation)
            return;
        if (m_client)
            m_client->setServerFeatures(features);
        m_auth->getUser(m_info.userId, this, [this, gen](const Result<User> &r) {
            if (gen != m_generation)
                return;
            if (!r.ok()) { // the user as known stays; the next refreshUser() reads it again
                emit sessionConfirmed();
                return;
            }
            resolveTutor(r.value(), [this, gen](const Result<User> &resolved) {
                if (gen != m_generation)
                    return;
                if (resolved.ok()) {
                    m_user = resolved.value();
                    rememberKnownUser();
                    emit userChanged(m_user);
                }
                emit sessionConfirmed();
            });
        });
    });
}

void Session::refuseRestored(const ApiError &error)
{
    ++m_generation;
    m_store->remove(storeKey(), this, {});
    m_known.remove(m_client->environment(), m_user.id);
    clearLocal();
    emit restoredSessionRefused(error);
}

void Session::clearLocal()
{
    m_offline = false;
    if (m_client)
        m_client->setAccessToken(QString());
    m_user = User();
    m_info = SessionInfo();
    m_pending = SessionInfo();
    setState(State::SignedOut);
}

} // namespace tutorhub::api
