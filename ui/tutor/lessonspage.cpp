#include "lessonspage.h"

#include "common/widgets.h"
#include "api/contract.h"
#include "api/catalogapi.h"
#include "models/format.h"
#include "models/icalendar.h"
#include "models/labels.h"
#include "ui/common/busyindicator.h"
#include "ui/common/liststate.h"
#include "ui/common/weekview.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tutorhub::ui::tutor {

using models::Format;
using models::PagedListModel;
using namespace models::tutor;

namespace {
QString toneOf(const QString &status)
{
    return models::Labels::tone(QStringLiteral("lessonSlot"), QStringLiteral("status"), status);
}
} // namespace

LessonsPage::LessonsPage(const WorkspaceContext &context, QWidget *parent)
    : TutorPage(context, tr("Lessons"), tr("Your lessons and screening meetings, in your time zone."), parent),
      m_lookup(std::make_shared<LessonLookup>())
{
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
    m_reject = named(new QPushButton(tr("Reject…"), screening), tr("Reject screening request"));
    sbar->addWidget(m_approve);
    sbar->addWidget(m_reject);
    sbar->addStretch();
    sl->addLayout(sbar);
    m_screeningView = listTable(screening, tr("Screening requests"));
    sl->addWidget(m_screeningView, 1);
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
        const QString file = QFileDialog::getSaveFileName(this, tr("Export lessons"), tr("tutorhub-lessons.ics"),
                                                          tr("iCalendar files (*.ics)"));
        if (!file.isEmpty())
            exportCalendar(file);
    });
    connect(m_approve, &QPushButton::clicked, this, [this] { decideScreening(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decideScreening(false); });
    connect(m_week, &WeekView::weekChanged, this, &LessonsPage::loadWeek);
    connect(m_week, &WeekView::selectionChanged, this, [this](const QStringList &ids) {
        if (m_slots && !ids.isEmpty()) {
            const int row = m_slots->rowOfId(ids.first());
            if (row >= 0 && m_list->currentIndex().row() != row)
                m_list->selectRow(row);
        }
        updateButtons();
    });
    connect(m_week, &WeekView::emptySlotActivated, this, [this](const QDateTime &at) { addSlot(at); });
    updateButtons();
    lookUpProfile();
}

void LessonsPage::profileReady()
{
    m_slots = createSlotsModel(context().client, tutorProfileId(), m_lookup, this);
    m_list->setModel(m_slots);
    m_listState->setModel(m_slots);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        if (i.isValid() && m_week->selectedIds().value(0) != m_slots->idAt(i.row()))
            m_week->setSelectedIds({m_slots->idAt(i.row())});
        updateButtons();
    });
    connect(m_slots, &PagedListModel::pageLoaded, this, &LessonsPage::rebuildWeek);
    connect(m_slots, &QAbstractItemModel::dataChanged, this, &LessonsPage::rebuildWeek);
    connect(m_slots, &QAbstractItemModel::rowsRemoved, this, &LessonsPage::rebuildWeek);
    m_screening = createScreeningModel(context().client, m_lookup, this);
    connect(m_screening, &PagedListModel::pageLoaded, this, &LessonsPage::loadRequesters);
    m_screeningView->setModel(m_screening);
    m_screeningState->setModel(m_screening);
    connect(m_screeningView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LessonsPage::updateButtons);
    connect(m_screening, &QAbstractItemModel::dataChanged, this, &LessonsPage::updateButtons);
    m_screening->refresh();
    loadNames();
}

// Pack titles and the students of booked slots (slots carry neither, D34).
void LessonsPage::loadNames()
{
    busy()->start();
    const QString profile = tutorProfileId();
    QUrlQuery pq;
    pq.addQueryItem(QStringLiteral("tutorProfileId"), profile);
    fetchAll(context().client, api::ApiRequest::to(api::Route::listCoursePacks, {}, pq), this,
             [this, profile](const QList<QJsonObject> &packs, const api::ApiError &error) {
                 if (!error.isNone())
                     showError(error.userMessage());
                 m_packRows = packs;
                 auto lookup = std::make_shared<LessonLookup>();
                 lookup->addPacks(packs);
                 QUrlQuery eq;
                 eq.addQueryItem(QStringLiteral("tutorProfileId"), profile);
                 eq.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("createdAt"));
                 fetchAll(context().client, api::ApiRequest::to(api::Route::listEnrollments, {}, eq), this,
                          [this, lookup](const QList<QJsonObject> &enrollments, const api::ApiError &error) {
                              busy()->stop();
                              if (!error.isNone())
                                  showError(error.userMessage());
                              lookup->addEnrollments(enrollments);
                              lookup->studentNames = m_lookup->studentNames;
                              *m_lookup = *lookup;
                              if (m_screening && m_screening->rowCount() > 0)
                                  emit m_screening->dataChanged(m_screening->index(0, 0),
                                                                m_screening->index(m_screening->rowCount() - 1,
                                                                                   m_screening->columnCount() - 1));
                              m_namesLoaded = true;
                              loadWeek();
                          });
             });
}

