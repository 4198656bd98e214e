// JWT decoding and RS256 signature verification (OpenSSL) for the token contract (D6).
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <QMessageAuthenticationCode>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace contract {

struct Jwt
{
    bool ok = false;
    QJsonObject header;
    QJsonObject payload;
    QByteArray signingInput; // "<header>.<payload>" as sent
    QByteArray signature; // raw bytes
};

inline QByteArray base64UrlDecode(const QByteArray &text, bool *ok)
{
    const auto result
        = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    *ok = static_cast<bool>(result);
    return result.decoded;
}

inline Jwt decodeJwt(const QString &token)
{
    Jwt jwt;
    const QList<QByteArray> parts = token.toUtf8().split('.');
    if (parts.size() != 3)
        return jwt;
    bool ok1 = false, ok2 = false, ok3 = false;
    const QByteArray header = base64UrlDecode(parts[0], &ok1);
    const QByteArray payload = base64UrlDecode(parts[1], &ok2);
    jwt.signature = base64UrlDecode(parts[2], &ok3);
    QJsonParseError e1 {}, e2 {};
    const QJsonDocument h = QJsonDocument::fromJson(header, &e1);
    const QJsonDocument p = QJsonDocument::fromJson(payload, &e2);
    jwt.header = h.object();
    jwt.payload = p.object();
    jwt.signingInput = parts[0] + '.' + parts[1];
    jwt.ok = ok1 && ok2 && ok3 && e1.error == QJsonParseError::NoError && e2.error == QJsonParseError::NoError
             && h.isObject() && p.isObject();
    return jwt;
}

// True when `signature` is a valid RSASSA-PKCS1-v1_5 SHA-256 signature of `data` under the PEM
// (SubjectPublicKeyInfo) public key.
inline bool verifyRs256(const QByteArray &pem, const QByteArray &data, const QByteArray &signature)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    if (!bio)
        return false;
    EVP_PKEY *key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key)
        return false;
    bool ok = false;
    if (EVP_MD_CTX *ctx = EVP_MD_CTX_new()) {
        ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1
             && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                                 static_cast<size_t>(signature.size()),
                                 reinterpret_cast<const unsigned char *>(data.constData()),
                                 static_cast<size_t>(data.size()))
                    == 1;
        EVP_MD_CTX_free(ctx);
    }
    EVP_PKEY_free(key);
    return ok;
}

// The same token with one character of its signature changed (still valid base64url).
inline QString forgeSignature(const QString &token)
{
    const qsizetype dot = token.lastIndexOf(QLatin1Char('.'));
    if (dot < 0 || token.size() - dot < 12)
        return token + QStringLiteral("x");
    QString forged = token;
    const qsizetype at = dot + 5;
    forged[at] = forged[at] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    return forged;
}

inline QByteArray base64Url(const QByteArray &raw)
{
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

inline QByteArray jwtSigningInput(const QJsonObject &header, const QJsonObject &payload)
{
    return base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
           + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

// Attack tokens: unsigned ("alg":"none"), HS256 keyed with the server's public key (algorithm
// confusion), and RS256 signed by a key the server never issued.
inline QString unsignedJwt(QJsonObject header, const QJsonObject &payload)
{
    header.insert(QStringLiteral("alg"), QStringLiteral("none"));
    return QString::fromLatin1(jwtSigningInput(header, payload) + '.');
}

inline QString hs256Jwt(QJsonObject header, const QJsonObject &payload, const QByteArray &secret)
{
    header.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
    const QByteArray input = jwtSigningInput(header, payload);
    return QString::fromLatin1(
        input + '.' + base64Url(QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256)));
}

inline QString rs256JwtWithFreshKey(const QJsonObject &header, const QJsonObject &payload)
{
    const QByteArray input = jwtSigningInput(header, payload);
    EVP_PKEY *key = EVP_RSA_gen(2048);
    if (!key)
        return {};
    QByteArray signature;
    if (EVP_MD_CTX *ctx = EVP_MD_CTX_new()) {
        size_t length = 0;
        const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
        if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1
            && EVP_DigestSign(ctx, nullptr, &length, data, static_cast<size_t>(input.size())) == 1) {
            signature.resize(static_cast<qsizetype>(length));
            if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length, data,
                               static_cast<size_t>(input.size()))
                == 1)
                signature.resize(static_cast<qsizetype>(length));
            else
                signature.clear();
        }
        EVP_MD_CTX_free(ctx);
    }
    EVP_PKEY_free(key);
    return signature.isEmpty() ? QString() : QString::fromLatin1(input + '.' + base64Url(signature));
}

} // namespace contract
