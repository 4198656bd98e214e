// Chat attachments (issue 15 item 5, decisions U50-U56) against the tutorhub-server binary: upload and download
// rights (participants upload, participants and admins download, everyone else 401/403/404), the 10 MiB limit
// (413 from the request head), the type sniffed from the bytes (not the client's Content-Type or name), names
// reduced to a plain file name (path traversal, control characters), image size and thumbnail, the message
// content filled from the stored file, a deleted message hiding its file, and no route under --contract strict.
#include "enrollmentfixture.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QObject>
#include <QUuid>

using namespace contract;

class TstContractChatFiles : public QObject
{
    Q_OBJECT

    EnrollmentFixture f;
    QString m_room; // Lena <-> Maria (demo)
    const QString kFiles = QStringLiteral("/messaging-api/v1/chatfiles");
    const QString kMessages = QStringLiteral("/messaging-api/v1/v1/chat-messages");

    Reply upload(const Actor &who, const QString &fileName, const QByteArray &data,
                 const QByteArray &type = "application/octet-stream", const QString &room = {})
    {
        Request r;
        r.method = "POST";
        r.path = kFiles;
        r.query = {{QStringLiteral("roomId"), room.isEmpty() ? m_room : room}, {QStringLiteral("fileName"), fileName}};
        r.raw = data;
        r.contentType = type;
        r.token = who.token;
        return f.server.send(r, 60000);
    }

    Reply download(const Actor &who, const QString &fileId)
    {
        return f.server.get(kFiles + QLatin1Char('/') + fileId, who.token);
    }

    Reply sendFile(const Actor &who, const QString &type, const QJsonObject &content)
    {
        return f.server.post(kMessages,
                             {{QStringLiteral("roomId"), m_room},
                              {QStringLiteral("messageType"), type},
                              {QStringLiteral("content"), content}},
                             who.token);
    }

    static QByteArray png(int w, int h)
    {
        QImage image(w, h, QImage::Format_ARGB32);
        image.fill(QColor(40, 120, 200, 200));
        for (int y = 0; y < h; y += 7)
            for (int x = 0; x < w; ++x)
                image.setPixel(x, y, qRgb(x % 256, y % 256, 90));
        QByteArray bytes;
        QBuffer b(&bytes);
        b.open(QIODevice::WriteOnly);
        image.save(&b, "PNG");
        return bytes;
    }

