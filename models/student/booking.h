// The booking dialog's view-model (issue 17 item 1, decision K10): the pack's free lessons of the shown week
// (a PagedListModel), the lessons the student chose across weeks, the pack's limits checked before submitting
// (StudentRules::bookingCheck against the student's booked lessons of the pack), the first / next free lesson
// and createEnrollment. State as getters, changes as signals, errors as sentences; the dialog only presents.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>

namespace tutorhub::api {
class ApiClient;
class CatalogApi;
class EnrollmentApi;
} // namespace tutorhub::api

namespace tutorhub::models {
class PagedListModel;
}

namespace tutorhub::models::student {

class Booking : public QObject
{
    Q_OBJECT

public:
    Booking(api::ApiClient *client, const QJsonObject &pack, const QString &studentId, QObject *parent = nullptr);

    const QJsonObject &pack() const { return m_pack; }
    PagedListModel *freeSlots() const { return m_slots; }

    // Loads the free lessons of [fromUtc, toUtc) into freeSlots() (the week shown).
    void showWeek(const QDateTime &fromUtc, const QDateTime &toUtc);
    // The student's lessons of this pack (they count towards maxDailyLessons, D45) and the first free lesson.
    void start(const QDateTime &nowUtc);

    QStringList chosenIds() const; // sorted
    int chosenCount() const { return int(m_chosen.size()); }
    // The selection of the shown week (`visibleIds`: its lessons, `selectedIds`: the chosen ones among them);
    // choices in other weeks stay.
    void setWeekSelection(const QStringList &visibleIds, const QStringList &selectedIds);
    void choose(const QStringList &slotIds); // adds free lessons of the loaded week
    void clearChoice();

    QString summaryText() const; // "2 lessons chosen, €40.00 in total"
    QString checkText() const; // the pack's limits, or "Ready to book ..."
    bool canSubmit() const;
    bool isSubmitting() const { return m_submitting; }
    QString errorText() const { return m_error; }
    QDateTime firstFreeUtc() const { return m_firstFreeUtc; }

    // The first free lesson at or after `fromUtc` (invalid when none); nothing is called on an error.
    void findFreeLesson(const QDateTime &fromUtc, std::function<void(const QDateTime &)> done);
    // The sentence for a week without free lessons, given the next free lesson (invalid: none).
    static QString emptyWeekText(const QDateTime &nextUtc);

    void submit();

signals:
    void changed(); // choice, check, error or busy state
    void firstFreeLessonKnown(const QDateTime &startUtc);
    void enrolled(const QJsonObject &enrollment);

private:
    void setError(const QString &sentence);

    api::CatalogApi *m_catalog;
    api::EnrollmentApi *m_enrollments;
    QJsonObject m_pack;
    QString m_studentId;
    PagedListModel *m_slots;
    QHash<QString, QJsonObject> m_chosen;
    QStringList m_bookedDates;
    QString m_error;
    bool m_submitting = false;
    QDateTime m_firstFreeUtc;
};

} // namespace tutorhub::models::student
