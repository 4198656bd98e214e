// Text that follows the system font size (issue 16 item 3, decision P32): titles are larger than body text by
// a factor of the application font (which Qt takes from the desktop's settings), not a fixed point size. The
// style sheet sets no font size; installFontScaling() sizes the widgets named in fontscale.cpp (or given
// kFontScaleProperty) when they are polished, and all of them again when the application font changes.
#pragma once

#include <QString>

class QApplication;
class QWidget;

namespace tutorhub::ui {

// A widget with this property (a double) is sized by it, whatever its object name.
inline constexpr char kFontScaleProperty[] = "tutorhubFontScale";

// The factor for a widget's object name ("PageTitle" 19/9), 0 for body text.
double fontScale(const QString &objectName);
// The factor for `widget`: its kFontScaleProperty, else its object name's.
double fontScale(const QWidget *widget);

// Sizes `widget` by its object name's factor (nothing for body text).
void applyFontScale(QWidget *widget);

// Watches every widget of `app` (an event filter owned by `app`). Idempotent.
void installFontScaling(QApplication &app);

} // namespace tutorhub::ui
