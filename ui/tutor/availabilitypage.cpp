#include "availabilitypage.h"

#include "api/appsettings.h"
#include "models/format.h"
#include "models/labels.h"
#include "models/pagedlistmodel.h"
#include "models/tutor/availabilityweek.h"
#include "models/tutor/tutorpagemodels.h"
#include "ui/common/weekview.h"
#include "ui/tutor/busytimesdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace tutorhub::ui::tutor {

using models::Format;
using models::PagedListModel;
using namespace models::tutor;

AvailabilityPage::AvailabilityPage(const WorkspaceContext &context, QWidget *parent)
    : TutorPage(context, tr("Availability"),
                tr("When you can teach. Lessons are generated from these windows on the Lessons page. Double-click "
                   "the week to start a new window there."),
                parent),
      m_model(new AvailabilityViewModel(context.client, context.session, context.dataDirectory, this))
{
    attach(m_model);
    connect(m_model, &AvailabilityViewModel::busyTimesChanged, this, &AvailabilityPage::rebuildWeek);
    connect(m_model, &AvailabilityViewModel::windowDeleted, this, [this] { m_week->clearSelection(); });
    connect(m_model, &AvailabilityViewModel::busyTimeDeleted, this, [this] { m_week->clearSelection(); });
    m_zone = new QLabel(this);
    m_zone->setAccessibleName(tr("Your time zone"));
    m_zone->setText(tr("Times are in your time zone, %1. A weekly window keeps its time when the clocks change.")
                        .arg(Format::displayZoneName()));
    m_zone->setWordWrap(true);
    body()->addWidget(m_zone);

    auto *form = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Repeats"));
    m_kind->addItem(tr("Every week"), true);
    m_kind->addItem(tr("Only on this date"), false);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date (its weekday for weekly windows)"));
    m_from = new QTimeEdit(QTime(9, 0), this);
    m_from->setDisplayFormat(QStringLiteral("HH:mm"));
    m_from->setAccessibleName(tr("From"));
    m_to = new QTimeEdit(QTime(12, 0), this);
    m_to->setDisplayFormat(QStringLiteral("HH:mm"));
    m_to->setAccessibleName(tr("Until"));
    m_mode = new QComboBox(this);
    m_mode->setAccessibleName(tr("Teaching mode"));
    for (const QString &v : models::Labels::enumValues(QStringLiteral("availability"), QStringLiteral("teachingMode")))
        m_mode->addItem(models::Labels::enumLabel(QStringLiteral("availability"), QStringLiteral("teachingMode"), v),
                        v);
    m_add = new QPushButton(tr("Add window"), this);
    m_add->setAccessibleName(tr("Add availability window"));
    m_change = new QPushButton(tr("Change selected"), this);
    m_change->setAccessibleName(tr("Change selected window"));
    m_delete = new QPushButton(tr("Delete selected"), this);
    m_delete->setAccessibleName(tr("Delete selected window"));
    m_import = new QPushButton(tr("Import busy times…"), this);
    m_import->setAccessibleName(tr("Import busy times from a calendar file"));
    m_import->setToolTip(tr("Read an .ics file from your calendar program: its events become busy times, in which no "
                            "lesson is generated."));
    m_kind->setMinimumContentsLength(12);
    m_mode->setMinimumContentsLength(14);
    m_date->setMinimumWidth(120);
    form->addWidget(m_kind);
    form->addWidget(m_date);
    form->addWidget(new QLabel(tr("from"), this));
    form->addWidget(m_from);
    form->addWidget(new QLabel(tr("until"), this));
    form->addWidget(m_to);
    form->addWidget(m_mode);
    form->addStretch();
    body()->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_change);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_import);
    body()->addLayout(buttons);

    m_week = new WeekView(this);
    m_week->setAccessibleName(tr("Availability week"));
    m_week->setSelectionMode(WeekView::SingleSelection);
    m_week->setHourRange(7, 21);
    m_week->setEmptyText(tr("No availability this week. Add a window above."));
    body()->addWidget(m_week, 1);

    connect(m_add, &QPushButton::clicked, this, &AvailabilityPage::addWindow);
    connect(m_change, &QPushButton::clicked, this, &AvailabilityPage::updateSelectedWindow);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!selectedBusyTimeId().isEmpty())
            deleteSelectedBusyTime();
        else
            deleteSelectedWindow();
    });
    connect(m_import, &QPushButton::clicked, this, [this] { openImportDialog(); });
    connect(m_week, &WeekView::weekChanged, this, &AvailabilityPage::rebuildWeek);
    connect(m_week, &WeekView::emptySlotActivated, this, [this](const QDateTime &startUtc) {
        const QDateTime local = Format::local(startUtc);
        setDraft(local.date(), local.time(), local.time().addSecs(3600), m_kind->currentData().toBool());
        m_from->setFocus();
    });
    auto fillFromSelection = [this] {
        if (!selectedBusyTimeId().isEmpty()) {
            m_change->setEnabled(false);
            m_delete->setEnabled(true);
            return;
        }
        const QString id = selectedWindowId();
        for (const QJsonObject &w : allWindows()) {
            if (Format::str(w, "id") != id)
                continue;
            const QString itemId = m_week->selectedIds().value(0);
            const QDateTime start = Format::parseUtc(itemId.section(QLatin1Char('@'), 1));
            setDraft(Format::local(start).date(),
                     QTime::fromString(Format::str(w, "startTime"), QStringLiteral("HH:mm")),
                     QTime::fromString(Format::str(w, "endTime"), QStringLiteral("HH:mm")),
                     Format::flag(w, "isRecurring"), Format::str(w, "teachingMode"));
        }
        m_change->setEnabled(!id.isEmpty());
        m_delete->setEnabled(!id.isEmpty());
    };
    connect(m_week, &WeekView::selectionChanged, this, fillFromSelection);
    connect(m_week, &WeekView::itemActivated, this, fillFromSelection);
    m_change->setEnabled(false);
    m_delete->setEnabled(false);
    m_add->setEnabled(false);
    m_import->setEnabled(false);
    lookUpProfile();
}

