// The chat outbox (issue 7, "never lose a message"): every message the user sends is written here
// first, under a client message id (UUID), and stays until the hub acknowledges it. The file lives
// under QStandardPaths::AppDataLocation, one per environment and user, so unsent messages survive
// an app restart and are sent again with the same id (the server stores each id once).
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

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
    QString errorCode;   // errMsg_... of the refusal
    QString errorMessage;

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

    // <AppDataLocation>/outbox/<environment key>-<userId>.json
    static QString defaultPath(const Environment &environment, const QString &userId);

    QString filePath() const { return m_path; }
    // Adds a message and saves the file (synced to disk) before returning its new client message id.
    QString enqueue(const QString &roomId, const QString &messageType, const QJsonObject &content,
                    const QJsonObject &replyTo = {});
    bool contains(const QString &clientMessageId) const;
    std::optional<OutboxItem> item(const QString &clientMessageId) const;
    // Acknowledged: gone for good (written within 200 ms; a removal lost in a crash only causes a
    // harmless resend that the server answers as a duplicate).
    void remove(const QString &clientMessageId);
    // Refused by the server: kept (shown as failed) but not sent again until retry().
    void markFailed(const QString &clientMessageId, const QString &code, const QString &message);
    void retry(const QString &clientMessageId);
    // Items to send, oldest first (not failed).
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
};

} // namespace tutorhub::api
