#include "responsecache.h"

#include "apiclient.h"
#include "contract.h"
#include "environment.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileDevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace tutorhub::api {

namespace {
constexpr QFileDevice::Permissions kFileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kDirMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
} // namespace

ResponseCache::ResponseCache(const QString &directory) : m_dir(directory) { }

QString ResponseCache::directoryFor(const QString &dataDirectory, const Environment &environment, const QString &userId)
{
    if (dataDirectory.isEmpty() || userId.isEmpty())
        return {};
    QString key = environment.keyPrefix() + QLatin1Char('-') + userId;
    key.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QDir(dataDirectory).filePath(QStringLiteral("offline-cache/") + key);
}

bool ResponseCache::isCacheable(const ApiRequest &request)
{
    if (request.method != "GET" || !request.route || !request.expectJson)
        return false;
    switch (*request.route) {
    case Route::listEnrollments:
    case Route::getEnrollment:
    case Route::listLessonSlots:
    case Route::getLessonSlot:
    case Route::listCourseMaterials:
    case Route::listRefundRequests:
    case Route::listMyConversations:
    case Route::listChatMessages:
        return true;
    default:
        return false;
    }
}

QString ResponseCache::fileNameOf(const QByteArray &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(40))
           + QStringLiteral(".json");
}

QString ResponseCache::keyOf(const ApiRequest &request)
{
    auto items = request.query.queryItems(QUrl::FullyEncoded);
    std::sort(items.begin(), items.end());
    QByteArray text = request.method + ' ' + QByteArray::number(int(request.service)) + ' ' + request.path.toUtf8();
    for (const auto &[name, value] : std::as_const(items))
        text += '\n' + name.toUtf8() + '=' + value.toUtf8();
    return fileNameOf(text);
}

bool ResponseCache::ensureDirectory()
{
    if (!QDir().mkpath(m_dir)) {
        m_error = QStringLiteral("cannot create %1").arg(m_dir);
        return false;
    }
    // Both levels private: offline-cache/ and the user's folder below it.
    QFile::setPermissions(QFileInfo(m_dir).absolutePath(), kDirMode);
    QFile::setPermissions(m_dir, kDirMode);
    return true;
}

bool ResponseCache::write(const QString &fileName, int httpStatus, const QByteArray &body, const QDateTime &savedAt)
{
    if (!ensureDirectory())
        return false;
    const QJsonObject o {{QStringLiteral("version"), 1},
                         {QStringLiteral("savedAt"), savedAt.toUTC().toString(Qt::ISODateWithMs)},
                         {QStringLiteral("status"), httpStatus},
                         {QStringLiteral("body"), QString::fromUtf8(body)}};
    const QString path = QDir(m_dir).filePath(fileName);
    QSaveFile f(path);
    // QSaveFile gives a new file the umask's mode: 0600 is set on the temporary file before any byte is written.
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(kFileMode)
        || f.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) < 0 || !f.commit()) {
        m_error = f.errorString();
        return false;
    }
    QFile::setPermissions(path, kFileMode);
    return true;
}

std::optional<ResponseCache::Entry> ResponseCache::read(const QString &fileName) const
{
    QFile f(QDir(m_dir).filePath(fileName));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    Entry e;
    e.savedAt = QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    e.httpStatus = o.value(QStringLiteral("status")).toInt(200);
    e.body = o.value(QStringLiteral("body")).toString().toUtf8();
    if (!e.savedAt.isValid() || e.body.isEmpty())
        return std::nullopt;
    return e;
}

bool ResponseCache::store(const ApiRequest &request, int httpStatus, const QByteArray &body, const QDateTime &savedAt)
{
    if (!isEnabled() || !isCacheable(request))
        return false;
    return write(keyOf(request), httpStatus, body, savedAt);
}

std::optional<ResponseCache::Entry> ResponseCache::lookup(const ApiRequest &request) const
{
    if (!isEnabled() || !isCacheable(request))
        return std::nullopt;
    return read(keyOf(request));
}

bool ResponseCache::storeNamed(const QString &name, const QByteArray &body, const QDateTime &savedAt)
{
    if (!isEnabled() || name.isEmpty())
        return false;
    return write(fileNameOf("named " + name.toUtf8()), 200, body, savedAt);
}

std::optional<ResponseCache::Entry> ResponseCache::lookupNamed(const QString &name) const
{
    if (!isEnabled() || name.isEmpty())
        return std::nullopt;
    return read(fileNameOf("named " + name.toUtf8()));
}

void ResponseCache::removeNamed(const QString &name)
{
    if (isEnabled() && !name.isEmpty())
        QFile::remove(QDir(m_dir).filePath(fileNameOf("named " + name.toUtf8())));
}

void ResponseCache::clear()
{
    if (isEnabled())
        QDir(m_dir).removeRecursively();
}

} // namespace tutorhub::api
