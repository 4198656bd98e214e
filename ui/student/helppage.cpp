#include "helppage.h"

#include "studentcommon.h"

#include "models/chat/chatsession.h"
#include "api/session.h"
#include "common/columnfitter.h"
#include "common/busyindicator.h"
#include "common/liststate.h"
#include "models/format.h"
#include "models/labels.h"
#include "models/pagedlistmodel.h"
#include "models/student/helpcenter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tutorhub::ui::student {

using models::Format;
using models::PagedListModel;
using models::student::HelpCenter;

HelpPage::HelpPage(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent),
      m_help(new HelpCenter(context.client, context.session->currentUser().id, this))
{
    PagedListModel *issues = m_help->issues();
    PagedListModel *notifications = m_help->notifications();

    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    layout->addWidget(tabs);

    // --- report a problem ----------------------------------------------------------------------
    auto *reportTab = new QWidget(tabs);
    auto *rl = new QVBoxLayout(reportTab);
    auto *box = new QGroupBox(tr("Report a problem"), reportTab);
    auto *form = new QFormLayout(box);
    m_type = named(new QComboBox(box), tr("What is the problem about?"), "issueType");
    m_type->addItem(tr("A course"), QStringLiteral("content"));
    m_type->addItem(tr("A tutor"), QStringLiteral("user"));
    m_type->addItem(tr("Something else"), QStringLiteral("other"));
    m_target = named(new QComboBox(box), tr("Which course or tutor"), "issueTarget");
    m_description = named(new QPlainTextEdit(box), tr("Describe the problem"), "issueDescription");
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What happened? The team reads every report."));
    m_description->setMaximumHeight(110);
    form->addRow(tr("About"), m_type);
    form->addRow(tr("Course / tutor"), m_target);
    form->addRow(tr("Description"), m_description);
    auto *sendRow = new QHBoxLayout;
    m_formMessage = new QLabel(box);
    m_formMessage->setObjectName(QStringLiteral("issueFormMessage"));
    m_formMessage->setWordWrap(true);
    m_busy = new BusyIndicator(box);
    m_send = named(new QPushButton(tr("Send report"), box), tr("Send report"));
    sendRow->addWidget(m_formMessage, 1);
    sendRow->addWidget(m_busy);
    sendRow->addWidget(m_send);
    form->addRow(sendRow);
    rl->addWidget(box);
    rl->addWidget(new QLabel(tr("Your reports and their status"), reportTab));
    QTableView *issueTable
        = listTable(reportTab, tr("Your reports"), issues, "issueTable", QAbstractItemView::ExtendedSelection);
    ColumnFitter::install(issueTable, issues->columnOf(QStringLiteral("description")));
    rl->addWidget(issueTable, 1);
    auto *issueState = new ListState(reportTab);
    issueState->setModel(issues);
    issueState->setEmptyText(tr("You have not reported any problem."));
    rl->addWidget(issueState);
    tabs->addTab(reportTab, tr("Report a problem"));

    // --- notifications -------------------------------------------------------------------------
    auto *notesTab = new QWidget(tabs);
    auto *nl = new QVBoxLayout(notesTab);
    auto *top = new QHBoxLayout;
    m_unseenLabel = new QLabel(notesTab);
    m_unseenLabel->setObjectName(QStringLiteral("unseenCount"));
    top->addWidget(m_unseenLabel, 1);
    auto *seen = named(new QPushButton(tr("Mark selected as seen"), notesTab), tr("Mark selected as seen"));
    auto *allSeen = named(new QPushButton(tr("Mark all as seen"), notesTab), tr("Mark all as seen"));
    top->addWidget(seen);
    top->addWidget(allSeen);
    nl->addLayout(top);
    m_notificationTable = listTable(notesTab, tr("Notifications"), notifications, "notificationTable",
                                    QAbstractItemView::ExtendedSelection);
    ColumnFitter::install(m_notificationTable, 1);
    nl->addWidget(m_notificationTable, 1);
    auto *noteState = new ListState(notesTab);
    noteState->setModel(notifications);
    noteState->setEmptyText(tr("No notifications yet."));
    nl->addWidget(noteState);
    tabs->addTab(notesTab, tr("Notifications"));

    connect(m_type, qOverload<int>(&QComboBox::currentIndexChanged), this, &HelpPage::updateTargets);
    connect(m_help->enrollments(), &PagedListModel::pageLoaded, this, &HelpPage::updateTargets);
    connect(m_send, &QPushButton::clicked, this, &HelpPage::sendReport);
    connect(seen, &QPushButton::clicked, this, [this] {
        QStringList ids;
        for (const QModelIndex &i : m_notificationTable->selectionModel()->selectedRows())
            ids << m_help->notifications()->idAt(i.row());
        markSeen(ids);
    });
    connect(allSeen, &QPushButton::clicked, this, &HelpPage::markAllSeen);
    connect(m_help, &HelpCenter::unseenChanged, this, &HelpPage::updateUnseen);
    connect(m_help, &HelpCenter::notificationMessage, m_unseenLabel, &QLabel::setText);
    connect(m_help, &HelpCenter::sendingChanged, this, [this](bool sending) {
        m_send->setEnabled(!sending);
        if (sending)
            m_busy->start();
        else
            m_busy->stop();
    });
    connect(m_help, &HelpCenter::reportSent, this, [this](const QString &sentence) {
        m_description->clear();
        m_formMessage->setText(sentence);
    });
    connect(m_help, &HelpCenter::reportFailed, this, [this](HelpCenter::Field field, const QString &sentence) {
        m_formMessage->setText(sentence);
        if (field == HelpCenter::Field::Target)
            m_target->setFocus();
        else if (field == HelpCenter::Field::Description)
            m_description->setFocus();
    });

    m_help->refresh();
    updateTargets();

    // Live (issue 7): an event the hub pushes (a report closed, a refund processed, ...) shows at once.
    if (context.chat && context.chat->session) // the window's chat connection, passed in (K46)
        connect(context.chat->session, &models::ChatSession::notificationArrived, m_help, &HelpCenter::refreshLive);
}

