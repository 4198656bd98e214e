// The chat outbox (issue 7, "never lose a message"): every message the user sends is written here
// first, under a client message id (UUID), and stays until the hub acknowledges it. The file lives
// in the app's data directory (passed in), one per environment and user, readable by the user only (0600 in a
// 0700 folder: unsent messages are private), so unsent messages survive an app restart and are sent again with
// the same id (the server stores each id once).
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace tutorhub::api {

struct Environment;

struct OutboxItem
{
    QString clientMessageId;
    QString roomId;
    QString messageType; // text, image, document
    QJsonObject content;
    QJsonObject replyTo; // {id} or empty
    QDateTime createdAt; // UTC
    bool failed = false; // refused by the server (not retried); the user may discard or retry it
    QString errorCode; // errMsg_... of the refusal
    QString errorMessage;
    // A chat attachment still to upload (U58): the local file; empty once uploaded (content then names the
    // server's fileId) and for every other message. Items with a file wait in the outbox, not sent, until then.
    QString localFile;

    QJsonObject toJson() const;
    static OutboxItem fromJson(const QJsonObject &o);
};

class Outbox : public QObject
{
    Q_OBJECT
public:
    // `filePath` empty: memory only (tests of other parts).
    explicit Outbox(const QString &filePath, QObject *parent = nullptr);
    ~Outbox() override; // writes a deferred change

    // <dataDirectory>/outbox/<environment key>-<userId>.json: the app's data directory passed in from the
    // composition root (--data-dir, else the app's AppDataLocation; U47, K3). Empty dataDirectory: empty (memory
    // only) — the outbox never looks for a folder on its own.
    static QString pathIn(const QString &dataDirectory, const Environment &environment, const QString &userId);

    QString filePath() const { return m_path; }
    // Adds a message and saves the file (synced to disk) before returning its new client message id.
    QString enqueue(const QString &roomId, const QString &messageType, const QJsonObject &content,
                    const QJsonObject &replyTo = {});
    // An attachment message (U58): kept like any message, sent only after setUploaded() gave it the server's file.
    QString enqueueFile(const QString &roomId, const QString &messageType, const QString &localFile,
                        const QJsonObject &content);
    // The upload of `clientMessageId` finished: `content` (fileId, fileName, ...) replaces the item's, the file is
    // forgotten and the item becomes pending (changed() -> the connection sends it). A non-empty `messageType`
    // replaces the item's (an "image" the server found to be another type goes as a "document").
    void setUploaded(const QString &clientMessageId, const QJsonObject &content, const QString &messageType = {});
    // Items whose file is not uploaded yet (failed ones included), oldest first.
    QList<OutboxItem> awaitingUpload() const;
    // Where pasted images wait for their upload: beside the outbox file, or without one a private temporary folder
    // of this outbox (QTemporaryDir: unique name, 0700, removed with the outbox), never a fixed name in /tmp that
    // another user of the computer could create first (K3).
    QString stashDirectory() const;
    bool contains(const QString &clientMessageId) const;
    std::optional<OutboxItem> item(const QString &clientMessageId) const;
    // Acknowledged: gone for good (written within 200 ms; a removal lost in a crash only causes a
    // harmless resend that the server answers as a duplicate).
    void remove(const QString &clientMessageId);
    // Refused by the server: kept (shown as failed) but not sent again until retry().
    void markFailed(const QString &clientMessageId, const QString &code, const QString &message);
    void retry(const QString &clientMessageId);
    // Items to send, oldest first (not failed, not waiting for an upload).
    QList<OutboxItem> pending() const;
    // Every item of a room (pending and failed), oldest first.
    QList<OutboxItem> items(const QString &roomId = {}) const;
    int size() const { return int(m_items.size()); }
    // False after a write failure (disk full, permissions); errorString() says why.
    bool lastSaveOk() const { return m_saveOk; }
    QString errorString() const { return m_error; }

signals:
    void changed();

private:
    void load();
    void save();
    void saveSoon(); // removals: a lost removal only causes a harmless resend (duplicate ack)

    QString m_path;
    QList<OutboxItem> m_items;
    bool m_saveOk = true;
    QString m_error;
    bool m_dirty = false;
    mutable std::unique_ptr<QTemporaryDir> m_stash; // memory-only outboxes
};

} // namespace tutorhub::api
