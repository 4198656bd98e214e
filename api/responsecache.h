// The offline cache (issue 15 item 4, decisions U40-U49): the last successful answer of each read that matters
// offline (lessons, enrollments, materials, conversations and their messages), kept on disk per environment and
// user so that the lists stay readable, marked with their age, while the server cannot be reached.
//
// One file per request (route + path + query), holding the raw answer body and when it was received; never a
// token or a request header. The directory is 0700 and each file 0600 (private data, like the outbox); sign-out
// removes the directory. ApiClient stores into it and answers from it (see ApiClient::setResponseCache): this class
// only reads and writes files.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace tutorhub::api {

struct ApiRequest;
struct Environment;

class ResponseCache
{
public:
    struct Entry
    {
        QByteArray body;
        int httpStatus = 200;
        QDateTime savedAt; // UTC
    };

    // `directory` empty: nothing is stored (the cache is off).
    explicit ResponseCache(const QString &directory);

    // <dataDirectory>/offline-cache/<environment key>-<userId>
    static QString directoryFor(const QString &dataDirectory, const Environment &environment, const QString &userId);
    // GET requests of the routes that matter offline (U41).
    static bool isCacheable(const ApiRequest &request);
    // The file name of a request (a hash of method, service, path and sorted query).
    static QString keyOf(const ApiRequest &request);

    QString directory() const { return m_dir; }
    bool isEnabled() const { return !m_dir.isEmpty(); }

    // Writes the answer (0600, in the 0700 directory). False when it could not (see errorString()).
    bool store(const ApiRequest &request, int httpStatus, const QByteArray &body,
               const QDateTime &savedAt = QDateTime::currentDateTimeUtc());
    std::optional<Entry> lookup(const ApiRequest &request) const;
    // Entries a model keeps itself under a name of its own (the recent messages of a room, which come over the hub,
    // not over REST: "messages/<roomId>"; U41).
    bool storeNamed(const QString &name, const QByteArray &body,
                    const QDateTime &savedAt = QDateTime::currentDateTimeUtc());
    std::optional<Entry> lookupNamed(const QString &name) const;
    void removeNamed(const QString &name);
    // Removes every file and the directory (sign-out).
    void clear();
    QString errorString() const { return m_error; }

private:
    bool ensureDirectory();
    bool write(const QString &fileName, int httpStatus, const QByteArray &body, const QDateTime &savedAt);
    std::optional<Entry> read(const QString &fileName) const;
    static QString fileNameOf(const QByteArray &text);

    QString m_dir;
    QString m_error;
};

} // namespace tutorhub::api
