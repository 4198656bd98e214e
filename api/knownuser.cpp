#include "knownuser.h"

#include "environment.h"
#include "responsecache.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tutorhub::api {

namespace {
const QString kName = QStringLiteral("session/known-user");

// For a person reading the file; the workspace itself follows from the role and tutor profile (User::workspace()).
QString workspaceName(Workspace w)
{
    switch (w) {
    case Workspace::Admin:
        return QStringLiteral("admin");
    case Workspace::Tutor:
        return QStringLiteral("tutor");
    case Workspace::Student:
        break;
    }
    return QStringLiteral("student");
}
} // namespace

KnownUsers::KnownUsers(const QString &dataDirectory) : m_dataDir(dataDirectory) { }

QByteArray KnownUsers::toJson(const Environment &environment, const KnownUser &known)
{
    const User &u = known.user;
    QStringList extensions(known.features.extensions.cbegin(), known.features.extensions.cend());
    std::sort(extensions.begin(), extensions.end());
    const QJsonObject features {{QStringLiteral("known"), known.features.known},
                                {QStringLiteral("profile"), known.features.profile},
                                {QStringLiteral("extensions"), QJsonArray::fromStringList(extensions)}};
    const QJsonObject o {{QStringLiteral("version"), 1},
                         {QStringLiteral("environment"), environment.keyPrefix()},
                         {QStringLiteral("id"), u.id},
                         {QStringLiteral("email"), u.email},
                         {QStringLiteral("fullname"), u.fullname},
                         {QStringLiteral("roleId"), u.roleId},
                         {QStringLiteral("workspace"), workspaceName(u.workspace())},
                         {QStringLiteral("tutorProfileId"), u.tutorProfileId},
                         {QStringLiteral("tutorApplicationStatus"), u.tutorApplicationStatus},
                         {QStringLiteral("accountStatus"), u.accountStatus},
                         {QStringLiteral("emailVerified"), u.emailVerified},
                         {QStringLiteral("features"), features}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<KnownUser> KnownUsers::fromJson(const QByteArray &json, const Environment &environment)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.value(QStringLiteral("version")).toInt() != 1
        || o.value(QStringLiteral("environment")).toString() != environment.keyPrefix())
        return std::nullopt;
    KnownUser k;
    k.user.id = o.value(QStringLiteral("id")).toString();
    k.user.email = o.value(QStringLiteral("email")).toString();
    k.user.fullname = o.value(QStringLiteral("fullname")).toString();
    k.user.roleId = o.value(QStringLiteral("roleId")).toString();
    k.user.tutorProfileId = o.value(QStringLiteral("tutorProfileId")).toString();
    k.user.tutorApplicationStatus = o.value(QStringLiteral("tutorApplicationStatus")).toString();
    k.user.accountStatus = o.value(QStringLiteral("accountStatus")).toString();
    k.user.emailVerified = o.value(QStringLiteral("emailVerified")).toBool();
    if (!k.user.isValid() || k.user.email.isEmpty())
        return std::nullopt;
    const QJsonObject f = o.value(QStringLiteral("features")).toObject();
    k.features.asked = true;
    k.features.known = f.value(QStringLiteral("known")).toBool();
    k.features.profile = f.value(QStringLiteral("profile")).toString();
    for (const QJsonValue &v : f.value(QStringLiteral("extensions")).toArray())
        if (!v.toString().isEmpty())
            k.features.extensions.insert(v.toString());
    return k;
}

bool KnownUsers::save(const Environment &environment, const User &user, const ServerFeatures &features,
                      const QDateTime &savedAt)
{
    ResponseCache cache(ResponseCache::directoryFor(m_dataDir, environment, user.id));
    if (!cache.isEnabled() || user.email.isEmpty())
        return false;
    return cache.storeNamed(kName, toJson(environment, {user, features, savedAt}), savedAt);
}

std::optional<KnownUser> KnownUsers::find(const Environment &environment, const QString &email) const
{
    if (m_dataDir.isEmpty() || email.isEmpty())
        return std::nullopt;
    // One folder per environment and user (U40); the user id is what the file holds, the e-mail what is remembered.
    const QDir root(QDir(m_dataDir).filePath(QStringLiteral("offline-cache")));
    std::optional<KnownUser> best;
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const ResponseCache cache(root.filePath(name));
        const auto entry = cache.lookupNamed(kName);
        if (!entry)
            continue;
        auto known = fromJson(entry->body, environment);
        if (!known || known->user.email.compare(email, Qt::CaseInsensitive) != 0
            || ResponseCache::directoryFor(m_dataDir, environment, known->user.id) != cache.directory())
            continue;
        known->savedAt = entry->savedAt;
        if (!best || known->savedAt > best->savedAt)
            best = std::move(known);
    }
    return best;
}

void KnownUsers::remove(const Environment &environment, const QString &userId)
{
    ResponseCache cache(ResponseCache::directoryFor(m_dataDir, environment, userId));
    cache.removeNamed(kName);
}

} // namespace tutorhub::api
