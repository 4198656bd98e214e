#include "auth/crypto.h"

#include "core/util.h"

#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace tutorhub::server::crypto {

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

QString hashPassword(const QString &password, const ScryptParams &params)
{
    const QByteArray salt = randomBytes(16);
    const QByteArray hash = scrypt(password.toUtf8(), salt, params, 32);
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
        .arg(params.n)
        .arg(params.r)
        .arg(params.p)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

bool verifyPassword(const QString &password, const QString &stored)
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

QByteArray base64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray fromBase64url(const QByteArray &text, bool *ok)
{
    const auto r = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (ok)
        *ok = bool(r);
    return r ? *r : QByteArray();
}

} // namespace tutorhub::server::crypto
