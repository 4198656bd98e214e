// Booking: a week calendar of the pack's FREE lessons in the student's zone (ui::WeekView, multi
// selection across weeks), the pack's limits checked before submitting (StudentRules::bookingCheck),
// then createEnrollment. A lesson taken by someone else meanwhile (409 errMsg_LessonSlotNotFree)
// is explained, the calendar reloads and nothing is booked.
#pragma once

#include "workspacecontext.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QLabel;
class QPushButton;

namespace tutorhub::api {
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

signals:
    void enrolled(const QJsonObject &enrollment);

private:
    void loadWeek();
    void showSlots();
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
};

} // namespace tutorhub::ui::student
