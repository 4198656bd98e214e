#include "chatfiles.h"

#include "api/apiclient.h"
#include "api/contract.h"
#include "api/jsonapi.h"
#include "api/outbox.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QSaveFile>
#include <QUuid>

namespace tutorhub::models {

namespace {

bool isImageFile(const QString &path)
{
    const QByteArray format = QImageReader::imageFormat(path);
    return format == "png" || format == "jpeg" || format == "gif";
}

// U59: the reader decodes at the scaled size (JPEG natively) and refuses more than 40 megapixels outright.
QImage readScaled(QImageReader &reader, int edge)
{
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty() || qint64(size.width()) * size.height() > 40'000'000)
        return {};
    if (size.width() > edge || size.height() > edge)
        reader.setScaledSize(size.scaled(edge, edge, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    return reader.read();
}

} // namespace

ChatUploader::ChatUploader(api::ApiClient *client, api::Outbox *outbox, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_outbox(outbox)
{
    if (m_outbox)
        connect(m_outbox, &api::Outbox::changed, this, &ChatUploader::pump, Qt::QueuedConnection);
    QMetaObject::invokeMethod(this, &ChatUploader::pump, Qt::QueuedConnection); // items left by the last run
}

ChatUploader *ChatUploader::forOutbox(api::ApiClient *client, api::Outbox *outbox)
{
    if (outbox)
        if (auto *existing = outbox->findChild<ChatUploader *>(QString(), Qt::FindDirectChildrenOnly))
            return existing;
    return new ChatUploader(client, outbox, outbox);
}

bool ChatUploader::available() const
{
    return m_client && m_client->serverFeatures().supportsOrNotAsked(api::Route::uploadChatFile);
}

QString ChatUploader::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, bytes < 1024 * 1024 ? 0 : 1, QLocale::DataSizeTraditionalFormat);
}

QString ChatUploader::fileProblem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return tr("“%1” is not there any more. Choose the file again.").arg(info.fileName());
    if (!info.isReadable())
        return tr("“%1” cannot be read. Check that you may open it, then try again.").arg(info.fileName());
    if (info.size() == 0)
        return tr("“%1” is empty. Choose a file with content.").arg(info.fileName());
    if (info.size() > kMaxFileBytes)
        return tr("“%1” is %2; chat files may be up to %3. Send a smaller file or share a link to it.")
            .arg(info.fileName(), sizeText(info.size()), sizeText(kMaxFileBytes));
    return {};
}

QString ChatUploader::attachFile(const QString &roomId, const QString &path, const QString &caption)
{
    m_error.clear();
    if (!available()) {
        m_error = tr("This server does not take files in the chat. Share a link to the file instead.");
        return {};
    }
    if (roomId.isEmpty() || !m_outbox) {
        m_error = tr("Open a conversation first.");
        return {};
    }
    m_error = fileProblem(path);
    if (!m_error.isEmpty())
        return {};
    const QFileInfo info(path);
    const bool image = isImageFile(path);
    QJsonObject content {{QStringLiteral("fileName"), info.fileName()}, {QStringLiteral("size"), info.size()}};
    if (!caption.trimmed().isEmpty())
        content.insert(QStringLiteral("caption"), caption.trimmed());
    return m_outbox->enqueueFile(roomId, image ? QStringLiteral("image") : QStringLiteral("document"),
                                 info.absoluteFilePath(), content);
}

QString ChatUploader::attachImage(const QString &roomId, const QImage &image)
{
    m_error.clear();
    if (image.isNull() || !m_outbox) {
        m_error = tr("The pasted image could not be read.");
        return {};
    }
    const QString dir = m_outbox->stashDirectory();
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path
        = dir + QStringLiteral("/pasted-image-%1.png").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        m_error = tr("The pasted image could not be saved for sending: %1").arg(file.errorString());
        return {};
    }
    const QString cid = attachFile(roomId, path);
    if (cid.isEmpty())
        QFile::remove(path);
    return cid;
}

