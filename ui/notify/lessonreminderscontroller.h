// Lesson reminders in the signed-in window (issue 15 item 2b, U17-U18): reads the user's upcoming lessons
// (models::UpcomingLessons) at start, every ten minutes and after this app books, cancels or changes a
// lesson; hands them to models::LessonReminders and shows each due reminder through the DesktopNotifier;
// a click on one opens the lessons page. Adds the lead-time choice ("Lesson reminders" → Off, 5 … 60
// minutes) to the account menu.
#pragma once

#include "ui/workspacecontext.h"

#include <QObject>
#include <QTimer>

class QActionGroup;
class QMenu;

namespace tutorhub::models {
class LessonReminders;
class UpcomingLessons;
} // namespace tutorhub::models

namespace tutorhub::ui {

class LessonRemindersController : public QObject
{
    Q_OBJECT

public:
    // `menu` (may be null) gets the "Lesson reminders" submenu. Starts reading the lessons at once.
    LessonRemindersController(const WorkspaceContext &context, QMenu *menu, QObject *parent);

    models::LessonReminders *reminders() const { return m_reminders; }
    models::UpcomingLessons *lessons() const { return m_lessons; }
    QMenu *leadMenu() const { return m_menu; }
    // The page a reminder opens: "my-learning" for students, "lessons" for tutors.
    QString lessonsPageId() const;
    // Where the shown reminders are kept for this environment and user.
    static QString stateFileFor(const WorkspaceContext &context);

private:
    WorkspaceContext m_context;
    models::LessonReminders *m_reminders;
    models::UpcomingLessons *m_lessons;
    QMenu *m_menu = nullptr;
    QActionGroup *m_leadGroup = nullptr;
    QTimer m_refresh; // every ten minutes
    QTimer m_soon; // a moment after a write this app made (coalesces several)
};

} // namespace tutorhub::ui
