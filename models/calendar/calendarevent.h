// One thing on the calendar (issue 15 item 2, U30): a lesson, an agreed screening meeting, or — for tutors —
// a busy time or an availability window's occurrence. Times are UTC; the model places them in the display zone.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>

class QObject;

namespace tutorhub::models::calendar {

struct CalendarEvent
{
    enum Kind { Lesson, Screening, Busy, Availability };

    Kind kind = Lesson;
    QString id; // the lesson slot, meeting or busy time id; an availability window id + "@" + start
    QDateTime startUtc;
    QDateTime endUtc; // always after startUtc
    QString title; // the course pack's title, a busy time's summary
    QString withWhom; // the tutor (student's view) or the student (tutor's view); may be empty
    QString status; // lessons: booked, completed, canceled; screening: approved
    QString enrollmentId; // lessons of a student: the enrollment that holds the slot

    bool operator==(const CalendarEvent &o) const
    {
        return kind == o.kind && id == o.id && startUtc == o.startUtc && endUtc == o.endUtc && title == o.title
               && withWhom == o.withWhom && status == o.status && enrollmentId == o.enrollmentId;
    }
};

// Where the model's events come from (passed in; ApiCalendarLoader in the app, anything in tests). load() answers
// every call exactly once through `done`, with the events that overlap [fromUtc, toUtc) or an error sentence.
class CalendarLoader
{
public:
    using Done = std::function<void(const QList<CalendarEvent> &events, const QString &error)>;
    virtual ~CalendarLoader() = default;
    virtual void load(const QDateTime &fromUtc, const QDateTime &toUtc, QObject *context, Done done) = 0;
    // Forget anything cached (the next load reads everything again).
    virtual void invalidate() { }
};

} // namespace tutorhub::models::calendar

Q_DECLARE_METATYPE(tutorhub::models::calendar::CalendarEvent)
