// Test helper (SEC43): a lesson is completed only once it has started, so tests that complete a
// lesson first move its slot into the past, as time passing would: startsAt, endsAt, scheduledDate
// and scheduledTime of the slot row (UTC) are rewritten in the server's SQLite database, keeping the
// lesson's length. In-process servers: pass the Repository's connection (TestServer::runOnServer);
// child-process servers: pass their data directory (WAL lets a second connection write; on PostgreSQL the
// directory names the server's database, DB7).
// Header-only; needs Qt6::Sql (the tutorhub_testlessontime target).
#pragma once

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace tutorhub::test {

// Moves a slot to start at startOf(its current start), keeping its length; startOf returns an invalid time with
// *why set to refuse. Returns an empty string on success, otherwise what went wrong.
template<typename StartOf>
QString moveSlot(QSqlDatabase db, const QString &slotId, StartOf startOf)
{
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT startsAt, endsAt FROM lessonSlots WHERE id = ?"));
    read.addBindValue(slotId);
    if (!read.exec())
        return read.lastError().text();
    if (!read.next())
        return QStringLiteral("no lesson slot %1").arg(slotId);
    const QDateTime oldStart = QDateTime::fromString(read.value(0).toString(), Qt::ISODateWithMs);
    const QDateTime oldEnd = QDateTime::fromString(read.value(1).toString(), Qt::ISODateWithMs);
    const qint64 length = oldStart.isValid() && oldEnd.isValid() ? oldStart.secsTo(oldEnd) : 3600;
    QString why;
    const QDateTime start = startOf(oldStart, &why);
    if (!start.isValid())
        return why;
    QSqlQuery write(db);
    write.prepare(QStringLiteral(
        "UPDATE lessonSlots SET startsAt = ?, endsAt = ?, scheduledDate = ?, scheduledTime = ? WHERE id = ?"));
    write.addBindValue(start.toString(Qt::ISODateWithMs));
    write.addBindValue(start.addSecs(length).toString(Qt::ISODateWithMs));
    write.addBindValue(start.date().toString(Qt::ISODate));
    write.addBindValue(start.time().toString(QStringLiteral("HH:mm")));
    write.addBindValue(slotId);
    if (!write.exec())
        return write.lastError().text();
    return write.numRowsAffected() == 1 ? QString() : QStringLiteral("slot %1 not updated").arg(slotId);
}

// With minutesAgo >= 0 the lesson started that many minutes ago; with the default (-1) it moves back
// by a fixed 1500 days, which keeps the order of several moved lessons (the "first lesson" stays first)
// for slots up to four years ahead. Returns an empty string on success, otherwise what went wrong.
inline QString moveSlotIntoPast(QSqlDatabase db, const QString &slotId, int minutesAgo = -1)
{
    return moveSlot(db, slotId, [&](const QDateTime &oldStart, QString *why) {
        QDateTime start = oldStart.toUTC().addDays(-1500);
        if (minutesAgo >= 0) { // on a whole minute, like every slot the server makes
            const QDateTime now = QDateTime::currentDateTimeUtc();
            start = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), QTimeZone::utc())
                        .addSecs(-qint64(minutesAgo) * 60);
        }
        if (!start.isValid() || start > QDateTime::currentDateTimeUtc()) {
            *why = QStringLiteral("slot %1 starts too far ahead to move into the past").arg(slotId);
            return QDateTime();
        }
        return start;
    });
}

// Runs `fn` on a connection of its own to the database of the server whose data directory is `dataDir`: its
// tutorhub.sqlite, or on <test>@postgresql the database named in the directory's test-database-url
// (tests/support/postgrestest.h). Returns fn's error text, or why the database could not be opened.
template<typename Fn>
QString withServerDatabase(const QString &dataDir, Fn fn)
{
    const QString name = QStringLiteral("lessontime-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db;
        QFile urlFile(QDir(dataDir).filePath(QStringLiteral("test-database-url")));
        if (urlFile.open(QIODevice::ReadOnly)) {
            const QUrl url(QString::fromUtf8(urlFile.readAll()).trimmed());
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setDatabaseName(url.path().mid(1));
            db.setUserName(url.userName());
            db.setHostName(QUrlQuery(url).queryItemValue(QStringLiteral("host")));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("tutorhub.sqlite")));
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        }
        error = db.open() ? fn(db) : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

inline QString moveSlotIntoPast(const QString &dataDir, const QString &slotId, int minutesAgo = -1)
{
    return withServerDatabase(dataDir, [&](QSqlDatabase db) { return moveSlotIntoPast(db, slotId, minutesAgo); });
}

// Moves a lesson slot to start at `startUtc` (any time, e.g. a few minutes ahead for a reminder), keeping
// its length; by its data directory like moveSlotIntoPast. Returns an empty string on success.
inline QString moveSlotTo(const QString &dataDir, const QString &slotId, const QDateTime &startUtc)
{
    return withServerDatabase(dataDir, [&](QSqlDatabase db) {
        return moveSlot(db, slotId, [&](const QDateTime &, QString *why) {
            if (!startUtc.isValid())
                *why = QStringLiteral("no valid time to move slot %1 to").arg(slotId);
            return startUtc.toUTC();
        });
    });
}

} // namespace tutorhub::test
