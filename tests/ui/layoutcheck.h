// The layout check of issue 20 (decision L6): walks the visible widgets of one window and reports every
// text a user cannot read in full — a label, button, combo box, field (placeholder or shown value), tab
// or header section whose text is wider than the room the widget gives it (word-wrapped labels: taller
// than their height), a widget cut off by its parent, a table, list or scroll area that needs a
// horizontal scrollbar, and a window that cannot shrink to the size asked for. Each finding names the
// widget (class, object name, accessible name, text) and the numbers, so a failure says what to fix.
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

class QWidget;

namespace tutorhub::testing {

// Findings for `window` (a top-level widget), each prefixed with `where` ("student/find-tutor 1280x720").
// `requested`, when valid, is the size the window was asked to take.
QStringList layoutFindings(QWidget *window, const QString &where, const QSize &requested = {});

// "QLabel#title 'Search' (Search course packs)": how a finding names a widget.
QString describeWidget(const QWidget *widget);

} // namespace tutorhub::testing
