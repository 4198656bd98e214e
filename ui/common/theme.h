// The look of the client: one palette, one style sheet, one icon set (resources/icons/ui/*.svg,
// resources/styles/tutorhub.qss; both compiled in by resources/CMakeLists.txt).
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

class QApplication;

namespace tutorhub::ui {

namespace colors {
inline const QColor window{0xf4, 0xf6, 0xfa};
inline const QColor surface{0xff, 0xff, 0xff};
inline const QColor border{0xdd, 0xe3, 0xec};
inline const QColor text{0x1f, 0x29, 0x37};
inline const QColor mutedText{0x5b, 0x67, 0x78};
inline const QColor accent{0x25, 0x63, 0xeb};
inline const QColor accentDark{0x1d, 0x4e, 0xd8};
inline const QColor accentSoft{0xe8, 0xef, 0xfd};
} // namespace colors

// Fusion style, the palette and the style sheet. Call once after QApplication exists.
void applyTheme(QApplication &app);
// An icon of the set by name ("search", "messages", ...); a null icon for unknown names.
QIcon themeIcon(const QString &name);
QString themeIconPath(const QString &name);

} // namespace tutorhub::ui
