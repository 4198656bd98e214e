#include "bookingdialog.h"

#include "studentcommon.h"

#include "api/catalogapi.h"
#include "api/enrollmentapi.h"
#include "api/session.h"
#include "common/busyindicator.h"
#include "common/theme.h"
#include "common/weekview.h"
#include "models/format.h"
#include "models/labels.h"
#include "models/pagedlistmodel.h"
#include "models/student/studentlists.h"
#include "models/student/studentrules.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace tutorhub::ui::student {

using models::Format;
using models::PagedListModel;
using models::student::StudentRules;

BookingDialog::BookingDialog(const WorkspaceContext &context, const QJsonObject &pack, QWidget *parent)
    : QDialog(parent), m_ctx(context), m_pack(pack), m_api(new api::EnrollmentApi(context.client, this)),
      m_catalog(new api::CatalogApi(context.client, this))
{
    setWindowTitle(tr("Book lessons: %1").arg(Format::str(pack, "title")));
    setObjectName(QStringLiteral("bookingDialog"));
    resize(900, 640);
    m_slots = models::student::freeSlotsModel(context.client, this);

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
    connect(m_slots, &PagedListModel::pageLoaded, this, &BookingDialog::showSlots);
    connect(m_slots, &PagedListModel::stateChanged, this, [this](PagedListModel::State s) {
        if (s == PagedListModel::State::Loading)
            m_busy->start();
        else if (!m_submitting)
            m_busy->stop();
        if (s == PagedListModel::State::Error)
            m_error->setText(m_slots->errorText());
    });
    connect(m_week, &WeekView::selectionChanged, this, [this](const QStringList &ids) {
        // The selection of the shown week; choices in other weeks stay.
        for (const WeekItem &item : m_week->visibleItems()) {
            if (ids.contains(item.id)) {
                const int row = m_slots->rowOfId(item.id);
                if (row >= 0)
                    m_chosen.insert(item.id, m_slots->object(row));
            } else {
                m_chosen.remove(item.id);
            }
        }
        updateSummary();
    });
    loadWeek();
    updateSummary();
    // Open on the week of the first free lesson (S11): the student does not hunt for it week by week.
    findFreeLesson(QDateTime::currentDateTimeUtc(), [this](const QDateTime &first) {
        m_firstFreeUtc = first;
        if (first.isValid())
            m_week->setWeek(Format::local(first).date());
        emit firstFreeLessonKnown(first);
    });

    // The student's booked and taught lessons of this pack count towards maxDailyLessons (D45).
    QUrlQuery mine;
    mine.addQueryItem(QStringLiteral("coursePackId"), Format::str(pack, "id"));
    mine.addQueryItem(QStringLiteral("studentId"), context.session->currentUser().id);
    mine.addQueryItem(QStringLiteral("status"), QStringLiteral("booked"));
    mine.addQueryItem(QStringLiteral("status"), QStringLiteral("completed"));
    mine.addQueryItem(QStringLiteral("pageRowCount"), QStringLiteral("500"));
    m_catalog->listLessonSlots(mine, this, [this](const api::Result<api::JsonAnswer> &r) {
        if (!r)
            return; // the server checks the limit anyway; the booking stays possible
        for (const QJsonValue &v : r.value().array())
            m_bookedDates << Format::str(v.toObject(), "scheduledDate");
        updateSummary();
    });
}

void BookingDialog::loadWeek()
{
    m_error->clear();
    models::student::setSlotWeek(m_slots, Format::str(m_pack, "id"), m_week->weekStartUtc(), m_week->weekEndUtc());
    if (!m_slots->isLoading())
        m_slots->refresh();
}

void BookingDialog::findFreeLesson(const QDateTime &fromUtc, std::function<void(const QDateTime &)> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("coursePackId"), Format::str(m_pack, "id"));
    q.addQueryItem(QStringLiteral("status"), QStringLiteral("free"));
    q.addQueryItem(QStringLiteral("from"), Format::toIsoUtc(fromUtc));
    q.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("startsAt"));
    q.addQueryItem(QStringLiteral("sortOrder"), QStringLiteral("asc"));
    q.addQueryItem(QStringLiteral("pageRowCount"), QStringLiteral("1"));
    m_catalog->listLessonSlots(q, this, [done = std::move(done)](const api::Result<api::JsonAnswer> &r) {
        if (!r)
            return; // the week shown stays as it is; the calendar's own load reports errors
        // The earliest of the rows: a server without our filters and sorting answers every free lesson of the pack
        // from `fromUtc` on in its own order (C44, C56).
        QDateTime first;
        for (const QJsonValue &v : r.value().array()) {
            const QDateTime start = Format::slotStart(v.toObject());
            if (start.isValid() && (!first.isValid() || start < first))
                first = start;
        }
        done(first);
    });
}

