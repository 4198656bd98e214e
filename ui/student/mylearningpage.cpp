#include "mylearningpage.h"

#include "paymentdialog.h"
#include "studentcommon.h"

#include "api/catalogapi.h"
#include "api/enrollmentapi.h"
#include "api/session.h"
#include "chat/chatpane.h"
#include "common/columnfitter.h"
#include "common/busyindicator.h"
#include "common/liststate.h"
#include "common/messagebanner.h"
#include "common/statuschip.h"
#include "models/format.h"
#include "models/icalendar.h"
#include "models/labels.h"
#include "models/pagedlistmodel.h"
#include "models/student/studentlists.h"
#include "models/student/studentrules.h"

#include <QTextDocument>
#include <QDesktopServices>
#include <QFileDialog>
#include <QSaveFile>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace tutorhub::ui::student {

using models::Format;
using models::PagedListModel;
using models::student::StudentRules;


MyLearningPage::MyLearningPage(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent), m_ctx(context), m_api(new api::EnrollmentApi(context.client, this)),
      m_catalog(new api::CatalogApi(context.client, this))
{
    const QString me = context.session->currentUser().id;
    m_studentId = me;
    m_enrollments = models::student::enrollmentsModel(context.client, this);
    m_lessons = models::student::myLessonsModel(context.client, me, this);
    m_refunds = models::student::refundRequestsModel(context.client, this);

    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(split);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QHBoxLayout;
    heading->addWidget(new QLabel(tr("Your enrollments"), top), 1);
    auto *reloadButton = named(new QPushButton(tr("Refresh"), top), tr("Refresh enrollments"));
    connect(reloadButton, &QPushButton::clicked, this, &MyLearningPage::reload);
    auto *exportButton = named(new QPushButton(tr("Export calendar…"), top), tr("Export lessons as a calendar file"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export lessons"), tr("tutorhub-lessons.ics"),
                                                          tr("iCalendar files (*.ics)"));
        if (!file.isEmpty())
            exportCalendar(file);
    });
    heading->addWidget(exportButton);
    heading->addWidget(reloadButton);
    topLayout->addLayout(heading);
    m_table = listTable(top, tr("Your enrollments"), m_enrollments, "enrollmentTable");
    ColumnFitter::install(m_table, 0);
    topLayout->addWidget(m_table, 1);
    auto *state = new ListState(top);
    state->setModel(m_enrollments);
    state->setEmptyText(tr("You have no enrollments yet. Find a tutor to book your first lessons."));
    topLayout->addWidget(state);

    auto *detail = new QWidget(split);
    auto *d = new QVBoxLayout(detail);
    d->setContentsMargins(0, 0, 0, 0);
    auto *chips = new QHBoxLayout;
    m_title = new QLabel(detail);
    m_title->setObjectName(QStringLiteral("enrollmentTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true); // a long pack title and tutor name wrap beside the chips
    chips->addWidget(m_title, 1);
    m_enrollmentChip = new StatusChip(detail);
    m_paymentChip = new StatusChip(detail);
    m_refundChip = new StatusChip(detail);
    chips->addWidget(m_enrollmentChip);
    chips->addWidget(m_paymentChip);
    chips->addWidget(m_refundChip);
    m_busy = new BusyIndicator(detail);
    chips->addWidget(m_busy);
    d->addLayout(chips);
    auto *actions = new QHBoxLayout;
    m_refundReason = new QLabel(detail);
    m_refundReason->setObjectName(QStringLiteral("refundReason"));
    m_refundReason->setWordWrap(true);
    actions->addWidget(m_refundReason, 1);
    m_pay = named(new QPushButton(tr("Pay now…"), detail), tr("Pay now"));
    connect(m_pay, &QPushButton::clicked, this, &MyLearningPage::openPayment);
    m_refund = named(new QPushButton(tr("Request a refund…"), detail), tr("Request a refund"));
    connect(m_refund, &QPushButton::clicked, this, &MyLearningPage::openRefundDialog);
    m_message = named(new QPushButton(tr("Message the tutor"), detail), tr("Message the tutor"));
    m_message->setToolTip(tr("Opens the conversation with this enrollment's tutor in the chat pane."));
    connect(m_message, &QPushButton::clicked, this, [this] {
        const QString tutorUser = Format::str(Format::join(m_current, "tutorProfile"), "tutorId");
        if (!chat::openChatForEnrollment(this, Format::str(m_current, "id"), Format::str(m_current, "studentId"), tutorUser))
            m_outcome->setText(tr("The chat is not available in this window. Open Messages to write to your tutor."));
    });
    actions->addWidget(m_message);
    actions->addWidget(m_pay);
    actions->addWidget(m_refund);
    d->addLayout(actions);
    m_outcome = new QLabel(detail);
    m_outcome->setObjectName(QStringLiteral("refundOutcome"));
    m_outcome->setWordWrap(true);
    d->addWidget(m_outcome);

    auto *zone = new QLabel(tr("Lesson times are shown in %1.").arg(Format::displayZoneName()), detail);
    zone->setObjectName(QStringLiteral("lessonZone"));
    d->addWidget(zone);
    m_tabs = new QTabWidget(detail);
    m_lessonTable = listTable(m_tabs, tr("Lessons"), m_lessons, "lessonTable");
    connect(m_lessonTable, &QTableView::activated, this, [this](const QModelIndex &i) {
        const QString link = Format::str(m_lessons->object(i.row()), "meetLink");
        if (!link.isEmpty())
            QDesktopServices::openUrl(QUrl(link));
    });
    auto *materialsTab = new QWidget(m_tabs);
    auto *ml = new QVBoxLayout(materialsTab);
    m_materials = named(new QListWidget(materialsTab), tr("Course materials"), "enrolledMaterials");
    connect(m_materials, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        QDesktopServices::openUrl(QUrl(item->data(Qt::UserRole).toString()));
    });
    m_materialsNote = new QLabel(materialsTab);
    m_materialsNote->setWordWrap(true);
    auto *openMaterial = named(new QPushButton(tr("Open or download"), materialsTab), tr("Open or download the material"));
    connect(openMaterial, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_materials->currentItem())
            QDesktopServices::openUrl(QUrl(item->data(Qt::UserRole).toString()));
    });
    ml->addWidget(m_materials, 1);
    auto *mrow = new QHBoxLayout;
    mrow->addWidget(m_materialsNote, 1);
    mrow->addWidget(openMaterial);
    ml->addLayout(mrow);
    m_refundTable = listTable(m_tabs, tr("Refund requests"), m_refunds, "refundTable");
    m_tabs->addTab(m_lessonTable, tr("Lessons"));
    m_tabs->addTab(materialsTab, tr("Materials"));
    m_tabs->addTab(m_refundTable, tr("Refunds"));
    d->addWidget(m_tabs, 1);
    split->addWidget(top);
    split->addWidget(detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({180, 420});
    layout->addWidget(split);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        const QJsonObject next = i.isValid() ? m_enrollments->object(i.row()) : QJsonObject();
        if (Format::str(next, "id") != Format::str(m_current, "id"))
            m_outcome->clear();
        m_current = next;
        showCurrent();
    });
    connect(m_enrollments, &PagedListModel::pageLoaded, this, [this](int, bool first) {
        if (!first)
            return;
        const QString keep = Format::str(m_current, "id");
        const int row = keep.isEmpty() ? 0 : qMax(0, m_enrollments->rowOfId(keep));
        if (m_enrollments->rowCount() > 0)
            m_table->selectionModel()->setCurrentIndex(m_enrollments->index(row, 0),
                                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_current = m_enrollments->rowCount() > 0 ? m_enrollments->object(row) : QJsonObject();
        showCurrent();
    });
    connect(m_refunds, &PagedListModel::pageLoaded, this, &MyLearningPage::showCurrent);
    m_enrollments->refresh();
    m_refunds->refresh();
    showCurrent();
}

