// The accessibility check of issue 16 item 3 (decision P30): walks the accessibility tree (QAccessible) of one
// top-level window and reports every interactive element a screen-reader or keyboard user cannot use — one
// without a name (QAccessible::Name: its accessible name, its text or the text of a label whose buddy it is)
// and one that is visible and enabled but cannot be reached with Tab (no Qt::TabFocus, or not in the window's
// focus chain). Each finding names the place, the widget (class, object name) and what is missing.
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace tutorhub::testing {

// Findings for `window` (a top-level widget), each prefixed with `where` ("student/find-tutor").
QStringList accessibilityFindings(QWidget *window, const QString &where);

} // namespace tutorhub::testing
