// File names that travel in headers (SEC42): uploaded names are checked, downloads carry an
// RFC 6266 Content-Disposition with an ASCII fallback and the RFC 5987 UTF-8 form.
#pragma once

#include <QByteArray>
#include <QString>

namespace tutorhub::server {

// Throws HttpError 400 errMsg_InvalidParameter:<param> for control characters (CR, LF, NUL, DEL,
// U+0080-U+009F and the Unicode line/paragraph separators), path separators or a name that is only dots.
void requireSafeFileName(const QString &name, const QString &param);

// `attachment; filename="<ascii fallback>"; filename*=UTF-8''<percent-encoded>`.
QByteArray contentDisposition(const QString &fileName, const QByteArray &type = QByteArrayLiteral("attachment"));

} // namespace tutorhub::server
