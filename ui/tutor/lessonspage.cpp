#include "lessonspage.h"

#include "common/widgets.h"
#include "models/format.h"
#include "models/labels.h"
#include "models/pagedlistmodel.h"
#include "models/tutor/lessonsviewmodel.h"
#include "ui/common/liststate.h"
#include "ui/common/prompter.h"
#include "ui/common/weekview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tutorhub::ui::tutor {

using models::Format;
using models::PagedListModel;
using models::student::Screening;
using namespace models::tutor;

namespace {
QString toneOf(const QString &status)
{
    return models::Labels::tone(QStringLiteral("lessonSlot"), QStringLiteral("status"), status);
}
} // namespace

LessonsPage::LessonsPage(const WorkspaceContext &context, QWidget *parent)
    : TutorPage(context, tr("Lessons"), tr("Your lessons and screening meetings, in your time zone."), parent),
      m_model(new LessonsViewModel(context.client, context.session, context.dataDirectory, this))
{
    attach(m_model);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Lessons and screening"));
    auto *calendar = new QWidget(m_tabs);
    auto *cl = new QVBoxLayout(calendar);
    auto *bar = new QHBoxLayout;
    m_generate = named(new QPushButton(tr("Generate lessons…"), calendar), tr("Generate lessons from availability"));
    m_add = named(new QPushButton(tr("Add lesson…"), calendar), tr("Add a single lesson"));
    m_complete = named(new QPushButton(tr("Mark completed"), calendar), tr("Mark lesson completed"));
    m_cancel = named(new QPushButton(tr("Cancel…"), calendar), tr("Cancel lesson"));
    m_location = named(new QPushButton(tr("Place / link…"), calendar), tr("Set place or meeting link"));
    m_delete = named(new QPushButton(tr("Delete"), calendar), tr("Delete free lesson"));
    m_export = named(new QPushButton(tr("Export calendar…"), calendar), tr("Export lessons as iCalendar file"));
    // Two rows: creating lessons, then what applies to the selected lesson.
    for (QPushButton *b : {m_generate, m_add})
        bar->addWidget(b);
    bar->addStretch();
    bar->addWidget(m_export);
    cl->addLayout(bar);
    auto *selectionBar = new QHBoxLayout;
    for (QPushButton *b : {m_complete, m_cancel, m_location, m_delete})
        selectionBar->addWidget(b);
    selectionBar->addStretch();
    cl->addLayout(selectionBar);
    m_week = new WeekView(calendar);
    m_week->setAccessibleName(tr("Lessons week"));
    m_week->setSelectionMode(WeekView::SingleSelection);
    m_week->setEmptyText(tr("No lessons this week. Generate them from your availability."));
    cl->addWidget(m_week, 3);
    m_list = listTable(calendar, tr("Lessons of the week"));
    cl->addWidget(m_list, 1);
    m_listState = new ListState(calendar);
    m_listState->setEmptyText(tr("No lessons this week."));
    cl->addWidget(m_listState);
    m_tabs->addTab(calendar, tr("Calendar"));

    auto *screening = new QWidget(m_tabs);
    auto *sl = new QVBoxLayout(screening);
    auto *sbar = new QHBoxLayout;
    m_approve = named(new QPushButton(tr("Approve…"), screening), tr("Approve screening meeting"));
    m_propose = named(new QPushButton(tr("Propose another time…"), screening), tr("Propose another screening time"));
    m_reject = named(new QPushButton(tr("Reject…"), screening), tr("Reject screening request"));
    sbar->addWidget(m_approve);
    sbar->addWidget(m_propose);
    sbar->addWidget(m_reject);
    sbar->addStretch();
    sl->addLayout(sbar);
    m_screeningView = listTable(screening, tr("Screening requests"));
    sl->addWidget(m_screeningView, 1);
    m_screeningDetail = new QLabel(screening);
    m_screeningDetail->setObjectName(QStringLiteral("screeningDetail"));
    m_screeningDetail->setWordWrap(true);
    m_screeningDetail->setTextFormat(Qt::PlainText);
    m_screeningDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sl->addWidget(m_screeningDetail);
    m_screeningState = new ListState(screening);
    m_screeningState->setEmptyText(tr("No screening requests. Packs that require screening get them here."));
    sl->addWidget(m_screeningState);
    m_tabs->addTab(screening, tr("Screening requests"));
    body()->addWidget(m_tabs, 1);

    connect(m_generate, &QPushButton::clicked, this, &LessonsPage::generate);
    connect(m_add, &QPushButton::clicked, this, [this] { addSlot(); });
    connect(m_complete, &QPushButton::clicked, this, &LessonsPage::markCompleted);
    connect(m_cancel, &QPushButton::clicked, this, &LessonsPage::cancelSlot);
    connect(m_location, &QPushButton::clicked, this, &LessonsPage::editLocation);
    connect(m_delete, &QPushButton::clicked, this, &LessonsPage::deleteSlot);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString file = this->context().prompter->saveFile(this, tr("Export lessons"), tr("tutorhub-lessons.ics"),
                                                                tr("iCalendar files (*.ics)"));
        if (!file.isEmpty())
            exportCalendar(file);
    });
    connect(m_approve, &QPushButton::clicked, this,
            [this] { decideScreening(ScreeningDecisionDialog::Mode::Approve); });
    connect(m_propose, &QPushButton::clicked, this,
            [this] { decideScreening(ScreeningDecisionDialog::Mode::Propose); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decideScreening(ScreeningDecisionDialog::Mode::Reject); });
    connect(m_week, &WeekView::weekChanged, this, &LessonsPage::loadWeek);
    connect(m_week, &WeekView::selectionChanged, this, [this](const QStringList &ids) {
        if (weekSlots() && !ids.isEmpty()) {
            const int row = weekSlots()->rowOfId(ids.first());
            if (row >= 0 && m_list->currentIndex().row() != row)
                m_list->selectRow(row);
        }
        updateButtons();
    });
    connect(m_week, &WeekView::emptySlotActivated, this, [this](const QDateTime &at) { addSlot(at); });
    connect(m_model, &LessonsViewModel::namesLoaded, this, &LessonsPage::loadWeek);
    connect(m_model, &LessonsViewModel::slotDeleted, this, [this] { m_week->clearSelection(); });
    connect(m_model, &LessonsViewModel::exportFinished, this, &LessonsPage::exportFinished);
    connect(m_model, &LessonsViewModel::screeningStateChanged, this, [this](bool complete) {
        m_screeningDetail->setText(m_model->screeningDetail());
        if (complete)
            emit screeningStateLoaded();
    });
    updateButtons();
    lookUpProfile();
}

