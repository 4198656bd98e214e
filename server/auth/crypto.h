// Password hashing (argon2id through libsodium, SEC4; scrypt hashes of older databases still verify
// and are upgraded at sign-in), short-lived code hashing and base64url.
#pragma once

#include <QByteArray>
#include <QString>

namespace tutorhub::server::crypto {

// argon2id cost (SEC4): OWASP's "m=19 MiB, t=2, p=1" line. libsodium's argon2id always uses p=1.
struct Argon2Params
{
    unsigned long long opsLimit = 2; // t: passes over memory
    size_t memLimit = size_t(19) * 1024 * 1024; // m: 19 MiB (19456 KiB)
};
Argon2Params defaultArgon2();

// "$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>" (libsodium's crypto_pwhash_str format).
QString hashPassword(const QString &password);
QString hashPassword(const QString &password, const Argon2Params &params);
// Constant-time check against a stored hash (argon2id or the older scrypt format); false for any
// malformed hash.
bool verifyPassword(const QString &password, const QString &stored);
// True when `stored` is not an argon2id hash at the current parameters: sign-in then re-hashes.
bool needsRehash(const QString &stored);

// The older format, kept so that existing databases still sign in (and for tests):
// "scrypt$N$r$p$<salt base64>$<hash base64>" with a 16-byte random salt and a 32-byte hash.
struct ScryptParams
{
    quint64 n = 16384;
    quint64 r = 8;
    quint64 p = 1;
};
QString hashPasswordScrypt(const QString &password, const ScryptParams &params = {});
// Raw scrypt (exposed for tests); empty on failure.
QByteArray scrypt(const QByteArray &password, const QByteArray &salt, const ScryptParams &params, int length);

// Short-lived codes (SEC2): "sha256$<salt base64>$<hash base64>", SHA-256 over a 16-byte random
// salt and the code. A 6-digit code is cheap to guess offline, so the hash only keeps codes out of
// backups, logs and casual reads of the database; the attempt limit and throttling guard the routes.
QString hashCode(const QString &code);
bool verifyCode(const QString &code, const QString &stored);

QByteArray base64url(const QByteArray &data);
QByteArray fromBase64url(const QByteArray &text, bool *ok = nullptr);

} // namespace tutorhub::server::crypto
