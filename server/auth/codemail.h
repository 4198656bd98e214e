// Delivery of verification, reset and 2FA codes as e-mail message files (SEC1): without
// --dev-codes the server never puts a code in a response; it writes an RFC 5322 message
// (MIME 1.0, text/plain; charset=utf-8, quoted-printable) into <data>/mail/ — the folder 0700,
// each file 0600 — and the app that started the server reads it from there (app/localmailbox).
// A minimal writer rather than a MIME library: see decision SEC1 in docs/decisions.md.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace tutorhub::server {

struct CodeMail
{
    QString to; // the address (ASCII, no CR/LF: checked)
    QString toName; // display name, any Unicode (RFC 2047 encoded when not plain ASCII)
    QString purpose; // X-TutorHub-Purpose: email-verification, password-reset, email-2fa
    QString code; // the code, on a line of its own in the body
    int validMinutes = 0;
};

namespace codemail {

QString subjectFor(const QString &purpose);
// The whole message, CRLF line ends, lines at most 78 octets.
QByteArray format(const CodeMail &mail, const QDateTime &date, const QString &messageId);
// Writes <mailDir>/<UTC time>-<random>.eml (created new, 0600; the folder is made 0700) and
// removes messages older than a day. Returns the file path; throws std::runtime_error on failure.
QString write(const QString &mailDir, const CodeMail &mail);
// Quoted-printable body encoding (RFC 2045 §6.7) of UTF-8 text with CRLF line ends.
QByteArray quotedPrintable(const QByteArray &utf8);

} // namespace codemail
} // namespace tutorhub::server