void MyLearningPage::reload()
{
    m_enrollments->refresh();
    m_refunds->refresh();
    if (!Format::str(m_current, "id").isEmpty())
        m_lessons->refresh();
}

void MyLearningPage::selectEnrollment(const QString &id)
{
    const int row = m_enrollments->rowOfId(id);
    if (row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_enrollments->index(row, 0),
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool MyLearningPage::hasRefundRequest(const QString &enrollmentId) const
{
    for (int row = 0; row < m_refunds->rowCount(); ++row)
        if (Format::str(m_refunds->object(row), "enrollmentId") == enrollmentId)
            return true;
    return false;
}

void MyLearningPage::showCurrent()
{
    const bool has = !m_current.isEmpty();
    for (QWidget *w : std::initializer_list<QWidget *>{m_enrollmentChip, m_paymentChip, m_refundChip, m_pay, m_refund, m_message, m_tabs})
        w->setVisible(has);
    if (!has) {
        m_title->setText(m_enrollments->hasLoaded() ? tr("Choose an enrollment to see its lessons.") : QString());
        m_refundReason->clear();
        return;
    }
    m_title->setText(tr("%1 with %2").arg(models::student::packTitleOf(m_current), models::student::tutorNameOf(m_current)));
    m_enrollmentChip->setStatus(QStringLiteral("enrollment"), QStringLiteral("enrollmentStatus"), Format::str(m_current, "enrollmentStatus"));
    m_paymentChip->setStatus(QStringLiteral("enrollment"), QStringLiteral("paymentStatus"), Format::str(m_current, "paymentStatus"));
    m_refundChip->setStatus(QStringLiteral("enrollment"), QStringLiteral("refundStatus"), Format::str(m_current, "refundStatus"));
    const bool payable = Format::str(m_current, "enrollmentStatus") == QLatin1String("pending")
        && Format::str(m_current, "paymentStatus") == QLatin1String("pending");
    m_pay->setVisible(payable);
    // D39: a student-tutor conversation needs an enrollment that is not canceled.
    m_message->setEnabled(Format::str(m_current, "enrollmentStatus") != QLatin1String("canceled")
                          && !Format::str(Format::join(m_current, "tutorProfile"), "tutorId").isEmpty());
    const QString id = Format::str(m_current, "id");
    const models::student::RuleAnswer refund = StudentRules::refundEligibility(m_current, hasRefundRequest(id));
    m_refund->setEnabled(refund.allowed);
    m_refundReason->setText(refund.allowed ? tr("Your first lesson has taken place: you can ask for a full refund now.")
                                           : refund.reason);
    const QString pack = Format::str(m_current, "coursePackId");
    if (m_lessons->filter(QStringLiteral("coursePackId")) != pack)
        m_lessons->setFilter(QStringLiteral("coursePackId"), pack);
    loadMaterials();
}

void MyLearningPage::loadMaterials()
{
    const QString pack = Format::str(m_current, "coursePackId");
    if (m_materials->property("packId").toString() == pack && m_materials->property("status") == m_current.value(QStringLiteral("enrollmentStatus")).toString())
        return;
    m_materials->setProperty("packId", pack);
    m_materials->setProperty("status", Format::str(m_current, "enrollmentStatus"));
    m_materials->clear();
    m_materialsNote->setText(tr("Loading the materials…"));
    m_catalog->listCourseMaterials(pack, this, [this, pack](const api::Result<api::JsonAnswer> &r) {
        if (pack != Format::str(m_current, "coursePackId"))
            return;
        if (!r) {
            m_materialsNote->setText(r.error().httpStatus == 403
                                         ? tr("The materials open once the enrollment is paid.")
                                         : r.error().userMessage());
            return;
        }
        const QJsonArray rows = r.value().array();
        for (const QJsonValue &v : rows) {
            const QJsonObject m = v.toObject();
            auto *item = new QListWidgetItem(
                QStringLiteral("%1 (%2)").arg(Format::str(m, "title"),
                                              models::Labels::enumLabel(QStringLiteral("courseMaterial"), QStringLiteral("fileType"),
                                                                        Format::str(m, "fileType"))),
                m_materials);
            item->setData(Qt::UserRole, Format::str(m, "linkUrl").isEmpty() ? Format::str(m, "fileUrl") : Format::str(m, "linkUrl"));
            item->setToolTip(Qt::convertFromPlainText(Format::str(m, "description"))); // SEC49: never as HTML
        }
        m_materialsNote->setText(rows.isEmpty() ? tr("This pack has no materials yet.") : tr("Double-click or press Enter to open."));
    });
}

bool MyLearningPage::refundEnabled() const
{
    return m_refund->isEnabled() && m_refund->isVisibleTo(this);
}

QString MyLearningPage::refundReasonText() const
{
    return m_refundReason->text();
}

QString MyLearningPage::outcomeText() const
{
    return m_outcome->text();
}

PaymentDialog *MyLearningPage::openPayment()
{
    if (m_current.isEmpty())
        return nullptr;
    auto *dialog = new PaymentDialog(m_ctx, m_current, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &MyLearningPage::reload);
    dialog->open();
    return dialog;
}

QWidget *MyLearningPage::openRefundDialog()
{
    auto *dialog = new QDialog(window());
    dialog->setObjectName(QStringLiteral("refundDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Request a refund"));
    auto *l = new QVBoxLayout(dialog);
    auto *text = new QLabel(tr("You get the full amount of %1 back on your card and the remaining lessons of “%2” are canceled. "
                               "This cannot be undone.")
                                .arg(Format::money(Format::num(m_current, "totalAmount"), Format::str(m_current, "currency")),
                                     models::student::packTitleOf(m_current)),
                            dialog);
    text->setWordWrap(true);
    l->addWidget(text);
    l->addWidget(new QLabel(tr("Why do you want a refund?"), dialog));
    auto *reason = named(new QPlainTextEdit(dialog), tr("Reason for the refund"), "refundReasonEdit");
    reason->setTabChangesFocus(true);
    l->addWidget(reason);
    auto *buttons = new QDialogButtonBox(dialog);
    auto *ok = named(buttons->addButton(tr("Request the refund"), QDialogButtonBox::AcceptRole), tr("Request the refund"));
    named(buttons->addButton(QDialogButtonBox::Cancel), tr("Keep the enrollment"));
    ok->setEnabled(false);
    connect(reason, &QPlainTextEdit::textChanged, ok, [reason, ok] { ok->setEnabled(!reason->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this, dialog, reason] {
        requestRefund(reason->toPlainText().trimmed());
        dialog->accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    l->addWidget(buttons);
    dialog->resize(460, 260);
    dialog->open();
    return dialog;
}

void MyLearningPage::requestRefund(const QString &reason)
{
    const QString id = Format::str(m_current, "id");
    if (id.isEmpty())
        return;
    m_refund->setEnabled(false);
    m_busy->start();
    m_outcome->setText(tr("Requesting the refund…"));
    m_api->createRefundRequest(id, reason, this, [this, id](const api::Result<api::JsonAnswer> &r) {
        m_busy->stop();
        if (!r) {
            m_outcome->setText(r.error().userMessage());
            showCurrent();
            return;
        }
        const QJsonObject request = r.value().object();
        const QString status = models::Labels::enumLabel(QStringLiteral("refundRequest"), QStringLiteral("status"), Format::str(request, "status"));
        m_outcome->setText(tr("Refund %1: %2 goes back to your card; the remaining lessons are canceled.")
                               .arg(status.toLower(), Format::money(Format::num(m_current, "totalAmount"), Format::str(m_current, "currency"))));
        if (m_ctx.banner)
            m_ctx.banner->showMessage(MessageBanner::Kind::Success, m_outcome->text());
        m_enrollments->refresh();
        m_refunds->refresh();
        m_lessons->refresh();
    });
}

void MyLearningPage::exportCalendar(const QString &fileName)
{
    // Pack titles and tutor names come from the enrollments (the slot list carries ids).
    QHash<QString, QPair<QString, QString>> packs;
    for (int row = 0; row < m_enrollments->rowCount(); ++row) {
        const QJsonObject e = m_enrollments->object(row);
        packs.insert(Format::str(e, "coursePackId"), {models::student::packTitleOf(e), models::student::tutorNameOf(e)});
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("studentId"), m_studentId);
    q.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("0"));
    q.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("startsAt"));
    m_busy->start();
    m_catalog->listLessonSlots(q, this, [this, fileName, packs](const api::Result<api::JsonAnswer> &r) {
        m_busy->stop();
        if (!r) {
            m_outcome->setText(r.error().userMessage());
            emit exportFinished(false, fileName);
            return;
        }
        QList<models::CalendarEvent> events;
        for (const QJsonValue &v : r.value().array()) {
            QJsonObject s = v.toObject();
            const auto names = packs.value(Format::str(s, "coursePackId"));
            s.insert(QStringLiteral("coursePackTitle"), names.first);
            s.insert(QStringLiteral("tutorName"), names.second);
            events << models::ICalendar::fromLessonSlot(s, QStringLiteral("student"));
        }
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly) || file.write(models::ICalendar::build(events)) < 0 || !file.commit()) {
            m_outcome->setText(tr("The calendar could not be written to “%1”: %2").arg(fileName, file.errorString()));
            emit exportFinished(false, fileName);
            return;
        }
        m_outcome->setText(tr("%1 lessons exported to “%2”. Import the file in Google Calendar, Outlook or Thunderbird.")
                               .arg(events.size())
                               .arg(fileName));
        emit exportFinished(true, fileName);
    });
}

} // namespace tutorhub::ui::student
