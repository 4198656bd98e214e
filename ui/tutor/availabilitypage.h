// Availability: the tutor's weekly windows and one-off dates on a week grid in the tutor's own zone
// (its name shown; each window keeps its wall-clock time across DST, models/tutor/availabilityweek.h),
// and a form to add or change a window (prefilled by double-clicking the grid). An overlap is refused
// by the server (409 errMsg_AvailabilityOverlap) and explained; nothing is stored then. "Import busy times…"
// reads an .ics file into busy times (ui/tutor/busytimesdialog.h); the week shows them as blocks in which
// no lesson is generated, and "Delete selected" removes a selected one.
#pragma once

#include "tutorpage.h"

#include "models/tutor/busytimes.h"

#include <QList>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTimeEdit;

namespace tutorhub::models {
class PagedListModel;
namespace tutor {
class AvailabilityViewModel;
}
} // namespace tutorhub::models

namespace tutorhub::ui {
class WeekView;
}

namespace tutorhub::ui::tutor {

class BusyTimesImportDialog;

class AvailabilityPage : public TutorPage
{
    Q_OBJECT

public:
    AvailabilityPage(const WorkspaceContext &context, QWidget *parent);

    WeekView *week() const { return m_week; }
    models::PagedListModel *windows() const;

    // Form values (local date/time in the tutor's zone); tests and the grid fill them.
    void setDraft(const QDate &date, const QTime &from, const QTime &to, bool recurring,
                  const QString &teachingMode = {});
    // Creates a window from the form, or changes the selected one (`update`).
    void addWindow();
    void updateSelectedWindow();
    void deleteSelectedWindow();
    QString selectedWindowId() const;
    // The selected busy time's id (empty when a window or nothing is selected).
    QString selectedBusyTimeId() const;
    // Opens the import dialog (not modal; it deletes itself when closed).
    BusyTimesImportDialog *openImportDialog();
    // Reads the busy times again (from the server, or the data directory).
    void reloadBusyTimes();
    const QList<models::tutor::BusyTime> &busyTimes() const;

protected:
    void profileReady() override;

private:
    void rebuildWeek();
    void send(const QString &id);
    QList<QJsonObject> allWindows() const;
    void deleteSelectedBusyTime();

    models::tutor::AvailabilityViewModel *m_model;
    WeekView *m_week;
    QLabel *m_zone;
    QComboBox *m_kind;
    QDateEdit *m_date;
    QTimeEdit *m_from;
    QTimeEdit *m_to;
    QComboBox *m_mode;
    QPushButton *m_add;
    QPushButton *m_change;
    QPushButton *m_delete;
    QPushButton *m_import;
};

} // namespace tutorhub::ui::tutor