// Screening requests name their student by id only: the brief users (public, D23) give the names.
void LessonsPage::loadRequesters()
{
    for (int r = 0; r < m_screening->rowCount(); ++r) {
        const QString id = Format::str(m_screening->object(r), "studentId");
        if (id.isEmpty() || m_lookup->studentNames.contains(id))
            continue;
        m_lookup->studentNames.insert(id, QString()); // asked once
        api::callJson(context().client, api::ApiRequest::to(api::Route::getBriefUser, {id}),
                      this, [this, id](const api::Result<api::JsonAnswer> &res) {
                          if (!res.ok())
                              return;
                          m_lookup->studentNames.insert(id, Format::str(res.value().object(), "fullname"));
                          for (int row = 0; row < m_screening->rowCount(); ++row)
                              if (Format::str(m_screening->object(row), "studentId") == id)
                                  m_screening->replaceObject(m_screening->object(row)); // shows the name
                      });
    }
}

bool LessonsPage::isLoaded() const
{
    return m_namesLoaded && m_slots && m_slots->hasLoaded() && !m_slots->isLoading();
}

void LessonsPage::loadWeek()
{
    if (!m_slots || !m_namesLoaded)
        return;
    m_slots->beginQueryChange();
    m_slots->setFilter(QStringLiteral("from"), Format::toIsoUtc(m_week->weekStartUtc()));
    m_slots->setFilter(QStringLiteral("to"), Format::toIsoUtc(m_week->weekEndUtc()));
    m_slots->endQueryChange();
    m_slots->refresh();
}

void LessonsPage::rebuildWeek()
{
    QList<WeekItem> items;
    items.reserve(m_slots->rowCount());
    for (int r = 0; r < m_slots->rowCount(); ++r) {
        const QJsonObject s = m_slots->object(r);
        const QString status = Format::str(s, "status");
        WeekItem item;
        item.id = Format::str(s, "id");
        item.startUtc = Format::slotStart(s);
        item.endUtc = Format::slotEnd(s);
        const QString student = m_lookup->studentName(s);
        item.title = student.isEmpty() ? models::Labels::enumLabel(QStringLiteral("lessonSlot"), QStringLiteral("status"), status)
                                       : student;
        item.subtitle = m_lookup->packTitle(s);
        if (!student.isEmpty() && status != QLatin1String("booked"))
            item.subtitle += QStringLiteral(" · ") + models::Labels::enumLabel(QStringLiteral("lessonSlot"), QStringLiteral("status"), status);
        item.tone = toneOf(status);
        items << item;
    }
    const QStringList selected = m_week->selectedIds();
    m_week->setItems(items);
    m_week->setSelectedIds(selected);
    updateButtons();
}

QJsonObject LessonsPage::selectedSlot() const
{
    const QString id = m_week->selectedIds().value(0);
    const int row = m_slots && !id.isEmpty() ? m_slots->rowOfId(id) : -1;
    return row >= 0 ? m_slots->object(row) : QJsonObject();
}

void LessonsPage::selectSlot(const QString &id)
{
    m_week->setSelectedIds({id});
    updateButtons();
}

void LessonsPage::selectScreening(const QString &id)
{
    const int row = m_screening ? m_screening->rowOfId(id) : -1;
    if (row >= 0)
        m_screeningView->selectRow(row);
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
    m_complete->setToolTip(status == QLatin1String("booked") && !past ? tr("The lesson has not started yet.") : QString());
    m_cancel->setEnabled(status == QLatin1String("booked") || status == QLatin1String("free"));
    m_location->setEnabled(status == QLatin1String("booked") || status == QLatin1String("free"));
    m_delete->setEnabled(status == QLatin1String("free") || status == QLatin1String("canceled"));
    const QModelIndex si = m_screeningView->currentIndex();
    const bool pending = m_screening && si.isValid()
                         && Format::str(m_screening->object(si.row()), "tutorDecision") == QLatin1String("pending");
    m_approve->setEnabled(pending);
    m_reject->setEnabled(pending);
}

