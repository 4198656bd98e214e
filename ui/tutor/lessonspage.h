// Lessons: every slot of the tutor's packs on a week calendar (free, booked, completed, canceled;
// booked ones named by the student) and as a list of the week; generate slots from availability or
// add one; mark completed, cancel with a reason, set the place or meeting link, delete a free one;
// export the lessons as an iCalendar file; and the screening requests to approve or reject.
#pragma once

#include "lessondialogs.h"
#include "tutorpage.h"

#include "models/tutor/tutorlists.h"

class QPushButton;
class QTableView;
class QTabWidget;

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
    models::PagedListModel *weekSlots() const { return m_slots; }
    models::PagedListModel *screening() const { return m_screening; }
    QTabWidget *tabs() const { return m_tabs; }
    bool isLoaded() const; // names and the week's slots arrived
    void selectSlot(const QString &id);
    QJsonObject selectedSlot() const;

    GenerateSlotsDialog *generate();
    SingleSlotDialog *addSlot(const QDateTime &startUtc = {});
    void markCompleted();
    CancelSlotDialog *cancelSlot();
    LocationDialog *editLocation();
    void deleteSlot();
    ScreeningDecisionDialog *decideScreening(bool approve);
    void selectScreening(const QString &id);
    // Writes the tutor's lessons (from 30 days ago on) to `fileName`; result via exportFinished.
    void exportCalendar(const QString &fileName);

signals:
    void exportFinished(bool ok, const QString &fileName);

protected:
    void profileReady() override;

private:
    void loadNames();
    void loadRequesters();
    void loadWeek();
    void rebuildWeek();
    void updateButtons();
    void afterChange(const QString &message);
    PackChoices packChoices() const;
    QString describe(const QJsonObject &slot) const;
    void patchSlot(const QJsonObject &slot, const QJsonObject &fields, const QString &message);

    models::tutor::SharedLookup m_lookup;
    QList<QJsonObject> m_packRows;
    models::PagedListModel *m_slots = nullptr;
    models::PagedListModel *m_screening = nullptr;
    bool m_namesLoaded = false;
    QTabWidget *m_tabs;
    WeekView *m_week;
    QTableView *m_list;
    ListState *m_listState;
    QTableView *m_screeningView;
    ListState *m_screeningState;
    QPushButton *m_generate, *m_add, *m_complete, *m_cancel, *m_location, *m_delete, *m_export;
    QPushButton *m_approve, *m_reject;
};

} // namespace tutorhub::ui::tutor
