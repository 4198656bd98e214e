#include "db/migrations.h"

namespace tutorhub::server {

// Columns of every data object: the std fields of API.md §1.8.
#define STD_COLUMNS                                                                               \
    "id TEXT PRIMARY KEY, isActive INTEGER NOT NULL DEFAULT 1, recordVersion INTEGER NOT NULL DEFAULT 1, " \
    "createdAt TEXT NOT NULL, updatedAt TEXT NOT NULL, _owner TEXT"

QList<Migration> allMigrations()
{
    return {
        {1, QStringLiteral("users and sessions"),
         {QStringLiteral("CREATE TABLE users (" STD_COLUMNS ", email TEXT NOT NULL, password TEXT NOT NULL, "
                         "fullname TEXT NOT NULL, avatar TEXT, roleId TEXT NOT NULL DEFAULT 'user', "
                         "emailVerified INTEGER NOT NULL DEFAULT 0, tutorApplicationStatus TEXT DEFAULT 'none', "
                         "certifications TEXT, qualifications TEXT, bio TEXT, specializations TEXT, "
                         "applicationReviewNote TEXT, applicationDocuments TEXT, accountStatus TEXT NOT NULL DEFAULT 'active')"),
          QStringLiteral("CREATE UNIQUE INDEX users_email ON users (lower(email))"),
          QStringLiteral("CREATE TABLE sessions (id TEXT PRIMARY KEY, userId TEXT NOT NULL REFERENCES users(id), "
                         "createdAt TEXT NOT NULL, expiresAt TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX sessions_user ON sessions (userId)")}},
        {2, QStringLiteral("verification codes"),
         {QStringLiteral("CREATE TABLE verificationCodes (id TEXT PRIMARY KEY, userId TEXT NOT NULL REFERENCES users(id), "
                         "purpose TEXT NOT NULL, sessionId TEXT, code TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, "
                         "createdAt TEXT NOT NULL, expiresAt TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX verificationCodes_user ON verificationCodes (userId, purpose)")}},
        {3, QStringLiteral("user avatar bucket"),
         {QStringLiteral("CREATE TABLE userAvatarsFiles (" STD_COLUMNS ", fileName TEXT, mimeType TEXT, fileSize INTEGER, "
                         "accessKey TEXT NOT NULL UNIQUE, ownerId TEXT, fileData BLOB, metadata TEXT, userId TEXT)")}},
        {4, QStringLiteral("tutor profiles"),
         {QStringLiteral("CREATE TABLE tutorProfiles (" STD_COLUMNS ", tutorId TEXT NOT NULL, displayName TEXT NOT NULL, "
                         "bio TEXT, subjects TEXT, certifications TEXT, qualifications TEXT, "
                         "profileStatus TEXT NOT NULL DEFAULT 'pending')"),
          QStringLiteral("CREATE UNIQUE INDEX tutorProfiles_tutor ON tutorProfiles (tutorId)")}},
        {5, QStringLiteral("tutor profile experience and photo"),
         {QStringLiteral("ALTER TABLE tutorProfiles ADD COLUMN experience TEXT"),
          QStringLiteral("ALTER TABLE tutorProfiles ADD COLUMN profilePhoto TEXT")}},
    };
}

#undef STD_COLUMNS

} // namespace tutorhub::server
