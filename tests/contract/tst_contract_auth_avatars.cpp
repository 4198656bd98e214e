// Auth contract: the userAvatars bucket (API.md §2.5-2.6, decisions D4, D11, D14).
#include "tst_contract_auth.h"

#include <QTest>

using namespace contract;

namespace {

const QString kFiles = QStringLiteral("/auth-api/v1/useravatarsfiles");

quint32 crc32(const QByteArray &data)
{
    static quint32 table[256];
    static bool ready = false;
    if (!ready) {
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        ready = true;
    }
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data)
        c = table[(c ^ static_cast<quint8>(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray be32(quint32 v)
{
    QByteArray out(4, '\0');
    out[0] = char((v >> 24) & 0xFF);
    out[1] = char((v >> 16) & 0xFF);
    out[2] = char((v >> 8) & 0xFF);
    out[3] = char(v & 0xFF);
    return out;
}

QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    return be32(quint32(data.size())) + type + data + be32(crc32(type + data));
}

// A valid 1x1 RGBA PNG, padded with a tEXt chunk to exactly `size` bytes when size is larger.
QByteArray makePng(qsizetype size = 0)
{
    const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr = be32(1) + be32(1);
    ihdr += QByteArray("\x08\x06\x00\x00\x00", 5);
    const QByteArray idat = qCompress(QByteArray("\x00\xff\x00\x00\xff", 5)).mid(4); // zlib stream
    const QByteArray head = signature + chunk("IHDR", ihdr) + chunk("IDAT", idat);
    const QByteArray tail = chunk("IEND", {});
    const qsizetype overhead = 12 + 8; // chunk framing + "Comment\0"
    if (size <= head.size() + tail.size() + overhead)
        return head + tail;
    const QByteArray text
        = QByteArray("Comment", 7) + '\0' + QByteArray(size - head.size() - tail.size() - overhead, 'x');
    return head + chunk("tEXt", text) + tail;
}

const QByteArray kGif("GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,"
                      "\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02"
                      "D\x01\x00;",
                      43);

// 1x1 lossless WebP and 1x1 baseline JPEG.
const QByteArray kWebp = QByteArray::fromBase64("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
const QByteArray kJpeg = QByteArray::fromBase64(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////"
    "////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=");

} // namespace

namespace {

Reply upload(Server &server, const QString &token, const QByteArray &bytes, const QByteArray &type,
             const QString &fileName)
{
    Request req;
    req.method = "POST";
    req.path = kFiles;
    req.query = {{QStringLiteral("fileName"), fileName}};
    req.raw = bytes;
    req.contentType = type;
    req.token = token;
    return server.send(req, 30000);
}

} // namespace

// D14: upload with a raw body; record with a 12-character accessKey; user.avatar points at the download route.
void TstContractAuth::avatarUploadAndDownload()
{
    Account a;
    CALL(freshUser(a, QStringLiteral("avatar")));
    const QByteArray png = makePng(300);
    QCOMPARE(png.size(), 300);
    const Reply r = upload(m_server, a.token, png, "image/png", QStringLiteral("me.png"));
    CONTRACT_CHECK(envelopeProblem(r, 201, QStringLiteral("userAvatarsFile"), "POST", QStringLiteral("create")));
    const QJsonObject f = r.data();
    CONTRACT_CHECK(stdFieldsProblem(f));
    QVERIFY(!f.contains(QStringLiteral("password")));
    QCOMPARE(f.value(QStringLiteral("fileName")).toString(), QStringLiteral("me.png"));
    QCOMPARE(f.value(QStringLiteral("mimeType")).toString(), QStringLiteral("image/png"));
    QVERIFY(isInteger(f.value(QStringLiteral("fileSize"))));
    QCOMPARE(f.value(QStringLiteral("fileSize")).toInt(), 300);
    QCOMPARE(f.value(QStringLiteral("ownerId")).toString(), a.id);
    QCOMPARE(f.value(QStringLiteral("userId")).toString(), a.id);
    const QString key = f.value(QStringLiteral("accessKey")).toString();
    QCOMPARE(key.size(), 12);

    QCOMPARE(fetchUser(a.id).value(QStringLiteral("avatar")).toString(),
             m_server.base() + QStringLiteral("/auth-api/useravatars/") + key);

    const Reply download = m_server.get(QStringLiteral("/auth-api/useravatars/") + key);
    EXPECT_STATUS(download, 200);
    QCOMPARE(download.body, png);
    QVERIFY2(download.header("content-type").startsWith("image/png"), download.header("content-type").constData());

    EXPECT_ERROR(m_server.get(QStringLiteral("/auth-api/useravatars/nosuchkey123")), 404, "errMsg_*");
}

// D11: any signed-in user reads; get includes fileData; list filters ownerId/userId/mimeType.
void TstContractAuth::avatarGetAndList()
{
    Account a;
    CALL(freshUser(a, QStringLiteral("avlist")));
    const Reply png = upload(m_server, a.token, makePng(), "image/png", QStringLiteral("list.png"));
    EXPECT_STATUS(png, 201);
    const QString id = png.data().value(QStringLiteral("id")).toString();
    const Reply gif = upload(m_server, a.token, kGif, "image/gif", QStringLiteral("list.gif"));
    EXPECT_STATUS(gif, 201);
    QCOMPARE(gif.data().value(QStringLiteral("mimeType")).toString(), QStringLiteral("image/gif"));
    const QString gifId = gif.data().value(QStringLiteral("id")).toString();

    const Reply one = m_server.get(kFiles + QLatin1Char('/') + id, m_lena.token);
    CONTRACT_CHECK(envelopeProblem(one, 200, QStringLiteral("userAvatarsFile"), "GET", QStringLiteral("get")));
    QCOMPARE(one.data().value(QStringLiteral("id")).toString(), id);
    QVERIFY2(one.data().contains(QStringLiteral("fileData")), one.describe().constData());
    EXPECT_ERROR(m_server.get(kFiles + QLatin1Char('/') + id), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(m_server.get(kFiles + QStringLiteral("/00000000-0000-4000-8000-000000000000"), m_lena.token), 404,
                 "errMsg_*");

    const Reply list = m_server.get(kFiles, m_lena.token, {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
    CONTRACT_CHECK(
        envelopeProblem(list, 200, QStringLiteral("userAvatarsFiles"), "GET", QStringLiteral("list"), Shape::List));
    QStringList ids;
    for (const QJsonValue &v : list.value(QStringLiteral("userAvatarsFiles")).toArray())
        ids << v.toObject().value(QStringLiteral("id")).toString();
    QVERIFY(ids.contains(id) && ids.contains(gifId));

    for (const QString &filter : {QStringLiteral("ownerId"), QStringLiteral("userId")}) {
        const Reply mine
            = m_server.get(kFiles, m_lena.token, {{filter, a.id}, {QStringLiteral("pageNumber"), QStringLiteral("0")}});
        EXPECT_STATUS(mine, 200);
        const QJsonArray rows = mine.value(QStringLiteral("userAvatarsFiles")).toArray();
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue &v : rows)
            QCOMPARE(v.toObject().value(filter).toString(), a.id);
    }
    const Reply gifs = m_server.get(
        kFiles, m_lena.token, {{QStringLiteral("ownerId"), a.id}, {QStringLiteral("mimeType"), QStringLiteral("GIF")}});
    EXPECT_STATUS(gifs, 200);
    const QJsonArray gifRows = gifs.value(QStringLiteral("userAvatarsFiles")).toArray();
    QCOMPARE(gifRows.size(), 1);
    QCOMPARE(gifRows.first().toObject().value(QStringLiteral("id")).toString(), gifId);

    // D5: a bad value for a typed (ID) filter is 400.
    EXPECT_ERROR(m_server.get(kFiles, m_lena.token, {{QStringLiteral("ownerId"), QStringLiteral("not-an-id")}}), 400,
                 "errMsg_InvalidParameter:ownerId");
    EXPECT_ERROR(m_server.get(kFiles), 401, "errMsg_LoginRequired");
}

// D11: owner or admin deletes (soft delete).
void TstContractAuth::avatarDelete()
{
    Account a;
    CALL(freshUser(a, QStringLiteral("avdel")));
    const Reply first = upload(m_server, a.token, makePng(), "image/png", QStringLiteral("one.png"));
    const Reply second = upload(m_server, a.token, makePng(), "image/png", QStringLiteral("two.png"));
    EXPECT_STATUS(first, 201);
    EXPECT_STATUS(second, 201);
    const QString one = kFiles + QLatin1Char('/') + first.data().value(QStringLiteral("id")).toString();
    const QString two = kFiles + QLatin1Char('/') + second.data().value(QStringLiteral("id")).toString();

    EXPECT_ERROR(m_server.del(one, m_lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.del(one, m_maria.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.del(one), 401, "errMsg_LoginRequired");

    const Reply byOwner = m_server.del(one, a.token);
    CONTRACT_CHECK(
        envelopeProblem(byOwner, 200, QStringLiteral("userAvatarsFile"), "DELETE", QStringLiteral("delete")));
    QCOMPARE(byOwner.data().value(QStringLiteral("isActive")).toBool(), false);

    const Reply byAdmin = m_server.del(two, m_super.token);
    EXPECT_STATUS(byAdmin, 200);
    QCOMPARE(byAdmin.data().value(QStringLiteral("isActive")).toBool(), false);
    EXPECT_ERROR(m_server.del(kFiles + QStringLiteral("/00000000-0000-4000-8000-000000000000"), m_super.token), 404,
                 "errMsg_*");
}

// D4: PNG/JPEG/WebP/GIF only, at most 2 MiB (the avatar upload is not bound by the 1 MiB JSON limit).
void TstContractAuth::avatarRefused()
{
    Account a;
    CALL(freshUser(a, QStringLiteral("avbad")));
    EXPECT_ERROR(upload(m_server, a.token, "hello, world", "text/plain", QStringLiteral("a.txt")), 400, "errMsg_*");
    EXPECT_ERROR(upload(m_server, a.token, "%PDF-1.4\n", "application/pdf", QStringLiteral("a.pdf")), 400, "errMsg_*");
    EXPECT_ERROR(upload(m_server, a.token, makePng(2 * 1024 * 1024 + 1), "image/png", QStringLiteral("big.png")), 413,
                 "errMsg_*");
    EXPECT_ERROR(upload(m_server, QString(), makePng(), "image/png", QStringLiteral("anon.png")), 401,
                 "errMsg_LoginRequired");

    // The four image types are accepted.
    const QList<std::pair<QByteArray, QByteArray>> types {
        {"image/png", makePng()}, {"image/jpeg", kJpeg}, {"image/webp", kWebp}, {"image/gif", kGif}};
    for (const auto &t : types) {
        const Reply ok = upload(m_server, a.token, t.second, t.first, QStringLiteral("avatar.img"));
        EXPECT_STATUS(ok, 201);
        QCOMPARE(ok.data().value(QStringLiteral("mimeType")).toString(), QString::fromLatin1(t.first));
        QCOMPARE(ok.data().value(QStringLiteral("fileSize")).toInt(), int(t.second.size()));
    }

    // Inside the limits: 1.5 MiB and exactly 2 MiB are accepted.
    for (const qsizetype size : {qsizetype(1536 * 1024), qsizetype(2 * 1024 * 1024)}) {
        const Reply ok = upload(m_server, a.token, makePng(size), "image/png", QStringLiteral("large.png"));
        EXPECT_STATUS(ok, 201);
        QCOMPARE(ok.data().value(QStringLiteral("fileSize")).toInt(), int(size));
    }
    EXPECT_STATUS(m_server.get(route(QStringLiteral("/health"))), 200);
}

// D14: the random default avatar is served by the download route.
void TstContractAuth::defaultAvatarServed()
{
    Account a;
    CALL(registerAccount(a, QStringLiteral("avdefault")));
    const QString avatar = fetchUser(a.id).value(QStringLiteral("avatar")).toString();
    const QString prefix = QStringLiteral("/auth-api/useravatars/default-");
    QString route = avatar;
    if (route.startsWith(m_server.base()))
        route = route.mid(m_server.base().size());
    QVERIFY2(route.startsWith(prefix), qPrintable(avatar));
    const Reply r = m_server.get(route);
    EXPECT_STATUS(r, 200);
    QVERIFY2(r.header("content-type").startsWith("image/"), r.header("content-type").constData());
    QVERIFY(!r.body.isEmpty());
}
