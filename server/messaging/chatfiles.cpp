// Chat attachments (issue 15 item 5; decisions U50-U59): files uploaded into a conversation by one of its
// participants and sent as image/document messages that name the file's id. The bytes live in the database
// (chatFiles.fileData), the type is sniffed from the bytes, the name is reduced to a plain file name, images get
// a small thumbnail carried in the message content, and a download needs the bearer token of a participant or
// an admin (no key in the URL). Deleting the message hides the file.
#include "messaging/messaging.h"

#include "admin/svcutil.h"
#include "auth/userschema.h"
#include "core/util.h"
#include "http/contract.h"
#include "http/envelope.h"
#include "http/filenames.h"
#include "core/handler.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QStringDecoder>

namespace tutorhub::server {

const ObjectSchema &chatFileSchema()
{
    static const ObjectSchema s {QStringLiteral("chatFile"),
                                 QStringLiteral("chatFiles"),
                                 QStringLiteral("chatFiles"),
                                 {
                                     field("roomId", FieldType::ID, true),
                                     field("uploaderId", FieldType::ID, true),
                                     field("fileName", FieldType::String),
                                     field("mimeType", FieldType::String),
                                     field("fileSize", FieldType::Integer),
                                     field("width", FieldType::Integer),
                                     field("height", FieldType::Integer),
                                     field("thumbnail", FieldType::Text, false, {}, 20000),
                                     field("messageId", FieldType::ID, true),
                                     [] {
                                         Field f = field("fileData", FieldType::Blob);
                                         f.hidden = true;
                                         return f;
                                     }(),
                                 }};
    return s;
}

namespace {

constexpr int kThumbnailEdge = 160; // px, the longer side (U52)
constexpr int kThumbnailMaxBytes = 9000; // encoded, before base64
constexpr qint64 kMaxImagePixels = 40'000'000; // a bigger image is refused before it is decoded

// The types a chat file may have, sniffed from its first bytes (U51): the canonical suffix first.
struct Kind
{
    QByteArray mime;
    QStringList suffixes;
};

const QList<Kind> &zipKinds()
{
    static const QList<Kind> k {
        {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", {QStringLiteral("docx")}},
        {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", {QStringLiteral("xlsx")}},
        {"application/vnd.openxmlformats-officedocument.presentationml.presentation", {QStringLiteral("pptx")}},
        {"application/vnd.oasis.opendocument.text", {QStringLiteral("odt")}},
        {"application/vnd.oasis.opendocument.spreadsheet", {QStringLiteral("ods")}},
        {"application/vnd.oasis.opendocument.presentation", {QStringLiteral("odp")}},
        {"application/zip", {QStringLiteral("zip")}},
    };
    return k;
}

const QList<Kind> &oleKinds()
{
    static const QList<Kind> k {
        {"application/msword", {QStringLiteral("doc")}},
        {"application/vnd.ms-excel", {QStringLiteral("xls")}},
        {"application/vnd.ms-powerpoint", {QStringLiteral("ppt")}},
    };
    return k;
}

bool looksLikeText(const QByteArray &data)
{
    if (data.contains('\0'))
        return false;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(data);
    return !utf8.hasError() && !text.isEmpty();
}

// The kind of `data`; `suffix` chooses among the container formats (a .docx is a ZIP file). Empty mime: refused.
Kind sniff(const QByteArray &data, const QString &suffix)
{
    auto bySuffix = [&](const QList<Kind> &kinds) {
        for (const Kind &k : kinds)
            if (k.suffixes.contains(suffix))
                return k;
        return kinds.last().mime == "application/zip" ? kinds.last() : kinds.first();
    };
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return {"image/png", {QStringLiteral("png")}};
    if (data.startsWith("\xff\xd8\xff"))
        return {"image/jpeg", {QStringLiteral("jpg"), QStringLiteral("jpeg")}};
    if (data.startsWith("GIF87a") || data.startsWith("GIF89a"))
        return {"image/gif", {QStringLiteral("gif")}};
    if (data.startsWith("%PDF-"))
        return {"application/pdf", {QStringLiteral("pdf")}};
    if (data.startsWith("PK\x03\x04"))
        return bySuffix(zipKinds());
    if (data.startsWith("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"))
        return bySuffix(oleKinds());
    if (looksLikeText(data)) {
        if (suffix == QLatin1String("md"))
            return {"text/markdown", {QStringLiteral("md")}};
        if (suffix == QLatin1String("csv"))
            return {"text/csv", {QStringLiteral("csv")}};
        return {"text/plain", {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("log")}};
    }
    return {};
}

// U53: only the last path component, no control characters, no leading dots, at most 255 characters, and
// a suffix that matches the sniffed type (appended when it does not), so a download never lands outside the
// folder the user picks nor opens with the wrong program.
QString cleanFileName(const QString &given, const Kind &kind)
{
    QString name = given.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    QString out;
    for (const QChar c : std::as_const(name)) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f) || u == 0x2028 || u == 0x2029 || c == QLatin1Char(':'))
            continue;
        out.append(c);
    }
    out = out.trimmed();
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    QString suffix = out.contains(QLatin1Char('.')) ? out.section(QLatin1Char('.'), -1).toLower() : QString();
    if (out.isEmpty())
        out = QStringLiteral("file");
    if (!kind.suffixes.contains(suffix))
        out += QLatin1Char('.') + kind.suffixes.first();
    if (out.size() > kMaxString) {
        const QString tail = QLatin1Char('.') + out.section(QLatin1Char('.'), -1);
        out = out.left(kMaxString - tail.size()) + tail;
    }
    return out;
}

struct ImageInfo
{
    int width = 0;
    int height = 0;
    QString thumbnail; // data:image/...;base64,...
};

// U52: the size from the header, then a decode straight to thumbnail size (QImageReader::setScaledSize), never
// the full image; too many pixels or undecodable bytes are refused.
ImageInfo imageInfo(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        throw HttpError(400, QStringLiteral("errMsg_UnreadableImage"),
                        QStringLiteral("This image could not be read. Send it as a PNG, JPEG or GIF file."));
    if (qint64(size.width()) * size.height() > kMaxImagePixels)
        throw HttpError(400, QStringLiteral("errMsg_ImageTooLarge"),
                        QStringLiteral("This image has more than 40 million pixels. Send a smaller image."));
    const QSize thumb = size.scaled(QSize(kThumbnailEdge, kThumbnailEdge), Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    if (size.width() > kThumbnailEdge || size.height() > kThumbnailEdge)
        reader.setScaledSize(thumb);
    QImage image = reader.read();
    if (image.isNull())
        throw HttpError(400, QStringLiteral("errMsg_UnreadableImage"),
                        QStringLiteral("This image could not be read. Send it as a PNG, JPEG or GIF file."));
    ImageInfo info;
    // EXIF rotation: the reader's transformation swaps the sides of the stored size.
    const bool swapped = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    info.width = swapped ? size.height() : size.width();
    info.height = swapped ? size.width() : size.height();
    if (image.width() > kThumbnailEdge || image.height() > kThumbnailEdge)
        image = image.scaled(kThumbnailEdge, kThumbnailEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QImage rgb = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        for (int y = 0; y < rgb.height(); ++y) { // alpha over white without QPainter (no QGuiApplication here)
            const QRgb *src = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
            QRgb *dst = reinterpret_cast<QRgb *>(flat.scanLine(y));
            for (int x = 0; x < rgb.width(); ++x) {
                const int a = qAlpha(src[x]);
                dst[x] = qRgb(qRed(src[x]) + 255 - a, qGreen(src[x]) + 255 - a, qBlue(src[x]) + 255 - a);
            }
        }
    }
    for (int quality : {80, 65, 50, 35}) {
        QByteArray bytes;
        QBuffer out(&bytes);
        out.open(QIODevice::WriteOnly);
        QImageWriter writer(&out, "jpeg");
        writer.setQuality(quality);
        if (!writer.write(flat))
            break;
        if (bytes.size() <= kThumbnailMaxBytes) {
            info.thumbnail = QStringLiteral("data:image/jpeg;base64,") + QString::fromLatin1(bytes.toBase64());
            return info;
        }
    }
    return info; // no thumbnail (no JPEG writer): the app shows a file chip
}

QVariantMap loadRoom(const Repository &repo, const QString &id)
{
    const auto row = repo.get(conversationSchema(), id);
    if (!row || !row->value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(conversationSchema().name);
    return *row;
}

QJsonObject fileJson(const QVariantMap &row)
{
    QJsonObject o = chatFileSchema().toJson(row);
    o.insert(QStringLiteral("size"), row.value(QStringLiteral("fileSize")).toLongLong());
    return o;
}

Response uploadChatFile(const Context &ctx, Request &req)
{
    const AuthContext &me = req.caller();
    const QString roomId = req.queryValue(QStringLiteral("roomId"));
    if (roomId.isEmpty())
        throw HttpError::missing(QStringLiteral("roomId"));
    svc::requireUuid(QStringLiteral("roomId"), roomId);
    const QVariantMap room = loadRoom(*ctx.repo, roomId);
    // U54: the same rules as sending a message (participants only, not closed, not one-way, not silenced).
    if (auto refusal = messaging::sendRefusal(room, me.user))
        throw *refusal;
    if (messaging::isMutedInRoom(*ctx.repo, roomId, me.userId))
        throw HttpError(403, QStringLiteral("errMsg_SilencedInConversation"),
                        QStringLiteral("You cannot post in this conversation at the moment."));
    const QString given = req.queryValue(QStringLiteral("fileName"));
    if (given.trimmed().isEmpty())
        throw HttpError::missing(QStringLiteral("fileName"));
    if (given.size() > 1024)
        throw HttpError::tooLong(QStringLiteral("fileName"), 1024);
    if (req.body.isEmpty())
        throw HttpError(400, QStringLiteral("errMsg_EmptyFile"),
                        QStringLiteral("This file is empty. Choose a file with content."));
    const QVariantMap row = messaging::storeChatFile(*ctx.repo, roomId, me.userId, given, req.body);
    return envelope::ok(req, chatFileSchema().name, QStringLiteral("create"), fileJson(row), 201);
}

Response downloadChatFile(const Context &ctx, Request &req)
{
    const AuthContext &me = req.caller();
    const auto file = ctx.repo->get(chatFileSchema(), req.param(QStringLiteral("chatFileId")));
    // U55: a deleted message's file is gone for its participants; admins still read it (SEC40's rule).
    if (!file || (!file->value(QStringLiteral("isActive")).toBool() && !me.isAdmin()))
        throw HttpError::notFound(chatFileSchema().name);
    const auto room = ctx.repo->get(conversationSchema(), str(*file, "roomId"));
    if (!me.isAdmin() && (!room || !messaging::isParticipant(*room, me.userId)))
        throw HttpError(
            403, QStringLiteral("errMsg_NotConversationParticipant"),
            QStringLiteral("Only the participants of this conversation and administrators can read its files."));
    Response res
        = Response::raw(file->value(QStringLiteral("fileData")).toByteArray(), str(*file, "mimeType").toLatin1());
    res.headers.append(qMakePair(QByteArrayLiteral("Content-Disposition"), contentDisposition(str(*file, "fileName"))));
    res.headers.append(qMakePair(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")));
    res.headers.append(qMakePair(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private, no-store")));
    return res;
}

} // namespace

QVariantMap messaging::storeChatFile(Repository &repo, const QString &roomId, const QString &uploaderId,
                                     const QString &fileName, const QByteArray &data)
{
    const QString suffix = fileName.section(QLatin1Char('.'), -1).toLower();
    const Kind kind = sniff(data, suffix);
    if (kind.mime.isEmpty())
        throw HttpError(
            400, QStringLiteral("errMsg_UnsupportedFileType"),
            QStringLiteral("Chat files may be images (PNG, JPEG, GIF), PDF, office documents, text or ZIP files."));
    QVariantMap values {{QStringLiteral("roomId"), roomId},
                        {QStringLiteral("uploaderId"), uploaderId},
                        {QStringLiteral("fileName"), cleanFileName(fileName, kind)},
                        {QStringLiteral("mimeType"), QString::fromLatin1(kind.mime)},
                        {QStringLiteral("fileSize"), data.size()},
                        {QStringLiteral("fileData"), data}};
    if (kind.mime.startsWith("image/")) {
        const ImageInfo info = imageInfo(data);
        values.insert(QStringLiteral("width"), info.width);
        values.insert(QStringLiteral("height"), info.height);
        if (!info.thumbnail.isEmpty())
            values.insert(QStringLiteral("thumbnail"), info.thumbnail);
    }
    return repo.insert(chatFileSchema(), values, uploaderId);
}

QJsonObject messaging::resolveAttachment(const Repository &repo, const QString &roomId, const QString &senderId,
                                         const QString &messageType, const QJsonObject &content,
                                         const QString &messageId)
{
    const QString fileId = content.value(QStringLiteral("fileId")).toString();
    if (fileId.isEmpty())
        return content;
    const auto file = repo.get(chatFileSchema(), fileId);
    const QString linked = file ? str(*file, "messageId") : QString();
    if (!file || !file->value(QStringLiteral("isActive")).toBool() || str(*file, "roomId") != roomId
        || str(*file, "uploaderId") != senderId || (!linked.isEmpty() && linked != messageId))
        throw HttpError::invalid(
            QStringLiteral("content.fileId"),
            QStringLiteral("'content.fileId' must be a file you uploaded to this conversation and have not sent yet."));
    const QString mime = str(*file, "mimeType");
    if (messageType == QLatin1String("image") && !mime.startsWith(QLatin1String("image/")))
        throw HttpError::invalid(QStringLiteral("messageType"),
                                 QStringLiteral("Only an image file can be sent as an image message."));
    QJsonObject out {{QStringLiteral("fileId"), fileId},
                     {QStringLiteral("fileName"), str(*file, "fileName")},
                     {QStringLiteral("mimeType"), mime},
                     {QStringLiteral("size"), file->value(QStringLiteral("fileSize")).toLongLong()}};
    if (messageType == QLatin1String("image")) {
        out.insert(QStringLiteral("width"), file->value(QStringLiteral("width")).toInt());
        out.insert(QStringLiteral("height"), file->value(QStringLiteral("height")).toInt());
        if (!str(*file, "thumbnail").isEmpty())
            out.insert(QStringLiteral("thumbnail"), str(*file, "thumbnail"));
    }
    if (content.contains(QStringLiteral("caption")))
        out.insert(QStringLiteral("caption"), content.value(QStringLiteral("caption")));
    return out;
}

void messaging::linkAttachment(Repository &repo, const QJsonObject &content, const QString &messageId)
{
    const QString fileId = content.value(QStringLiteral("fileId")).toString();
    if (!fileId.isEmpty())
        repo.exec(QStringLiteral("UPDATE chatFiles SET messageId = ? WHERE id = ?"), {messageId, fileId});
}

void messaging::hideAttachments(Repository &repo, const QString &messageId)
{
    repo.exec(QStringLiteral("UPDATE chatFiles SET isActive = 0, updatedAt = ? WHERE messageId = ?"),
              {isoNow(), messageId});
}

QList<Route> chatFileRoutes(Context ctx)
{
    Route upload = route(R::uploadChatFile, ctx, uploadChatFile);
    upload.maxBody = messaging::kMaxChatFileBytes; // U50: 413 from the request head
    upload.body = BodyKind::Raw; // the file itself; its type is sniffed (U51)
    return {upload, route(R::downloadChatFile, ctx, downloadChatFile)};
}

} // namespace tutorhub::server
