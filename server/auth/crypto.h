// Password hashing (scrypt through OpenSSL, D8) and base64url.
#pragma once

#include <QByteArray>
#include <QString>

namespace tutorhub::server::crypto {

struct ScryptParams
{
    quint64 n = 16384;
    quint64 r = 8;
    quint64 p = 1;
};

// "scrypt$N$r$p$<salt base64>$<hash base64>" with a 16-byte random salt and a 32-byte hash.
QString hashPassword(const QString &password, const ScryptParams &params = {});
// Constant-time comparison against a stored hash; false for any malformed hash.
bool verifyPassword(const QString &password, const QString &stored);
// Raw scrypt (exposed for tests); empty on failure.
QByteArray scrypt(const QByteArray &password, const QByteArray &salt, const ScryptParams &params, int length);

QByteArray base64url(const QByteArray &data);
QByteArray fromBase64url(const QByteArray &text, bool *ok = nullptr);

} // namespace tutorhub::server::crypto