PagedListModel *AvailabilityPage::windows() const
{
    return m_model->windows();
}

const QList<BusyTime> &AvailabilityPage::busyTimes() const
{
    return m_model->busyTimes();
}

void AvailabilityPage::profileReady()
{
    m_model->load();
    PagedListModel *windows = m_model->windows();
    connect(windows, &PagedListModel::pageLoaded, this, &AvailabilityPage::rebuildWeek, Qt::UniqueConnection);
    connect(windows, &QAbstractItemModel::modelReset, this, &AvailabilityPage::rebuildWeek, Qt::UniqueConnection);
    connect(windows, &QAbstractItemModel::rowsRemoved, this, &AvailabilityPage::rebuildWeek, Qt::UniqueConnection);
    m_add->setEnabled(true);
    m_import->setEnabled(true);
}

void AvailabilityPage::reloadBusyTimes()
{
    m_model->reloadBusyTimes();
}

BusyTimesImportDialog *AvailabilityPage::openImportDialog()
{
    if (tutorProfileId().isEmpty())
        return nullptr;
    auto *d = new BusyTimesImportDialog(m_model->commands(), context().prompter, m_model->dataDirectory(),
                                        tutorProfileId(), this);
    if (context().settings)
        d->setStartFolder(context().settings->folders().documents);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setRange(m_week->weekStart(), m_week->weekStart().addDays(7 * 8 - 1));
    connect(d, &BusyTimesImportDialog::imported, this, [this](int count) {
        showSuccess(tr("%n busy time(s) imported. No lesson is generated in them.", nullptr, count));
        reloadBusyTimes();
    });
    d->show();
    return d;
}

QString AvailabilityPage::selectedBusyTimeId() const
{
    const QString id = m_week->selectedIds().value(0).section(QLatin1Char('@'), 0, 0);
    return id.startsWith(QLatin1String("busy:")) ? id.mid(5) : QString();
}

void AvailabilityPage::deleteSelectedBusyTime()
{
    const QString id = selectedBusyTimeId();
    if (id.isEmpty())
        return;
    m_model->deleteBusyTime(id);
}

QList<QJsonObject> AvailabilityPage::allWindows() const
{
    QList<QJsonObject> rows;
    for (int r = 0; windows() && r < windows()->rowCount(); ++r)
        rows << windows()->object(r);
    return rows;
}

