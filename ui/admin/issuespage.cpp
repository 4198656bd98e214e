// Issue triage (issue 6 §2): the queue with filters, the detail with the targets resolved to names,
// the transitions open -> investigating -> resolved/dismissed with a resolution and an internal
// note (adminNote, never shown to the reporter, D36), and the follow-up actions of a resolution.
#include "adminpages.h"

#include "admintable.h"
#include "moderationdialog.h"

#include "common/statuschip.h"
#include "common/widgets.h"
#include "models/admin/adminlists.h"
#include "models/admin/adminworkspace.h"
#include "models/admin/issuedesk.h"
#include "models/format.h"
#include "models/labels.h"
#include "models/pagedlistmodel.h"
#include "common/prompter.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tutorhub::ui::admin {

using models::Format;
using models::Labels;
using models::admin::AdminLists;
using models::admin::AdminWorkspace;
using models::admin::IssueDesk;

IssuesPage::IssuesPage(const WorkspaceContext &context, QWidget *parent)
    : AdminPage(context, parent),
      m_desk(new IssueDesk(workspace(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(markupLabel(tr("<h2>Issues</h2>"), this));
    layout->addWidget(unfinishedBar());
    auto *split = new QSplitter(Qt::Vertical, this); // table above its detail (room for the chat dock)
    // Priority and assignee are our server's extension "issueTriage" (U60): without it they are not offered (U65).
    const bool triage = m_desk->triageAvailable();
    // A typed name or e-mail -> the user's id (the view-model's look-up).
    AdminWorkspace *ws = workspace();
    auto findUser = [ws](const QString &text, QObject *ctx, std::function<void(const QString &)> done) {
        ws->findUser(text, ctx, std::move(done));
    };
    QList<FilterSpec> filters {
        {FilterSpec::Kind::Enum,
         QStringLiteral("status"),
         tr("Status"),
         QStringLiteral("adminIssue"),
         QStringList {QStringLiteral("open,investigating")}
             + Labels::enumValues(QStringLiteral("adminIssue"), QStringLiteral("status")),
         {tr("Open or being investigated")}},
        {FilterSpec::Kind::Enum, QStringLiteral("issueType"), tr("About"), QStringLiteral("adminIssue")}};
    if (triage) {
        filters.append(
            {FilterSpec::Kind::Enum, QStringLiteral("priority"), tr("Priority"), QStringLiteral("adminIssue")});
        filters.append({FilterSpec::Kind::Enum,
                        QStringLiteral("assigneeId"),
                        tr("Assigned to"),
                        QStringLiteral("adminIssue"),
                        {myId(), QStringLiteral("null")},
                        {tr("Me"), tr("Nobody")}});
    }
    filters.append(
        {FilterSpec::Kind::Enum, QStringLiteral("resolution"), tr("Resolution"), QStringLiteral("adminIssue")});
    filters.append(
        {FilterSpec::Kind::Text, QStringLiteral("reportedBy"), tr("Reporter (name or e-mail)"), {}, {}, {}, findUser});
    filters.append({FilterSpec::Kind::Text,
                    QStringLiteral("reportedUserId"),
                    tr("Reported person (name or e-mail)"),
                    {},
                    {},
                    {},
                    findUser});
    m_table = new AdminTable(m_desk->list(), filters, tr("Issues"), split);
    if (!triage)
        for (int c = 0; c < m_table->model()->columns().size(); ++c) {
            const QString id = m_table->model()->columns().at(c).id;
            if (id == QLatin1String("priority") || id == QLatin1String("assignee"))
                m_table->view()->setColumnHidden(c, true);
        }
    m_table->setEmptyText(tr("No issue matches these filters."));
    m_table->toolBar()->addWidget(triageBox(this), 1); // one row above the table (the detail below is tall already)
    split->addWidget(m_table);

    auto *pane = new QWidget(split);
    auto *columns = new QHBoxLayout(pane);
    auto *v = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(v, 1);
    columns->addLayout(right, 1);
    auto *head = new QHBoxLayout;
    auto *issueTitle = markupLabel(tr("<b>Issue</b>"), pane);
    issueTitle->setTextFormat(Qt::RichText);
    head->addWidget(issueTitle);
    m_chip = new StatusChip(pane);
    head->addWidget(m_chip);
    head->addStretch();
    v->addLayout(head);
    m_detail = new QLabel(pane);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setAccessibleName(tr("Issue detail"));
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    v->addWidget(m_detail);
    v->addStretch();
    auto *noteBox = new QGroupBox(tr("Internal note (never shown to the reporter)"), pane);
    auto *nv = new QVBoxLayout(noteBox);
    m_note = new QPlainTextEdit(noteBox);
    m_note->setAccessibleName(tr("Internal note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(80);
    nv->addWidget(m_note);
    m_saveNote = new QPushButton(tr("Save &note"), noteBox);
    m_saveNote->setAccessibleName(tr("Save note"));
    nv->addWidget(m_saveNote, 0, Qt::AlignRight);
    right->addWidget(noteBox);
    auto *actions = new QHBoxLayout;
    m_investigate = new QPushButton(tr("Start &investigating"), pane);
    m_investigate->setAccessibleName(tr("Start investigating"));
    m_resolve = new QPushButton(tr("&Resolve…"), pane);
    m_resolve->setAccessibleName(tr("Resolve"));
    m_dismiss = new QPushButton(tr("&Dismiss"), pane);
    m_dismiss->setAccessibleName(tr("Dismiss"));
    actions->addWidget(m_investigate);
    actions->addWidget(m_resolve);
    actions->addWidget(m_dismiss);
    right->addLayout(actions);
    auto *follow = new QHBoxLayout;
    m_followUp = new QComboBox(pane);
    m_followUp->setAccessibleName(tr("Follow-up action"));
    for (const IssueDesk::FollowUp &f : IssueDesk::followUps())
        m_followUp->addItem(f.label, f.resolution);
    m_runFollowUp = new QPushButton(tr("Run action"), pane);
    m_runFollowUp->setAccessibleName(tr("Run follow-up action"));
    follow->addWidget(new QLabel(tr("Action:"), pane));
    follow->addWidget(m_followUp, 1);
    follow->addWidget(m_runFollowUp);
    right->addLayout(follow);
    right->addStretch();
    split->addWidget(pane);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_table, &AdminTable::currentChanged, m_desk, &IssueDesk::select);
    connect(m_desk, &IssueDesk::issueChanged, this, &IssuesPage::showIssue);
    connect(m_desk, &IssueDesk::adminsChanged, this, &IssuesPage::showAdmins);
    connect(m_desk, &IssueDesk::moderationRequested, this, [this](const models::admin::CascadePlan &plan) {
        openDialog(this->context().prompter, moderationDialog(plan));
    });
    connect(m_investigate, &QPushButton::clicked, this,
            [this] { transition(QStringLiteral("investigating"), {}, m_note->toPlainText()); });
    connect(m_dismiss, &QPushButton::clicked, this,
            [this] { transition(QStringLiteral("dismissed"), {}, m_note->toPlainText()); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { ask(resolveDialog()); });
    connect(m_saveNote, &QPushButton::clicked, this, [this] { transition({}, {}, m_note->toPlainText()); });
    connect(m_runFollowUp, &QPushButton::clicked, this, [this] { followUp(m_followUp->currentData().toString()); });
    showIssue({});
}

QJsonObject IssuesPage::issue() const
{
    return m_desk->issue();
}

bool IssuesPage::triageAvailable() const
{
    return m_desk->triageAvailable();
}

void IssuesPage::showIssue(const QJsonObject &row)
{
    const QString status = Format::str(row, "status");
    const bool has = !row.isEmpty();
    const bool closed = status == QLatin1String("resolved") || status == QLatin1String("dismissed");
    m_chip->setVisible(has);
    if (has)
        m_chip->setStatus(QStringLiteral("adminIssue"), QStringLiteral("status"), status);
    m_investigate->setEnabled(status == QLatin1String("open"));
    m_resolve->setEnabled(status == QLatin1String("investigating"));
    m_dismiss->setEnabled(has && !closed);
    m_saveNote->setEnabled(has && !closed);
    m_note->setReadOnly(!has || closed);
    m_note->setPlainText(Format::str(row, "adminNote"));
    m_followUp->setEnabled(has);
    m_runFollowUp->setEnabled(has);
    showTriage(row, has && !closed);
    if (!has) {
        m_detail->setText(tr("Select an issue to see it."));
        return;
    }
    auto line = [](const QString &label, const QString &value) {
        return value.isEmpty() ? QString()
                               : QStringLiteral("<b>%1</b> %2<br>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = line(tr("About:"), AdminLists::enumText(row, "adminIssue", "issueType"))
                   + line(tr("Reported by:"), AdminLists::personName(row, "reporter"))
                   + line(tr("Reported:"), Format::dateTime(Format::when(row, "createdAt")))
                   + line(tr("Person reported:"), AdminLists::personName(row, "reportedUser"))
                   + line(tr("Course reported:"), Format::str(Format::join(row, "coursePack"), "title"));
    const QString tutor = row.value(QStringLiteral("_tutorName")).toString();
    html += line(tr("Course tutor:"), tutor);
    if (closed)
        html += line(tr("Resolution:"), AdminLists::enumText(row, "adminIssue", "resolution"));
    html
        += QStringLiteral("<p>%1</p>")
               .arg(Format::str(row, "description").toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_detail->setText(html);
}

void IssuesPage::transition(const QString &status, const QString &resolution, const QString &note)
{
    m_desk->transition(status, resolution, note);
}

void IssuesPage::openResolveDialog()
{
    openDialog(this->context().prompter, resolveDialog());
}

QDialog *IssuesPage::resolveDialog()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinimumWidth(460);
    dialog->setWindowTitle(tr("Resolve issue"));
    dialog->setAccessibleName(tr("Resolve issue"));
    auto *form = new QFormLayout(dialog);
    auto *resolution = new QComboBox(dialog);
    resolution->setAccessibleName(tr("Resolution"));
    for (const QString &v : Labels::enumValues(QStringLiteral("adminIssue"), QStringLiteral("resolution")))
        if (v != QLatin1String("dismissed"))
            resolution->addItem(Labels::enumLabel(QStringLiteral("adminIssue"), QStringLiteral("resolution"), v), v);
    auto *note = new QPlainTextEdit(m_note->toPlainText(), dialog);
    note->setAccessibleName(tr("Internal note"));
    note->setTabChangesFocus(true);
    auto *hint = new QLabel(
        tr("A resolution with an action (warn, course edit, removal, suspension, ban) runs that action next; "
           "removals, suspensions and bans show what they cancel and refund first."),
        dialog);
    hint->setWordWrap(true);
    form->addRow(tr("&Resolution:"), resolution);
    form->addRow(tr("Internal &note:"), note);
    form->addRow(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Resolve"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Confirm resolution"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, resolution, note] {
        transition(QStringLiteral("resolved"), resolution->currentData().toString(), note->toPlainText());
        dialog->accept();
    });
    return dialog;
}

// ---------------------------------------------------------------------------------------------
// Triage: priority and assignee (U60-U65)

QWidget *IssuesPage::triageBox(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_priority = new QComboBox(box);
    m_priority->setAccessibleName(tr("Issue priority"));
    m_priority->setToolTip(tr("Priority of the selected issue"));
    for (const QString &v : Labels::enumValues(QStringLiteral("adminIssue"), QStringLiteral("priority")))
        m_priority->addItem(Labels::enumLabel(QStringLiteral("adminIssue"), QStringLiteral("priority"), v), v);
    m_assignee = new QComboBox(box);
    m_assignee->setAccessibleName(tr("Issue assignee"));
    m_assignee->setToolTip(tr("Administrator the selected issue is assigned to"));
    m_assignee->addItem(tr("Nobody"), QString());
    m_assignee->setSizeAdjustPolicy(QComboBox::AdjustToContents); // a name with "(me)" is shown whole (L2)
    m_saveTriage = new QPushButton(tr("Sa&ve triage"), box);
    m_saveTriage->setAccessibleName(tr("Save priority and assignee"));
    auto *title = new QLabel(tr("&Triage:"), box);
    title->setBuddy(m_priority);
    row->addWidget(title);
    row->addWidget(m_priority);
    row->addWidget(m_assignee);
    row->addWidget(m_saveTriage);
    row->addStretch();
    m_triageNote = new QLabel(
        tr("This server keeps no priority or assignee for issues (it offers only the documented contract): "
           "sort the queue by status and kind instead."),
        box);
    m_triageNote->setWordWrap(true);
    m_triageNote->setAccessibleName(tr("Triage not available"));
    row->addWidget(m_triageNote, 1);
    m_triageNote->setVisible(!m_desk->triageAvailable());
    for (QWidget *w : std::initializer_list<QWidget *> {title, m_priority, m_assignee, m_saveTriage})
        w->setVisible(m_desk->triageAvailable());
    connect(m_saveTriage, &QPushButton::clicked, this,
            [this] { setTriage(m_priority->currentData().toString(), m_assignee->currentData().toString()); });
    m_desk->loadAdmins();
    return box;
}

void IssuesPage::showAdmins()
{
    const QString current = m_assignee->currentData().toString();
    m_assignee->clear();
    m_assignee->addItem(tr("Nobody"), QString());
    for (const auto &admin : m_desk->admins())
        m_assignee->addItem(admin.first, admin.second);
    m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(current)));
    showTriage(m_desk->issue(), m_saveTriage->isEnabled());
}

void IssuesPage::showTriage(const QJsonObject &row, bool editable)
{
    m_priority->setEnabled(editable);
    m_assignee->setEnabled(editable);
    m_saveTriage->setEnabled(editable);
    const QString priority = Format::str(row, "priority");
    m_priority->setCurrentIndex(
        qMax(0, m_priority->findData(priority.isEmpty() ? QStringLiteral("normal") : priority)));
    const QString assignee = Format::str(row, "assigneeId");
    int index = m_assignee->findData(assignee);
    if (index < 0 && !assignee.isEmpty()) { // not (yet) in the list: shown by its joined name
        const QString name = Format::str(Format::join(row, "assignee"), "fullname");
        m_assignee->addItem(name.isEmpty() ? assignee : name, assignee);
        index = m_assignee->count() - 1;
    }
    m_assignee->setCurrentIndex(qMax(0, index));
}

void IssuesPage::setTriage(const QString &priority, const QString &assigneeId)
{
    m_desk->setTriage(priority, assigneeId);
}

void IssuesPage::followUp(const QString &resolution)
{
    m_desk->followUp(resolution);
}

} // namespace tutorhub::ui::admin
