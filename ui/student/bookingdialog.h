// Booking: a week calendar of the pack's FREE lessons in the student's zone (ui::WeekView, multi
// selection across weeks; it opens on the week of the first free lesson, and an empty week says when the
// next free lesson is), the pack's limits checked before submitting (StudentRules::bookingCheck),
// then createEnrollment. A lesson taken by someone else meanwhile (409 errMsg_LessonSlotNotFree)
// is explained, the calendar reloads and nothing is booked.
#pragma once

#include "workspacecontext.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QJsonObject>

#include <functional>

class QLabel;
class QPushButton;

namespace tutorhub::api {
class CatalogApi;
class EnrollmentApi;
}
namespace tutorhub::models {
class PagedListModel;
}

namespace tutorhub::ui {
class BusyIndicator;
class WeekView;
}

namespace tutorhub::ui::student {

class BookingDialog : public QDialog
{
    Q_OBJECT

public:
    BookingDialog(const WorkspaceContext &context, const QJsonObject &pack, QWidget *parent = nullptr);

    WeekView *weekView() const { return m_week; }
    models::PagedListModel *freeSlots() const { return m_slots; }
    QStringList chosenIds() const { return m_chosen.keys(); }
    void choose(const QStringList &slotIds); // adds free slots of the shown week to the choice
    void clearChoice();
    QString checkText() const;
    QString errorText() const;
    bool canSubmit() const;
    void submit();
    // The pack's first free lesson from now on: the dialog opens on its week (null until known / when none).
    QDateTime firstFreeUtc() const { return m_firstFreeUtc; }

signals:
    void enrolled(const QJsonObject &enrollment);
    // The first free lesson is known (invalid when the pack has none) and its week is shown.
    void firstFreeLessonKnown(const QDateTime &startUtc);

private:
    void loadWeek();
    void showSlots();
    // Asks for the first free lesson starting at or after `fromUtc`; `done` gets its start (invalid when none).
    void findFreeLesson(const QDateTime &fromUtc, std::function<void(const QDateTime &)> done);
    void updateSummary();

    WorkspaceContext m_ctx;
    QJsonObject m_pack;
    api::EnrollmentApi *m_api;
    models::PagedListModel *m_slots;
    QHash<QString, QJsonObject> m_chosen;
    QStringList m_bookedDates; // scheduledDate of the student's lessons of this pack (maxDailyLessons counts them)
    WeekView *m_week;
    QLabel *m_rules;
    QLabel *m_summary;
    QLabel *m_check;
    QLabel *m_error;
    QPushButton *m_submit;
    BusyIndicator *m_busy;
    bool m_submitting = false;
    QDateTime m_firstFreeUtc;
    api::CatalogApi *m_catalog;
};

} // namespace tutorhub::ui::student