models::PagedListModel *LessonsPage::weekSlots() const
{
    return m_model->lessonSlots();
}

models::PagedListModel *LessonsPage::screening() const
{
    return m_model->screening();
}

models::student::Screening::State LessonsPage::selectedScreeningState() const
{
    return m_model->screeningState();
}

void LessonsPage::profileReady()
{
    m_model->load();
    PagedListModel *lessonList = m_model->lessonSlots();
    m_list->setModel(lessonList);
    m_listState->setModel(lessonList);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        if (i.isValid() && m_week->selectedIds().value(0) != weekSlots()->idAt(i.row()))
            m_week->setSelectedIds({weekSlots()->idAt(i.row())});
        updateButtons();
    });
    connect(lessonList, &PagedListModel::pageLoaded, this, &LessonsPage::rebuildWeek);
    connect(lessonList, &QAbstractItemModel::dataChanged, this, &LessonsPage::rebuildWeek);
    connect(lessonList, &QAbstractItemModel::rowsRemoved, this, &LessonsPage::rebuildWeek);
    m_screeningView->setModel(screening());
    m_screeningState->setModel(screening());
    connect(m_screeningView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        loadScreeningState();
        updateButtons();
    });
    connect(screening(), &QAbstractItemModel::dataChanged, this, &LessonsPage::updateButtons);
}

