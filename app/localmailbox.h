// The channel through which the app shows its own user a verification, reset or 2FA code (SEC1):
// the local server that the app started writes each code as an RFC 5322 message file into
// <data>/mail (folder 0700, files 0600, so only this user can read them; a web page cannot at
// all). LocalMailbox reads the newest message for an address and purpose from there. Nothing is
// sent over the network, no route exposes codes, and a server started by someone else (another
// data directory) is never read.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace tutorhub::app {

struct MailMessage
{
    QHash<QByteArray, QByteArray> headers; // lower-case names, unfolded values (raw, not RFC 2047 decoded)
    QString body; // decoded text (quoted-printable, base64 or 7/8bit; UTF-8)

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    // The address inside To: ("Name <a@b>" or "a@b"), lower-case.
    QString toAddress() const;
};

// Parses one message: header fields up to the first empty line (folded lines joined), then the body
// per Content-Transfer-Encoding. nullopt for data that has no header section.
std::optional<MailMessage> parseMailMessage(const QByteArray &raw);
// Quoted-printable decoding (RFC 2045 §6.7): soft line breaks removed, =XX decoded.
QByteArray decodeQuotedPrintable(const QByteArray &text);

class LocalMailbox
{
public:
    explicit LocalMailbox(QString folder) : m_folder(std::move(folder)) { }
    QString folder() const { return m_folder; }

    // The code (a line of 6 digits) of the newest message to `email` whose X-TutorHub-Purpose is
    // `purpose` ("email-verification", "password-reset", "email-2fa") and that is at most maxAgeSecs
    // old; empty when there is none.
    QString newestCode(const QString &email, const QString &purpose, int maxAgeSecs = 15 * 60) const;

private:
    QString m_folder;
};

} // namespace tutorhub::app
