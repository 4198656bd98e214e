// Issue triage (issue 6 §2): the queue with filters, the detail with the targets resolved to names,
// the transitions open -> investigating -> resolved/dismissed with a resolution and an internal
// note (adminNote, never shown to the reporter, D36), and the follow-up actions of a resolution.
#include "adminpages.h"

#include "admintable.h"
#include "moderationdialog.h"

#include "api/contract.h"
#include "api/adminapi.h"
#include "api/authapi.h"
#include "api/catalogapi.h"
#include "common/statuschip.h"
#include "common/widgets.h"
#include "models/admin/moderationcascade.h"
#include "models/format.h"
#include "models/labels.h"

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
#include <QVBoxLayout>

namespace tutorhub::ui::admin {

using models::Format;
using models::Labels;
using models::admin::AdminList;
using models::admin::AdminLists;
using models::admin::CascadePlan;

namespace {
// The follow-up action of each resolution (data): resolution -> action id.
struct FollowUp
{
    const char *id;
    const char *label;
    const char *resolution;
    bool needsUser;
    bool needsCourse;
};
const QList<FollowUp> &followUps()
{
    static const QList<FollowUp> f = {
        {"warn", QT_TRANSLATE_NOOP("tutorhub::ui::admin::IssuesPage", "Warn the user"), "warned", true, false},
        {"requireEdit", QT_TRANSLATE_NOOP("tutorhub::ui::admin::IssuesPage", "Require a course edit"), "courseEditRequired", false, true},
        {"removeCourse", QT_TRANSLATE_NOOP("tutorhub::ui::admin::IssuesPage", "Remove the course…"), "courseRemoved", false, true},
        {"suspend", QT_TRANSLATE_NOOP("tutorhub::ui::admin::IssuesPage", "Suspend the user…"), "userSuspended", true, false},
        {"ban", QT_TRANSLATE_NOOP("tutorhub::ui::admin::IssuesPage", "Ban the user…"), "userBanned", true, false},
    };
    return f;
}
// A typed name or e-mail -> the id of the first user it matches (BFF user search, D50).
auto findUser(const WorkspaceContext &context)
{
    api::ApiClient *client = context.client;
    return [client](const QString &text, QObject *ctx, std::function<void(const QString &)> done) {
        api::ApiRequest r = api::ApiRequest::to(api::Route::bffListPost, {QStringLiteral("user")}, QJsonObject{{QStringLiteral("filters"), QJsonObject()}});
        r.idempotent = true;
        r.query.addQueryItem(QStringLiteral("q"), text);
        r.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        api::callJson(client, r, ctx, [done](const api::Result<api::JsonAnswer> &a) {
            done(a && !a.value().array().isEmpty() ? Format::str(a.value().array().first().toObject(), "id") : QString());
        });
    };
}

const FollowUp *followUpOf(const QString &resolution)
{
    for (const FollowUp &f : followUps())
        if (resolution == QLatin1String(f.resolution))
            return &f;
    return nullptr;
}
} // namespace

IssuesPage::IssuesPage(const WorkspaceContext &context, QWidget *parent) : AdminPage(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(markupLabel(tr("<h2>Issues</h2>"), this));
    layout->addWidget(unfinishedBar());
    auto *split = new QSplitter(Qt::Vertical, this); // table above its detail (room for the chat dock)
    m_table = new AdminTable(AdminLists::create(context.client, AdminList::Issues),
                             {{FilterSpec::Kind::Enum, QStringLiteral("status"), tr("Status"), QStringLiteral("adminIssue")},
                              {FilterSpec::Kind::Enum, QStringLiteral("issueType"), tr("About"), QStringLiteral("adminIssue")},
                              {FilterSpec::Kind::Enum, QStringLiteral("resolution"), tr("Resolution"), QStringLiteral("adminIssue")},
                              {FilterSpec::Kind::Text, QStringLiteral("reportedBy"), tr("Reporter (name or e-mail)"), {}, {}, findUser(context)},
                              {FilterSpec::Kind::Text, QStringLiteral("reportedUserId"), tr("Reported person (name or e-mail)"), {}, {},
                               findUser(context)}},
                             tr("Issues"), split);
    m_table->setEmptyText(tr("No issue matches these filters."));
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
    for (const FollowUp &f : followUps())
        m_followUp->addItem(tr(f.label), QString::fromLatin1(f.resolution));
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

    connect(m_table, &AdminTable::currentChanged, this, &IssuesPage::showIssue);
    connect(m_investigate, &QPushButton::clicked, this, [this] { transition(QStringLiteral("investigating"), {}, m_note->toPlainText()); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { transition(QStringLiteral("dismissed"), {}, m_note->toPlainText()); });
    connect(m_resolve, &QPushButton::clicked, this, &IssuesPage::openResolveDialog);
    connect(m_saveNote, &QPushButton::clicked, this, [this] { transition({}, {}, m_note->toPlainText()); });
    connect(m_runFollowUp, &QPushButton::clicked, this, [this] { followUp(m_followUp->currentData().toString()); });
    showIssue({});
}

void IssuesPage::showIssue(const QJsonObject &row)
{
    m_issue = row;
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
    if (!has) {
        m_detail->setText(tr("Select an issue to see it."));
        return;
    }
    auto line = [](const QString &label, const QString &value) {
        return value.isEmpty() ? QString() : QStringLiteral("<b>%1</b> %2<br>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
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
    html += QStringLiteral("<p>%1</p>").arg(Format::str(row, "description").toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_detail->setText(html);
    // The course's tutor is one more look-up (the issue's join carries only the profile id).
    const QString profileId = Format::str(Format::join(row, "coursePack"), "tutorProfileId");
    if (!profileId.isEmpty() && !row.contains(QStringLiteral("_tutorName"))) {
        auto *catalog = new api::CatalogApi(context().client, this);
        const QString issueId = Format::str(row, "id");
        catalog->getTutorProfile(profileId, this, [this, catalog, issueId](const api::Result<api::JsonAnswer> &r) {
            catalog->deleteLater();
            if (!r || Format::str(m_issue, "id") != issueId)
                return;
            QJsonObject withName = m_issue;
            withName.insert(QStringLiteral("_tutorName"), Format::str(r.value().object(), "displayName"));
            withName.insert(QStringLiteral("_tutorUserId"), Format::str(r.value().object(), "tutorId"));
            showIssue(withName);
        });
    }
}

void IssuesPage::loadDetail(const QString &id)
{
    adminApi()->getIssue(id, this, [this, id](const api::Result<api::JsonAnswer> &r) {
        if (!r)
            return;
        QJsonObject issue = r.value().object();
        // A get carries the joins as objects; the table's row keeps the list shape.
        m_table->model()->replaceObject(issue);
        if (Format::str(m_issue, "id") == id)
            showIssue(issue);
    });
}

void IssuesPage::transition(const QString &status, const QString &resolution, const QString &note)
{
    const QString id = Format::str(m_issue, "id");
    if (id.isEmpty())
        return;
    QJsonObject fields{{QStringLiteral("adminNote"), note}};
    if (!status.isEmpty())
        fields.insert(QStringLiteral("status"), status);
    if (!resolution.isEmpty())
        fields.insert(QStringLiteral("resolution"), resolution);
    adminApi()->updateIssue(id, fields, this, [this, id, status, resolution](const api::Result<api::JsonAnswer> &r) {
        if (!r) {
            if (!explainStale(r.error(), tr("This issue")))
                say(r.error().userMessage(), true);
            loadDetail(id); // show what it is now
            return;
        }
        QJsonObject updated = r.value().object();
        // The update answers without the joins: keep the names until the full issue is re-read.
        for (const char *join : {"reporter", "reportedUser", "coursePack", "_tutorName", "_tutorUserId"})
            if (!updated.contains(QLatin1String(join)) && m_issue.contains(QLatin1String(join)))
                updated.insert(QLatin1String(join), m_issue.value(QLatin1String(join)));
        m_table->model()->replaceObject(updated);
        if (Format::str(m_issue, "id") == id)
            showIssue(updated);
        loadDetail(id);
        say(status.isEmpty() ? tr("Note saved.")
                             : tr("Issue is now: %1.").arg(Labels::enumLabel(QStringLiteral("adminIssue"), QStringLiteral("status"), status)));
        if (followUpOf(resolution))
            followUp(resolution);
    });
}

void IssuesPage::openResolveDialog()
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
    auto *hint = new QLabel(tr("A resolution with an action (warn, course edit, removal, suspension, ban) runs that action next; "
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
    dialog->open();
}

void IssuesPage::followUp(const QString &resolution)
{
    const FollowUp *f = followUpOf(resolution);
    const QJsonObject issue = m_issue;
    if (!f || issue.isEmpty())
        return;
    const QString action = QString::fromLatin1(f->id);
    const QString reportedUserId = Format::str(issue, "reportedUserId");
    const QString packId = Format::str(issue, "coursePackId");
    const QString reason = tr("Following issue %1").arg(Format::str(issue, "id").left(8));
    if (f->needsUser && reportedUserId.isEmpty())
        return say(tr("This issue names no person, so there is nobody to %1.").arg(tr(f->label).toLower()), true);
    if (f->needsCourse && packId.isEmpty())
        return say(tr("This issue names no course."), true);

    if (action == QLatin1String("warn")) {
        const QJsonObject record{{QStringLiteral("adminId"), myId()},
                                 {QStringLiteral("targetType"), QStringLiteral("user")},
                                 {QStringLiteral("targetId"), reportedUserId},
                                 {QStringLiteral("targetUserId"), reportedUserId},
                                 {QStringLiteral("actionType"), QStringLiteral("warn")},
                                 {QStringLiteral("actionReason"), reason},
                                 {QStringLiteral("actionDate"), Format::toIsoUtc(QDateTime::currentDateTimeUtc())}};
        adminApi()->createModerationAction(record, this, [this](const api::Result<api::JsonAnswer> &r) {
            say(r ? tr("The user was warned; the warning is in their messages.") : r.error().userMessage(), !r);
        });
        return;
    }
    if (action == QLatin1String("requireEdit")) {
        const QString tutorUserId = issue.value(QStringLiteral("_tutorUserId")).toString();
        const QJsonObject flag{{QStringLiteral("moderationStatus"), QStringLiteral("flagged")},
                               {QStringLiteral("moderationNote"), reason}};
        adminApi()->updateCoursePack(packId, flag, this, [this, packId, tutorUserId, reason](const api::Result<api::JsonAnswer> &r) {
            if (!r)
                return say(r.error().userMessage(), true);
            if (tutorUserId.isEmpty())
                return say(tr("The course is flagged for an edit."));
            const QJsonObject record{{QStringLiteral("adminId"), myId()},
                                     {QStringLiteral("targetType"), QStringLiteral("coursePack")},
                                     {QStringLiteral("targetId"), packId},
                                     {QStringLiteral("targetUserId"), tutorUserId},
                                     {QStringLiteral("actionType"), QStringLiteral("edit")},
                                     {QStringLiteral("actionReason"), reason},
                                     {QStringLiteral("actionDate"), Format::toIsoUtc(QDateTime::currentDateTimeUtc())}};
            adminApi()->createModerationAction(record, this, [this, tutorUserId, reason](const api::Result<api::JsonAnswer> &rec) {
                if (!rec)
                    return say(rec.error().userMessage(), true);
                // The request to edit travels as a `warn` record (sendSystemMessage is machine-to-machine
                // only, C26); the server posts it to the tutor as a warning message.
                QString text = tr("Please edit your course: it was reported and needs changes (%1).").arg(reason);
                if (text.size() > api::kWarningMaxLength)
                    text = text.left(api::kWarningMaxLength - 1) + QChar(0x2026);
                adminApi()->warnUser(myId(), tutorUserId, text, this, [this](const api::Result<api::JsonAnswer> &m) {
                    say(m ? tr("The course is flagged and the tutor was asked to edit it.") : m.error().userMessage(), !m);
                });
            });
        });
        return;
    }
    // Cascades: the dialog shows the impact first. Removal needs the tutor's user, a user action its role.
    if (action == QLatin1String("removeCourse")) {
        CascadePlan plan = CascadePlan::make(QStringLiteral("removeCourse"), myId());
        plan.coursePackId = packId;
        plan.coursePackTitle = Format::str(Format::join(issue, "coursePack"), "title");
        plan.targetUserId = issue.value(QStringLiteral("_tutorUserId")).toString();
        plan.targetUserName = issue.value(QStringLiteral("_tutorName")).toString();
        plan.targetRoleId = QStringLiteral("tutor");
        plan.complaintId = Format::str(issue, "id");
        plan.reason = reason;
        moderationDialog(plan)->open();
        return;
    }
    authApi()->getUser(reportedUserId, this, [this, action, issue, reason](const api::Result<api::User> &r) {
        if (!r)
            return say(r.error().userMessage(), true);
        const api::User u = r.value();
        if (u.isAdmin())
            return say(tr("Administrators are not moderated from an issue."), true);
        CascadePlan plan = CascadePlan::make(action, myId());
        plan.targetUserId = u.id;
        plan.targetUserName = u.fullname;
        plan.targetRoleId = u.roleId;
        plan.complaintId = Format::str(issue, "id");
        plan.reason = reason;
        moderationDialog(plan)->open();
    });
}

} // namespace tutorhub::ui::admin
