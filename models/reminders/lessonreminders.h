// Lesson reminders (issue 15 item 2b, decisions U14-U19): given the signed-in user's upcoming lessons,
// says when a reminder is due — N minutes before each lesson (N from the settings: Off, 5, 10, 15, 30 or
// 60, default 15) — through reminderDue(). Shown reminders are kept in a small JSON file (key: lesson id
// + start, so a rescheduled lesson reminds again; old entries pruned), so a reminder is never shown
// twice, also across restarts; one that fell due while the app was closed is shown once at start if the
// lesson has not started. One timer to the next due time; the clock can be injected for tests.
// No widgets: the UI turns reminderDue() into a desktop notification.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace tutorhub::api {
class AppSettings;
}

namespace tutorhub::models {

struct UpcomingLesson
{
    QString id; // lesson slot id
    QDateTime start; // UTC (Format::slotStart)
    QDateTime end; // UTC
    QString title; // the course pack's title
    QString withWhom; // the tutor's name (student) or the student's name (tutor); may be empty
};

struct LessonReminder
{
    QString key; // "<lesson id>@<start, ISO UTC>" — also the notification key after "lesson:"
    UpcomingLesson lesson;
    QString title; // "Lesson at 14:00"
    QString
        body; // "Algebra basics with Maria Keller starts in 15 minutes (Mon 7 Dec 2026, 14:00, Europe/Berlin (CET))."
};

class LessonReminders : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int DefaultLeadMinutes = 15; // = api::AppSettings::DefaultReminderLeadMinutes
    static QList<int> leadChoices(); // 0 (off), 5, 10, 15, 30, 60
    static QString keyOf(const UpcomingLesson &lesson);
    // The longest single wait of the timer (U16): a sleeping computer's missed due time is noticed
    // within this long after it wakes.
    static constexpr int MaxWaitMs = 5 * 60 * 1000;

    // `settings` (may be null: the default lead) holds the lead time; `stateFile` the shown reminders
    // (its folder is created when needed; empty: kept in memory only).
    LessonReminders(api::AppSettings *settings, const QString &stateFile, QObject *parent = nullptr);

    void setClock(Clock clock); // default: QDateTime::currentDateTimeUtc
    QDateTime now() const { return m_clock(); }

    int leadMinutes() const;
    // Saves the choice in the settings and plans again (0 = off).
    void setLeadMinutes(int minutes);

    // The user's upcoming lessons (replaces the previous set) — then shows what is due and plans again.
    void setLessons(const QList<UpcomingLesson> &lessons);
    const QList<UpcomingLesson> &lessons() const { return m_lessons; }

    // The next time a reminder falls due (invalid when none) and the timer's current wait.
    QDateTime nextDue() const { return m_nextDue; }
    int timerInterval() const { return m_timer.isActive() ? m_timer.interval() : -1; }
    bool wasShown(const UpcomingLesson &lesson) const { return m_shown.contains(keyOf(lesson)); }
    QString stateFile() const { return m_stateFile; }

public slots:
    // Shows every reminder due now (once) and sets the timer to the next due time.
    void check();

signals:
    void reminderDue(const tutorhub::models::LessonReminder &reminder);
    void leadMinutesChanged(int minutes);
    // The state file could not be written (a sentence for the user).
    void stateError(const QString &message);

private:
    LessonReminder reminderFor(const UpcomingLesson &lesson) const;
    void load();
    bool save();

    api::AppSettings *m_settings;
    QString m_stateFile;
    Clock m_clock;
    QList<UpcomingLesson> m_lessons;
    QHash<QString, QDateTime> m_shown; // key -> lesson start (for pruning)
    QDateTime m_nextDue;
    QTimer m_timer;
};

} // namespace tutorhub::models

Q_DECLARE_METATYPE(tutorhub::models::UpcomingLesson)
Q_DECLARE_METATYPE(tutorhub::models::LessonReminder)