PackChoices LessonsPage::packChoices() const
{
    PackChoices out;
    for (const QJsonObject &p : m_packRows)
        if (Format::str(p, "moderationStatus") != QLatin1String("removed"))
            out.append({Format::str(p, "title"), Format::str(p, "id")});
    return out;
}

QString LessonsPage::describe(const QJsonObject &slot) const
{
    const QString student = m_lookup->studentName(slot);
    const QString when = Format::dateTime(Format::slotStart(slot));
    return student.isEmpty() ? tr("%1, %2").arg(m_lookup->packTitle(slot), when)
                             : tr("%1 with %2, %3").arg(m_lookup->packTitle(slot), student, when);
}

void LessonsPage::afterChange(const QString &message)
{
    showSuccess(message);
    loadNames(); // a booking or cancellation may change the names
}

GenerateSlotsDialog *LessonsPage::generate()
{
    if (!isReady())
        return nullptr;
    if (packChoices().isEmpty()) {
        showError(tr("Create a course pack first; lessons belong to a pack."));
        return nullptr;
    }
    auto *d = new GenerateSlotsDialog(context().client, packChoices(), this);
    d->setBusyTimes(context().dataDirectory, tutorProfileId());
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &LessonDialog::done, this, [this](const QJsonObject &, const QJsonObject &envelope) {
        const int created = envelope.value(QLatin1String("createdCount")).toInt();
        const int skipped = envelope.value(QLatin1String("skippedCount")).toInt();
        QString text = created == 0 ? tr("No lessons were opened: your availability has no free time in this range.")
                       : created == 1 ? tr("1 lesson opened.")
                                      : tr("%1 lessons opened.").arg(created);
        if (skipped == 1)
            text += QLatin1Char(' ') + tr("1 time skipped because a lesson or a busy time already takes place then.");
        else if (skipped > 1)
            text += QLatin1Char(' ') + tr("%1 times skipped because a lesson or a busy time already takes place then.").arg(skipped);
        afterChange(text);
    });
    d->open();
    return d;
}

SingleSlotDialog *LessonsPage::addSlot(const QDateTime &startUtc)
{
    if (!isReady())
        return nullptr;
    if (packChoices().isEmpty()) {
        showError(tr("Create a course pack first; lessons belong to a pack."));
        return nullptr;
    }
    const QDateTime start = startUtc.isValid() ? startUtc
                                               : QDateTime(QDate::currentDate().addDays(1), QTime(10, 0), Format::displayZone()).toUTC();
    auto *d = new SingleSlotDialog(context().client, packChoices(), start, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &LessonDialog::done, this, [this](const QJsonObject &slot, const QJsonObject &) {
        afterChange(tr("A lesson was opened on %1.").arg(Format::dateTime(Format::slotStart(slot))));
    });
    d->open();
    return d;
}

void LessonsPage::patchSlot(const QJsonObject &slot, const QJsonObject &fields, const QString &message)
{
    auto *api = new api::CatalogApi(context().client, this);
    busy()->start();
    api->updateLessonSlot(Format::str(slot, "id"), fields, this, [this, api, message](const api::Result<api::JsonAnswer> &r) {
        api->deleteLater();
        busy()->stop();
        if (!r.ok()) {
            showError(r.error().userMessage());
            return;
        }
        m_slots->replaceObject(r.value().object());
        showSuccess(message);
    });
}

void LessonsPage::markCompleted()
{
    const QJsonObject s = selectedSlot();
    if (Format::str(s, "status") != QLatin1String("booked"))
        return;
    if (Format::slotStart(s) > QDateTime::currentDateTimeUtc()) {
        showError(tr("This lesson has not started yet; mark it completed once it has taken place."));
        return;
    }
    patchSlot(s, {{QStringLiteral("status"), QStringLiteral("completed")}},
              tr("The lesson was marked completed: %1.").arg(describe(s)));
}

