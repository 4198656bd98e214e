// The signed-in shell: a header (who is signed in, role, environment, sign out), the workspace's
// navigation (WorkspaceNavigationModel) in a sidebar and one page per entry in a stack.
#pragma once

#include "common/messagebanner.h"
#include "common/prompter.h"
#include "workspacecontext.h"

#include "api/environment.h"
#include "api/types.h"

#include <QMainWindow>

class QLabel;
class QListView;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace tutorhub::api {
class ApiClient;
class AppSettings;
class Session;
} // namespace tutorhub::api
namespace tutorhub::models {
class WorkspaceNavigationModel;
}

namespace tutorhub::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The session must be signed in; its user decides the workspace. `registry` supplies the pages
    // (created when first shown) and docks; ids it does not know get the plain overview page.
    // `settings` (may be null) keeps the window's layout, e.g. the chat dock's width (L5).
    MainWindow(api::Session *session, api::ApiClient *client, const api::Environment &environment,
               const PageRegistry *registry = nullptr, api::AppSettings *settings = nullptr, QWidget *parent = nullptr);

    models::WorkspaceNavigationModel *navigationModel() const { return m_navigation; }
    int currentPage() const;
    QString currentPageId() const;
    void showPage(int row);
    // The page of a row, created on first use.
    QWidget *pageWidget(int row);
    QWidget *pageWidget(const QString &pageId);
    const WorkspaceContext &context() const { return m_context; }
    const PageRegistry *registry() const { return m_registry; }
    MessageBanner *banner() const { return m_banner; }
    // The header's account menu (change password; the lesson reminders add their lead-time choice, U18).
    QMenu *accountMenu() const { return m_accountMenu; }
    void showMessage(MessageBanner::Kind kind, const QString &text);

signals:
    void currentPageChanged(int row);

private:
    void setUser(const api::User &user);
    QWidget *ensurePage(int row);
    void updateConnectionState();

    api::Session *m_session;
    api::Environment m_environment;
    models::WorkspaceNavigationModel *m_navigation;
    QLabel *m_workspaceLabel = nullptr;
    QLabel *m_userName = nullptr;
    QLabel *m_userDetail = nullptr;
    QLabel *m_connectionState = nullptr; // U43: shown while offline
    QPushButton *m_signOut = nullptr;
    QListView *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    MessageBanner *m_banner = nullptr;
    QMenu *m_accountMenu = nullptr;
    const PageRegistry *m_registry = nullptr;
    WidgetPrompter m_widgetPrompter; // the context's prompter unless the registry brings one (K2)
    WorkspaceContext m_context;
    QList<QWidget *> m_created; // per row: the page once created
};

} // namespace tutorhub::ui
