// Shared by the whole-window checks (tst_layout, tst_accessibility): waiting until a window and its open dialogs
// have loaded (no BusyIndicator running), bounded, so a page that keeps loading is still checked.
#pragma once

#include "ui/common/busyindicator.h"

#include <QApplication>
#include <QDialog>
#include <QTest>

namespace tutorhub::testing {

inline QList<QDialog *> openDialogs()
{
    QList<QDialog *> out;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
            out << d;
    return out;
}

inline bool busy(QWidget *window)
{
    QList<QWidget *> roots {window};
    for (QDialog *d : openDialogs())
        roots << d;
    for (QWidget *root : roots)
        for (ui::BusyIndicator *b : root->findChildren<ui::BusyIndicator *>())
            if (b->isRunning())
                return true;
    return false;
}

// Lets the window load and lay itself out: a pause of `pauseMs` before and after the bounded wait.
inline void settle(QWidget *window, int loadMs = 20000, int pauseMs = 60)
{
    QTest::qWait(pauseMs);
    (void)QTest::qWaitFor([&] { return !busy(window); }, loadMs);
    QTest::qWait(pauseMs);
}

} // namespace tutorhub::testing