bool LessonsPage::isLoaded() const
{
    return m_model->isLoaded();
}

void LessonsPage::loadWeek()
{
    m_model->showRange(m_week->weekStartUtc(), m_week->weekEndUtc());
}

void LessonsPage::rebuildWeek()
{
    PagedListModel *lessonList = weekSlots();
    const LessonLookup &lookup = m_model->lookup();
    QList<WeekItem> items;
    items.reserve(lessonList->rowCount());
    for (int r = 0; r < lessonList->rowCount(); ++r) {
        const QJsonObject s = lessonList->object(r);
        const QString status = Format::str(s, "status");
        WeekItem item;
        item.id = Format::str(s, "id");
        item.startUtc = Format::slotStart(s);
        item.endUtc = Format::slotEnd(s);
        const QString student = lookup.studentName(s);
        item.title = student.isEmpty()
                         ? models::Labels::enumLabel(QStringLiteral("lessonSlot"), QStringLiteral("status"), status)
                         : student;
        item.subtitle = lookup.packTitle(s);
        if (!student.isEmpty() && status != QLatin1String("booked"))
            item.subtitle
                += QStringLiteral(" · ")
                   + models::Labels::enumLabel(QStringLiteral("lessonSlot"), QStringLiteral("status"), status);
        item.tone = toneOf(status);
        items << item;
    }
    const QStringList selected = m_week->selectedIds();
    m_week->setItems(items);
    m_week->setSelectedIds(selected);
    if (!m_pendingSlot.isEmpty() && lessonList->rowOfId(m_pendingSlot) >= 0) {
        m_week->setSelectedIds({m_pendingSlot});
        m_week->setFocusedId(m_pendingSlot);
        m_pendingSlot.clear();
    }
    updateButtons();
}

QJsonObject LessonsPage::selectedSlot() const
{
    const QString id = m_week->selectedIds().value(0);
    const int row = weekSlots() && !id.isEmpty() ? weekSlots()->rowOfId(id) : -1;
    return row >= 0 ? weekSlots()->object(row) : QJsonObject();
}

void LessonsPage::selectSlot(const QString &id)
{
    m_week->setSelectedIds({id});
    updateButtons();
}

void LessonsPage::showSlot(const QString &id, const QDateTime &startUtc)
{
    m_tabs->setCurrentIndex(0);
    m_pendingSlot = id;
    m_week->setWeek(Format::local(startUtc).date()); // loads the week (once the names are in)
    if (m_week->itemRect(id).isValid()) { // already shown
        m_pendingSlot.clear();
        selectSlot(id);
    }
}

void LessonsPage::selectScreening(const QString &id)
{
    const int row = screening() ? screening()->rowOfId(id) : -1;
    if (row < 0)
        return;
    const bool same = m_screeningView->currentIndex().row() == row;
    m_screeningView->selectRow(row);
    if (same)
        loadScreeningState(); // the row may hold a newer meeting (a refresh): read its state again
}

void LessonsPage::updateButtons()
{
    const QJsonObject s = selectedSlot();
    const QString status = Format::str(s, "status");
    const bool past = Format::slotStart(s) <= QDateTime::currentDateTimeUtc();
    m_generate->setEnabled(isReady());
    m_add->setEnabled(isReady());
    m_export->setEnabled(isReady());
    m_complete->setEnabled(status == QLatin1String("booked"));
    m_complete->setToolTip(status == QLatin1String("booked") && !past ? tr("The lesson has not started yet.")
                                                                      : QString());
    m_cancel->setEnabled(status == QLatin1String("booked") || status == QLatin1String("free"));
    m_location->setEnabled(status == QLatin1String("booked") || status == QLatin1String("free"));
    m_delete->setEnabled(status == QLatin1String("free") || status == QLatin1String("canceled"));
    const QModelIndex si = m_screeningView->currentIndex();
    const bool pending = screening() && si.isValid()
                         && Format::str(screening()->object(si.row()), "tutorDecision") == QLatin1String("pending");
    m_approve->setEnabled(pending);
    m_propose->setEnabled(pending);
    m_reject->setEnabled(pending);
}

