// Token and password internals: RS256 sign/verify (forged, expired, foreign key, alg none),
// key persistence, password hashing (argon2id, older scrypt), token lookup order.
#include "auth/crypto.h"
#include "auth/jwt.h"
#include "auth/sessions.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace tutorhub::server;

namespace {

QJsonObject claims(qint64 expOffset = 3600)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return {{"sub", "u1"},
            {"sid", "s1"},
            {"role", "user"},
            {"iat", now},
            {"exp", now + expOffset},
            {"iss", JwtKeys::kIssuer}};
}

} // namespace

class TestServerAuth : public QObject
{
    Q_OBJECT

private:
    JwtKeys keys;

private slots:
    void initTestCase() { QVERIFY(keys.generate()); }

    void signAndVerify()
    {
        const QString t = keys.sign(claims());
        QCOMPARE(t.count('.'), 2);
        const QJsonObject header
            = QJsonDocument::fromJson(crypto::fromBase64url(t.section('.', 0, 0).toLatin1())).object();
        QCOMPARE(header.value("alg").toString(), QStringLiteral("RS256"));
        QCOMPARE(header.value("kid").toString(), keys.keyId());
        JwtKeys::Failure why;
        const auto c = keys.verify(t, &why);
        QVERIFY(c.has_value());
        QCOMPARE(why, JwtKeys::Failure::None);
        QCOMPARE(c->value("sub").toString(), QStringLiteral("u1"));
        QVERIFY(keys.publicPem().startsWith("-----BEGIN PUBLIC KEY-----"));
    }

    void forgedTokensAreRefused()
    {
        const QString t = keys.sign(claims());
        const QStringList parts = t.split('.');
        JwtKeys::Failure why;

        // Claims changed after signing (role raised).
        QJsonObject forged = claims();
        forged["role"] = "superAdmin";
        const QString swapped
            = parts[0] + '.'
              + QString::fromLatin1(crypto::base64url(QJsonDocument(forged).toJson(QJsonDocument::Compact))) + '.'
              + parts[2];
        QVERIFY(!keys.verify(swapped, &why));
        QCOMPARE(why, JwtKeys::Failure::BadSignature);

        // Signature bytes flipped.
        QByteArray sig = crypto::fromBase64url(parts[2].toLatin1());
        sig[10] = char(sig[10] ^ 0x01);
        QVERIFY(!keys.verify(parts[0] + '.' + parts[1] + '.' + QString::fromLatin1(crypto::base64url(sig)), &why));
        QCOMPARE(why, JwtKeys::Failure::BadSignature);

        // Signed by another key that claims our kid.
        JwtKeys other;
        QVERIFY(other.generate());
        const QStringList otherParts = other.sign(claims()).split('.');
        QVERIFY(!keys.verify(parts[0] + '.' + otherParts[1] + '.' + otherParts[2], &why));
        QCOMPARE(why, JwtKeys::Failure::BadSignature);
        // ... or its own kid.
        QVERIFY(!keys.verify(other.sign(claims()), &why));
        QCOMPARE(why, JwtKeys::Failure::UnknownKey);

        // alg none.
        const QByteArray none = crypto::base64url(R"({"alg":"none","typ":"JWT"})");
        QVERIFY(!keys.verify(QString::fromLatin1(none) + '.' + parts[1] + '.', &why));
        QVERIFY(why == JwtKeys::Failure::WrongAlgorithm || why == JwtKeys::Failure::Malformed);

        // Garbage.
        for (const QString &g : {QString(), QStringLiteral("abc"), QStringLiteral("a.b.c"), QStringLiteral("..")}) {
            QVERIFY(!keys.verify(g, &why));
            QCOMPARE(why, JwtKeys::Failure::Malformed);
        }
    }

    // F51: a token whose signature was verified once skips only the RSA check later; expiry, issuer and
    // any other signature bytes are still checked.
    void rememberedSignaturesCheckTheRest()
    {
        JwtKeys k;
        QVERIFY(k.generate());
        const QString t = k.sign(claims(3600));
        QVERIFY(k.verify(t));
        QVERIFY(k.verify(t)); // remembered
        JwtKeys::Failure why;
        QVERIFY(!k.verify(t, &why, QDateTime::currentSecsSinceEpoch() + 86400));
        QCOMPARE(why, JwtKeys::Failure::Expired);
        const QStringList parts = t.split('.');
        QByteArray sig = crypto::fromBase64url(parts[2].toLatin1());
        sig[5] = char(sig[5] ^ 0x01);
        QVERIFY(!k.verify(parts[0] + '.' + parts[1] + '.' + QString::fromLatin1(crypto::base64url(sig)), &why));
        QCOMPARE(why, JwtKeys::Failure::BadSignature);
        // Another key's token under our kid, after a token of ours was remembered.
        JwtKeys other;
        QVERIFY(other.generate());
        const QStringList otherParts = other.sign(claims(3600)).split('.');
        QVERIFY(!k.verify(parts[0] + '.' + otherParts[1] + '.' + otherParts[2], &why));
        QCOMPARE(why, JwtKeys::Failure::BadSignature);
        // A new key forgets what the old one verified.
        QVERIFY(k.generate());
        QVERIFY(!k.verify(t, &why));
        QCOMPARE(why, JwtKeys::Failure::UnknownKey);
    }

