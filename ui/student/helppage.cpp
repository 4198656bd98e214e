#include "helppage.h"

#include "studentcommon.h"

#include "api/issuesapi.h"
#include "api/notificationapi.h"
#include "api/realtime.h"
#include "chat/chatpane.h"
#include "api/session.h"
#include "common/columnfitter.h"
#include "common/busyindicator.h"
#include "common/liststate.h"
#include "models/format.h"
#include "models/labels.h"
#include "models/pagedlistmodel.h"
#include "models/student/studentlists.h"

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


HelpPage::HelpPage(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent), m_ctx(context), m_issuesApi(new api::IssuesApi(context.client, this)),
      m_notificationApi(new api::NotificationApi(context.client, this))
{
    m_issues = models::student::myIssuesModel(context.client, this);
    m_issues->setSort(QStringLiteral("createdAt"), Qt::DescendingOrder);
    m_notifications = models::student::notificationsModel(context.client, this);
    m_enrollments = models::student::enrollmentsModel(context.client, this);
    m_enrollments->setPageSize(100);

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
    QTableView *issueTable = listTable(reportTab, tr("Your reports"), m_issues, "issueTable", QAbstractItemView::ExtendedSelection);
    ColumnFitter::install(issueTable, m_issues->columnOf(QStringLiteral("description")));
    rl->addWidget(issueTable, 1);
    auto *issueState = new ListState(reportTab);
    issueState->setModel(m_issues);
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
    m_notificationTable = listTable(notesTab, tr("Notifications"), m_notifications, "notificationTable", QAbstractItemView::ExtendedSelection);
    ColumnFitter::install(m_notificationTable, 1);
    nl->addWidget(m_notificationTable, 1);
    auto *noteState = new ListState(notesTab);
    noteState->setModel(m_notifications);
    noteState->setEmptyText(tr("No notifications yet."));
    nl->addWidget(noteState);
    tabs->addTab(notesTab, tr("Notifications"));

    connect(m_type, qOverload<int>(&QComboBox::currentIndexChanged), this, &HelpPage::updateTargets);
    connect(m_enrollments, &PagedListModel::pageLoaded, this, &HelpPage::updateTargets);
    connect(m_send, &QPushButton::clicked, this, &HelpPage::sendReport);
    connect(seen, &QPushButton::clicked, this, [this] {
        QStringList ids;
        for (const QModelIndex &i : m_notificationTable->selectionModel()->selectedRows())
            ids << m_notifications->idAt(i.row());
        markSeen(ids);
    });
    connect(allSeen, &QPushButton::clicked, this, &HelpPage::markAllSeen);
    connect(m_notifications, &PagedListModel::pageLoaded, this, &HelpPage::updateUnseen);

    m_issues->refresh();
    m_notifications->refresh();
    m_enrollments->refresh();
    updateTargets();

    // Live (issue 7): an event the hub pushes (a report closed, a refund processed, ...) shows at once.
    if (api::RealtimeConnection *live = chat::realtimeConnectionOf(this))
        connect(live, &api::RealtimeConnection::notificationReceived, this, [this] {
            m_notifications->refresh();
            m_issues->refresh();
        });
}

void HelpPage::updateTargets()
{
    const QString type = m_type->currentData().toString();
    const QVariant keep = m_target->currentData();
    m_target->clear();
    if (type == QLatin1String("other")) {
        m_target->setEnabled(false);
        return;
    }
    m_target->setEnabled(true);
    QStringList seen;
    for (int row = 0; row < m_enrollments->rowCount(); ++row) {
        const QJsonObject e = m_enrollments->object(row);
        QString label, value;
        if (type == QLatin1String("content")) {
            label = models::student::packTitleOf(e);
            value = Format::str(e, "coursePackId");
        } else {
            label = models::student::tutorNameOf(e);
            value = Format::str(Format::join(e, "tutorProfile"), "tutorId");
        }
        if (value.isEmpty() || seen.contains(value))
            continue;
        seen << value;
        m_target->addItem(label, value);
    }
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
    const QString type = m_type->currentData().toString();
    const QString description = m_description->toPlainText().trimmed();
    if (type != QLatin1String("other") && m_target->currentData().toString().isEmpty()) {
        m_formMessage->setText(tr("Choose the course or tutor the report is about."));
        m_target->setFocus();
        return;
    }
    if (description.isEmpty()) {
        m_formMessage->setText(tr("Describe the problem."));
        m_description->setFocus();
        return;
    }
    const QString target = m_target->currentData().toString();
    m_send->setEnabled(false);
    m_busy->start();
    m_issuesApi->createAdminIssue(m_ctx.session->currentUser().id, type, description,
                                  type == QLatin1String("content") ? target : QString(),
                                  type == QLatin1String("user") ? target : QString(), this,
                                  [this](const api::Result<api::JsonAnswer> &r) {
                                      m_busy->stop();
                                      m_send->setEnabled(true);
                                      if (!r) {
                                          m_formMessage->setText(r.error().userMessage());
                                          return;
                                      }
                                      m_description->clear();
                                      m_formMessage->setText(tr("Thank you. Your report was sent; its status shows below."));
                                      m_issues->refresh();
                                  });
}

void HelpPage::updateUnseen()
{
    m_notificationApi->unseenCount(this, [this](int count, const api::ApiError &error) {
        if (!error.isNone())
            return;
        m_unseen = count;
        m_unseenLabel->setText(count > 0 ? (count == 1 ? tr("1 unread notification") : tr("%1 unread notifications").arg(count)) : tr("All notifications are read."));
        QWidget *tab = m_unseenLabel->parentWidget();
        for (QWidget *w = tab; w; w = w->parentWidget())
            if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
                tabs->setTabText(tabs->indexOf(tab), count > 0 ? tr("Notifications (%1)").arg(count) : tr("Notifications"));
                break;
            }
    });
}

void HelpPage::markSeen(const QStringList &ids)
{
    if (ids.isEmpty()) {
        m_unseenLabel->setText(tr("Select the notifications to mark as seen."));
        return;
    }
    m_notificationApi->markSeen(ids, this, [this](const api::Result<api::JsonAnswer> &r) {
        if (!r) {
            m_unseenLabel->setText(r.error().userMessage());
            return;
        }
        m_notifications->refresh();
    });
}

void HelpPage::markAllSeen()
{
    QStringList ids;
    for (int row = 0; row < m_notifications->rowCount(); ++row)
        if (!Format::flag(m_notifications->object(row), "isSeen"))
            ids << m_notifications->idAt(row);
    if (ids.isEmpty()) {
        m_unseenLabel->setText(tr("All notifications are read."));
        return;
    }
    markSeen(ids);
}

} // namespace tutorhub::ui::student
