// Users (issue 6 §4) and tutor applications (§3).
#include "adminpages.h"

#include "admintable.h"
#include "moderationdialog.h"

#include "common/widgets.h"
#include "models/admin/adminlists.h"
#include "models/admin/userdesk.h"
#include "models/format.h"
#include "models/labels.h"
#include "common/prompter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace tutorhub::ui::admin {

using models::Format;
using models::Labels;
using models::admin::AdminLists;
using models::admin::ApplicationDesk;
using models::admin::UserDesk;

// ---------------------------------------------------------------------------------------------
// Users

UsersPage::UsersPage(const WorkspaceContext &context, QWidget *parent)
    : AdminPage(context, parent),
      m_desk(new UserDesk(workspace(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(markupLabel(tr("<h2>Users</h2>"), this));
    layout->addWidget(unfinishedBar());
    auto *split = new QSplitter(Qt::Vertical, this); // table above its detail (room for the chat dock)
    m_table
        = new AdminTable(m_desk->list(),
                         {{FilterSpec::Kind::Search, QStringLiteral("q"), tr("Search name or e-mail"), {}},
                          {FilterSpec::Kind::Enum, QStringLiteral("roleId"), tr("Role"), QStringLiteral("user")},
                          {FilterSpec::Kind::Enum,
                           QStringLiteral("accountStatus"),
                           tr("Account"),
                           QStringLiteral("user"),
                           QStringList {QStringLiteral("suspended,banned")}
                               + models::Labels::enumValues(QStringLiteral("user"), QStringLiteral("accountStatus")),
                           {tr("Suspended or banned")}}},
                         tr("Users"), split);
    m_table->setEmptyText(tr("No user matches."));
    split->addWidget(m_table);

    auto *pane = new QWidget(split);
    auto *v = new QVBoxLayout(pane);
    m_detail = new QLabel(pane);
    m_detail->setTextFormat(Qt::RichText); // markup of ours, every value escaped (SEC49)
    m_detail->setWordWrap(true);
    m_detail->setAccessibleName(tr("User detail"));
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    v->addWidget(m_detail);
    auto *roleRow = new QHBoxLayout;
    m_role = new QComboBox(pane);
    m_role->setAccessibleName(tr("New role"));
    m_setRole = new QPushButton(tr("Change &role"), pane);
    m_setRole->setAccessibleName(tr("Change role"));
    roleRow->addWidget(new QLabel(tr("Role:"), pane));
    roleRow->addWidget(m_role, 1);
    roleRow->addWidget(m_setRole);
    v->addLayout(roleRow);
    auto *actions = new QHBoxLayout;
    m_suspend = new QPushButton(tr("&Suspend…"), pane);
    m_suspend->setAccessibleName(tr("Suspend user"));
    m_ban = new QPushButton(tr("&Ban…"), pane);
    m_ban->setAccessibleName(tr("Ban user"));
    m_reactivate = new QPushButton(tr("Re&activate…"), pane);
    m_reactivate->setAccessibleName(tr("Reactivate user"));
    actions->addWidget(m_suspend);
    actions->addWidget(m_ban);
    actions->addWidget(m_reactivate);
    v->addLayout(actions);
    m_rule = new QLabel(pane);
    m_rule->setWordWrap(true);
    m_rule->setAccessibleName(tr("Why this is not possible"));
    v->addWidget(m_rule);
    v->addStretch();
    split->addWidget(pane);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_table, &AdminTable::currentChanged, this, &UsersPage::showUser);
    connect(m_desk, &UserDesk::userChanged, this, [this] { showUser(m_table->currentObject()); });
    connect(m_setRole, &QPushButton::clicked, this, [this] { changeRole(m_role->currentData().toString()); });
    connect(m_suspend, &QPushButton::clicked, this, [this] {
        if (auto *d = moderate(QStringLiteral("suspend")))
            openDialog(this->context().prompter, d);
    });
    connect(m_ban, &QPushButton::clicked, this, [this] {
        if (auto *d = moderate(QStringLiteral("ban")))
            openDialog(this->context().prompter, d);
    });
    connect(m_reactivate, &QPushButton::clicked, this, [this] {
        if (auto *d = moderate(QStringLiteral("reactivate")))
            openDialog(this->context().prompter, d);
    });
    showUser({});
}

void UsersPage::showUser(const QJsonObject &row)
{
    const bool manage = m_desk->canManage(row);
    const QString status = Format::str(row, "accountStatus");
    m_detail->setText(
        row.isEmpty()
            ? tr("Select a user.")
            : tr("<b>%1</b><br>%2<br>Role: %3<br>Account: %4<br>Tutor application: %5<br>Registered: %6")
                  .arg(Format::str(row, "fullname").toHtmlEscaped(), Format::str(row, "email").toHtmlEscaped(),
                       AdminLists::enumText(row, "user", "roleId"), AdminLists::enumText(row, "user", "accountStatus"),
                       AdminLists::enumText(row, "user", "tutorApplicationStatus"),
                       Format::dateTime(Format::when(row, "createdAt"))));
    m_role->clear();
    for (const QString &r : m_desk->roleChoices(row))
        m_role->addItem(Labels::enumLabel(QStringLiteral("user"), QStringLiteral("roleId"), r), r);
    m_role->setEnabled(manage);
    m_setRole->setEnabled(manage && m_role->count() > 0);
    m_suspend->setEnabled(manage && status == QLatin1String("active"));
    m_ban->setEnabled(manage && status != QLatin1String("banned"));
    m_reactivate->setEnabled(manage && status != QLatin1String("active") && !status.isEmpty());
    m_rule->setText(m_desk->whyNot(row));
}

ModerationDialog *UsersPage::moderate(const QString &action)
{
    const auto plan = m_desk->moderationPlan(action, m_table->currentObject());
    return plan ? moderationDialog(*plan) : nullptr;
}

void UsersPage::changeRole(const QString &roleId)
{
    m_desk->changeRole(m_table->currentObject(), roleId);
}

void UsersPage::afterModeration()
{
    m_table->model()->refresh();
}

// ---------------------------------------------------------------------------------------------
// Tutor applications

ApplicationsPage::ApplicationsPage(const WorkspaceContext &context, QWidget *parent)
    : AdminPage(context, parent),
      m_desk(new ApplicationDesk(workspace(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(markupLabel(tr("<h2>Tutor applications</h2>"), this));
    auto *split = new QSplitter(Qt::Vertical, this); // table above its detail (room for the chat dock)
    m_table
        = new AdminTable(m_desk->list(), {{FilterSpec::Kind::Search, QStringLiteral("q"), tr("Search applicant"), {}}},
                         tr("Tutor applications"), split);
    m_table->setEmptyText(tr("No application is waiting for a review."));
    split->addWidget(m_table);
    auto *pane = new QWidget(split);
    auto *v = new QVBoxLayout(pane);
    m_detail = new QTextBrowser(pane);
    m_detail->setOpenExternalLinks(true);
    m_detail->setAccessibleName(tr("Application"));
    v->addWidget(m_detail, 1);
    auto *noteLabel = new QLabel(tr("Review &note (sent to the applicant):"), pane);
    v->addWidget(noteLabel);
    m_note = new QPlainTextEdit(pane);
    noteLabel->setBuddy(m_note);
    m_note->setAccessibleName(tr("Review note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(70);
    v->addWidget(m_note);
    auto *row = new QHBoxLayout;
    m_approve = new QPushButton(tr("A&pprove"), pane);
    m_approve->setAccessibleName(tr("Approve application"));
    m_reject = new QPushButton(tr("Re&ject"), pane);
    m_reject->setAccessibleName(tr("Reject application"));
    row->addStretch();
    row->addWidget(m_reject);
    row->addWidget(m_approve);
    v->addLayout(row);
    split->addWidget(pane);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connect(m_table, &AdminTable::currentChanged, this, &ApplicationsPage::showApplicant);
    connect(m_approve, &QPushButton::clicked, this, [this] { review(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { review(false); });
    connect(m_desk, &ApplicationDesk::reviewed, this, [this](bool applied) {
        if (applied)
            m_note->clear();
    });
    showApplicant({});
}

void ApplicationsPage::showApplicant(const QJsonObject &row)
{
    m_approve->setEnabled(!row.isEmpty());
    m_reject->setEnabled(!row.isEmpty());
    if (row.isEmpty()) {
        m_detail->setHtml(tr("<p>Select an application.</p>"));
        return;
    }
    auto section = [](const QString &title, const QString &text) {
        return text.isEmpty() ? QString()
                              : QStringLiteral("<h4>%1</h4><p>%2</p>")
                                    .arg(title.toHtmlEscaped(),
                                         text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    };
    // applicationDocuments: links (comma, space or newline separated) or plain names.
    QString docs;
    for (const QString &d : Format::str(row, "applicationDocuments")
                                .split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        const QUrl url(d);
        docs += url.scheme().startsWith(QLatin1String("http"))
                    ? QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                          .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), d.toHtmlEscaped())
                    : QStringLiteral("<li>%1</li>").arg(d.toHtmlEscaped());
    }
    m_detail->setHtml(
        QStringLiteral("<h3>%1</h3><p>%2 · %3</p>")
            .arg(Format::str(row, "fullname").toHtmlEscaped(), Format::str(row, "email").toHtmlEscaped(),
                 tr("applied %1").arg(Format::dateTime(Format::when(row, "updatedAt"))))
        + section(tr("Specializations"), Format::str(row, "specializations"))
        + section(tr("Qualifications"), Format::str(row, "qualifications"))
        + section(tr("Certifications"), Format::str(row, "certifications"))
        + section(tr("About"), Format::str(row, "bio"))
        + QStringLiteral("<h4>%1</h4>").arg(tr("Documents").toHtmlEscaped())
        + (docs.isEmpty() ? tr("<p>No documents were attached.</p>") : QStringLiteral("<ul>%1</ul>").arg(docs)));
}

void ApplicationsPage::review(bool approve)
{
    m_desk->review(m_table->currentObject(), approve, m_note->toPlainText());
}

void ApplicationsPage::setReviewNote(const QString &note)
{
    m_note->setPlainText(note);
}

} // namespace tutorhub::ui::admin
