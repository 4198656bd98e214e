// Chat attachments on the client (issue 15 item 5, decisions U57-U59): ChatUploader turns a file (or a pasted
// image) into an outbox item that waits for its upload, uploads the waiting items one by one with progress,
// then hands the server's file to the outbox so the connection sends the message; a failed upload stays in the
// outbox, shown with its sentence, until the user retries or discards it. ChatDownloader fetches a file with the
// bearer token and writes it where the UI's save dialog said. Neither opens a dialog.
#pragma once

#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

namespace tutorhub::api {
class ApiClient;
class ApiReply;
class Outbox;
} // namespace tutorhub::api

namespace tutorhub::models {

class ChatUploader : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxFileBytes = 10 * 1024 * 1024; // the server's limit (U50)
    static constexpr int kPreviewEdge = 240; // px: images are never decoded larger (U59)

    ChatUploader(api::ApiClient *client, api::Outbox *outbox, QObject *parent = nullptr);
    // The one uploader of `outbox` (a child of it, made on first use): the dock and the messages page share an
    // outbox, and two uploaders would upload the same item twice.
    static ChatUploader *forOutbox(api::ApiClient *client, api::Outbox *outbox);

    // Does the server take chat files (the uploadChatFile extension)? Without it the pane offers links only.
    bool available() const;
    // The sentence for a file that cannot be sent (missing, unreadable, empty, over 10 MB), else empty.
    static QString fileProblem(const QString &path);
    // Queues `path` for `roomId` as an image (PNG/JPEG/GIF) or document message; returns its client message id,
    // or empty with lastError() set.
    QString attachFile(const QString &roomId, const QString &path, const QString &caption = {});
    // A pasted image: saved as PNG beside the outbox (so it survives a restart), then attachFile().
    QString attachImage(const QString &roomId, const QImage &image);
    QString lastError() const { return m_error; }

    // 0..100 while `clientMessageId` uploads, -1 otherwise.
    int progress(const QString &clientMessageId) const { return m_progress.value(clientMessageId, -1); }
    // Stops an upload and discards its message (and a pasted image's file).
    void cancel(const QString &clientMessageId);
    // Tries a failed upload again.
    void retry(const QString &clientMessageId);

    // An image scaled to fit `edge` px, read with QImageReader at that size (never the full image).
    static QImage previewOf(const QString &path, int edge = kPreviewEdge);
    static QImage previewOfData(const QByteArray &data, int edge = kPreviewEdge);
    // "2.4 MB", "640 KB" in the user's locale.
    static QString sizeText(qint64 bytes);

signals:
    void progressChanged(const QString &clientMessageId, int percent);
    void uploaded(const QString &clientMessageId, const QJsonObject &file);
    void uploadFailed(const QString &clientMessageId, const QString &sentence);

private:
    void pump();
    void finish(const QString &clientMessageId, bool removeStash);

    QPointer<api::ApiClient> m_client;
    QPointer<api::Outbox> m_outbox;
    QPointer<api::ApiReply> m_reply;
    QString m_current;
    QHash<QString, int> m_progress;
    QString m_error;
};

class ChatDownloader : public QObject
{
    Q_OBJECT
public:
    explicit ChatDownloader(api::ApiClient *client, QObject *parent = nullptr);

    // Fetches `fileId` and writes it to `targetPath` (atomically). One at a time: a new call cancels the last.
    void download(const QString &fileId, const QString &fileName, const QString &targetPath);
    void cancel();
    bool isBusy() const { return !m_reply.isNull(); }
    QString fileName() const { return m_fileName; }

signals:
    void progressChanged(int percent); // -1: size unknown
    // ok: the file is at targetPath; otherwise `sentence` says why (empty when canceled).
    void finished(bool ok, const QString &targetPath, const QString &sentence);

private:
    QPointer<api::ApiClient> m_client;
    QPointer<api::ApiReply> m_reply;
    QString m_fileName;
};

} // namespace tutorhub::models