void AvailabilityPage::rebuildWeek()
{
    QList<WeekItem> items;
    for (const AvailabilityOccurrence &o :
         occurrencesInWeek(allWindows(), m_week->weekStart(), Format::displayZone())) {
        WeekItem item;
        item.id = o.id + QLatin1Char('@') + Format::toIsoUtc(o.startUtc);
        item.startUtc = o.startUtc;
        item.endUtc = o.endUtc;
        item.title = o.recurring ? tr("Weekly") : tr("This date only");
        item.subtitle
            = models::Labels::enumLabel(QStringLiteral("availability"), QStringLiteral("teachingMode"), o.teachingMode);
        item.tone = o.recurring ? QStringLiteral("positive") : QStringLiteral("info");
        items << item;
    }
    // A busy time is drawn once per day it touches (the grid draws an item on its first day only).
    for (const models::tutor::BusyTime &b : busyTimes()) {
        for (QDate d = m_week->weekStart(); d < m_week->weekStart().addDays(7); d = d.addDays(1)) {
            const QDateTime dayFrom = QDateTime(d, QTime(0, 0), Format::displayZone()).toUTC();
            const QDateTime dayTo = QDateTime(d.addDays(1), QTime(0, 0), Format::displayZone()).toUTC();
            if (b.endUtc <= dayFrom || b.startUtc >= dayTo)
                continue;
            WeekItem item;
            item.startUtc = qMax(b.startUtc, dayFrom);
            item.endUtc = qMin(b.endUtc, dayTo);
            item.id = QStringLiteral("busy:") + b.id + QLatin1Char('@') + Format::toIsoUtc(item.startUtc);
            item.title = tr("Busy");
            item.subtitle = b.title;
            item.tone = QStringLiteral("negative");
            items << item;
        }
    }
    const QStringList selected = m_week->selectedIds();
    m_week->setItems(items);
    m_week->setSelectedIds(selected);
}

QString AvailabilityPage::selectedWindowId() const
{
    const QString id = m_week->selectedIds().value(0).section(QLatin1Char('@'), 0, 0);
    return id.startsWith(QLatin1String("busy:")) ? QString() : id;
}

void AvailabilityPage::setDraft(const QDate &date, const QTime &from, const QTime &to, bool recurring,
                                const QString &teachingMode)
{
    m_date->setDate(date);
    m_from->setTime(from);
    m_to->setTime(to);
    m_kind->setCurrentIndex(recurring ? 0 : 1);
    if (!teachingMode.isEmpty())
        m_mode->setCurrentIndex(qMax(0, m_mode->findData(teachingMode)));
}

void AvailabilityPage::addWindow()
{
    send({});
}

void AvailabilityPage::updateSelectedWindow()
{
    const QString id = selectedWindowId();
    if (!id.isEmpty())
        send(id);
}

void AvailabilityPage::send(const QString &id)
{
    const QTimeZone zone = Format::displayZone();
    const QDateTime start = QDateTime(m_date->date(), m_from->time(), zone);
    const QDateTime end = QDateTime(m_date->date(), m_to->time(), zone);
    const bool recurring = m_kind->currentData().toBool();
    if (m_to->time() <= m_from->time()) {
        showError(tr("A window must end after it starts, on the same day."));
        return;
    }
    if (!recurring && m_date->date() < QDate::currentDate()) {
        showError(tr("This date is in the past; choose a date from today on."));
        return;
    }
    QJsonObject fields = windowFields(start.toUTC(), end.toUTC(), zone, recurring, m_mode->currentData().toString());
    if (fields.isEmpty()) {
        showError(tr("A window must end after it starts, on the same day."));
        return;
    }
    // The wall-clock times as entered (a time skipped by the clock change stays as typed).
    fields.insert(QStringLiteral("startTime"), m_from->time().toString(QStringLiteral("HH:mm")));
    fields.insert(QStringLiteral("endTime"), m_to->time().toString(QStringLiteral("HH:mm")));
    fields.insert(QStringLiteral("dayOfWeek"), dayOfWeekName(m_date->date()));
    if (!recurring)
        fields.insert(QStringLiteral("specificDate"), m_date->date().toString(Qt::ISODate));
    else if (!id.isEmpty())
        fields.insert(QStringLiteral("specificDate"), QJsonValue(QJsonValue::Null));
    m_model->saveWindow(id, fields);
}

void AvailabilityPage::deleteSelectedWindow()
{
    const QString id = selectedWindowId();
    if (id.isEmpty())
        return;
    m_model->deleteWindow(id);
}

} // namespace tutorhub::ui::tutor
