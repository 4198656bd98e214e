// The admin workspace (issue 6): dashboard, issues, tutor applications, users, courses,
// enrollments & refunds, analytics, AgentHub and the moderation log. registerPages() adds them to
// the app's PageRegistry (with the screenshot states); the page classes are declared here for the
// widget tests and the screenshot states.
#pragma once

#include "api/apierror.h"
#include "workspacecontext.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QComboBox;
class QTextBrowser;
class QDialog;
class QTabWidget;

namespace tutorhub::api {
class AdminApi;
class AuthApi;
} // namespace tutorhub::api

namespace tutorhub::models::admin {
class CascadeStore;
struct CascadePlan;
class AnalyticsData;
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

// Where unfinished moderation sequences are kept: the data directory of the context (the app's data folder).
QString cascadeStorePath(const WorkspaceContext &context);

// What every admin page uses: the context plus the admin facades and the sequence store.
class AdminPage : public QWidget
{
    Q_OBJECT

public:
    AdminPage(const WorkspaceContext &context, QWidget *parent);
    ~AdminPage() override;
    const WorkspaceContext &context() const { return m_context; }
    api::AdminApi *adminApi() const { return m_admin; }
    api::AuthApi *authApi() const { return m_auth; }
    models::admin::CascadeStore *store() const { return m_store.get(); }
    QString myId() const;
    bool iAmSuperAdmin() const;
    // The moderation dialog for a new sequence (not shown yet); the page refreshes after it.
    ModerationDialog *moderationDialog(const models::admin::CascadePlan &plan);
    // The page-level message (the window's banner).
    void say(const QString &text, bool error = false);
    // A "stale row" answer (another admin changed it, already closed/reviewed): explains and returns true.
    bool explainStale(const api::ApiError &error, const QString &what);

protected:
    // Shown above the page when unfinished sequences exist, with Resume.
    QWidget *unfinishedBar();
    void refreshUnfinished();
    virtual void afterModeration() {}

private:
    WorkspaceContext m_context;
    api::AdminApi *m_admin;
    api::AuthApi *m_auth;
    std::unique_ptr<models::admin::CascadeStore> m_store;
    QWidget *m_unfinished = nullptr;
    QLabel *m_unfinishedText = nullptr;
};

class DashboardPage : public AdminPage
{
    Q_OBJECT
public:
    DashboardPage(const WorkspaceContext &context, QWidget *parent);
    void reload();
    QJsonObject stats() const { return m_stats; }

private:
    void show(const QJsonObject &stats);
    QJsonObject m_stats;
    QList<QPushButton *> m_tiles;
    QLabel *m_updated;
    BusyIndicator *m_busy;
};

class IssuesPage : public AdminPage
{
    Q_OBJECT
public:
    IssuesPage(const WorkspaceContext &context, QWidget *parent);
    AdminTable *table() const { return m_table; }
    QJsonObject issue() const { return m_issue; }
    void transition(const QString &status, const QString &resolution, const QString &note);
    // Opens the resolve dialog (screenshot state, keyboard: the Resolve button).
    void openResolveDialog();
    // The follow-up action chosen with a resolution.
    void followUp(const QString &resolution);

private:
    void showIssue(const QJsonObject &row);
    void loadDetail(const QString &id);
    AdminTable *m_table;
    QJsonObject m_issue;
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
    AdminTable *table() const { return m_table; }
    void review(bool approve);

private:
    void showApplicant(const QJsonObject &row);
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
    AdminTable *table() const { return m_table; }
    // Opens the moderation dialog for the current user ("ban", "suspend", "reactivate").
    ModerationDialog *moderate(const QString &action);
    void changeRole(const QString &roleId);

protected:
    void afterModeration() override;

private:
    void showUser(const QJsonObject &row);
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
    AdminTable *table() const { return m_table; }
    ModerationDialog *removeCurrent();
    void flagCurrent(const QString &note);

protected:
    void afterModeration() override;

private:
    AdminTable *m_table;
    QPushButton *m_flag, *m_remove;
};

class EnrollmentsPage : public AdminPage
{
    Q_OBJECT
public:
    EnrollmentsPage(const WorkspaceContext &context, QWidget *parent);
    AdminTable *enrollments() const { return m_enrollments; }
    AdminTable *refunds() const { return m_refunds; }
    // "cancel" or "refund" the current enrollment: opens the reason dialog (returned, modal later).
    QDialog *openActionDialog(const QString &action);
    void act(const QString &action, const QString &enrollmentId, const QString &reason);
    void runCleanup(int maxAgeMinutes);
    // Approve or reject the current pending refund request with a note (PATCH /v1/refundrequests/:id,
    // rule 42): opens the dialog (returned, modal later).
    QDialog *openDecisionDialog(bool approve);
    void decide(const QString &refundRequestId, bool approve, const QString &note);

private:
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
    // Writes the CSV to `path` and records an analytics report; false with a sentence on failure.
    bool exportCsv(const QString &path, QString *why = nullptr);
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
    AdminTable *overrides() const { return m_overrides; }
    void setEnabled(const QString &overrideId, bool enabled);

private:
    AdminTable *m_overrides, *m_tools, *m_executions;
    QPushButton *m_toggle;
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
