// The admin workspace (issue 6): dashboard, issues, tutor applications, users, courses,
// enrollments & refunds, analytics, AgentHub and the moderation log. registerPages() adds them to
// the app's PageRegistry (with the screenshot states); the page classes are declared here for the
// widget tests and the screenshot states.
#pragma once

#include "workspacecontext.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QComboBox;
class QTextBrowser;
class QDialog;
class QTabWidget;

namespace tutorhub::models::admin {
class AdminWorkspace;
struct CascadePlan;
class AnalyticsData;
class DashboardModel;
class IssueDesk;
class UserDesk;
class ApplicationDesk;
class CourseDesk;
class EnrollmentDesk;
class AgentHubDesk;
} // namespace tutorhub::models::admin

namespace tutorhub::ui {
class PageRegistry;
class StatusChip;
class BusyIndicator;
} // namespace tutorhub::ui

namespace tutorhub::ui::admin {

class AdminTable;
class ModerationDialog;

void registerPages(PageRegistry &registry);

// What every admin page uses: the context and its view-model workspace (the admin, the facades behind it, the
// store of unfinished moderation sequences under context.dataDirectory, K31). A page only presents: it asks its
// view-model and shows the sentences the workspace says (K30).
class AdminPage : public QWidget
{
    Q_OBJECT

public:
    AdminPage(const WorkspaceContext &context, QWidget *parent);
    ~AdminPage() override;
    const WorkspaceContext &context() const { return m_context; }
    models::admin::AdminWorkspace *workspace() const { return m_workspace; }
    QString myId() const;
    // The moderation dialog for a new sequence (not shown yet); the page refreshes after it.
    ModerationDialog *moderationDialog(const models::admin::CascadePlan &plan);
    // The page-level message (the window's banner).
    void say(const QString &text, bool error = false);
    // Asks `dialog` (a question of the page: resolve, cancel, refund, decide) through the prompter (K2), then
    // deletes it; without a prompter it is opened window-modal.
    void ask(QDialog *dialog);
    // The page's table named `name` ("" = its main one), brought to the front (its tab chosen) for a dashboard
    // tile to set its filters (U63); nullptr when the page has none.
    virtual AdminTable *queueTable(const QString &name)
    {
        Q_UNUSED(name);
        return nullptr;
    }

protected:
    // Shown above the page when unfinished sequences exist, with Resume.
    QWidget *unfinishedBar();
    void refreshUnfinished();
    virtual void afterModeration() { }

private:
    WorkspaceContext m_context;
    models::admin::AdminWorkspace *m_workspace;
    QWidget *m_unfinished = nullptr;
    QLabel *m_unfinishedText = nullptr;
};

class DashboardPage : public AdminPage
{
    Q_OBJECT
public:
    DashboardPage(const WorkspaceContext &context, QWidget *parent);
    models::admin::DashboardModel *model() const { return m_model; }
    void reload();
    QJsonObject stats() const;
    // What clicking (or Space/Return on) the tile `tileId` does: opens its page with the tile's filters set on the
    // list (U63); returns that list (nullptr when the page has no list).
    AdminTable *openTile(const QString &tileId);

private:
    void showTiles();
    models::admin::DashboardModel *m_model;
    QList<QPushButton *> m_tiles;
    QLabel *m_updated;
    BusyIndicator *m_busy;
};

class IssuesPage : public AdminPage
{
    Q_OBJECT
public:
    IssuesPage(const WorkspaceContext &context, QWidget *parent);
    models::admin::IssueDesk *desk() const { return m_desk; }
    AdminTable *table() const { return m_table; }
    AdminTable *queueTable(const QString &) override { return m_table; }
    QJsonObject issue() const;
    void transition(const QString &status, const QString &resolution, const QString &note);
    // The resolve dialog, not shown yet: asked through the prompter by the Resolve button, opened by the
    // screenshot state (openResolveDialog).
    QDialog *resolveDialog();
    void openResolveDialog();
    // The follow-up action chosen with a resolution.
    void followUp(const QString &resolution);
    // Priority (low/normal/high/urgent) and assignee (an admin's id, "" = nobody) of the current issue (U60).
    void setTriage(const QString &priority, const QString &assigneeId);
    bool triageAvailable() const;

private:
    void showIssue(const QJsonObject &row);
    QWidget *triageBox(QWidget *parent);
    void showAdmins();
    void showTriage(const QJsonObject &row, bool editable);
    models::admin::IssueDesk *m_desk;
    QComboBox *m_priority = nullptr, *m_assignee = nullptr;
    QPushButton *m_saveTriage = nullptr;
    QLabel *m_triageNote = nullptr;
    AdminTable *m_table;
    QLabel *m_detail;
    StatusChip *m_chip;
    QPlainTextEdit *m_note;
    QPushButton *m_investigate, *m_resolve, *m_dismiss, *m_saveNote;
    QComboBox *m_followUp;
    QPushButton *m_runFollowUp;
};

class ApplicationsPage : public AdminPage
{
    Q_OBJECT
public:
    ApplicationsPage(const WorkspaceContext &context, QWidget *parent);
    models::admin::ApplicationDesk *desk() const { return m_desk; }
    AdminTable *table() const { return m_table; }
    AdminTable *queueTable(const QString &) override { return m_table; }
    void review(bool approve);
    // The review note (sent to the applicant), as typed (screenshot state: a note written).
    void setReviewNote(const QString &note);

private:
    void showApplicant(const QJsonObject &row);
    models::admin::ApplicationDesk *m_desk;
    AdminTable *m_table;
    QTextBrowser *m_detail;
    QPlainTextEdit *m_note;
    QPushButton *m_approve, *m_reject;
};

class UsersPage : public AdminPage
{
    Q_OBJECT
public:
    UsersPage(const WorkspaceContext &context, QWidget *parent);
    models::admin::UserDesk *desk() const { return m_desk; }
    AdminTable *table() const { return m_table; }
    AdminTable *queueTable(const QString &) override { return m_table; }
    // Opens the moderation dialog for the current user ("ban", "suspend", "reactivate").
    ModerationDialog *moderate(const QString &action);
    void changeRole(const QString &roleId);

protected:
    void afterModeration() override;

private:
    void showUser(const QJsonObject &row);
    models::admin::UserDesk *m_desk;
    AdminTable *m_table;
    QLabel *m_detail;
    QComboBox *m_role;
    QPushButton *m_setRole, *m_suspend, *m_ban, *m_reactivate;
    QLabel *m_rule;
};

class CoursesPage : public AdminPage
{
    Q_OBJECT
public:
    CoursesPage(const WorkspaceContext &context, QWidget *parent);
    models::admin::CourseDesk *desk() const { return m_desk; }
    AdminTable *table() const { return m_table; }
    AdminTable *queueTable(const QString &) override { return m_table; }
    ModerationDialog *removeCurrent();
    // Asks why (through the prompter, K2) and flags the current course with that note.
    void askFlagCurrent();
    void flagCurrent(const QString &note);

protected:
    void afterModeration() override;

private:
    models::admin::CourseDesk *m_desk;
    AdminTable *m_table;
    QPushButton *m_flag, *m_remove;
};

class EnrollmentsPage : public AdminPage
{
    Q_OBJECT
public:
    EnrollmentsPage(const WorkspaceContext &context, QWidget *parent);
    models::admin::EnrollmentDesk *desk() const { return m_desk; }
    AdminTable *enrollments() const { return m_enrollments; }
    AdminTable *refunds() const { return m_refunds; }
    // "refunds": the refund requests tab; otherwise the enrollments tab.
    AdminTable *queueTable(const QString &name) override;
    // Brings the refund requests tab (true) or the enrollments tab to the front.
    void showRefundRequests(bool refunds);
    // "cancel" or "refund" the current enrollment: opens the reason dialog (returned, modal later).
    QDialog *openActionDialog(const QString &action);
    void act(const QString &action, const QString &enrollmentId, const QString &reason);
    void runCleanup(int maxAgeMinutes);
    // Approve or reject the current pending refund request with a note (PATCH /v1/refundrequests/:id,
    // rule 42): opens the dialog (returned, modal later).
    QDialog *openDecisionDialog(bool approve);
    void decide(const QString &refundRequestId, bool approve, const QString &note);

private:
    models::admin::EnrollmentDesk *m_desk;
    QTabWidget *m_tabs;
    AdminTable *m_enrollments;
    AdminTable *m_refunds;
    QPushButton *m_cancel, *m_refund, *m_cleanup;
    QPushButton *m_approve, *m_reject;
};

class AnalyticsPage : public AdminPage
{
    Q_OBJECT
public:
    AnalyticsPage(const WorkspaceContext &context, QWidget *parent);
    models::admin::AnalyticsData *data() const { return m_data; }
    AdminTable *reports() const { return m_reports; }
    // Writes the CSV to `path` and records an analytics report; false with a sentence on failure.
    bool exportCsv(const QString &path, QString *why = nullptr);
    // Asks where to save (through the prompter, K2) and exports there: the Export button.
    void askExportCsv();
    void showChart(int index);

private:
    void rebuildCharts();
    models::admin::AnalyticsData *m_data;
    QTabWidget *m_charts;
    AdminTable *m_reports;
    QLabel *m_note;
    BusyIndicator *m_busy;
};

class AgentHubPage : public AdminPage
{
    Q_OBJECT
public:
    AgentHubPage(const WorkspaceContext &context, QWidget *parent);
    models::admin::AgentHubDesk *desk() const { return m_desk; }
    AdminTable *overrides() const { return m_overrides; }
    AdminTable *tools() const { return m_tools; }
    void setEnabled(const QString &overrideId, bool enabled);
    // The edit dialog of the current override (every documented field, U64); not shown yet.
    QDialog *openEditDialog();
    // Brings the tab `index` (0 overrides, 1 tool catalog, 2 executions) to the front.
    void showTab(int index);

private:
    models::admin::AgentHubDesk *m_desk;
    QTabWidget *m_tabs;
    AdminTable *m_overrides, *m_tools, *m_executions;
    QPushButton *m_toggle;
    QPushButton *m_edit = nullptr;
};

class ModerationLogPage : public AdminPage
{
    Q_OBJECT
public:
    ModerationLogPage(const WorkspaceContext &context, QWidget *parent);
    AdminTable *table() const { return m_table; }

private:
    AdminTable *m_table;
};

} // namespace tutorhub::ui::admin
