// Starting offline (issue 15 item 4, decisions U70-U79): who was signed in, as last known, so that a remembered
// session can open the signed-in window from the offline cache while the server cannot be reached.
//
// One small file per environment and user, inside that user's offline-cache folder (ResponseCache, U40: 0700
// folder, 0600 file, removed with the folder on sign-out): the user's id, e-mail, name, role, tutor profile and
// workspace, and the server's extensions (C42) as last asked. Never a token. Session writes it after each
// sign-in or restore with "remember me" on and reads it when the restore cannot reach the server.
#pragma once

#include "serverfeatures.h"
#include "types.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace tutorhub::api {

struct Environment;

struct KnownUser
{
    User user; // id, email, fullname, roleId, tutorProfileId, tutorApplicationStatus, accountStatus
    ServerFeatures features; // asked = true
    QDateTime savedAt; // UTC
};

class KnownUsers
{
public:
    // The app's data directory (the one the offline cache lives in); empty: nothing is kept.
    explicit KnownUsers(const QString &dataDirectory);

    QString dataDirectory() const { return m_dataDir; }
    bool save(const Environment &environment, const User &user, const ServerFeatures &features,
              const QDateTime &savedAt = QDateTime::currentDateTimeUtc());
    // The user last saved for this environment whose e-mail is `email` (case-insensitive), if any.
    std::optional<KnownUser> find(const Environment &environment, const QString &email) const;
    // Forgets the user's file (the cached lists stay; a refused session keeps them like an expired one, U46).
    void remove(const Environment &environment, const QString &userId);

    static QByteArray toJson(const Environment &environment, const KnownUser &known);
    static std::optional<KnownUser> fromJson(const QByteArray &json, const Environment &environment);

private:
    QString m_dataDir;
};

} // namespace tutorhub::api
