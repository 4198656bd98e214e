#include "lessonreminders.h"

#include "api/appsettings.h"

#include "models/format.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace tutorhub::models {

namespace {
// Shown entries are kept this long after their lesson started (U15), then pruned.
constexpr qint64 KeepSecs = 2 * 24 * 3600;
} // namespace

QList<int> LessonReminders::leadChoices()
{
    return {0, 5, 10, 15, 30, 60};
}

QString LessonReminders::keyOf(const UpcomingLesson &lesson)
{
    return lesson.id + QLatin1Char('@') + Format::toIsoUtc(lesson.start);
}

LessonReminders::LessonReminders(api::AppSettings *settings, const QString &stateFile, QObject *parent)
    : QObject(parent),
      m_settings(settings),
      m_stateFile(stateFile),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LessonReminders::check);
    if (m_settings) // the saved lead changed (here or by another window of this app): plan again
        connect(m_settings, &api::AppSettings::reminderLeadMinutesChanged, this, [this] {
            emit leadMinutesChanged(leadMinutes());
            check();
        });
    load();
}

void LessonReminders::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

int LessonReminders::leadMinutes() const
{
    const int minutes = m_settings ? m_settings->reminderLeadMinutes() : DefaultLeadMinutes;
    return leadChoices().contains(minutes) ? minutes : DefaultLeadMinutes;
}

void LessonReminders::setLeadMinutes(int minutes)
{
    if (!leadChoices().contains(minutes) || minutes == leadMinutes())
        return;
    if (m_settings) {
        m_settings->setReminderLeadMinutes(minutes); // reminderLeadMinutesChanged plans again
        return;
    }
    emit leadMinutesChanged(minutes);
    check();
}

void LessonReminders::setLessons(const QList<UpcomingLesson> &lessons)
{
    m_lessons = lessons;
    std::sort(m_lessons.begin(), m_lessons.end(),
              [](const UpcomingLesson &a, const UpcomingLesson &b) { return a.start < b.start; });
    check();
}

void LessonReminders::check()
{
    m_timer.stop();
    m_nextDue = {};
    const int lead = leadMinutes();
    if (lead <= 0)
        return;
    const QDateTime now = m_clock();
    QList<UpcomingLesson> due;
    for (const UpcomingLesson &lesson : std::as_const(m_lessons)) {
        if (!lesson.start.isValid() || lesson.start <= now || m_shown.contains(keyOf(lesson)))
            continue; // started (a reminder now would be late) or already shown
        const QDateTime at = lesson.start.addSecs(-60LL * lead);
        if (at <= now)
            due.append(lesson);
        else if (!m_nextDue.isValid() || at < m_nextDue)
            m_nextDue = at;
    }
    if (!due.isEmpty()) {
        // Recorded before it is shown (U15): a crash in between loses a reminder rather than doubling it.
        for (const UpcomingLesson &lesson : std::as_const(due))
            m_shown.insert(keyOf(lesson), lesson.start);
        save();
        for (const UpcomingLesson &lesson : std::as_const(due))
            emit reminderDue(reminderFor(lesson));
    }
    if (m_nextDue.isValid())
        m_timer.start(int(std::clamp<qint64>(now.msecsTo(m_nextDue), 0, MaxWaitMs)));
}

LessonReminder LessonReminders::reminderFor(const UpcomingLesson &lesson) const
{
    LessonReminder r;
    r.key = keyOf(lesson);
    r.lesson = lesson;
    const qint64 secs = m_clock().secsTo(lesson.start);
    const int minutes = int(std::max<qint64>(1, (secs + 59) / 60));
    const QString title = lesson.title.isEmpty() ? tr("Your lesson") : lesson.title;
    //: A reminder's title: %1 the lesson's start time in the user's time zone ("14:00")
    r.title = tr("Lesson at %1").arg(Format::time(lesson.start));
    // The lesson's date and time with the time zone: "Mon 7 Dec 2026, 14:00, Europe/Berlin (CET)"
    const QString when = Format::dateTime(lesson.start) + QStringLiteral(", ") + Format::displayZoneName(lesson.start);
    r.body = lesson.withWhom.isEmpty()
                 //: A lesson reminder: %1 the course pack, %2 its date, time and time zone
                 ? tr("%1 starts in %n minute(s) (%2).", nullptr, minutes).arg(title, when)
                 //: A lesson reminder: %1 the course pack, %2 the other person, %3 its date, time and time zone
                 : tr("%1 with %2 starts in %n minute(s) (%3).", nullptr, minutes).arg(title, lesson.withWhom, when);
    return r;
}

void LessonReminders::load()
{
    if (m_stateFile.isEmpty())
        return;
    QFile f(m_stateFile);
    if (!f.open(QIODevice::ReadOnly))
        return; // none yet
    const QJsonObject shown = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("shown")).toObject();
    for (auto it = shown.begin(); it != shown.end(); ++it)
        m_shown.insert(it.key(), Format::parseUtc(it.value().toString()));
}

bool LessonReminders::save()
{
    const QDateTime oldest = m_clock().addSecs(-KeepSecs);
    for (auto it = m_shown.begin(); it != m_shown.end();) {
        if (!it.value().isValid() || it.value() < oldest)
            it = m_shown.erase(it);
        else
            ++it;
    }
    if (m_stateFile.isEmpty())
        return true;
    QJsonObject shown;
    for (auto it = m_shown.cbegin(); it != m_shown.cend(); ++it)
        shown.insert(it.key(), Format::toIsoUtc(it.value()));
    QDir().mkpath(QFileInfo(m_stateFile).absolutePath());
    QSaveFile f(m_stateFile);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(QJsonObject {{QStringLiteral("version"), 1}, {QStringLiteral("shown"), shown}}).toJson());
        if (f.commit())
            return true;
    }
    emit stateError(tr("TutorHub could not save which lesson reminders it has shown in %1 (%2); check that the folder "
                       "is writable, or reminders may be shown again after a restart.")
                        .arg(QDir::toNativeSeparators(m_stateFile), f.errorString()));
    return false;
}

} // namespace tutorhub::models