void BookingDialog::showSlots()
{
    QList<WeekItem> items;
    for (int row = 0; row < m_slots->rowCount(); ++row) {
        const QJsonObject s = m_slots->object(row);
        WeekItem item;
        item.id = Format::str(s, "id");
        item.startUtc = Format::slotStart(s);
        item.endUtc = Format::slotEnd(s);
        item.title = tr("Free");
        item.subtitle = models::Labels::enumLabel(QStringLiteral("lessonSlot"), QStringLiteral("sessionMode"), Format::str(s, "sessionMode"));
        item.tone = QStringLiteral("positive");
        items << item;
        if (m_chosen.contains(item.id))
            m_chosen.insert(item.id, s);
    }
    m_week->setItems(items);
    const QSignalBlocker block(m_week);
    m_week->setSelectedIds(m_chosen.keys());
    if (items.isEmpty()) {
        // Say when the next free lesson is, for the week still shown when the answer arrives.
        m_week->setEmptyText(tr("No free lessons this week."));
        const QDateTime weekEnd = m_week->weekEndUtc();
        findFreeLesson(weekEnd, [this, weekEnd](const QDateTime &next) {
            if (m_week->weekEndUtc() != weekEnd)
                return;
            m_week->setEmptyText(next.isValid() ? tr("No free lessons this week. The next one is on %1: choose Next week.")
                                                      .arg(Format::dateTime(next))
                                                : tr("No free lessons from this week on. Ask the tutor in a message, or look "
                                                     "again later."));
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
    // setSelectedIds may not signal: mirror it.
    for (const QString &id : ids) {
        const int row = m_slots->rowOfId(id);
        if (row >= 0)
            m_chosen.insert(id, m_slots->object(row));
    }
    updateSummary();
}

void BookingDialog::clearChoice()
{
    m_chosen.clear();
    m_week->clearSelection();
    updateSummary();
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
    const int n = int(m_chosen.size());
    const QString total = Format::money(StudentRules::totalAmount(m_pack, n));
    m_summary->setText(n == 1 ? tr("1 lesson chosen, %1 in total").arg(total) : tr("%1 lessons chosen, %2 in total").arg(n).arg(total));
    const models::student::RuleAnswer check = StudentRules::bookingCheck(m_pack, m_chosen.values(), m_bookedDates);
    m_check->setText(check.allowed ? tr("Ready to book: the lessons are reserved for you until you pay.") : check.reason);
    m_submit->setEnabled(check.allowed && !m_submitting);
}

void BookingDialog::submit()
{
    if (!canSubmit())
        return;
    m_submitting = true;
    m_error->clear();
    m_busy->start();
    updateSummary();
    QStringList ids = m_chosen.keys();
    ids.sort();
    m_api->createEnrollment(Format::str(m_pack, "id"), Format::str(m_pack, "tutorProfileId"), ids,
                            StudentRules::totalAmount(m_pack, int(ids.size())), this,
                            [this](const api::Result<api::JsonAnswer> &r) {
                                m_submitting = false;
                                m_busy->stop();
                                if (r) {
                                    QJsonObject enrollment = r.value().object();
                                    // The create answer has no joins: the payment shows the pack by name.
                                    if (!enrollment.contains(QStringLiteral("coursePack")))
                                        enrollment.insert(QStringLiteral("coursePack"),
                                                          QJsonObject{{QStringLiteral("title"), Format::str(m_pack, "title")}});
                                    emit enrolled(enrollment);
                                    accept();
                                    return;
                                }
                                if (r.error().hasCode(QStringLiteral("errMsg_LessonSlotNotFree"))) {
                                    m_error->setText(tr("Someone else has just booked one of the lessons you chose. Nothing was "
                                                        "booked; the calendar now shows the lessons that are still free."));
                                    m_chosen.clear();
                                    m_slots->refresh();
                                } else {
                                    m_error->setText(r.error().userMessage());
                                }
                                updateSummary();
                            });
}

} // namespace tutorhub::ui::student
