// Lessons: every slot of the tutor's packs on a week calendar (free, booked, completed, canceled;
// booked ones named by the student) and as a list of the week; generate slots from availability or
// add one; mark completed, cancel with a reason, set the place or meeting link, delete a free one;
// export the lessons as an iCalendar file; and the screening requests to approve or reject.
#pragma once

#include "lessondialogs.h"
#include "tutorpage.h"

#include "models/student/screening.h"

class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;

namespace tutorhub::models {
class PagedListModel;
namespace tutor {
class LessonsViewModel;
}
} // namespace tutorhub::models

namespace tutorhub::ui {
class ListState;
class WeekView;
} // namespace tutorhub::ui

namespace tutorhub::ui::tutor {

class LessonsPage : public TutorPage
{
    Q_OBJECT

public:
    LessonsPage(const WorkspaceContext &context, QWidget *parent);

    WeekView *week() const { return m_week; }
    models::PagedListModel *weekSlots() const;
    models::PagedListModel *screening() const;
    QTabWidget *tabs() const { return m_tabs; }
    bool isLoaded() const; // names and the week's slots arrived
    void selectSlot(const QString &id);
    // Shows the week of `startUtc` on the Calendar tab and selects the lesson once that week has loaded (the
    // Calendar page opens lessons this way, U35).
    void showSlot(const QString &id, const QDateTime &startUtc);
    QJsonObject selectedSlot() const;

    GenerateSlotsDialog *generate();
    SingleSlotDialog *addSlot(const QDateTime &startUtc = {});
    void markCompleted();
    CancelSlotDialog *cancelSlot();
    LocationDialog *editLocation();
    void deleteSlot();
    ScreeningDecisionDialog *decideScreening(ScreeningDecisionDialog::Mode mode);
    // The selected request's negotiation (proposals extension, else the documented fields).
    models::student::Screening::State selectedScreeningState() const;
    void selectScreening(const QString &id);
    // Writes the tutor's lessons (from 30 days ago on) to `fileName`; result via exportFinished.
    void exportCalendar(const QString &fileName);

signals:
    void exportFinished(bool ok, const QString &fileName);
    void screeningStateLoaded();

protected:
    void profileReady() override;

private:
    void loadWeek();
    void rebuildWeek();
    void updateButtons();
    void loadScreeningState();

    models::tutor::LessonsViewModel *m_model;
    QString m_pendingSlot; // showSlot(): selected when its week has loaded
    QTabWidget *m_tabs;
    WeekView *m_week;
    QTableView *m_list;
    ListState *m_listState;
    QTableView *m_screeningView;
    ListState *m_screeningState;
    QPushButton *m_generate, *m_add, *m_complete, *m_cancel, *m_location, *m_delete, *m_export;
    QPushButton *m_approve, *m_propose, *m_reject;
    QLabel *m_screeningDetail;
};

} // namespace tutorhub::ui::tutor
