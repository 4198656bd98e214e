#include "auth/jwt.h"

#include "auth/crypto.h"
#include "core/privatefiles.h"
#include "db/repository.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace tutorhub::server {

JwtKeys::JwtKeys() = default;

JwtKeys::~JwtKeys()
{
    EVP_PKEY_free(m_key);
}

static QByteArray bioToBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(len));
}

bool JwtKeys::generate(int bits)
{
    EVP_PKEY *k = EVP_RSA_gen(static_cast<unsigned int>(bits));
    if (!k)
        return false;
    EVP_PKEY_free(m_key);
    m_key = k;
    computeKeyId();
    return true;
}

bool JwtKeys::loadPrivatePem(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *k = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!k)
        return false;
    EVP_PKEY_free(m_key);
    m_key = k;
    computeKeyId();
    return true;
}

QByteArray JwtKeys::privatePem() const
{
    if (!m_key)
        return {};
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, m_key, nullptr, nullptr, 0, nullptr, nullptr);
    const QByteArray out = bioToBytes(bio);
    BIO_free(bio);
    return out;
}

QByteArray JwtKeys::publicPem() const
{
    if (!m_key)
        return {};
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, m_key);
    const QByteArray out = bioToBytes(bio);
    BIO_free(bio);
    return out;
}

void JwtKeys::computeKeyId()
{
    {
        std::lock_guard<std::mutex> lock(m_verifiedMutex);
        m_verified.clear(); // a new key: nothing is verified under it yet (F51)
    }
    m_keyId = QString::fromLatin1(QCryptographicHash::hash(publicPem(), QCryptographicHash::Sha256).toHex().left(16));
}

bool JwtKeys::loadOrCreate(const QString &dir, QString *error)
{
    const QString path = QDir(dir).filePath(QStringLiteral("jwt-private.pem"));
    QFile f(path);
    if (f.exists()) {
        // A key written by an older version (or copied in) may be readable by others: 0600 (SEC26).
        if (!privatefiles::restrictFile(path, error))
            return false;
        if (f.open(QIODevice::ReadOnly) && loadPrivatePem(f.readAll()))
            return true;
        if (error)
            *error = QStringLiteral("cannot read the signing key %1").arg(path);
        return false;
    }
    if (!generate()) {
        if (error)
            *error = QStringLiteral("cannot generate an RSA key");
        return false;
    }
    // Created 0600 before a byte of the key is written (the umask can only remove bits).
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || f.write(privatePem()) <= 0 || !f.flush()) {
        if (error)
            *error = QStringLiteral("cannot write the signing key %1").arg(path);
        return false;
    }
    return privatefiles::restrictFile(path, error);
}

bool JwtKeys::loadOrCreateShared(Repository &repo, QString *error)
{
    auto stored = [&]() -> QByteArray {
        QSqlQuery q = repo.exec(QStringLiteral("SELECT value FROM serverSecrets WHERE name = 'jwt-private'"));
        return q.next() ? q.value(0).toString().toUtf8() : QByteArray();
    };
    QByteArray pem = stored();
    if (pem.isEmpty()) {
        if (!generate()) {
            if (error)
                *error = QStringLiteral("cannot generate an RSA key");
            return false;
        }
        // Two instances starting together: the first insert wins, both then read the same key.
        repo.exec(QStringLiteral("INSERT INTO serverSecrets (name, value, createdAt) VALUES ('jwt-private', ?, ?) "
                                 "ON CONFLICT (name) DO NOTHING"),
                  {QString::fromLatin1(privatePem()), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
        pem = stored();
    }
    if (loadPrivatePem(pem))
        return true;
    if (error)
        *error = QStringLiteral("cannot read the signing key kept in the database");
    return false;
}

QString JwtKeys::sign(const QJsonObject &claims) const
{
    if (!m_key)
        return {};
    const QJsonObject header {{QStringLiteral("alg"), QStringLiteral("RS256")},
                              {QStringLiteral("typ"), QStringLiteral("JWT")},
                              {QStringLiteral("kid"), m_keyId}};
    const QByteArray input = crypto::base64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                             + crypto::base64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t len = 0;
    QByteArray sig;
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key) == 1
        && EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(input.constData()),
                          size_t(input.size()))
               == 1) {
        sig.resize(qsizetype(len));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len,
                           reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()))
            != 1)
            sig.clear();
        else
            sig.resize(qsizetype(len));
    }
    EVP_MD_CTX_free(ctx);
    if (sig.isEmpty())
        return {};
    return QString::fromLatin1(input + '.' + crypto::base64url(sig));
}

std::optional<QJsonObject> JwtKeys::verify(const QString &token, Failure *why, qint64 nowSecs) const
{
    auto fail = [why](Failure f) -> std::optional<QJsonObject> {
        if (why)
            *why = f;
        return std::nullopt;
    };
    if (why)
        *why = Failure::None;
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3 || !m_key)
        return fail(Failure::Malformed);
    bool ok1 = false, ok2 = false, ok3 = false;
    const QByteArray headerJson = crypto::fromBase64url(parts[0], &ok1);
    const QByteArray claimsJson = crypto::fromBase64url(parts[1], &ok2);
    const QByteArray sig = crypto::fromBase64url(parts[2], &ok3);
    if (!ok1 || !ok2 || !ok3)
        return fail(Failure::Malformed);
    const QJsonDocument header = QJsonDocument::fromJson(headerJson);
    const QJsonDocument claims = QJsonDocument::fromJson(claimsJson);
    if (!header.isObject() || !claims.isObject())
        return fail(Failure::Malformed);
    if (header.object().value(QStringLiteral("alg")).toString() != QLatin1String("RS256"))
        return fail(Failure::WrongAlgorithm);
    if (header.object().value(QStringLiteral("kid")).toString() != m_keyId)
        return fail(Failure::UnknownKey);

    // F51: the RSA verification (about a tenth of a booking's CPU time) runs once per token and key; the
    // same bytes verified again give the same answer. Expiry and issuer are checked below every time.
    const QByteArray whole = token.toLatin1();
    bool known = false;
    {
        std::lock_guard<std::mutex> lock(m_verifiedMutex);
        known = m_verified.contains(whole);
    }
    if (!known) {
        const QByteArray input = parts[0] + '.' + parts[1];
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        const bool good
            = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, m_key) == 1
              && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(sig.constData()), size_t(sig.size()),
                                  reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()))
                     == 1;
        EVP_MD_CTX_free(ctx);
        if (!good)
            return fail(Failure::BadSignature);
        std::lock_guard<std::mutex> lock(m_verifiedMutex);
        if (m_verified.size() >= kVerifiedCap)
            m_verified.clear();
        m_verified.insert(whole);
    }

    const QJsonObject c = claims.object();
    const qint64 now = nowSecs >= 0 ? nowSecs : QDateTime::currentSecsSinceEpoch();
    if (!c.value(QStringLiteral("exp")).isDouble() || qint64(c.value(QStringLiteral("exp")).toDouble()) <= now)
        return fail(Failure::Expired);
    if (c.value(QStringLiteral("iss")).toString() != QLatin1String(kIssuer))
        return fail(Failure::WrongIssuer);
    return c;
}

} // namespace tutorhub::server