    static QByteArray pdf()
    {
        return QByteArrayLiteral("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        const Reply list = f.server.get(QStringLiteral("/messaging-api/v1/myconversations"), f.lena.token);
        EXPECT_STATUS(list, 200);
        for (const QJsonValue &v : list.payload().toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("participantB")).toString() == f.maria.id)
                m_room = c.value(QStringLiteral("id")).toString();
        }
        QVERIFY2(!m_room.isEmpty(), list.describe().constData());
    }
    void cleanupTestCase() { f.server.stop(); }

    // U50/U52/U54/U55: participants upload; participants and admins download the same bytes as an attachment.
    void uploadAndDownloadRights()
    {
        const QByteArray image = png(900, 600);
        const Reply up = upload(f.lena, QStringLiteral("whiteboard.png"), image, "image/png");
        EXPECT_STATUS(up, 201);
        const QJsonObject file = up.data();
        const QString id = file.value(QStringLiteral("id")).toString();
        QCOMPARE(file.value(QStringLiteral("mimeType")).toString(), QStringLiteral("image/png"));
        QCOMPARE(file.value(QStringLiteral("fileName")).toString(), QStringLiteral("whiteboard.png"));
        QCOMPARE(file.value(QStringLiteral("size")).toInteger(), qint64(image.size()));
        QCOMPARE(file.value(QStringLiteral("width")).toInt(), 900);
        QCOMPARE(file.value(QStringLiteral("height")).toInt(), 600);
        QVERIFY(!file.contains(QStringLiteral("fileData")));
        const QString thumb = file.value(QStringLiteral("thumbnail")).toString();
        QVERIFY2(thumb.startsWith(QLatin1String("data:image/jpeg;base64,")), qPrintable(thumb.left(40)));
        QImage t;
        QVERIFY(t.loadFromData(QByteArray::fromBase64(thumb.section(QLatin1Char(','), 1).toLatin1())));
        QCOMPARE(t.size(), QSize(160, 106));

        for (const Actor *who : {&f.lena, &f.maria, &f.admin}) {
            const Reply got = download(*who, id);
            EXPECT_STATUS(got, 200);
            QVERIFY(got.body == image);
            QCOMPARE(got.header("content-type"), QByteArray("image/png"));
            QVERIFY2(got.header("content-disposition").startsWith("attachment; filename=\"whiteboard.png\""),
                     got.header("content-disposition").constData());
            QCOMPARE(got.header("x-content-type-options"), QByteArray("nosniff"));
        }
        EXPECT_ERROR(download(f.tom, id), 403, "errMsg_NotConversationParticipant");
        EXPECT_ERROR(download(f.james, id), 403, "errMsg_NotConversationParticipant");
        EXPECT_STATUS(download(Actor {}, id), 401);
        EXPECT_STATUS(download(f.lena, QUuid::createUuid().toString(QUuid::WithoutBraces)), 404);
        // No key in the URL: the id alone opens nothing without a participant's token (above).

        // Outsiders cannot upload into the room; a room that does not exist is 404.
        EXPECT_ERROR(upload(f.tom, QStringLiteral("x.pdf"), pdf()), 403, "errMsg_NotConversationParticipant");
        EXPECT_STATUS(upload(Actor {}, QStringLiteral("x.pdf"), pdf()), 401);
        EXPECT_STATUS(upload(f.lena, QStringLiteral("x.pdf"), pdf(), "application/pdf",
                             QUuid::createUuid().toString(QUuid::WithoutBraces)),
                      404);
        EXPECT_STATUS(upload(f.lena, QStringLiteral("empty.pdf"), QByteArray(), "application/pdf"), 400);
    }

    // U56: the message names the file; the server fills in its facts, and a file goes with one message only.
    void messageContentComesFromTheFile()
    {
        const QByteArray bytes = pdf();
        const QString id
            = upload(f.lena, QStringLiteral("homework.pdf"), bytes).data().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        EXPECT_ERROR(sendFile(f.lena, QStringLiteral("image"), {{QStringLiteral("fileId"), id}}), 400,
                     "errMsg_InvalidParameter:messageType");
        EXPECT_ERROR(sendFile(f.maria, QStringLiteral("document"), {{QStringLiteral("fileId"), id}}), 400,
                     "errMsg_InvalidParameter:content.fileId");
        const Reply sent = sendFile(f.lena, QStringLiteral("document"),
                                    {{QStringLiteral("fileId"), id},
                                     {QStringLiteral("caption"), QStringLiteral("Exercise 3")},
                                     {QStringLiteral("fileName"), QStringLiteral("lie.exe")},
                                     {QStringLiteral("size"), 1}});
        EXPECT_STATUS(sent, 201);
        const QJsonObject content = sent.data().value(QStringLiteral("content")).toObject();
        QCOMPARE(content.value(QStringLiteral("fileId")).toString(), id);
        QCOMPARE(content.value(QStringLiteral("fileName")).toString(), QStringLiteral("homework.pdf"));
        QCOMPARE(content.value(QStringLiteral("mimeType")).toString(), QStringLiteral("application/pdf"));
        QCOMPARE(content.value(QStringLiteral("size")).toInteger(), qint64(bytes.size()));
        QCOMPARE(content.value(QStringLiteral("caption")).toString(), QStringLiteral("Exercise 3"));
        EXPECT_ERROR(sendFile(f.lena, QStringLiteral("document"), {{QStringLiteral("fileId"), id}}), 400,
                     "errMsg_InvalidParameter:content.fileId");
        // The conversation list shows the document's name.
        const Reply room = f.server.get(QStringLiteral("/messaging-api/v1/conversations/") + m_room, f.maria.token);
        QCOMPARE(room.data().value(QStringLiteral("lastMessagePreview")).toString(),
                 QStringLiteral("[Document] homework.pdf"));
    }

    // U50: 10 MiB is the limit; one byte more is refused from the request head with 413 and a sentence.
    void sizeLimit()
    {
        const QByteArray exact(10 * 1024 * 1024, 'a');
        EXPECT_STATUS(upload(f.lena, QStringLiteral("big.txt"), exact), 201);
        const Reply tooBig = upload(f.lena, QStringLiteral("bigger.txt"), exact + "a");
        EXPECT_ERROR(tooBig, 413, "errMsg_RequestTooLarge");
        QVERIFY2(tooBig.body.contains("10485760 bytes"), tooBig.describe().constData());
    }

    // U51: the type comes from the bytes; the name gets the type's suffix when it has another one.
    void typeIsSniffed()
    {
        const Reply pngAsPdf = upload(f.lena, QStringLiteral("notes.pdf"), png(20, 20), "application/pdf");
        EXPECT_STATUS(pngAsPdf, 201);
        QCOMPARE(pngAsPdf.data().value(QStringLiteral("mimeType")).toString(), QStringLiteral("image/png"));
        QCOMPARE(pngAsPdf.data().value(QStringLiteral("fileName")).toString(), QStringLiteral("notes.pdf.png"));
        const Reply pdfAsPng = upload(f.lena, QStringLiteral("scan.pdf"), pdf(), "image/png");
        EXPECT_STATUS(pdfAsPng, 201);
        QCOMPARE(pdfAsPng.data().value(QStringLiteral("mimeType")).toString(), QStringLiteral("application/pdf"));
        QVERIFY(pdfAsPng.data().value(QStringLiteral("thumbnail")).toString().isEmpty());
        const Reply text = upload(f.lena, QStringLiteral("plan.md"), "# Plan\n- fractions\n", "image/png");
        QCOMPARE(text.data().value(QStringLiteral("mimeType")).toString(), QStringLiteral("text/markdown"));
        const Reply exe = upload(f.lena, QStringLiteral("report.pdf"),
                                 QByteArray("\x7f"
                                            "ELF\x02\x01\x01\0\0\0\0\0",
                                            14),
                                 "application/pdf");
        EXPECT_ERROR(exe, 400, "errMsg_UnsupportedFileType");
        QVERIFY(!exe.message().isEmpty());
        // Bytes that only start like an image are refused as an unreadable image.
        EXPECT_ERROR(
            upload(f.lena, QStringLiteral("broken.png"), QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(64, 'x')), 400,
            "errMsg_UnreadableImage");
    }

    // U53: only the last path component, without control characters or leading dots.
    void namesAreCleaned()
    {
        const QList<std::pair<QString, QString>> cases {
            {QStringLiteral("../../etc/passwd"), QStringLiteral("passwd.txt")},
            {QStringLiteral("..\\..\\windows\\win.ini"), QStringLiteral("win.ini.txt")},
            {QStringLiteral("/tmp/.bashrc"), QStringLiteral("bashrc.txt")},
            {QStringLiteral("a\r\nContent-Type: text/html\r\n.txt"), QStringLiteral("html.txt")},
            {QStringLiteral(".."), QStringLiteral("file.txt")},
            {QStringLiteral("Übung 3 – Brüche.txt"), QStringLiteral("Übung 3 – Brüche.txt")},
        };
        for (const auto &[given, expected] : cases) {
            const Reply r = upload(f.lena, given, "plain text\n");
            EXPECT_STATUS(r, 201);
            QCOMPARE(r.data().value(QStringLiteral("fileName")).toString(), expected);
            const Reply got = download(f.maria, r.data().value(QStringLiteral("id")).toString());
            EXPECT_STATUS(got, 200);
            const QByteArray disposition = got.header("content-disposition");
            QVERIFY2(!disposition.contains('\r') && !disposition.contains('\n') && !disposition.contains('/'),
                     disposition.constData());
        }
    }

    // U55: deleting the message hides its file from the participants; admins still read it.
    void deletedMessageHidesItsFile()
    {
        const QString id
            = upload(f.lena, QStringLiteral("draft.pdf"), pdf()).data().value(QStringLiteral("id")).toString();
        const Reply sent = sendFile(f.lena, QStringLiteral("document"), {{QStringLiteral("fileId"), id}});
        EXPECT_STATUS(sent, 201);
        EXPECT_STATUS(download(f.maria, id), 200);
        EXPECT_STATUS(f.server.del(kMessages + QLatin1Char('/') + sent.data().value(QStringLiteral("id")).toString(),
                                   f.lena.token),
                      200);
        EXPECT_STATUS(download(f.maria, id), 404);
        EXPECT_STATUS(download(f.lena, id), 404);
        EXPECT_STATUS(download(f.admin, id), 200);
    }
};

QTEST_GUILESS_MAIN(TstContractChatFiles)
#include "tst_contract_chatfiles.moc"
