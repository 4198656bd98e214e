#include "auth/codemail.h"

#include "core/util.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringList>

#include <stdexcept>

namespace tutorhub::server::codemail {

namespace {

constexpr int kKeepSecs = 86400; // older messages are removed when a new one is written

bool plainAscii(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

// An RFC 5322 phrase: a quoted-string when printable ASCII, else an RFC 2047 "B" encoded-word
// (split so that no encoded-word exceeds 75 characters and no UTF-8 sequence is cut).
QByteArray displayName(const QString &name)
{
    if (plainAscii(name)) {
        QByteArray q = name.toLatin1();
        q.replace('\\', "\\\\").replace('"', "\\\"");
        return '"' + q + '"';
    }
    QByteArrayList words;
    QByteArray chunk;
    const QByteArray utf8 = name.toUtf8();
    for (qsizetype i = 0; i < utf8.size();) {
        qsizetype len = 1;
        const auto lead = uchar(utf8[i]);
        if (lead >= 0xf0)
            len = 4;
        else if (lead >= 0xe0)
            len = 3;
        else if (lead >= 0xc0)
            len = 2;
        const QByteArray ch = utf8.mid(i, len);
        i += len;
        if ((chunk.size() + ch.size() + 2) / 3 * 4 > 45) { // 45 base64 chars + "=?utf-8?B??=" < 75
            words << "=?utf-8?B?" + chunk.toBase64() + "?=";
            chunk.clear();
        }
        chunk += ch;
    }
    if (!chunk.isEmpty())
        words << "=?utf-8?B?" + chunk.toBase64() + "?=";
    return words.join("\r\n ");
}

QString bodyFor(const CodeMail &m)
{
    const QString greeting
        = m.toName.trimmed().isEmpty() ? QStringLiteral("Hello,") : QStringLiteral("Hello %1,").arg(m.toName.trimmed());
    QString what;
    if (m.purpose == QLatin1String("password-reset"))
        what = QStringLiteral("Use this code to choose a new password for your TutorHub account:");
    else if (m.purpose == QLatin1String("email-2fa"))
        what = QStringLiteral("Use this code to finish signing in to TutorHub:");
    else
        what = QStringLiteral("Use this code to verify the e-mail address of your TutorHub account:");
    return QStringList {
        greeting,
        QString(),
        what,
        QString(),
        QStringLiteral("    ") + m.code,
        QString(),
        QStringLiteral("It is valid for %1 minutes and only once. If you did not ask for it, ignore this message.")
            .arg(m.validMinutes),
        QString(),
        QStringLiteral("TutorHub (local server on this computer)")}
        .join(QStringLiteral("\r\n"));
}

} // namespace

QString subjectFor(const QString &purpose)
{
    if (purpose == QLatin1String("password-reset"))
        return QStringLiteral("Your TutorHub password reset code");
    if (purpose == QLatin1String("email-2fa"))
        return QStringLiteral("Your TutorHub sign-in code");
    return QStringLiteral("Your TutorHub verification code");
}

QByteArray quotedPrintable(const QByteArray &utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    const QList<QByteArray> lines = utf8.split('\n');
    for (qsizetype li = 0; li < lines.size(); ++li) {
        QByteArray line = lines[li];
        if (line.endsWith('\r'))
            line.chop(1);
        QByteArray cur;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = uchar(line[i]);
            const bool last = i == line.size() - 1;
            QByteArray enc;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                enc = QByteArray(1, char(c));
            else
                enc = QByteArray("=") + hex[c >> 4] + hex[c & 15];
            if (cur.size() + enc.size() > 75) { // soft line break keeps lines at most 76 octets
                out += cur + "=\r\n";
                cur.clear();
            }
            cur += enc;
        }
        out += cur;
        if (li + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QByteArray format(const CodeMail &mail, const QDateTime &date, const QString &messageId)
{
    if (!plainAscii(mail.to) || mail.to.contains(QLatin1Char('<')) || mail.to.contains(QLatin1Char('>'))
        || mail.to.isEmpty())
        throw std::runtime_error("code mail: the recipient address is not a plain ASCII address");
    if (!plainAscii(mail.purpose) || !plainAscii(mail.code))
        throw std::runtime_error("code mail: purpose and code must be plain ASCII");
    const QDateTime utc = date.toUTC();
    const QByteArray dateText
        = QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() + " +0000";
    QByteArray m;
    m += "Date: " + dateText + "\r\n";
    m += "From: \"TutorHub\" <no-reply@tutorhub.local>\r\n";
    m += "To: " + (mail.toName.trimmed().isEmpty() ? QByteArray() : displayName(mail.toName.trimmed()) + ' ') + '<'
         + mail.to.toLatin1() + ">\r\n";
    m += "Subject: " + subjectFor(mail.purpose).toLatin1() + "\r\n";
    m += "Message-ID: <" + messageId.toLatin1() + ">\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: text/plain; charset=utf-8\r\n";
    m += "Content-Transfer-Encoding: quoted-printable\r\n";
    m += "X-TutorHub-Purpose: " + mail.purpose.toLatin1() + "\r\n";
    m += "\r\n";
    m += quotedPrintable(bodyFor(mail).toUtf8());
    m += "\r\n";
    return m;
}

QString write(const QString &mailDir, const CodeMail &mail)
{
    QDir dir(mailDir);
    if (!dir.exists() && !QDir().mkdir(mailDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        throw std::runtime_error("code mail: cannot create the mail folder");
    // A folder made by an older version or by hand: owner only, whatever it was.
    QFile::setPermissions(mailDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList old = dir.entryList({QStringLiteral("*.eml")}, QDir::Files);
    for (const QString &name : old)
        if (QFileInfo(dir.filePath(name)).lastModified().secsTo(now) > kKeepSecs)
            QFile::remove(dir.filePath(name));

    const QString stamp = now.toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    const QString random = randomHex(8);
    const QString path = dir.filePath(stamp + QLatin1Char('-') + random + QStringLiteral(".eml"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
        throw std::runtime_error("code mail: cannot create the message file");
    const QByteArray data = format(mail, now, random + QLatin1Char('.') + stamp + QStringLiteral("@tutorhub.local"));
    if (f.write(data) != data.size() || !f.flush())
        throw std::runtime_error("code mail: cannot write the message file");
    f.close();
    return path;
}

} // namespace tutorhub::server::codemail
