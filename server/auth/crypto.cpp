#include "auth/crypto.h"

#include "core/util.h"

#include <QCryptographicHash>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <sodium.h>

#include <stdexcept>

namespace tutorhub::server::crypto {

namespace {

bool sodiumReady()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

bool verifyScrypt(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 6 || parts[0] != QLatin1String("scrypt"))
        return false;
    bool ok1 = false, ok2 = false, ok3 = false;
    ScryptParams p;
    p.n = parts[1].toULongLong(&ok1);
    p.r = parts[2].toULongLong(&ok2);
    p.p = parts[3].toULongLong(&ok3);
    if (!ok1 || !ok2 || !ok3 || p.n < 2 || p.n > (1u << 20) || p.r == 0 || p.r > 32 || p.p == 0 || p.p > 16)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[4].toLatin1());
    const QByteArray want = QByteArray::fromBase64(parts[5].toLatin1());
    if (want.isEmpty())
        return false;
    const QByteArray got = scrypt(password.toUtf8(), salt, p, int(want.size()));
    return got.size() == want.size() && CRYPTO_memcmp(got.constData(), want.constData(), size_t(want.size())) == 0;
}

QByteArray codeDigest(const QByteArray &salt, const QString &code)
{
    return QCryptographicHash::hash(salt + code.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

Argon2Params defaultArgon2()
{
    return {};
}

QString hashPassword(const QString &password)
{
    return hashPassword(password, defaultArgon2());
}

QString hashPassword(const QString &password, const Argon2Params &params)
{
    if (!sodiumReady())
        throw std::runtime_error("libsodium could not be initialised");
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pw.constData(), quint64(pw.size()), params.opsLimit, params.memLimit,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw std::runtime_error("argon2id hashing ran out of memory");
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &password, const QString &stored)
{
    if (stored.startsWith(QLatin1String("scrypt$")))
        return verifyScrypt(password, stored);
    if (!stored.startsWith(QLatin1String("$argon2id$")) || stored.size() >= int(crypto_pwhash_STRBYTES)
        || !sodiumReady())
        return false;
    const QByteArray s = stored.toLatin1(); // NUL-terminated by QByteArray
    const QByteArray pw = password.toUtf8();
    return crypto_pwhash_str_verify(s.constData(), pw.constData(), quint64(pw.size())) == 0;
}

bool needsRehash(const QString &stored)
{
    if (!stored.startsWith(QLatin1String("$argon2id$")) || stored.size() >= int(crypto_pwhash_STRBYTES)
        || !sodiumReady())
        return true;
    const Argon2Params p = defaultArgon2();
    return crypto_pwhash_str_needs_rehash(stored.toLatin1().constData(), p.opsLimit, p.memLimit) != 0;
}

QByteArray scrypt(const QByteArray &password, const QByteArray &salt, const ScryptParams &params, int length)
{
    QByteArray out(length, '\0');
    const quint64 maxmem = 128 * params.r * params.n * 2 + 1024 * 1024;
    if (EVP_PBE_scrypt(password.constData(), size_t(password.size()),
                       reinterpret_cast<const unsigned char *>(salt.constData()), size_t(salt.size()), params.n,
                       params.r, params.p, maxmem, reinterpret_cast<unsigned char *>(out.data()), size_t(length))
        != 1)
        return {};
    return out;
}

QString hashPasswordScrypt(const QString &password, const ScryptParams &params)
{
    const QByteArray salt = randomBytes(16);
    const QByteArray hash = scrypt(password.toUtf8(), salt, params, 32);
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
        .arg(params.n)
        .arg(params.r)
        .arg(params.p)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

QString hashCode(const QString &code)
{
    const QByteArray salt = randomBytes(16);
    return QStringLiteral("sha256$%1$%2")
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(codeDigest(salt, code).toBase64()));
}

bool verifyCode(const QString &code, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 3 || parts[0] != QLatin1String("sha256"))
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[1].toLatin1());
    const QByteArray want = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray got = codeDigest(salt, code);
    return salt.size() == 16 && got.size() == want.size()
           && CRYPTO_memcmp(got.constData(), want.constData(), size_t(want.size())) == 0;
}

QByteArray base64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray fromBase64url(const QByteArray &text, bool *ok)
{
    const auto r
        = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (ok)
        *ok = bool(r);
    return r ? *r : QByteArray();
}

} // namespace tutorhub::server::crypto
