#include "localmailbox.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace tutorhub::app {

namespace {

constexpr qint64 kMaxMessageBytes = 256 * 1024; // ours are ~1 KiB; anything larger is not ours

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// RFC 5322 date-time, e.g. "Tue, 14 May 2024 10:00:00 +0000" (the day name is optional).
QDateTime parseMailDate(QByteArray text)
{
    text = text.trimmed();
    const qsizetype comma = text.indexOf(',');
    if (comma >= 0)
        text = text.mid(comma + 1).trimmed();
    const QList<QByteArray> parts = text.simplified().split(' ');
    if (parts.size() < 5)
        return {};
    const QDateTime local = QLocale::c().toDateTime(QString::fromLatin1(parts.mid(0, 4).join(' ')),
                                                    QStringLiteral("d MMM yyyy hh:mm:ss"));
    const QByteArray zone = parts[4];
    if (!local.isValid() || zone.size() != 5 || (zone[0] != '+' && zone[0] != '-'))
        return {};
    const int offset = (zone.mid(1, 2).toInt() * 3600 + zone.mid(3, 2).toInt() * 60) * (zone[0] == '-' ? -1 : 1);
    QDateTime t(local.date(), local.time(), Qt::UTC);
    return t.addSecs(-offset);
}

} // namespace

QString MailMessage::toAddress() const
{
    const QString to = QString::fromLatin1(header("to")).trimmed();
    const qsizetype open = to.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = to.lastIndexOf(QLatin1Char('>'));
    if (open >= 0 && close > open)
        return to.mid(open + 1, close - open - 1).trimmed().toLower();
    return to.toLower();
}

QByteArray decodeQuotedPrintable(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 1 < text.size() && text[i + 1] == '\n') { // soft line break (LF)
            i += 1;
            continue;
        }
        if (i + 2 < text.size() && text[i + 1] == '\r' && text[i + 2] == '\n') { // soft line break (CRLF)
            i += 2;
            continue;
        }
        const int hi = i + 1 < text.size() ? hexValue(text[i + 1]) : -1;
        const int lo = i + 2 < text.size() ? hexValue(text[i + 2]) : -1;
        if (hi < 0 || lo < 0) { // not an escape: keep it (RFC 2045 robustness)
            out += c;
            continue;
        }
        out += char(hi * 16 + lo);
        i += 2;
    }
    return out;
}

std::optional<MailMessage> parseMailMessage(const QByteArray &raw)
{
    MailMessage m;
    qsizetype pos = 0;
    QByteArray lastName;
    bool sawHeader = false;
    while (pos < raw.size()) {
        qsizetype nl = raw.indexOf('\n', pos);
        if (nl < 0)
            nl = raw.size();
        QByteArray line = raw.mid(pos, nl - pos);
        pos = nl + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // end of the header section
        if ((line[0] == ' ' || line[0] == '\t') && !lastName.isEmpty()) { // folded continuation
            m.headers[lastName] += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return std::nullopt;
        lastName = line.left(colon).trimmed().toLower();
        m.headers.insert(lastName, line.mid(colon + 1).trimmed());
        sawHeader = true;
    }
    if (!sawHeader)
        return std::nullopt;
    const QByteArray body = pos < raw.size() ? raw.mid(pos) : QByteArray();
    const QByteArray cte = m.header("content-transfer-encoding").trimmed().toLower();
    QByteArray decoded;
    if (cte == "quoted-printable")
        decoded = decodeQuotedPrintable(body);
    else if (cte == "base64")
        decoded = QByteArray::fromBase64(body);
    else
        decoded = body;
    m.body = QString::fromUtf8(decoded);
    m.body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return m;
}

QString LocalMailbox::newestCode(const QString &email, const QString &purpose, int maxAgeSecs) const
{
    const QDir dir(m_folder);
    // File names start with the UTC time of writing (yyyyMMddTHHmmsszzzZ): newest first by name.
    const QStringList names = dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name | QDir::Reversed);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    static const QRegularExpression codeLine(QStringLiteral("^\\s*(\\d{6})\\s*$"), QRegularExpression::MultilineOption);
    const QString wanted = email.trimmed().toLower();
    for (const QString &name : names) {
        QFile f(dir.filePath(name));
        if (f.size() > kMaxMessageBytes || !f.open(QIODevice::ReadOnly))
            continue;
        const auto msg = parseMailMessage(f.readAll());
        if (!msg || msg->toAddress() != wanted || QString::fromLatin1(msg->header("x-tutorhub-purpose")) != purpose)
            continue;
        const QDateTime date = parseMailDate(msg->header("date"));
        if (!date.isValid() || date.secsTo(now) > maxAgeSecs)
            return {}; // the newest message for this address and purpose is too old: its code has expired
        const QRegularExpressionMatch match = codeLine.match(msg->body);
        return match.hasMatch() ? match.captured(1) : QString();
    }
    return {};
}

} // namespace tutorhub::app
