#include "calendarpage.h"

#include "calendarview.h"

#include "api/session.h"
#include "common/busyindicator.h"
#include "common/flowlayout.h"
#include "common/fontscale.h"
#include "common/messagebanner.h"
#include "common/widgets.h"
#include "models/format.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace tutorhub::ui {

using models::Format;
using models::calendar::ApiCalendarLoader;
using models::calendar::CalendarModel;

CalendarPage::CalendarPage(const WorkspaceContext &context, ApiCalendarLoader::Viewer viewer, Opener open,
                           QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_open(std::move(open))
{
    const QString userId = context.session ? context.session->currentUser().id : QString();
    m_loader = new ApiCalendarLoader(context.client, viewer, userId, context.dataDirectory, this);
    m_model = new CalendarModel(m_loader, this);

    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    m_title = named(new QLabel(this), tr("Shown period"), "calendarTitle");
    QFont tf = m_title->font();
    tf.setBold(true);
    m_title->setFont(tf);
    m_title->setProperty(kFontScaleProperty, 13.0 / 9); // follows the system font size (P32)
    applyFontScale(m_title);
    head->addWidget(m_title, 1);
    m_busy = new BusyIndicator(this);
    head->addWidget(m_busy);
    m_zone = named(new QLabel(this), tr("Time zone"), "calendarZone");
    m_zone->setWordWrap(true);
    head->addWidget(m_zone);
    layout->addLayout(head);

    auto *bar = new FlowLayout;
    m_modes = new QButtonGroup(this);
    const struct
    {
        CalendarModel::Mode mode;
        QString text;
        QString name;
        const char *object;
    } modes[] = {
        {CalendarModel::Day, tr("Day"), tr("Day view (D)"), "calendarDay"},
        {CalendarModel::Week, tr("Week"), tr("Week view (W)"), "calendarWeek"},
        {CalendarModel::Month, tr("Month"), tr("Month view (M)"), "calendarMonth"},
    };
    for (const auto &m : modes) {
        auto *b = named(new QToolButton(this), m.name, m.object);
        b->setText(m.text);
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_modes->addButton(b, int(m.mode));
        bar->addWidget(b);
    }
    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { m_model->setMode(CalendarModel::Mode(id)); });
    m_prev = named(new QToolButton(this), tr("Previous period (Page Up)"), "calendarPrevious");
    m_prev->setArrowType(Qt::LeftArrow);
    m_next = named(new QToolButton(this), tr("Next period (Page Down)"), "calendarNext");
    m_next->setArrowType(Qt::RightArrow);
    m_today = named(new QPushButton(tr("Today"), this), tr("Today (T)"), "calendarToday");
    connect(m_prev, &QToolButton::clicked, m_model, &CalendarModel::previousPeriod);
    connect(m_next, &QToolButton::clicked, m_model, &CalendarModel::nextPeriod);
    connect(m_today, &QPushButton::clicked, m_model, &CalendarModel::goToday);
    bar->addWidget(m_prev);
    bar->addWidget(m_today);
    bar->addWidget(m_next);
    auto *jumpLabel = new QLabel(tr("&Go to:"), this);
    m_jump = named(new QDateEdit(this), tr("Go to date"), "calendarJump");
    m_jump->setCalendarPopup(true);
    m_jump->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    jumpLabel->setBuddy(m_jump);
    connect(m_jump, &QDateEdit::dateChanged, this, [this](const QDate &d) { m_model->setSelectedDate(d); });
    bar->addWidget(jumpLabel);
    bar->addWidget(m_jump);
    layout->addLayout(bar);

    m_banner = new MessageBanner(this);
    auto *errorRow = new QHBoxLayout;
    errorRow->addWidget(m_banner, 1);
    m_retry = named(new QPushButton(tr("Try again"), this), tr("Load the calendar again"), "calendarRetry");
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, m_model, &CalendarModel::refresh);
    errorRow->addWidget(m_retry);
    layout->addLayout(errorRow);

    m_view = new CalendarView(m_model, this);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_view);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_scroll, 1);

    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    m_legend->setText(
        viewer == ApiCalendarLoader::Viewer::Tutor
            ? tr("Click a lesson to open it on the Lessons page. Green: your availability; hatched: busy times. "
                 "Keys: arrows move the day, Page Up/Down the period, T today, D/W/M the view, Enter opens.")
            : tr("Click a lesson to open its enrollment in My learning. "
                 "Keys: arrows move the day, Page Up/Down the period, T today, D/W/M the view, Enter opens."));
    m_legend->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_legend);

    connect(m_view, &CalendarView::eventActivated, this, &CalendarPage::open);
    connect(m_model, &CalendarModel::modeChanged, this, &CalendarPage::sync);
    connect(m_model, &CalendarModel::selectedDateChanged, this, &CalendarPage::sync);
    connect(m_model, &CalendarModel::loadingChanged, this,
            [this](bool loading) { loading ? m_busy->start() : m_busy->stop(); });
    connect(m_model, &CalendarModel::loaded, this, [this] {
        m_banner->clear();
        m_retry->hide();
    });
    connect(m_model, &CalendarModel::failed, this, [this](const QString &sentence) {
        m_banner->showError(sentence);
        m_retry->show();
    });
    setFocusProxy(m_view);
    sync();
}

QString CalendarPage::errorText() const
{
    return m_model->errorText();
}

void CalendarPage::open(const QString &eventId)
{
    const int row = m_model->rowOfId(eventId);
    if (row >= 0 && m_open)
        m_open(m_model->event(row));
}

void CalendarPage::selectFirstBusyDay()
{
    using models::calendar::CalendarEvent;
    const QDate today = m_model->today();
    for (const CalendarEvent &e : m_model->events()) {
        const QDate day = Format::local(e.startUtc).date();
        if ((e.kind == CalendarEvent::Lesson || e.kind == CalendarEvent::Screening) && day >= today) {
            m_model->setSelectedDate(day);
            return;
        }
    }
    m_model->goToday();
}

void CalendarPage::addScreenshotStates(PageRegistry &registry, const QString &pageId)
{
    registry.addScreenshotState(pageId, {QStringLiteral("day"), [](QWidget *w) {
                                             if (auto *page = qobject_cast<CalendarPage *>(w)) {
                                                 page->selectFirstBusyDay();
                                                 page->model()->setMode(CalendarModel::Day);
                                                 page->model()->selectNextEvent(1);
                                             }
                                         }});
    registry.addScreenshotState(pageId, {QStringLiteral("month"), [](QWidget *w) {
                                             if (auto *page = qobject_cast<CalendarPage *>(w)) {
                                                 page->model()->goToday();
                                                 page->model()->setMode(CalendarModel::Month);
                                             }
                                         }});
}

void CalendarPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Read again each time the page comes back (a lesson booked or canceled meanwhile on another page).
    m_model->refresh();
}

void CalendarPage::sync()
{
    m_title->setText(m_model->title());
    //: The calendar's time zone, e.g. "Times in Europe/Berlin (CET)".
    m_zone->setText(tr("Times in %1").arg(Format::displayZoneName(m_model->rangeStartUtc())));
    if (auto *b = m_modes->button(int(m_model->mode())))
        b->setChecked(true);
    const QSignalBlocker block(m_jump);
    m_jump->setDate(m_model->selectedDate());
    m_scroll->setVerticalScrollBarPolicy(m_model->mode() == CalendarModel::Month ? Qt::ScrollBarAlwaysOff
                                                                                 : Qt::ScrollBarAsNeeded);
}

} // namespace tutorhub::ui
