// Booking: a week calendar of the pack's FREE lessons in the student's zone (ui::WeekView, multi
// selection across weeks; it opens on the week of the first free lesson, and an empty week says when the
// next free lesson is), the pack's limits checked before submitting (StudentRules::bookingCheck),
// then createEnrollment. A lesson taken by someone else meanwhile (409 errMsg_LessonSlotNotFree)
// is explained, the calendar reloads and nothing is booked. The state and the requests live in the view-model
// models::student::Booking (K10); the dialog shows it.
#pragma once

#include "workspacecontext.h"

#include <QDateTime>
#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPushButton;

namespace tutorhub::models {
class PagedListModel;
}
namespace tutorhub::models::student {
class Booking;
}

namespace tutorhub::ui {
class BusyIndicator;
class WeekView;
} // namespace tutorhub::ui

namespace tutorhub::ui::student {

class BookingDialog : public QDialog
{
    Q_OBJECT

public:
    BookingDialog(const WorkspaceContext &context, const QJsonObject &pack, QWidget *parent = nullptr);

    WeekView *weekView() const { return m_week; }
    models::PagedListModel *freeSlots() const;
    models::student::Booking *booking() const { return m_booking; }
    QStringList chosenIds() const;
    void choose(const QStringList &slotIds); // adds free slots of the shown week to the choice
    void clearChoice();
    QString checkText() const;
    QString errorText() const;
    bool canSubmit() const;
    void submit();
    // The pack's first free lesson from now on: the dialog opens on its week (null until known / when none).
    QDateTime firstFreeUtc() const;

signals:
    void enrolled(const QJsonObject &enrollment);
    // The first free lesson is known (invalid when the pack has none) and its week is shown.
    void firstFreeLessonKnown(const QDateTime &startUtc);

private:
    void loadWeek();
    void showSlots();
    void updateSummary();

    models::student::Booking *m_booking;
    WeekView *m_week;
    QLabel *m_rules;
    QLabel *m_summary;
    QLabel *m_check;
    QLabel *m_error;
    QPushButton *m_submit;
    BusyIndicator *m_busy;
};

} // namespace tutorhub::ui::student