CancelSlotDialog *LessonsPage::cancelSlot()
{
    const QJsonObject s = selectedSlot();
    if (s.isEmpty())
        return nullptr;
    auto *d = new CancelSlotDialog(context().client, s, describe(s), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &LessonDialog::done, this, [this](const QJsonObject &slot, const QJsonObject &) {
        m_slots->replaceObject(slot);
        afterChange(tr("The lesson was canceled; the student is told the reason."));
    });
    d->open();
    return d;
}

LocationDialog *LessonsPage::editLocation()
{
    const QJsonObject s = selectedSlot();
    if (s.isEmpty())
        return nullptr;
    auto *d = new LocationDialog(context().client, s, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &LessonDialog::done, this, [this](const QJsonObject &slot, const QJsonObject &) {
        m_slots->replaceObject(slot);
        showSuccess(tr("The place of the lesson was saved."));
    });
    d->open();
    return d;
}

void LessonsPage::deleteSlot()
{
    const QJsonObject s = selectedSlot();
    if (s.isEmpty())
        return;
    auto *api = new api::CatalogApi(context().client, this);
    busy()->start();
    api->deleteLessonSlot(Format::str(s, "id"), this, [this, api, s](const api::Result<api::JsonAnswer> &r) {
        api->deleteLater();
        busy()->stop();
        if (!r.ok()) {
            showError(r.error().userMessage());
            return;
        }
        m_week->clearSelection();
        m_slots->removeId(Format::str(s, "id"));
        showSuccess(tr("The lesson was deleted."));
    });
}

ScreeningDecisionDialog *LessonsPage::decideScreening(bool approve)
{
    const QModelIndex i = m_screeningView->currentIndex();
    if (!m_screening || !i.isValid())
        return nullptr;
    const QJsonObject meeting = m_screening->object(i.row());
    auto *d = new ScreeningDecisionDialog(context().client, meeting, m_lookup->requester(meeting), m_lookup->packTitle(meeting),
                                          approve, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &LessonDialog::done, this, [this, approve](const QJsonObject &meeting, const QJsonObject &) {
        m_screening->replaceObject(meeting);
        showSuccess(approve ? tr("The screening meeting was approved; the student was told when and where.")
                            : tr("The screening request was rejected; the student was told."));
        updateButtons();
    });
    d->open();
    return d;
}

void LessonsPage::exportCalendar(const QString &fileName)
{
    if (!isReady())
        return;
    // The tutor's lessons are those of the tutor's packs: the documented lessonSlot names its pack, not its tutor
    // (C55). Each row is checked again: a server that ignores the filter answers every slot the tutor may see.
    QUrlQuery q;
    for (const QJsonObject &p : m_packRows)
        q.addQueryItem(QStringLiteral("coursePackId"), Format::str(p, "id"));
    q.addQueryItem(QStringLiteral("from"), Format::toIsoUtc(QDateTime::currentDateTimeUtc().addDays(-30)));
    q.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("startsAt"));
    const auto write = [this, fileName](const QList<QJsonObject> &rows, const api::ApiError &error) {
        busy()->stop();
        if (!error.isNone()) {
            showError(error.userMessage());
            emit exportFinished(false, fileName);
            return;
        }
        QList<models::CalendarEvent> events;
        for (QJsonObject s : rows) {
            if (!m_lookup->hasPack(Format::str(s, "coursePackId")))
                continue;
            if (Format::str(s, "status") == QLatin1String("free"))
                continue; // open offers are not appointments
            s.insert(QStringLiteral("coursePackTitle"), m_lookup->packTitle(s));
            s.insert(QStringLiteral("studentName"), m_lookup->studentName(s));
            events << models::ICalendar::fromLessonSlot(s, QStringLiteral("tutor"));
        }
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly) || file.write(models::ICalendar::build(events)) < 0 || !file.commit()) {
            showError(tr("The calendar could not be written to “%1”: %2").arg(fileName, file.errorString()));
            emit exportFinished(false, fileName);
            return;
        }
        showSuccess(tr("%1 lessons exported to “%2”. Import the file in Google Calendar, Outlook or Thunderbird.")
                        .arg(events.size())
                        .arg(fileName));
        emit exportFinished(true, fileName);
    };
    busy()->start();
    if (m_packRows.isEmpty()) {
        write({}, {}); // no pack, no lesson: an empty calendar
        return;
    }
    fetchAll(context().client, api::ApiRequest::to(api::Route::listLessonSlots, {}, q), this, write);
}

} // namespace tutorhub::ui::tutor
