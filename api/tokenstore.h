// Where the access token may live (ARCHITECTURE settled decision 3): the OS keychain through
// QtKeychain, or memory. Never QSettings or a file; no silent plaintext fallback.
#pragma once

#include "environment.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace tutorhub::api {

struct TokenStoreResult
{
    enum class Status {
        Ok, // read: token found; write/remove: done
        NotFound, // read/remove: nothing stored under the key
        Unavailable, // no usable secret service (no backend, access denied, no D-Bus)
        Failed // another keychain error
    };
    Status status = Status::Ok;
    QString token; // read only
    QString message; // translated sentence when Unavailable/Failed
    QString detail; // backend error text, for logs

    bool ok() const { return status == Status::Ok; }
};

class TokenStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const TokenStoreResult &)>;

    explicit TokenStore(QObject *parent = nullptr);

    // `done` runs once (asynchronously) unless `context` is destroyed first.
    virtual void read(const QString &key, QObject *context, Done done) = 0;
    virtual void write(const QString &key, const QString &token, QObject *context, Done done) = 0;
    virtual void remove(const QString &key, QObject *context, Done done) = 0;

    // False once the backend reported it cannot store secrets; unavailableReason() says why.
    bool available() const { return m_available; }
    QString unavailableReason() const { return m_reason; }
    // Whether tokens survive the process (true for the keychain store).
    virtual bool persistent() const = 0;

    // "<environmentId>/<email>"; Custom: "custom:<host>/<email>" (e-mail lower-cased). Local has
    // no port in the key: the bundled server's port changes each start.
    static QString makeKey(const Environment &environment, const QString &email);

signals:
    void availabilityChanged(bool available, const QString &reason);

protected:
    void setAvailable(bool available, const QString &reason = {});

private:
    bool m_available = true;
    QString m_reason;
};

// Tokens in the OS keychain (Secret Service / macOS Keychain / Windows Credential Store).
class KeychainTokenStore : public TokenStore
{
    Q_OBJECT

public:
    static QString serviceName(); // "TutorHub Desktop"

    explicit KeychainTokenStore(QObject *parent = nullptr);
    // Tests may use their own service name to stay apart from a real user's entries.
    explicit KeychainTokenStore(const QString &service, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Done done) override;
    void write(const QString &key, const QString &token, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;
    bool persistent() const override { return true; }

    // Translated reason shown when the system has no usable keyring.
    static QString noKeyringReason();
    static QString accessDeniedReason();

private:
    QString m_service;
};

// Tokens for this process only (and for tests).
class MemoryTokenStore : public TokenStore
{
    Q_OBJECT

public:
    explicit MemoryTokenStore(QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Done done) override;
    void write(const QString &key, const QString &token, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;
    bool persistent() const override { return false; }

    // Test seam: behave like a system without a keyring.
    void simulateUnavailable(const QString &reason);
    QHash<QString, QString> contents() const { return m_tokens; }

private:
    void finish(QObject *context, Done done, const TokenStoreResult &result);
    QHash<QString, QString> m_tokens;
};

} // namespace tutorhub::api
