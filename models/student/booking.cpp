#include "booking.h"

#include "api/catalogapi.h"
#include "api/enrollmentapi.h"
#include "models/format.h"
#include "models/pagedlistmodel.h"
#include "models/student/studentlists.h"
#include "models/student/studentrules.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace tutorhub::models::student {

Booking::Booking(api::ApiClient *client, const QJsonObject &pack, const QString &studentId, QObject *parent)
    : QObject(parent),
      m_catalog(new api::CatalogApi(client, this)),
      m_enrollments(new api::EnrollmentApi(client, this)),
      m_pack(pack),
      m_studentId(studentId),
      m_slots(freeSlotsModel(client, this))
{
    connect(m_slots, &PagedListModel::pageLoaded, this, [this] {
        // Keep the chosen rows current (the latest answer of the shown week).
        for (int row = 0; row < m_slots->rowCount(); ++row) {
            const QJsonObject s = m_slots->object(row);
            const QString id = Format::str(s, "id");
            if (m_chosen.contains(id))
                m_chosen.insert(id, s);
        }
    });
    connect(m_slots, &PagedListModel::stateChanged, this, [this](PagedListModel::State s) {
        if (s == PagedListModel::State::Error)
            setError(m_slots->errorText());
    });
}

void Booking::showWeek(const QDateTime &fromUtc, const QDateTime &toUtc)
{
    setError({});
    setSlotWeek(m_slots, Format::str(m_pack, "id"), fromUtc, toUtc);
    if (!m_slots->isLoading())
        m_slots->refresh();
}

void Booking::start(const QDateTime &nowUtc)
{
    // Open on the week of the first free lesson (S11): the student does not hunt for it week by week.
    findFreeLesson(nowUtc, [this](const QDateTime &first) {
        m_firstFreeUtc = first;
        emit firstFreeLessonKnown(first);
    });
    // The student's booked and taught lessons of this pack count towards maxDailyLessons (D45).
    QUrlQuery mine;
    mine.addQueryItem(QStringLiteral("coursePackId"), Format::str(m_pack, "id"));
    mine.addQueryItem(QStringLiteral("studentId"), m_studentId);
    mine.addQueryItem(QStringLiteral("status"), QStringLiteral("booked"));
    mine.addQueryItem(QStringLiteral("status"), QStringLiteral("completed"));
    mine.addQueryItem(QStringLiteral("pageRowCount"), QStringLiteral("500"));
    m_catalog->listLessonSlots(mine, this, [this](const api::Result<api::JsonAnswer> &r) {
        if (!r)
            return; // the server checks the limit anyway; the booking stays possible
        for (const QJsonValue &v : r.value().array())
            m_bookedDates << Format::str(v.toObject(), "scheduledDate");
        emit changed();
    });
}

void Booking::findFreeLesson(const QDateTime &fromUtc, std::function<void(const QDateTime &)> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("coursePackId"), Format::str(m_pack, "id"));
    q.addQueryItem(QStringLiteral("status"), QStringLiteral("free"));
    q.addQueryItem(QStringLiteral("from"), Format::toIsoUtc(fromUtc));
    q.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("startsAt"));
    q.addQueryItem(QStringLiteral("sortOrder"), QStringLiteral("asc"));
    q.addQueryItem(QStringLiteral("pageRowCount"), QStringLiteral("1"));
    m_catalog->listLessonSlots(q, this, [done = std::move(done)](const api::Result<api::JsonAnswer> &r) {
        if (!r)
            return; // the week shown stays as it is; the calendar's own load reports errors
        // The earliest of the rows: a server without our filters and sorting answers every free lesson of the pack
        // from `fromUtc` on in its own order (C44, C56).
        QDateTime first;
        for (const QJsonValue &v : r.value().array()) {
            const QDateTime start = Format::slotStart(v.toObject());
            if (start.isValid() && (!first.isValid() || start < first))
                first = start;
        }
        done(first);
    });
}

QString Booking::emptyWeekText(const QDateTime &nextUtc)
{
    return nextUtc.isValid()
               ? tr("No free lessons this week. The next one is on %1: choose Next week.")
                     .arg(Format::dateTime(nextUtc))
               : tr("No free lessons from this week on. Ask the tutor in a message, or look again later.");
}

QStringList Booking::chosenIds() const
{
    QStringList ids = m_chosen.keys();
    ids.sort();
    return ids;
}

void Booking::setWeekSelection(const QStringList &visibleIds, const QStringList &selectedIds)
{
    for (const QString &id : visibleIds) {
        if (selectedIds.contains(id)) {
            const int row = m_slots->rowOfId(id);
            if (row >= 0)
                m_chosen.insert(id, m_slots->object(row));
        } else {
            m_chosen.remove(id);
        }
    }
    emit changed();
}

void Booking::choose(const QStringList &slotIds)
{
    for (const QString &id : slotIds) {
        const int row = m_slots->rowOfId(id);
        if (row >= 0)
            m_chosen.insert(id, m_slots->object(row));
    }
    emit changed();
}

void Booking::clearChoice()
{
    m_chosen.clear();
    emit changed();
}

QString Booking::summaryText() const
{
    const int n = chosenCount();
    const QString total = Format::money(StudentRules::totalAmount(m_pack, n));
    return n == 1 ? tr("1 lesson chosen, %1 in total").arg(total)
                  : tr("%1 lessons chosen, %2 in total").arg(n).arg(total);
}

QString Booking::checkText() const
{
    const RuleAnswer check = StudentRules::bookingCheck(m_pack, m_chosen.values(), m_bookedDates);
    return check.allowed ? tr("Ready to book: the lessons are reserved for you until you pay.") : check.reason;
}

bool Booking::canSubmit() const
{
    return !m_submitting && StudentRules::bookingCheck(m_pack, m_chosen.values(), m_bookedDates).allowed;
}

void Booking::setError(const QString &sentence)
{
    if (m_error == sentence)
        return;
    m_error = sentence;
    emit changed();
}

void Booking::submit()
{
    if (!canSubmit())
        return;
    m_submitting = true;
    m_error.clear();
    emit changed();
    const QStringList ids = chosenIds();
    m_enrollments->createEnrollment(
        Format::str(m_pack, "id"), Format::str(m_pack, "tutorProfileId"), ids,
        StudentRules::totalAmount(m_pack, int(ids.size())), this, [this](const api::Result<api::JsonAnswer> &r) {
            m_submitting = false;
            if (r) {
                QJsonObject enrollment = r.value().object();
                // The create answer has no joins: the payment shows the pack by name.
                if (!enrollment.contains(QStringLiteral("coursePack")))
                    enrollment.insert(QStringLiteral("coursePack"),
                                      QJsonObject {{QStringLiteral("title"), Format::str(m_pack, "title")}});
                emit changed();
                emit enrolled(enrollment);
                return;
            }
            if (r.error().hasCode(QStringLiteral("errMsg_LessonSlotNotFree"))) {
                m_error = tr("Someone else has just booked one of the lessons you chose. Nothing was booked; the "
                             "calendar now shows the lessons that are still free.");
                m_chosen.clear();
                m_slots->refresh();
            } else {
                m_error = r.error().userMessage();
            }
            emit changed();
        });
}

} // namespace tutorhub::models::student