models::PagedListModel *HelpPage::issues() const
{
    return m_help->issues();
}

models::PagedListModel *HelpPage::notifications() const
{
    return m_help->notifications();
}

models::PagedListModel *HelpPage::enrollments() const
{
    return m_help->enrollments();
}

int HelpPage::unseenCount() const
{
    return m_help->unseenCount();
}

void HelpPage::updateTargets()
{
    const QString type = m_type->currentData().toString();
    const QVariant keep = m_target->currentData();
    m_target->clear();
    m_target->setEnabled(HelpCenter::needsTarget(type));
    if (!HelpCenter::needsTarget(type))
        return;
    for (const HelpCenter::Target &t : m_help->targets(type))
        m_target->addItem(t.label, t.value);
    m_target->setCurrentIndex(qMax(0, m_target->findData(keep)));
    if (m_target->count() == 0)
        m_target->setPlaceholderText(tr("Only courses and tutors you booked can be reported here"));
}

QString HelpPage::formMessage() const
{
    return m_formMessage->text();
}

void HelpPage::setReport(const QString &issueType, int row, const QString &description)
{
    m_type->setCurrentIndex(m_type->findData(issueType));
    updateTargets();
    m_target->setCurrentIndex(row);
    m_description->setPlainText(description);
}

void HelpPage::sendReport()
{
    m_help->sendReport(m_type->currentData().toString(), m_target->currentData().toString(),
                       m_description->toPlainText());
}

void HelpPage::updateUnseen()
{
    m_unseenLabel->setText(m_help->unseenText());
    QWidget *tab = m_unseenLabel->parentWidget();
    for (QWidget *w = tab; w; w = w->parentWidget())
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            tabs->setTabText(tabs->indexOf(tab), m_help->notificationsTabText());
            break;
        }
}

void HelpPage::markSeen(const QStringList &ids)
{
    m_help->markSeen(ids);
}

void HelpPage::markAllSeen()
{
    m_help->markAllSeen();
}

} // namespace tutorhub::ui::student
