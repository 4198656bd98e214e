#include "http/filenames.h"

#include "core/apierror.h"

namespace tutorhub::server {

void requireSafeFileName(const QString &name, const QString &param)
{
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029 || u == u'/' || u == u'\\')
            throw HttpError::invalid(
                param, QStringLiteral("'%1' must not contain control characters or path separators.").arg(param));
    }
    if (!name.isEmpty() && name.count(QLatin1Char('.')) == name.size())
        throw HttpError::invalid(param, QStringLiteral("'%1' is not a file name.").arg(param));
}

QByteArray contentDisposition(const QString &fileName, const QByteArray &type)
{
    // Fallback: printable ASCII without quote and backslash (RFC 6266 §4.3 quoted-string).
    QByteArray ascii;
    for (const QChar c : fileName) {
        const char16_t u = c.unicode();
        ascii += (u >= 0x20 && u < 0x7f && u != u'"' && u != u'\\' && u != u'%') ? char(u) : '_';
    }
    if (ascii.trimmed().isEmpty())
        ascii = "download";
    // RFC 5987 attr-char: ALPHA / DIGIT / "!#$&+-.^_`|~"; everything else percent-encoded.
    const QByteArray encoded = fileName.toUtf8().toPercentEncoding(QByteArrayLiteral("!#$&+-.^_`|~"));
    return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

} // namespace tutorhub::server
