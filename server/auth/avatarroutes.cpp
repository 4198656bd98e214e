// The userAvatars bucket (D14): raw-body upload, public download by access key, default avatars.
#include "auth/authroutes.h"

#include "auth/userschema.h"
#include "core/util.h"
#include "http/contract.h"
#include "http/envelope.h"
#include "http/filenames.h"
#include "core/handler.h"

namespace tutorhub::server {

namespace {

constexpr qint64 kMaxAvatarBytes = 2 * 1024 * 1024; // D4

// The declared type must be an allowed image type and match the file's signature.
QByteArray checkImage(const QByteArray &contentType, const QByteArray &data)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    bool ok = false;
    if (type == "image/png")
        ok = data.startsWith("\x89PNG\r\n\x1a\n");
    else if (type == "image/jpeg" || type == "image/jpg")
        ok = data.startsWith("\xff\xd8\xff");
    else if (type == "image/gif")
        ok = data.startsWith("GIF87a") || data.startsWith("GIF89a");
    else if (type == "image/webp")
        ok = data.size() >= 12 && data.startsWith("RIFF") && data.mid(8, 4) == "WEBP";
    else
        throw HttpError::invalid(QStringLiteral("Content-Type"),
                                 QStringLiteral("Avatars must be PNG, JPEG, WebP or GIF images."));
    if (!ok)
        throw HttpError::invalid(QStringLiteral("fileData"),
                                 QStringLiteral("The file content is not a %1 image.").arg(QString::fromLatin1(type)));
    return type == "image/jpg" ? QByteArray("image/jpeg") : type;
}

// A small coloured SVG circle for default-<n>.
QByteArray defaultAvatarSvg(int n)
{
    static const char *colours[]
        = {"#4f7cac", "#c0504d", "#9bbb59", "#8064a2", "#4bacc6", "#f79646", "#2c4d75", "#7f6084"};
    return QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"128\" height=\"128\" viewBox=\"0 0 128 128\">"
                      "<rect width=\"128\" height=\"128\" fill=\"")
           + colours[(n - 1) % 8]
           + "\"/><circle cx=\"64\" cy=\"50\" r=\"24\" fill=\"#ffffff\" opacity=\"0.85\"/>"
             "<path d=\"M24 118c4-26 20-38 40-38s36 12 40 38z\" fill=\"#ffffff\" opacity=\"0.85\"/></svg>";
}

QJsonObject fileJson(const QVariantMap &row, bool withData)
{
    QJsonObject o = userAvatarsFileSchema().toJson(row);
    if (withData)
        o.insert(QStringLiteral("fileData"),
                 QString::fromLatin1(row.value(QStringLiteral("fileData")).toByteArray().toBase64()));
    return o;
}

// Deleted files are found by administrators only (SEC40).
QVariantMap loadFile(const Context &ctx, const Request &req, const QString &id)
{
    const auto f = ctx.repo->get(userAvatarsFileSchema(), id);
    if (!f || (!f->value(QStringLiteral("isActive")).toBool() && !req.caller().isAdmin()))
        throw HttpError::notFound(QStringLiteral("userAvatarsFile"));
    return *f;
}

} // namespace

namespace {

Response listUserAvatarsFiles(const Context &ctx, Request &req)
{
    const ListQuery q
        = ListQuery::parse(req, userAvatarsFileSchema(),
                           {QStringLiteral("mimeType"), QStringLiteral("ownerId"), QStringLiteral("userId")});
    const ListResult res = ctx.repo->list(userAvatarsFileSchema(), q);
    QJsonArray rows;
    for (const QVariantMap &row : res.rows)
        rows.append(fileJson(row, false));
    return envelope::list(req, QStringLiteral("userAvatarsFiles"), rows, q.paging(res.total));
}

Response downloadUserAvatar(const Context &ctx, Request &req)
{
    const QString key = req.param(QStringLiteral("accessKey"));
    if (key.startsWith(QLatin1String("default-"))) {
        bool ok = false;
        const int n = key.mid(8).toInt(&ok);
        if (ok && n >= 1 && n <= 8) {
            Response res = Response::raw(defaultAvatarSvg(n), "image/svg+xml");
            res.headers.append(
                qMakePair(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("public, max-age=86400")));
            return res;
        }
    }
    const auto file
        = ctx.repo->findOne(userAvatarsFileSchema(), QStringLiteral("accessKey = ? AND isActive = 1"), {key});
    if (!file)
        throw HttpError::notFound(QStringLiteral("userAvatarsFile"));
    Response res = Response::raw(file->value(QStringLiteral("fileData")).toByteArray(),
                                 file->value(QStringLiteral("mimeType")).toByteArray());
    res.headers.append(qMakePair(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("public, max-age=86400")));
    return res;
}

const QString kAvatarFile = QStringLiteral("userAvatarsFile");

} // namespace

