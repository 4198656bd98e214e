// RS256 JWTs (D6) with an RSA key pair kept in the data directory (generated on first start).
#pragma once

#include <QByteArray>
#include <QSet>
#include <QJsonObject>
#include <QString>

#include <mutex>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace tutorhub::server {

class Repository;

class JwtKeys
{
public:
    JwtKeys();
    ~JwtKeys();
    JwtKeys(const JwtKeys &) = delete;
    JwtKeys &operator=(const JwtKeys &) = delete;

    // Reads <dir>/jwt-private.pem, or generates a 2048-bit key and writes it there (mode 0600).
    bool loadOrCreate(const QString &dir, QString *error = nullptr);
    // On PostgreSQL (issue 18, DB9): the key is the database's (table serverSecrets), so every instance on it
    // signs and checks tokens with the same key; the first instance to start generates it.
    bool loadOrCreateShared(Repository &repo, QString *error = nullptr);
    bool generate(int bits = 2048);
    bool loadPrivatePem(const QByteArray &pem);
    QByteArray privatePem() const;

    bool isValid() const { return m_key != nullptr; }
    QString keyId() const { return m_keyId; } // 16 hex chars of the SHA-256 of the public key
    QByteArray publicPem() const; // "-----BEGIN PUBLIC KEY-----..."

    // header {alg:RS256, typ:JWT, kid} . claims . signature
    QString sign(const QJsonObject &claims) const;

    enum class Failure { None, Malformed, WrongAlgorithm, UnknownKey, BadSignature, Expired, WrongIssuer };
    // Verifies structure, alg, kid, signature, `exp` (against nowSecs, default now) and `iss`.
    std::optional<QJsonObject> verify(const QString &token, Failure *why = nullptr, qint64 nowSecs = -1) const;

    static constexpr const char *kIssuer = "tutorhub-local";

    // F51: tokens whose signature this key has already verified; verify() skips only the RSA check for
    // them (every other check runs each time). Bounded; emptied when the key changes.
    static constexpr qsizetype kVerifiedCap = 4096;

private:
    void computeKeyId();
    EVP_PKEY *m_key = nullptr;
    QString m_keyId;
    mutable std::mutex m_verifiedMutex;
    mutable QSet<QByteArray> m_verified; // "header.claims.signature" as received
};

} // namespace tutorhub::server
