// Keyboard-only driving for the journeys of issue 16 item 3 (decision P31): every step is a key pressed in
// the widget that has the focus, as a keyboard user would — Tab to move, typing, Space/Return to press,
// arrows inside lists and groups, the app's shortcuts. No clicks, no slot calls, no setCurrentIndex.
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QTest>
#include <QWidget>

#include <functional>

namespace tutorhub::testing::keyboard {

// The widget with the keyboard focus (of the active window).
inline QWidget *focused()
{
    return QApplication::focusWidget();
}

inline QString describe(const QWidget *w)
{
    if (!w)
        return QStringLiteral("(nothing)");
    return QStringLiteral("%1#%2 '%3'")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), w->accessibleName());
}

// Presses `key` in the focused widget; false when nothing has the focus.
inline bool press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *w = focused();
    if (!w)
        return false;
    QTest::keyClick(w, key, modifiers);
    return true;
}

// Types `text` into the focused widget.
inline bool type(const QString &text)
{
    QWidget *w = focused();
    if (!w)
        return false;
    QTest::keyClicks(w, text);
    return true;
}

// Presses Tab (Shift+Tab with `backwards`) until the focused widget matches, at most `limit` times. The match
// is the focused widget or the widget it is the focus proxy of (a spin box's line edit is its spin box).
inline bool tabTo(const std::function<bool(QWidget *)> &match, int limit = 60, bool backwards = false)
{
    for (int i = 0; i <= limit; ++i) {
        QWidget *w = focused();
        if (w && (match(w) || (w->parentWidget() && w->parentWidget()->focusProxy() == w && match(w->parentWidget()))))
            return true;
        if (i == limit || !press(backwards ? Qt::Key_Backtab : Qt::Key_Tab))
            return false;
    }
    return false;
}

inline bool tabToName(const QString &accessibleName, int limit = 60)
{
    return tabTo([&](QWidget *w) { return w->accessibleName() == accessibleName && w->isEnabled(); }, limit);
}

inline bool tabToObject(const QString &objectName, int limit = 60)
{
    return tabTo([&](QWidget *w) { return w->objectName() == objectName; }, limit);
}

// Tabs to the button named `accessibleName` (waiting for it to be enabled) and presses Space on it.
inline bool pressButton(const QString &accessibleName, int limit = 60)
{
    if (!tabToName(accessibleName, limit))
        return false;
    return press(Qt::Key_Space);
}

} // namespace tutorhub::testing::keyboard