// The selected request's negotiation: its open proposals (extension) or its documented fields (U22).
void LessonsPage::loadScreeningState()
{
    const QModelIndex i = m_screeningView->currentIndex();
    m_model->loadScreeningState(screening() && i.isValid() ? screening()->object(i.row()) : QJsonObject());
}

GenerateSlotsDialog *LessonsPage::generate()
{
    if (!m_model->canOpenLessons())
        return nullptr;
    auto *d = new GenerateSlotsDialog(m_model->commands(), m_model->packChoices(), this);
    d->setBusyTimes(m_model->dataDirectory(), tutorProfileId());
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &LessonDialog::done, m_model,
            [this](const QJsonObject &, const QJsonObject &envelope) { m_model->lessonsGenerated(envelope); });
    openForm(d);
    return d;
}

SingleSlotDialog *LessonsPage::addSlot(const QDateTime &startUtc)
{
    if (!m_model->canOpenLessons())
        return nullptr;
    const QDateTime start
        = startUtc.isValid() ? startUtc
                             : QDateTime(QDate::currentDate().addDays(1), QTime(10, 0), Format::displayZone()).toUTC();
    auto *d = new SingleSlotDialog(m_model->commands(), m_model->packChoices(), start, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &LessonDialog::done, m_model,
            [this](const QJsonObject &slot, const QJsonObject &) { m_model->slotAdded(slot); });
    openForm(d);
    return d;
}

void LessonsPage::markCompleted()
{
    m_model->markCompleted(selectedSlot());
}

CancelSlotDialog *LessonsPage::cancelSlot()
{
    const QJsonObject s = selectedSlot();
    if (s.isEmpty())
        return nullptr;
    auto *d = new CancelSlotDialog(m_model->commands(), s, m_model->describe(s), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &LessonDialog::done, m_model,
            [this](const QJsonObject &slot, const QJsonObject &) { m_model->slotCanceled(slot); });
    openForm(d);
    return d;
}

LocationDialog *LessonsPage::editLocation()
{
    const QJsonObject s = selectedSlot();
    if (s.isEmpty())
        return nullptr;
    auto *d = new LocationDialog(m_model->commands(), s, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &LessonDialog::done, m_model,
            [this](const QJsonObject &slot, const QJsonObject &) { m_model->placeSaved(slot); });
    openForm(d);
    return d;
}

void LessonsPage::deleteSlot()
{
    m_model->deleteSlot(selectedSlot());
}

ScreeningDecisionDialog *LessonsPage::decideScreening(ScreeningDecisionDialog::Mode mode)
{
    const QModelIndex i = m_screeningView->currentIndex();
    if (!screening() || !i.isValid())
        return nullptr;
    const QJsonObject meeting = screening()->object(i.row());
    const LessonLookup &lookup = m_model->lookup();
    auto *d = new ScreeningDecisionDialog(m_model->commands(), meeting, m_model->screeningState(),
                                          lookup.requester(meeting), lookup.packTitle(meeting), mode, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &LessonDialog::done, this,
            [this, mode, id = Format::str(meeting, "id")](const QJsonObject &answer, const QJsonObject &) {
                using Decision = LessonsViewModel::Decision;
                m_model->screeningDecided(mode == ScreeningDecisionDialog::Mode::Approve   ? Decision::Approved
                                          : mode == ScreeningDecisionDialog::Mode::Propose ? Decision::Proposed
                                                                                           : Decision::Rejected,
                                          id, answer);
                loadScreeningState();
                updateButtons();
            });
    openForm(d);
    return d;
}

void LessonsPage::exportCalendar(const QString &fileName)
{
    m_model->exportCalendar(fileName);
}

} // namespace tutorhub::ui::tutor
