#include "bookingdialog.h"

#include "studentcommon.h"

#include "api/session.h"
#include "common/busyindicator.h"
#include "common/theme.h"
#include "common/weekview.h"
#include "models/format.h"
#include "models/labels.h"
#include "models/pagedlistmodel.h"
#include "models/student/booking.h"
#include "models/student/studentrules.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tutorhub::ui::student {

using models::Format;
using models::PagedListModel;
using models::student::Booking;
using models::student::StudentRules;

BookingDialog::BookingDialog(const WorkspaceContext &context, const QJsonObject &pack, QWidget *parent)
    : QDialog(parent),
      m_booking(new Booking(context.client, pack, context.session->currentUser().id, this))
{
    setWindowTitle(tr("Book lessons: %1").arg(Format::str(pack, "title")));
    setObjectName(QStringLiteral("bookingDialog"));
    resize(900, 640);
    PagedListModel *freeList = m_booking->freeSlots();

    auto *layout = new QVBoxLayout(this);
    m_rules = new QLabel(this);
    m_rules->setWordWrap(true);
    m_rules->setText(tr("%1. Choose the lessons you want; all times are in %2.")
                         .arg(StudentRules::schedulingRules(pack), Format::displayZoneName()));
    layout->addWidget(m_rules);
    m_week = named(new WeekView(this), tr("Free lessons"), "bookingWeek");
    m_week->setSelectionMode(WeekView::MultiSelection);
    m_week->setEmptyText(tr("No free lessons this week."));
    layout->addWidget(m_week, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("bookingSummary"));
    m_check = new QLabel(this);
    m_check->setObjectName(QStringLiteral("bookingCheck"));
    m_check->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("bookingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(activeTheme().errorText.name()));
    layout->addWidget(m_summary);
    layout->addWidget(m_check);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_busy = new BusyIndicator(this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_busy);
    row->addStretch();
    m_submit = named(buttons->addButton(tr("Book and pay"), QDialogButtonBox::AcceptRole), tr("Book and pay"));
    named(buttons->addButton(QDialogButtonBox::Cancel), tr("Cancel booking"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BookingDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    row->addWidget(buttons);
    layout->addLayout(row);

    connect(m_week, &WeekView::weekChanged, this, &BookingDialog::loadWeek);
    connect(freeList, &PagedListModel::pageLoaded, this, &BookingDialog::showSlots);
    connect(freeList, &PagedListModel::stateChanged, this, [this](PagedListModel::State s) {
        if (s == PagedListModel::State::Loading)
            m_busy->start();
        else if (!m_booking->isSubmitting())
            m_busy->stop();
    });
    connect(m_week, &WeekView::selectionChanged, this, [this](const QStringList &ids) {
        QStringList visible;
        for (const WeekItem &item : m_week->visibleItems())
            visible << item.id;
        m_booking->setWeekSelection(visible, ids);
    });
    connect(m_booking, &Booking::changed, this, &BookingDialog::updateSummary);
    connect(m_booking, &Booking::enrolled, this, [this](const QJsonObject &enrollment) {
        emit enrolled(enrollment);
        accept();
    });
    connect(m_booking, &Booking::firstFreeLessonKnown, this, [this](const QDateTime &first) {
        if (first.isValid())
            m_week->setWeek(Format::local(first).date());
        emit firstFreeLessonKnown(first);
    });
    loadWeek();
    updateSummary();
    m_booking->start(QDateTime::currentDateTimeUtc());
}

models::PagedListModel *BookingDialog::freeSlots() const
{
    return m_booking->freeSlots();
}

QStringList BookingDialog::chosenIds() const
{
    return m_booking->chosenIds();
}

QDateTime BookingDialog::firstFreeUtc() const
{
    return m_booking->firstFreeUtc();
}

void BookingDialog::loadWeek()
{
    m_booking->showWeek(m_week->weekStartUtc(), m_week->weekEndUtc());
}

void BookingDialog::showSlots()
{
    PagedListModel *freeList = m_booking->freeSlots();
    QList<WeekItem> items;
    for (int row = 0; row < freeList->rowCount(); ++row) {
        const QJsonObject s = freeList->object(row);
        WeekItem item;
        item.id = Format::str(s, "id");
        item.startUtc = Format::slotStart(s);
        item.endUtc = Format::slotEnd(s);
        item.title = tr("Free");
        item.subtitle = models::Labels::enumLabel(QStringLiteral("lessonSlot"), QStringLiteral("sessionMode"),
                                                  Format::str(s, "sessionMode"));
        item.tone = QStringLiteral("positive");
        items << item;
    }
    m_week->setItems(items);
    const QSignalBlocker block(m_week);
    m_week->setSelectedIds(m_booking->chosenIds());
    if (items.isEmpty()) {
        // Say when the next free lesson is, for the week still shown when the answer arrives.
        m_week->setEmptyText(tr("No free lessons this week."));
        const QDateTime weekEnd = m_week->weekEndUtc();
        m_booking->findFreeLesson(weekEnd, [this, weekEnd](const QDateTime &next) {
            if (m_week->weekEndUtc() == weekEnd)
                m_week->setEmptyText(Booking::emptyWeekText(next));
        });
    }
}

void BookingDialog::choose(const QStringList &ids)
{
    QStringList all = m_week->selectedIds();
    for (const QString &id : ids)
        if (!all.contains(id))
            all << id;
    m_week->setSelectedIds(all);
    m_booking->choose(ids); // setSelectedIds may not signal: mirror it
}

void BookingDialog::clearChoice()
{
    m_booking->clearChoice();
    m_week->clearSelection();
}

QString BookingDialog::checkText() const
{
    return m_check->text();
}

QString BookingDialog::errorText() const
{
    return m_error->text();
}

bool BookingDialog::canSubmit() const
{
    return m_submit->isEnabled();
}

void BookingDialog::updateSummary()
{
    m_summary->setText(m_booking->summaryText());
    m_check->setText(m_booking->checkText());
    m_error->setText(m_booking->errorText());
    m_submit->setEnabled(m_booking->canSubmit());
    if (m_booking->isSubmitting())
        m_busy->start();
    else if (!m_booking->freeSlots()->isLoading())
        m_busy->stop();
}

void BookingDialog::submit()
{
    if (canSubmit())
        m_booking->submit();
}

} // namespace tutorhub::ui::student
