#include "tokenstore.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace tutorhub::api {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(tutorhub::api::TokenStore)
public:
    static QString failed()
    {
        return tr("TutorHub could not use your keyring to remember your sign-in. You will need to "
                  "sign in again next time.");
    }
};

// Runs `done` later on the event loop, unless `context` is gone by then.
void deliver(QObject *owner, QObject *context, TokenStore::Done done, TokenStoreResult result)
{
    QPointer<QObject> ctx(context);
    const bool hadContext = context != nullptr;
    QTimer::singleShot(0, owner, [ctx, hadContext, done = std::move(done), result] {
        if ((hadContext && !ctx) || !done)
            return;
        done(result);
    });
}

} // namespace

// ---------------------------------------------------------------------------------------------

TokenStore::TokenStore(QObject *parent) : QObject(parent) { }

QString TokenStore::makeKey(const Environment &environment, const QString &email)
{
    return environment.keyPrefix() + QLatin1Char('/') + email.trimmed().toLower();
}

void TokenStore::setAvailable(bool available, const QString &reason)
{
    const QString r = available ? QString() : reason;
    if (m_available == available && m_reason == r)
        return;
    m_available = available;
    m_reason = r;
    emit availabilityChanged(available, r);
}

// ---------------------------------------------------------------------------------------------

QString KeychainTokenStore::serviceName()
{
    return QStringLiteral("TutorHub Desktop");
}

QString KeychainTokenStore::noKeyringReason()
{
    return Texts::tr("Your system has no keyring service, so TutorHub cannot remember your sign-in. "
                     "You will need to sign in again next time.");
}

QString KeychainTokenStore::accessDeniedReason()
{
    return Texts::tr("TutorHub was not allowed to use your keyring, so it cannot remember your "
                     "sign-in. You will need to sign in again next time.");
}

KeychainTokenStore::KeychainTokenStore(QObject *parent) : KeychainTokenStore(serviceName(), parent) { }

KeychainTokenStore::KeychainTokenStore(const QString &service, QObject *parent) : TokenStore(parent), m_service(service)
{ }

namespace {

// Maps a finished QtKeychain job to a result; updates availability of the store.
TokenStoreResult classify(QKeychain::Job *job, bool read)
{
    TokenStoreResult r;
    r.detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = TokenStoreResult::Status::Ok;
        if (read)
            r.token = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        break;
    case QKeychain::EntryNotFound:
        r.status = TokenStoreResult::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError: // what Linux reports without a usable secret service (TOOLCHAIN.md)
    case QKeychain::NotImplemented:
        r.status = TokenStoreResult::Status::Unavailable;
        r.message = KeychainTokenStore::noKeyringReason();
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = TokenStoreResult::Status::Unavailable;
        r.message = KeychainTokenStore::accessDeniedReason();
        break;
    case QKeychain::CouldNotDeleteEntry:
        r.status = TokenStoreResult::Status::Failed;
        r.message = Texts::failed();
        break;
    }
    return r;
}

} // namespace

template<typename JobT, typename Setup>
static void runJob(KeychainTokenStore *store, const QString &service, const QString &key, QObject *context,
                   TokenStore::Done done, bool read, Setup setup,
                   const std::function<void(const TokenStoreResult &)> &report)
{
    auto *job = new JobT(service, store);
    job->setAutoDelete(true);
    job->setKey(key);
    setup(job);
    QPointer<QObject> ctx(context);
    const bool hadContext = context != nullptr;
    QObject::connect(job, &QKeychain::Job::finished, store,
                     [ctx, hadContext, done = std::move(done), read, report](QKeychain::Job *j) {
                         const TokenStoreResult r = classify(j, read);
                         report(r);
                         if ((hadContext && !ctx) || !done)
                             return;
                         done(r);
                     });
    job->start();
}

void KeychainTokenStore::read(const QString &key, QObject *context, Done done)
{
    runJob<QKeychain::ReadPasswordJob>(
        this, m_service, key, context, std::move(done), true, [](QKeychain::ReadPasswordJob *) {},
        [this](const TokenStoreResult &r) {
            if (r.status == TokenStoreResult::Status::Unavailable)
                setAvailable(false, r.message);
            else if (r.status != TokenStoreResult::Status::Failed)
                setAvailable(true);
        });
}

void KeychainTokenStore::write(const QString &key, const QString &token, QObject *context, Done done)
{
    runJob<QKeychain::WritePasswordJob>(
        this, m_service, key, context, std::move(done), false,
        [token](QKeychain::WritePasswordJob *job) { job->setTextData(token); },
        [this](const TokenStoreResult &r) {
            if (r.status == TokenStoreResult::Status::Unavailable)
                setAvailable(false, r.message);
            else if (r.ok())
                setAvailable(true);
        });
}

void KeychainTokenStore::remove(const QString &key, QObject *context, Done done)
{
    runJob<QKeychain::DeletePasswordJob>(
        this, m_service, key, context, std::move(done), false, [](QKeychain::DeletePasswordJob *) {},
        [this](const TokenStoreResult &r) {
            if (r.status == TokenStoreResult::Status::Unavailable)
                setAvailable(false, r.message);
        });
}

// ---------------------------------------------------------------------------------------------

MemoryTokenStore::MemoryTokenStore(QObject *parent) : TokenStore(parent) { }

void MemoryTokenStore::simulateUnavailable(const QString &reason)
{
    setAvailable(false, reason.isEmpty() ? KeychainTokenStore::noKeyringReason() : reason);
}

void MemoryTokenStore::finish(QObject *context, Done done, const TokenStoreResult &result)
{
    deliver(this, context, std::move(done), result);
}

void MemoryTokenStore::read(const QString &key, QObject *context, Done done)
{
    TokenStoreResult r;
    if (!available()) {
        r.status = TokenStoreResult::Status::Unavailable;
        r.message = unavailableReason();
    } else if (m_tokens.contains(key)) {
        r.token = m_tokens.value(key);
    } else {
        r.status = TokenStoreResult::Status::NotFound;
    }
    finish(context, std::move(done), r);
}

void MemoryTokenStore::write(const QString &key, const QString &token, QObject *context, Done done)
{
    TokenStoreResult r;
    if (!available()) {
        r.status = TokenStoreResult::Status::Unavailable;
        r.message = unavailableReason();
    } else {
        m_tokens.insert(key, token);
    }
    finish(context, std::move(done), r);
}

void MemoryTokenStore::remove(const QString &key, QObject *context, Done done)
{
    TokenStoreResult r;
    if (!available()) {
        r.status = TokenStoreResult::Status::Unavailable;
        r.message = unavailableReason();
    } else if (m_tokens.remove(key) == 0) {
        r.status = TokenStoreResult::Status::NotFound;
    }
    finish(context, std::move(done), r);
}

} // namespace tutorhub::api