void ChatUploader::pump()
{
    if (!m_outbox || !m_client || !m_reply.isNull())
        return;
    for (const api::OutboxItem &item : m_outbox->awaitingUpload()) {
        if (item.failed)
            continue;
        const QString problem = fileProblem(item.localFile);
        if (!problem.isEmpty()) {
            m_outbox->markFailed(item.clientMessageId, QStringLiteral("localFile"), problem); // shown, never dropped
            continue;
        }
        QFile file(item.localFile);
        if (!file.open(QIODevice::ReadOnly)) {
            m_outbox->markFailed(item.clientMessageId, QStringLiteral("localFile"),
                                 tr("“%1” cannot be read. Check that you may open it, then try again.")
                                     .arg(QFileInfo(item.localFile).fileName()));
            continue;
        }
        api::ApiRequest r = api::ApiRequest::to(api::Route::uploadChatFile);
        r.query.addQueryItem(QStringLiteral("roomId"), item.roomId);
        r.query.addQueryItem(QStringLiteral("fileName"), item.content.value(QStringLiteral("fileName")).toString());
        r.rawBody = file.readAll();
        r.rawContentType = "application/octet-stream"; // the server sniffs the type from the bytes (U51)
        r.idempotent = false;
        r.timeoutMs = 300000;
        m_current = item.clientMessageId;
        m_progress.insert(m_current, 0);
        emit progressChanged(m_current, 0);
        const QString cid = m_current;
        const QJsonObject caption = item.content;
        const QString fileName = item.content.value(QStringLiteral("fileName")).toString();
        m_reply = api::callJson(
            m_client, r, this, [this, cid, caption, fileName](const api::Result<api::JsonAnswer> &res) {
                m_reply.clear();
                m_current.clear();
                m_progress.remove(cid);
                emit progressChanged(cid, -1);
                if (!m_outbox || !m_outbox->contains(cid)) {
                    pump();
                    return;
                }
                if (res.ok()) {
                    const QJsonObject file = res.value().object();
                    QJsonObject content {{QStringLiteral("fileId"), file.value(QStringLiteral("id"))}};
                    for (const char *key : {"fileName", "mimeType", "size", "width", "height", "thumbnail"})
                        if (file.contains(QLatin1String(key)))
                            content.insert(QLatin1String(key), file.value(QLatin1String(key)));
                    if (caption.contains(QStringLiteral("caption")))
                        content.insert(QStringLiteral("caption"), caption.value(QStringLiteral("caption")));
                    // The server's sniffed type decides: a file picked as an image that is none goes as a document.
                    const bool image
                        = file.value(QStringLiteral("mimeType")).toString().startsWith(QLatin1String("image/"));
                    const std::optional<api::OutboxItem> item = m_outbox->item(cid);
                    const QString stash = item ? item->localFile : QString();
                    m_outbox->setUploaded(cid, content, image ? QString() : QStringLiteral("document"));
                    if (!stash.isEmpty()
                        && QFileInfo(stash).absolutePath() == QFileInfo(m_outbox->stashDirectory()).absoluteFilePath())
                        QFile::remove(stash);
                    emit uploaded(cid, file);
                } else if (res.error().kind != api::ApiError::Kind::Canceled) {
                    const api::ApiError &e = res.error();
                    const QString sentence = e.httpStatus == 413
                                                 ? tr("“%1” is larger than %2, the most a chat file may have. Send a "
                                                      "smaller file or share a link to it.")
                                                       .arg(fileName, sizeText(kMaxFileBytes))
                                                 : e.userMessage();
                    m_outbox->markFailed(cid, e.code.isEmpty() ? QStringLiteral("upload") : e.code, sentence);
                    emit uploadFailed(cid, sentence);
                }
                pump();
            });
        if (m_reply)
            connect(m_reply, &api::ApiReply::uploadProgress, this, [this, cid](qint64 sent, qint64 total) {
                if (total <= 0)
                    return;
                const int percent = int(sent * 100 / total);
                if (m_progress.value(cid, -1) != percent && m_progress.contains(cid)) {
                    m_progress.insert(cid, percent);
                    emit progressChanged(cid, percent);
                }
            });
        return; // one upload at a time
    }
}

void ChatUploader::cancel(const QString &clientMessageId)
{
    if (clientMessageId == m_current && m_reply)
        m_reply->abort();
    finish(clientMessageId, true);
}

void ChatUploader::finish(const QString &clientMessageId, bool removeStash)
{
    if (!m_outbox)
        return;
    const std::optional<api::OutboxItem> item = m_outbox->item(clientMessageId);
    if (!item)
        return;
    if (removeStash && !item->localFile.isEmpty()
        && QFileInfo(item->localFile).absolutePath() == QFileInfo(m_outbox->stashDirectory()).absoluteFilePath())
        QFile::remove(item->localFile);
    m_outbox->remove(clientMessageId);
}

void ChatUploader::retry(const QString &clientMessageId)
{
    if (m_outbox)
        m_outbox->retry(clientMessageId); // changed() -> pump(); a sent item goes back to the connection
}

QImage ChatUploader::previewOf(const QString &path, int edge)
{
    QImageReader reader(path);
    return readScaled(reader, edge);
}

QImage ChatUploader::previewOfData(const QByteArray &data, int edge)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return readScaled(reader, edge);
}

ChatDownloader::ChatDownloader(api::ApiClient *client, QObject *parent) : QObject(parent), m_client(client) { }

void ChatDownloader::cancel()
{
    if (m_reply)
        m_reply->abort();
}

void ChatDownloader::download(const QString &fileId, const QString &fileName, const QString &targetPath)
{
    cancel();
    if (!m_client)
        return;
    m_fileName = fileName;
    api::ApiRequest r = api::ApiRequest::to(api::Route::downloadChatFile, {fileId});
    r.expectJson = false;
    r.timeoutMs = 300000;
    m_reply = m_client->send(r);
    api::ApiReply *reply = m_reply;
    emit progressChanged(0);
    connect(reply, &api::ApiReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        emit progressChanged(total > 0 ? int(received * 100 / total) : -1);
    });
    connect(reply, &api::ApiReply::finished, this, [this, reply, targetPath] {
        if (m_reply == reply)
            m_reply.clear();
        if (!reply->ok()) {
            emit finished(false, targetPath,
                          reply->error().kind == api::ApiError::Kind::Canceled ? QString()
                                                                               : reply->error().userMessage());
            return;
        }
        QSaveFile file(targetPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(reply->rawBody()) != reply->rawBody().size()
            || !file.commit()) {
            emit finished(false, targetPath,
                          tr("“%1” could not be saved there: %2. Choose another folder.")
                              .arg(QFileInfo(targetPath).fileName(), file.errorString()));
            return;
        }
        emit progressChanged(100);
        emit finished(true, targetPath, {});
    });
}

} // namespace tutorhub::models
