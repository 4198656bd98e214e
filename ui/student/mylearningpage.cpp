#include "mylearningpage.h"

#include "paymentdialog.h"
#include "studentcommon.h"

#include "api/session.h"
#include "chat/chatdock.h"
#include "common/columnfitter.h"
#include "common/busyindicator.h"
#include "common/liststate.h"
#include "common/messagebanner.h"
#include "common/prompter.h"
#include "common/statuschip.h"
#include "models/format.h"
#include "models/pagedlistmodel.h"
#include "models/student/mylearning.h"

#include <QTextDocument>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
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
using models::student::MyLearning;

MyLearningPage::MyLearningPage(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent),
      m_ctx(context),
      m_learning(new MyLearning(context.client, context.session->currentUser().id, this))
{
    PagedListModel *enrollments = m_learning->enrollments();

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
    connect(exportButton, &QPushButton::clicked, this, &MyLearningPage::chooseExportFile);
    heading->addWidget(exportButton);
    heading->addWidget(reloadButton);
    topLayout->addLayout(heading);
    m_table = listTable(top, tr("Your enrollments"), enrollments, "enrollmentTable");
    ColumnFitter::install(m_table, 0);
    topLayout->addWidget(m_table, 1);
    auto *state = new ListState(top);
    state->setObjectName(QStringLiteral("enrollmentsState"));
    state->setModel(enrollments);
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
        const QJsonObject &current = m_learning->current();
        if (!chat::openChatForEnrollment(m_ctx, Format::str(current, "id"), Format::str(current, "studentId"),
                                         m_learning->tutorUserId()))
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
    auto *lessonsTab = new QWidget(m_tabs);
    auto *lessonsLayout = new QVBoxLayout(lessonsTab);
    lessonsLayout->setContentsMargins(0, 0, 0, 0);
    m_lessonTable = listTable(lessonsTab, tr("Lessons"), m_learning->lessons(), "lessonTable");
    lessonsLayout->addWidget(m_lessonTable, 1);
    auto *lessonsState = new ListState(lessonsTab); // U44: the offline notice of the lessons
    lessonsState->setObjectName(QStringLiteral("lessonsState"));
    lessonsState->setModel(m_learning->lessons());
    lessonsState->setEmptyText(tr("No lessons booked in this enrollment."));
    lessonsLayout->addWidget(lessonsState);
    connect(m_lessonTable, &QTableView::activated, this, [this](const QModelIndex &i) {
        const QString link = Format::str(m_learning->lessons()->object(i.row()), "meetLink");
        if (!link.isEmpty())
            QDesktopServices::openUrl(QUrl(link));
    });
    auto *materialsTab = new QWidget(m_tabs);
    auto *ml = new QVBoxLayout(materialsTab);
    m_materials = named(new QListWidget(materialsTab), tr("Course materials"), "enrolledMaterials");
    connect(m_materials, &QListWidget::itemActivated, this,
            [](QListWidgetItem *item) { QDesktopServices::openUrl(QUrl(item->data(Qt::UserRole).toString())); });
    m_materialsNote = new QLabel(materialsTab);
    m_materialsNote->setObjectName(QStringLiteral("materialsNote"));
    m_materialsNote->setWordWrap(true);
    auto *openMaterial
        = named(new QPushButton(tr("Open or download"), materialsTab), tr("Open or download the material"));
    connect(openMaterial, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_materials->currentItem())
            QDesktopServices::openUrl(QUrl(item->data(Qt::UserRole).toString()));
    });
    ml->addWidget(m_materials, 1);
    auto *mrow = new QHBoxLayout;
    mrow->addWidget(m_materialsNote, 1);
    mrow->addWidget(openMaterial);
    ml->addLayout(mrow);
    m_refundTable = listTable(m_tabs, tr("Refund requests"), m_learning->refunds(), "refundTable");
    m_tabs->addTab(lessonsTab, tr("Lessons"));
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
        const QJsonObject next = i.isValid() ? m_learning->enrollments()->object(i.row()) : QJsonObject();
        if (Format::str(next, "id") != Format::str(m_learning->current(), "id"))
            m_outcome->clear();
        m_learning->setCurrent(next);
    });
    connect(enrollments, &PagedListModel::pageLoaded, this, [this](int, bool first) {
        if (!first)
            return;
        PagedListModel *list = m_learning->enrollments();
        const QString keep = Format::str(m_learning->current(), "id");
        const int row = keep.isEmpty() ? 0 : qMax(0, list->rowOfId(keep));
        if (list->rowCount() > 0)
            m_table->selectionModel()->setCurrentIndex(list->index(row, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_learning->setCurrent(list->rowCount() > 0 ? list->object(row) : QJsonObject());
    });
    connect(m_learning, &MyLearning::currentChanged, this, &MyLearningPage::showCurrent);
    connect(m_learning, &MyLearning::materialsChanged, this, &MyLearningPage::showMaterials);
    connect(m_learning, &MyLearning::busyChanged, this, [this](bool busy) {
        if (busy)
            m_busy->start();
        else
            m_busy->stop();
    });
    connect(m_learning, &MyLearning::refundRequesting, this, [this](const QString &sentence) {
        m_refund->setEnabled(false);
        m_outcome->setText(sentence);
    });
    connect(m_learning, &MyLearning::refundFailed, this, [this](const QString &sentence) {
        m_outcome->setText(sentence);
        showCurrent();
    });
    connect(m_learning, &MyLearning::refundRequested, this, [this](const QString &sentence) {
        m_outcome->setText(sentence);
        if (m_ctx.banner)
            m_ctx.banner->showMessage(MessageBanner::Kind::Success, sentence);
    });
    connect(m_learning, &MyLearning::exportFinished, this,
            [this](bool ok, const QString &fileName, const QString &sentence) {
                m_outcome->setText(sentence);
                emit exportFinished(ok, fileName);
            });
    m_learning->refresh();
    showCurrent();
}

models::PagedListModel *MyLearningPage::enrollments() const
{
    return m_learning->enrollments();
}

models::PagedListModel *MyLearningPage::lessons() const
{
    return m_learning->lessons();
}

models::PagedListModel *MyLearningPage::refunds() const
{
    return m_learning->refunds();
}

QJsonObject MyLearningPage::currentEnrollment() const
{
    return m_learning->current();
}

void MyLearningPage::reload()
{
    m_learning->reload();
}

void MyLearningPage::selectEnrollment(const QString &id)
{
    PagedListModel *list = m_learning->enrollments();
    const int row = list->rowOfId(id);
    if (row >= 0)
        m_table->selectionModel()->setCurrentIndex(list->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MyLearningPage::showCurrent()
{
    const bool has = !m_learning->current().isEmpty();
    for (QWidget *w : std::initializer_list<QWidget *> {m_enrollmentChip, m_paymentChip, m_refundChip, m_pay, m_refund,
                                                        m_message, m_tabs})
        w->setVisible(has);
    if (!has) {
        m_title->setText(m_learning->enrollments()->hasLoaded() ? tr("Choose an enrollment to see its lessons.")
                                                                : QString());
        m_refundReason->clear();
        return;
    }
    const QJsonObject &current = m_learning->current();
    m_title->setText(m_learning->currentTitle());
    m_enrollmentChip->setStatus(QStringLiteral("enrollment"), QStringLiteral("enrollmentStatus"),
                                Format::str(current, "enrollmentStatus"));
    m_paymentChip->setStatus(QStringLiteral("enrollment"), QStringLiteral("paymentStatus"),
                             Format::str(current, "paymentStatus"));
    m_refundChip->setStatus(QStringLiteral("enrollment"), QStringLiteral("refundStatus"),
                            Format::str(current, "refundStatus"));
    m_pay->setVisible(m_learning->canPay());
    m_message->setEnabled(m_learning->canMessageTutor());
    m_refund->setEnabled(m_learning->canRequestRefund());
    m_refundReason->setText(m_learning->refundText());
}

void MyLearningPage::showMaterials()
{
    m_materials->clear();
    for (const models::student::MaterialItem &m : m_learning->materials()) {
        auto *item = new QListWidgetItem(m.text, m_materials);
        item->setData(Qt::UserRole, m.url);
        item->setToolTip(Qt::convertFromPlainText(m.description)); // SEC49: never as HTML
    }
    m_materialsNote->setText(m_learning->materialsNote());
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
    if (m_learning->current().isEmpty())
        return nullptr;
    auto *dialog = new PaymentDialog(m_ctx, m_learning->current(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &MyLearningPage::reload);
    openDialog(m_ctx.prompter, dialog);
    return dialog;
}

QWidget *MyLearningPage::openRefundDialog()
{
    auto *dialog = new QDialog(window());
    dialog->setObjectName(QStringLiteral("refundDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Request a refund"));
    auto *l = new QVBoxLayout(dialog);
    auto *text = new QLabel(m_learning->refundQuestion(), dialog);
    text->setWordWrap(true);
    l->addWidget(text);
    l->addWidget(new QLabel(tr("Why do you want a refund?"), dialog));
    auto *reason = named(new QPlainTextEdit(dialog), tr("Reason for the refund"), "refundReasonEdit");
    reason->setTabChangesFocus(true);
    l->addWidget(reason);
    auto *buttons = new QDialogButtonBox(dialog);
    auto *ok
        = named(buttons->addButton(tr("Request the refund"), QDialogButtonBox::AcceptRole), tr("Request the refund"));
    named(buttons->addButton(QDialogButtonBox::Cancel), tr("Keep the enrollment"));
    ok->setEnabled(false);
    connect(reason, &QPlainTextEdit::textChanged, ok,
            [reason, ok] { ok->setEnabled(!reason->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this, dialog, reason] {
        requestRefund(reason->toPlainText().trimmed());
        dialog->accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    l->addWidget(buttons);
    dialog->resize(460, 260);
    openDialog(m_ctx.prompter, dialog);
    return dialog;
}

void MyLearningPage::requestRefund(const QString &reason)
{
    m_learning->requestRefund(reason);
}

void MyLearningPage::chooseExportFile()
{
    const QString file = m_ctx.prompter ? m_ctx.prompter->saveFile(
                             this, tr("Export lessons"), tr("tutorhub-lessons.ics"), tr("iCalendar files (*.ics)"))
                                        : QString();
    if (!file.isEmpty())
        exportCalendar(file);
}

void MyLearningPage::exportCalendar(const QString &fileName)
{
    m_learning->exportCalendar(fileName);
}

} // namespace tutorhub::ui::student