namespace {

Response uploadUserAvatarsFile(const Context &ctx, Request &req)
{
    if (req.body.isEmpty())
        throw HttpError::missing(QStringLiteral("fileData"));
    const QByteArray type = checkImage(req.header("content-type"), req.body);
    QString fileName = req.queryValue(QStringLiteral("fileName")).trimmed();
    if (fileName.size() > kMaxString)
        throw HttpError::tooLong(QStringLiteral("fileName"), kMaxString);
    requireSafeFileName(fileName, QStringLiteral("fileName"));
    if (fileName.isEmpty())
        fileName = QStringLiteral("avatar");
    const QString me = req.caller().userId;
    const QString key = randomKey(12);
    const QVariantMap row = inTransaction(*ctx.repo, [&] {
        const QVariantMap file = ctx.repo->insert(userAvatarsFileSchema(),
                                                  {{QStringLiteral("fileName"), fileName},
                                                   {QStringLiteral("mimeType"), QString::fromLatin1(type)},
                                                   {QStringLiteral("fileSize"), req.body.size()},
                                                   {QStringLiteral("accessKey"), key},
                                                   {QStringLiteral("ownerId"), me},
                                                   {QStringLiteral("fileData"), req.body},
                                                   {QStringLiteral("userId"), me}},
                                                  me);
        ctx.repo->update(userSchema(), me,
                         {{QStringLiteral("avatar"),
                           contract::path(contract::R::downloadUserAvatar, {{QStringLiteral("accessKey"), key}})}});
        return file;
    });
    QJsonObject o = fileJson(row, false);
    o.insert(QStringLiteral("url"),
             req.baseUrl + contract::path(contract::R::downloadUserAvatar, {{QStringLiteral("accessKey"), key}}));
    return envelope::ok(req, kAvatarFile, QStringLiteral("create"), o, 201);
}

Response getUserAvatarsFile(const Context &ctx, Request &req)
{
    return envelope::ok(req, kAvatarFile, QStringLiteral("get"),
                        fileJson(loadFile(ctx, req, req.param(QStringLiteral("userAvatarsFileId"))), true));
}

Response deleteUserAvatarsFile(const Context &ctx, Request &req)
{
    const QVariantMap file = loadFile(ctx, req, req.param(QStringLiteral("userAvatarsFileId")));
    if (!file.value(QStringLiteral("isActive")).toBool())
        throw HttpError::notFound(QStringLiteral("userAvatarsFile"));
    if (file.value(QStringLiteral("ownerId")).toString() != req.caller().userId && !req.caller().isAdmin())
        throw HttpError::forbidden(QStringLiteral("Only the owner or an administrator may delete this file."));
    const QVariantMap row = ctx.repo->softDelete(userAvatarsFileSchema(), file.value(QStringLiteral("id")).toString());
    // Users showing this avatar fall back to a default one.
    const QString url
        = contract::path(contract::R::downloadUserAvatar,
                         {{QStringLiteral("accessKey"), file.value(QStringLiteral("accessKey")).toString()}});
    ctx.repo->exec(
        QStringLiteral(
            "UPDATE users SET avatar = ?, recordVersion = recordVersion + 1, updatedAt = ? WHERE avatar = ?"),
        {defaultAvatar(), isoNow(), url});
    return envelope::ok(req, kAvatarFile, QStringLiteral("delete"), fileJson(row, false));
}

} // namespace

QList<Route> avatarRoutes(Context ctx)
{
    const QString A = QStringLiteral("auth-api");
    QList<Route> r;

    Route upload = route(R::uploadUserAvatarsFile, ctx, uploadUserAvatarsFile);
    upload.maxBody = kMaxAvatarBytes;
    upload.body = BodyKind::Raw; // the image itself, checkImage() checks its type
    r.append(upload);

    r.append(route(R::getUserAvatarsFile, ctx, getUserAvatarsFile));

    r.append(route(R::listUserAvatarsFiles, ctx, listUserAvatarsFiles));

    r.append(route(R::deleteUserAvatarsFile, ctx, deleteUserAvatarsFile));

    r.append(route(R::downloadUserAvatar, ctx, downloadUserAvatar));
    return r;
}

} // namespace tutorhub::server