    void expiredAndWrongIssuer()
    {
        JwtKeys::Failure why;
        QVERIFY(!keys.verify(keys.sign(claims(-1)), &why));
        QCOMPARE(why, JwtKeys::Failure::Expired);
        // Valid now, expired a day later.
        const QString t = keys.sign(claims(3600));
        QVERIFY(keys.verify(t));
        QVERIFY(!keys.verify(t, &why, QDateTime::currentSecsSinceEpoch() + 86400));
        QCOMPARE(why, JwtKeys::Failure::Expired);
        QJsonObject c = claims();
        c["iss"] = "someone-else";
        QVERIFY(!keys.verify(keys.sign(c), &why));
        QCOMPARE(why, JwtKeys::Failure::WrongIssuer);
    }

    void keyPersistsInDataDir()
    {
        QTemporaryDir dir;
        JwtKeys a;
        QVERIFY(a.loadOrCreate(dir.path()));
        QVERIFY(QFile::exists(dir.filePath("jwt-private.pem")));
        QCOMPARE(QFile::permissions(dir.filePath("jwt-private.pem")) & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());
        JwtKeys b;
        QVERIFY(b.loadOrCreate(dir.path()));
        QCOMPARE(b.keyId(), a.keyId());
        QVERIFY(b.verify(a.sign(claims())).has_value());
    }

    // SEC4: argon2id at OWASP's m=19 MiB, t=2, p=1; older scrypt hashes still verify and ask for a rehash.
    void passwordHashes()
    {
        QElapsedTimer t;
        t.start();
        const QString h = crypto::hashPassword("correct horse");
        const qint64 hashMs = t.restart();
        QVERIFY(crypto::verifyPassword("correct horse", h));
        qInfo() << "argon2id m=19456 KiB t=2 p=1: hash" << hashMs << "ms, verify" << t.elapsed() << "ms";
        QVERIFY2(h.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), qPrintable(h));
        QVERIFY(!h.contains("correct horse"));
        QVERIFY(!crypto::verifyPassword("correct horsE", h));
        QVERIFY(!crypto::verifyPassword("", h));
        QVERIFY(crypto::hashPassword("correct horse") != h); // salted
        QVERIFY(!crypto::needsRehash(h));
        QVERIFY(crypto::needsRehash(crypto::hashPassword("x", crypto::Argon2Params {1, size_t(8) * 1024 * 1024})));
        for (const QString &bad :
             {QString(), QStringLiteral("plain"), QStringLiteral("scrypt$1$8$1$AA==$AA=="),
              QStringLiteral("scrypt$16384$8$1$$"), QStringLiteral("bcrypt$16384$8$1$AA==$AA=="),
              QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$AAAA$AAAA"), QStringLiteral("$argon2i$garbage")})
            QVERIFY(!crypto::verifyPassword("x", bad));

        t.restart();
        const QString old = crypto::hashPasswordScrypt("correct horse");
        qInfo() << "scrypt N=16384 r=8 p=1 (older databases):" << t.elapsed() << "ms";
        QVERIFY(old.startsWith("scrypt$16384$8$1$"));
        QVERIFY(crypto::verifyPassword("correct horse", old));
        QVERIFY(!crypto::verifyPassword("correct horsE", old));
        QVERIFY(crypto::needsRehash(old));
        // Known answer (RFC 7914 §12, second vector).
        const QByteArray k = crypto::scrypt("password", "NaCl", {1024, 8, 16}, 64);
        QCOMPARE(k.toHex().left(32), QByteArray("fdbabe1c9d3472007856e7190d01e9fe"));
    }

    void base64url()
    {
        const QByteArray raw("\xfb\xff\x00\x01?", 5);
        const QByteArray enc = crypto::base64url(raw);
        QVERIFY(!enc.contains('=') && !enc.contains('+') && !enc.contains('/'));
        bool ok = false;
        QCOMPARE(crypto::fromBase64url(enc, &ok), raw);
        QVERIFY(ok);
        crypto::fromBase64url("!!!", &ok);
        QVERIFY(!ok);
    }

    void tokenLookupOrder()
    {
        Request req;
        req.headers.insert("cookie", "a=b; tutorhub-access-token=fromcookie");
        QCOMPARE(Sessions::extractToken(req), QStringLiteral("fromcookie"));
        req.headers.insert("tutorhub-access-token", "fromheader");
        QCOMPARE(Sessions::extractToken(req), QStringLiteral("fromheader"));
        req.headers.insert("authorization", "Bearer frombearer");
        QCOMPARE(Sessions::extractToken(req), QStringLiteral("frombearer"));
        req.query = QUrlQuery(QStringLiteral("access_token=fromquery"));
        QCOMPARE(Sessions::extractToken(req), QStringLiteral("frombearer")); // SEC45: never from the URL
    }
};

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_server_auth.moc"
