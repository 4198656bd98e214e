// Small helpers shared across the server: ids, time stamps, random codes.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace tutorhub::server {

QString newId(); // UUID without braces
QString isoNow(); // current UTC time, ISO-8601 with ms and 'Z'
QString isoTime(const QDateTime &t); // same format for any time
QDateTime parseIso(const QString &s); // invalid on failure
QByteArray randomBytes(int n); // cryptographically secure (OpenSSL RAND_bytes)
QString randomDigits(int n); // e.g. 6-digit verification codes
QString randomKey(int n); // [A-Za-z0-9]{n}, e.g. avatar access keys
QString randomHex(int nBytes); // 2*nBytes hex characters
// A JSON number that is a whole number within qint64, or nothing (fractions, NaN, 1e300: a bare
// qint64(d) of those is undefined behaviour, found by fuzz_hub_frames).
std::optional<qint64> exactInteger(double d);

} // namespace tutorhub::server
