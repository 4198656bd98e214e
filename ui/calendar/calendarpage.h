// The Calendar page of the student and tutor workspaces (issue 15 item 2, U30-U39): Day / Week / Month, Today,
// previous and next, a date to jump to, the viewer's time zone named; the view-model is a
// models::calendar::CalendarModel over an ApiCalendarLoader. What opening an event does belongs to the workspace
// (student: My learning with the enrollment; tutor: Lessons with the lesson), passed in.
#pragma once

#include "models/calendar/calendarloader.h"
#include "models/calendar/calendarmodel.h"
#include "workspacecontext.h"

#include <QWidget>

#include <functional>

class QButtonGroup;
class QDateEdit;
class QLabel;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace tutorhub::ui {

class BusyIndicator;
class CalendarView;
class MessageBanner;

class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    using Opener = std::function<void(const models::calendar::CalendarEvent &event)>;
    CalendarPage(const WorkspaceContext &context, models::calendar::ApiCalendarLoader::Viewer viewer, Opener open,
                 QWidget *parent = nullptr);

    models::calendar::CalendarModel *model() const { return m_model; }
    CalendarView *view() const { return m_view; }
    // Loaded the visible range (with or without an error) and nothing is loading.
    bool isLoaded() const { return m_model->hasLoaded() && !m_model->isLoading(); }
    QString errorText() const;
    // Opens an event as a click or Enter does.
    void open(const QString &eventId);
    // Selects the first day from today on in the shown range that has a lesson or meeting (else today).
    void selectFirstBusyDay();
    // The screenshot states of a calendar page: "day" (the first busy day) and "month".
    static void addScreenshotStates(PageRegistry &registry, const QString &pageId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void sync();

    WorkspaceContext m_context;
    Opener m_open;
    models::calendar::ApiCalendarLoader *m_loader;
    models::calendar::CalendarModel *m_model;
    CalendarView *m_view;
    QScrollArea *m_scroll;
    QLabel *m_title;
    QLabel *m_zone;
    QLabel *m_legend;
    QButtonGroup *m_modes;
    QToolButton *m_prev;
    QToolButton *m_next;
    QPushButton *m_today;
    QDateEdit *m_jump;
    BusyIndicator *m_busy;
    MessageBanner *m_banner;
    QPushButton *m_retry;
};

} // namespace tutorhub::ui
