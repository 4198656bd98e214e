#include "outbox.h"

#include "environment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>
#include <QUuid>

namespace tutorhub::api {

QJsonObject OutboxItem::toJson() const
{
    QJsonObject o {{QStringLiteral("clientMessageId"), clientMessageId},
                   {QStringLiteral("roomId"), roomId},
                   {QStringLiteral("messageType"), messageType},
                   {QStringLiteral("content"), content},
                   {QStringLiteral("createdAt"), createdAt.toString(Qt::ISODateWithMs)},
                   {QStringLiteral("failed"), failed}};
    if (!replyTo.isEmpty())
        o.insert(QStringLiteral("replyTo"), replyTo);
    if (!localFile.isEmpty())
        o.insert(QStringLiteral("localFile"), localFile);
    if (failed) {
        o.insert(QStringLiteral("errorCode"), errorCode);
        o.insert(QStringLiteral("errorMessage"), errorMessage);
    }
    return o;
}

OutboxItem OutboxItem::fromJson(const QJsonObject &o)
{
    OutboxItem i;
    i.clientMessageId = o.value(QStringLiteral("clientMessageId")).toString();
    i.roomId = o.value(QStringLiteral("roomId")).toString();
    i.messageType = o.value(QStringLiteral("messageType")).toString();
    i.content = o.value(QStringLiteral("content")).toObject();
    i.replyTo = o.value(QStringLiteral("replyTo")).toObject();
    i.createdAt = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    i.failed = o.value(QStringLiteral("failed")).toBool();
    i.errorCode = o.value(QStringLiteral("errorCode")).toString();
    i.errorMessage = o.value(QStringLiteral("errorMessage")).toString();
    i.localFile = o.value(QStringLiteral("localFile")).toString();
    return i;
}

Outbox::Outbox(const QString &filePath, QObject *parent) : QObject(parent), m_path(filePath)
{
    load();
}

Outbox::~Outbox()
{
    if (m_dirty)
        save();
}

void Outbox::saveSoon()
{
    if (m_dirty)
        return;
    m_dirty = true;
    QTimer::singleShot(200, this, [this] {
        if (m_dirty)
            save();
    });
}

QString Outbox::pathIn(const QString &dataDirectory, const Environment &environment, const QString &userId)
{
    if (dataDirectory.isEmpty())
        return {};
    QString key = environment.keyPrefix() + QLatin1Char('-') + userId;
    key.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return dataDirectory + QStringLiteral("/outbox/") + key + QStringLiteral(".json");
}

void Outbox::load()
{
    if (m_path.isEmpty())
        return;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return; // none yet
    const QJsonArray items = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("items")).toArray();
    for (const QJsonValue &v : items) {
        OutboxItem i = OutboxItem::fromJson(v.toObject());
        if (!i.clientMessageId.isEmpty() && !i.roomId.isEmpty())
            m_items.append(i);
    }
}

void Outbox::save()
{
    m_dirty = false;
    if (m_path.isEmpty())
        return;
    QJsonArray items;
    for (const OutboxItem &i : std::as_const(m_items))
        items.append(i.toJson());
    // The user's unsent messages: the folder 0700 and the file 0600 before any byte is written (QSaveFile gives a
    // new file the umask's mode), as the response cache does (U46, K3).
    const QString dir = QFileInfo(m_path).absolutePath();
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile f(m_path);
    m_saveOk = f.open(QIODevice::WriteOnly) && f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
               && f.write(QJsonDocument(QJsonObject {{QStringLiteral("version"), 1}, {QStringLiteral("items"), items}})
                              .toJson(QJsonDocument::Compact))
                      >= 0
               && f.commit();
    m_error = m_saveOk ? QString() : f.errorString();
}

QString Outbox::enqueue(const QString &roomId, const QString &messageType, const QJsonObject &content,
                        const QJsonObject &replyTo)
{
    OutboxItem i;
    i.clientMessageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    i.roomId = roomId;
    i.messageType = messageType.isEmpty() ? QStringLiteral("text") : messageType;
    i.content = content;
    i.replyTo = replyTo;
    i.createdAt = QDateTime::currentDateTimeUtc();
    m_items.append(i);
    save();
    emit changed();
    return i.clientMessageId;
}

QString Outbox::enqueueFile(const QString &roomId, const QString &messageType, const QString &localFile,
                            const QJsonObject &content)
{
    OutboxItem i;
    i.clientMessageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    i.roomId = roomId;
    i.messageType = messageType;
    i.content = content;
    i.localFile = localFile;
    i.createdAt = QDateTime::currentDateTimeUtc();
    m_items.append(i);
    save();
    emit changed();
    return i.clientMessageId;
}

void Outbox::setUploaded(const QString &clientMessageId, const QJsonObject &content, const QString &messageType)
{
    for (OutboxItem &i : m_items) {
        if (i.clientMessageId != clientMessageId)
            continue;
        i.content = content;
        if (!messageType.isEmpty())
            i.messageType = messageType;
        i.localFile.clear();
        i.failed = false;
        i.errorCode.clear();
        i.errorMessage.clear();
        save();
        emit changed();
        return;
    }
}

QList<OutboxItem> Outbox::awaitingUpload() const
{
    QList<OutboxItem> out;
    for (const OutboxItem &i : m_items)
        if (!i.localFile.isEmpty())
            out.append(i);
    return out;
}

QString Outbox::stashDirectory() const
{
    if (m_path.isEmpty()) {
        if (!m_stash)
            m_stash = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/tutorhub-chat-files-XXXXXX"));
        return m_stash->path();
    }
    return QFileInfo(m_path).absolutePath() + QStringLiteral("/files");
}

bool Outbox::contains(const QString &clientMessageId) const
{
    return item(clientMessageId).has_value();
}

std::optional<OutboxItem> Outbox::item(const QString &clientMessageId) const
{
    for (const OutboxItem &i : m_items)
        if (i.clientMessageId == clientMessageId)
            return i;
    return std::nullopt;
}

void Outbox::remove(const QString &clientMessageId)
{
    const auto n = m_items.removeIf([&](const OutboxItem &i) { return i.clientMessageId == clientMessageId; });
    if (n == 0)
        return;
    saveSoon();
    emit changed();
}

void Outbox::markFailed(const QString &clientMessageId, const QString &code, const QString &message)
{
    for (OutboxItem &i : m_items) {
        if (i.clientMessageId != clientMessageId)
            continue;
        i.failed = true;
        i.errorCode = code;
        i.errorMessage = message;
        save();
        emit changed();
        return;
    }
}

void Outbox::retry(const QString &clientMessageId)
{
    for (OutboxItem &i : m_items) {
        if (i.clientMessageId != clientMessageId || !i.failed)
            continue;
        i.failed = false;
        i.errorCode.clear();
        i.errorMessage.clear();
        save();
        emit changed();
        return;
    }
}

QList<OutboxItem> Outbox::pending() const
{
    QList<OutboxItem> out;
    for (const OutboxItem &i : m_items)
        if (!i.failed && i.localFile.isEmpty())
            out.append(i);
    return out;
}

QList<OutboxItem> Outbox::items(const QString &roomId) const
{
    QList<OutboxItem> out;
    for (const OutboxItem &i : m_items)
        if (roomId.isEmpty() || i.roomId == roomId)
            out.append(i);
    return out;
}

} // namespace tutorhub::api
