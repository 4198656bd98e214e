// Small named readers and formatters shared by the models: JSON field access, money (EUR, D44),
// and times shown in the user's zone with its name (ARCHITECTURE decision 6).
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>
#include <QVariant>

namespace tutorhub::models {

class Format
{
    Q_DECLARE_TR_FUNCTIONS(tutorhub::models::Format)

public:
    // The zone times are shown in: the system zone unless a test or the user set another.
    static QTimeZone displayZone();
    static void setDisplayZone(const QTimeZone &zone); // invalid zone: back to the system zone
    // "Europe/Berlin (CET)" style name of the display zone for headers.
    static QString displayZoneName(const QDateTime &at = QDateTime::currentDateTimeUtc());

    // ISO-8601 (UTC, with or without milliseconds) -> QDateTime (UTC); invalid when empty/bad.
    static QDateTime parseUtc(const QString &iso);
    static QString toIsoUtc(const QDateTime &dt);
    // Converted to the display zone.
    static QDateTime local(const QDateTime &utc);
    // "Mon 23 Nov 2026, 14:00" in the display zone; empty for an invalid time.
    static QString dateTime(const QDateTime &utc);
    static QString date(const QDateTime &utc);
    static QString time(const QDateTime &utc);
    // A wall-clock time in the locale's short format, without seconds ("14:00", "2:00 PM").
    static QString clock(const QTime &time);
    // How long ago, in words: "just now", "5 minutes ago", "2 hours ago", "3 days ago" (U44).
    static QString age(const QDateTime &thenUtc, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
    // The offline banner of a list showing cached rows (U44): "Offline — showing what was known at 14:32 (2 hours
    // ago)"; a time of another day names the day.
    static QString offlineNotice(const QDateTime &savedAtUtc,
                                 const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
    // "14:00 – 15:00"
    static QString timeRange(const QDateTime &startUtc, const QDateTime &endUtc);

    // 25.5 -> "€25.50" in the UI locale; currency defaults to EUR (D44). The one way the client shows an
    // amount (L7): tables, sentences, buttons and chart axes (with `decimals` 0 for whole amounts).
    static QString money(double amount, const QString &currency = QStringLiteral("EUR"), int decimals = 2);

    // JSON readers: a missing key reads as empty / 0 / false.
    static QString str(const QJsonObject &o, const char *key);
    static double num(const QJsonObject &o, const char *key);
    static bool flag(const QJsonObject &o, const char *key);
    static QDateTime when(const QJsonObject &o, const char *key);
    // A lesson slot's start and end (UTC). startsAt / endsAt are our server's extension (D34); without
    // them the documented scheduledDate + scheduledTime (UTC, D34) give the start and durationMinutes
    // (default 60) the end (C51).
    static QDateTime slotStart(const QJsonObject &slot);
    static QDateTime slotEnd(const QJsonObject &slot);
    // A slot's start as a sort key (milliseconds since the epoch; null when unknown), for lists that sort slots
    // by "startsAt" on the client (PagedListModel::setLocalSortKey, C55).
    static QVariant slotOrder(const QJsonObject &slot);
    // A joined object: lists embed joins as one-element arrays, gets as objects (D29).
    static QJsonObject join(const QJsonObject &o, const char *key);
};

} // namespace tutorhub::models
