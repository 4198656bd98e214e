// Chat attachments on the client (issue 15 item 5, U57-U59) against the real local server: an attached file
// waits in the outbox (shown with a local preview) until its upload is done, then goes as a message naming the
// server's file; the size is checked before uploading; a refused upload stays with its sentence and is sent
// after Retry; an upload waiting in the outbox survives a restart; Cancel discards it; a download writes the
// same bytes; huge images are never decoded at full size. The message model runs under QAbstractItemModelTester.
#include "../api/realtimetesthelpers.h"

#include "models/chat/chatfiles.h"
#include "models/chat/conversationlistmodel.h"
#include "models/chat/messagelistmodel.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace tutorhub;
using namespace tutorhub::test;
using models::ChatDownloader;
using models::ChatUploader;
using models::ConversationListModel;
using models::MessageListModel;

class TestChatFiles : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;
    QString m_room;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return f.fileName();
    }

    static QByteArray image(int w, int h, const char *format)
    {
        QImage img(w, h, QImage::Format_RGB32);
        img.fill(QColor(200, 80, 40));
        QByteArray bytes;
        QBuffer b(&bytes);
        b.open(QIODevice::WriteOnly);
        img.save(&b, format, 60);
        return bytes;
    }

    static int lastRowOf(const MessageListModel &m, MessageListModel::Kind kind)
    {
        for (int i = m.rowCount() - 1; i >= 0; --i)
            if (m.index(i).data(MessageListModel::KindRole).value<MessageListModel::Kind>() == kind)
                return i;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        ChatUser lena;
        QVERIFY(lena.signIn(m_server.port(), kStudentLena, m_dir.filePath("init.json")));
        ConversationListModel inbox(lena.client.get(), lena.rt.get());
        inbox.load();
        QTRY_VERIFY(inbox.rowCount() >= 1);
        for (int i = 0; i < inbox.rowCount(); ++i)
            if (inbox.index(i).data(ConversationListModel::TypeRole).toString() == QLatin1String("studentTutor"))
                m_room = inbox.index(i).data(ConversationListModel::IdRole).toString();
        QVERIFY(!m_room.isEmpty());
    }

    void imageUploadsThenSends()
    {
        ChatUser lena;
        QVERIFY(lena.signIn(m_server.port(), kStudentLena, m_dir.filePath("l1.json")));
        MessageListModel view(lena.rt.get(), lena.outbox.get());
        QAbstractItemModelTester tester(&view, QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setUserId(lena.session.userId);
        ChatUploader uploader(lena.client.get(), lena.outbox.get());
        view.setUploader(&uploader);
        QVERIFY(uploader.available()); // a client never asked about features assumes them (C67)
        view.open(m_room);

        const QByteArray bytes = image(1600, 1200, "JPEG");
        const QString path = writeFile(QStringLiteral("board.jpg"), bytes);
        QSignalSpy progress(&uploader, &ChatUploader::progressChanged);
        const QString cid = uploader.attachFile(m_room, path, QStringLiteral("Today's board"));
        QVERIFY2(!cid.isEmpty(), qPrintable(uploader.lastError()));
        // At once: an outgoing row with a small local preview and the caption.
        const QModelIndex out = view.index(lastRowOf(view, MessageListModel::Kind::Outgoing));
        QCOMPARE(out.data(MessageListModel::ClientMessageIdRole).toString(), cid);
        QVERIFY(out.data(MessageListModel::IsAttachmentRole).toBool());
        QCOMPARE(out.data(MessageListModel::MessageTypeRole).toString(), QStringLiteral("image"));
        const QImage preview = out.data(MessageListModel::ThumbnailRole).value<QImage>();
        QCOMPARE(preview.size(), QSize(240, 180));
        QCOMPARE(out.data(MessageListModel::TextRole).toString(), QStringLiteral("Today's board"));
        QVERIFY(lena.outbox->pending().isEmpty()); // not sent before its upload

        lena.rt->start();
        QTRY_VERIFY(lena.connected());
        QTRY_COMPARE(lena.outbox->size(), 0);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toInt(), -1); // the bar is gone
        QTRY_VERIFY(view.index(lastRowOf(view, MessageListModel::Kind::Message))
                        .data(MessageListModel::ClientMessageIdRole)
                        .toString()
                    == cid);
        const QModelIndex sent = view.index(lastRowOf(view, MessageListModel::Kind::Message));
        QVERIFY(!sent.data(MessageListModel::FileIdRole).toString().isEmpty());
        QCOMPARE(sent.data(MessageListModel::FileNameRole).toString(), QStringLiteral("board.jpg"));
        QCOMPARE(sent.data(MessageListModel::MimeTypeRole).toString(), QStringLiteral("image/jpeg"));
        QCOMPARE(sent.data(MessageListModel::FileSizeTextRole).toString(), ChatUploader::sizeText(bytes.size()));
        QCOMPARE(sent.data(MessageListModel::ThumbnailRole).value<QImage>().size(), QSize(160, 120)); // the server's
        QCOMPARE(sent.data(MessageListModel::TextRole).toString(), QStringLiteral("Today's board"));
        QCOMPARE(sent.data(MessageListModel::UploadProgressRole).toInt(), -1);
    }

    void sizeIsCheckedBeforeUploading()
    {
        ChatUser lena;
        QVERIFY(lena.signIn(m_server.port(), kStudentLena, m_dir.filePath("l2.json")));
        ChatUploader uploader(lena.client.get(), lena.outbox.get());
        const QString big = writeFile(QStringLiteral("video.pdf"), QByteArray(ChatUploader::kMaxFileBytes + 1, 'x'));
        QVERIFY(uploader.attachFile(m_room, big).isEmpty());
        QVERIFY2(uploader.lastError().contains(QStringLiteral("video.pdf"))
                     && uploader.lastError().contains(QStringLiteral("10.0 MB")),
                 qPrintable(uploader.lastError()));
        QVERIFY(uploader.attachFile(m_room, m_dir.filePath(QStringLiteral("missing.pdf"))).isEmpty());
        QVERIFY(uploader.lastError().contains(QStringLiteral("missing.pdf")));
        QVERIFY(uploader.attachFile(m_room, writeFile(QStringLiteral("empty.txt"), {})).isEmpty());
        QVERIFY(uploader.lastError().contains(QStringLiteral("empty")));
        QCOMPARE(lena.outbox->size(), 0);
    }

    void refusedUploadStaysUntilRetried()
    {
        ChatUser lena;
        QVERIFY(lena.signIn(m_server.port(), kStudentLena, m_dir.filePath("l3.json")));
        MessageListModel view(lena.rt.get(), lena.outbox.get());
        QAbstractItemModelTester tester(&view, QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setUserId(lena.session.userId);
        ChatUploader uploader(lena.client.get(), lena.outbox.get());
        view.setUploader(&uploader);
        view.open(m_room);
        lena.rt->start();
        QTRY_VERIFY(lena.connected());
        // A program renamed to .pdf: the server sniffs it and refuses it.
        const QString path = writeFile(QStringLiteral("notes.pdf"), QByteArray("\x7f"
                                                                               "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                                                               16));
        QSignalSpy failed(&uploader, &ChatUploader::uploadFailed);
        const QString cid = uploader.attachFile(m_room, path);
        QVERIFY(!cid.isEmpty());
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(lena.outbox->contains(cid)); // kept, never dropped
        const QModelIndex out = view.index(lastRowOf(view, MessageListModel::Kind::Outgoing));
        QCOMPARE(out.data(MessageListModel::TickRole).value<MessageListModel::Tick>(), MessageListModel::Tick::Failed);
        const QString sentence = out.data(MessageListModel::ErrorRole).toString();
        QVERIFY2(!sentence.isEmpty() && !sentence.contains(QStringLiteral("errMsg")), qPrintable(sentence));
        QTest::qWait(200);
        QVERIFY(lena.outbox->contains(cid)); // not retried by itself

        // The user fixes the file and retries: uploaded and sent.
        QFile::remove(path);
        writeFile(QStringLiteral("notes.pdf"), QByteArrayLiteral("%PDF-1.4\n%%EOF\n"));
        uploader.retry(cid);
        QTRY_VERIFY(!lena.outbox->contains(cid));
        QTRY_COMPARE(view.index(lastRowOf(view, MessageListModel::Kind::Message))
                         .data(MessageListModel::FileNameRole)
                         .toString(),
                     QStringLiteral("notes.pdf"));
        QCOMPARE(view.index(lastRowOf(view, MessageListModel::Kind::Message))
                     .data(MessageListModel::MessageTypeRole)
                     .toString(),
                 QStringLiteral("document"));
    }

    void waitingUploadSurvivesARestartAndCancelDiscards()
    {
        ChatUser lena;
        QVERIFY(lena.signIn(m_server.port(), kStudentLena, m_dir.filePath("l4.json")));
        const QString cid = lena.outbox->enqueueFile(
            m_room, QStringLiteral("document"), writeFile(QStringLiteral("plan.txt"), "week 1: fractions\n"),
            {{QStringLiteral("fileName"), QStringLiteral("plan.txt")}, {QStringLiteral("size"), 18}});
        lena.restartApp(); // the outbox is read again from its file
        QVERIFY(lena.outbox->contains(cid));
        QCOMPARE(lena.outbox->awaitingUpload().size(), 1);
        {
            ChatUploader uploader(lena.client.get(), lena.outbox.get());
            lena.rt->start();
            QTRY_VERIFY(!lena.outbox->contains(cid)); // uploaded and sent after the restart
            QTRY_VERIFY(
                std::any_of(lena.acked.cbegin(), lena.acked.cend(), [&](const QString &a) { return a == cid; }));
        }

        // A pasted image, canceled before it is sent: gone from the outbox and from disk.
        lena.rt->stop();
        QImage pasted(64, 48, QImage::Format_RGB32);
        pasted.fill(Qt::green);
        // Canceled at once, before the event loop starts its upload.
        ChatUploader withClient(lena.client.get(), lena.outbox.get());
        const QString pastedId = withClient.attachImage(m_room, pasted);
        QVERIFY2(!pastedId.isEmpty(), qPrintable(withClient.lastError()));
        const QString stash = lena.outbox->item(pastedId)->localFile;
        QVERIFY(stash.startsWith(lena.outbox->stashDirectory()));
        QVERIFY(QFile::exists(stash));
        withClient.cancel(pastedId);
        QVERIFY(!lena.outbox->contains(pastedId));
        QVERIFY(!QFile::exists(stash));
    }

    void downloadWritesTheSameBytes()
    {
        ChatUser lena, maria, tom;
        QVERIFY(lena.signIn(m_server.port(), kStudentLena, m_dir.filePath("l5.json")));
        QVERIFY(maria.signIn(m_server.port(), kTutorMaria, m_dir.filePath("m5.json")));
        QVERIFY(tom.signIn(m_server.port(), "tom.baker@tutorhub.local", m_dir.filePath("t5.json")));
        const QByteArray bytes = QByteArrayLiteral("%PDF-1.4\n") + QByteArray(300000, 'p') + "\n%%EOF\n";
        ChatUploader uploader(lena.client.get(), lena.outbox.get());
        QSignalSpy uploaded(&uploader, &ChatUploader::uploaded);
        QVERIFY(!uploader.attachFile(m_room, writeFile(QStringLiteral("exercises.pdf"), bytes)).isEmpty());
        QTRY_COMPARE(uploaded.size(), 1);
        const QString fileId = uploaded.at(0).at(1).toJsonObject().value(QStringLiteral("id")).toString();

        ChatDownloader down(maria.client.get());
        QSignalSpy progress(&down, &ChatDownloader::progressChanged);
        QSignalSpy done(&down, &ChatDownloader::finished);
        const QString target = m_dir.filePath(QStringLiteral("maria-exercises.pdf"));
        down.download(fileId, QStringLiteral("exercises.pdf"), target);
        QTRY_COMPARE(done.size(), 1);
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(2).toString()));
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll() == bytes);
        QCOMPARE(progress.last().at(0).toInt(), 100);

        ChatDownloader stranger(tom.client.get());
        QSignalSpy refused(&stranger, &ChatDownloader::finished);
        stranger.download(fileId, QStringLiteral("exercises.pdf"), m_dir.filePath(QStringLiteral("tom.pdf")));
        QTRY_COMPARE(refused.size(), 1);
        QVERIFY(!refused.at(0).at(0).toBool());
        QVERIFY(!refused.at(0).at(2).toString().isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("tom.pdf"))));
    }

    // U59: a large image is read straight at preview size; one with more than 40 megapixels is not decoded.
    void previewsNeverDecodeHugeImages()
    {
        const QString path = writeFile(QStringLiteral("huge.jpg"), image(6000, 4000, "JPEG"));
        const QImage preview = ChatUploader::previewOf(path);
        QCOMPARE(preview.size(), QSize(240, 160));
        // A PNG header claiming 20000 x 20000 pixels (400 MP): refused before decoding.
        QByteArray header = image(8, 8, "PNG");
        header[16] = 0;
        header[17] = 0;
        header[18] = char(0x4e);
        header[19] = char(0x20);
        header[20] = 0;
        header[21] = 0;
        header[22] = char(0x4e);
        header[23] = char(0x20);
        QVERIFY(ChatUploader::previewOfData(header).isNull());
    }
};

QTEST_MAIN(TestChatFiles)
#include "tst_chat_files.moc"
