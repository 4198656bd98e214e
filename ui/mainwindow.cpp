#include "mainwindow.h"

#include "common/languagechooser.h"
#include "common/themechooser.h"
#include "common/theme.h"
#include "common/widgets.h"
#include "changepassworddialog.h"
#include "workspacepage.h"

#include "api/apiclient.h"
#include "api/session.h"
#include "models/format.h"
#include "models/workspacenavigationmodel.h"

#include <QAction>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QIcon>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace tutorhub::ui {

namespace {
// The account menu's change-password dialog (C35), window-modal; one at a time.
void openChangePasswordDialog(MainWindow *window, Prompter *prompter, api::Session *session, api::ApiClient *client)
{
    if (auto *open = window->findChild<ChangePasswordDialog *>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new ChangePasswordDialog(client, session->sessionInfo().userId, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &ChangePasswordDialog::passwordChanged, window, [window] {
        window->showMessage(
            MessageBanner::Kind::Success,
            MainWindow::tr("Your password has been changed. You were signed out on every other computer "
                           "and app; sign in there with the new password."));
    });
    openDialog(prompter, dialog);
}

// Adds the icon of IconNameRole as decoration; the model itself stays free of QIcon/widgets concerns.
class NavigationIconProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole)
            return themeIcon(
                QIdentityProxyModel::data(index, models::WorkspaceNavigationModel::IconNameRole).toString());
        if (role == Qt::SizeHintRole)
            return QSize(0, 40);
        return QIdentityProxyModel::data(index, role);
    }
};
} // namespace

MainWindow::MainWindow(api::Session *session, api::ApiClient *client, const api::Environment &environment,
                       const PageRegistry *registry, api::AppSettings *settings, QWidget *parent)
    : QMainWindow(parent),
      m_session(session),
      m_environment(environment),
      m_navigation(new models::WorkspaceNavigationModel(session->currentUser().workspace(), this)),
      m_registry(registry)
{
    enforcePlainTextLabels(); // SEC49
    setObjectName(QStringLiteral("MainWindow"));
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    // Header
    auto *header = new QWidget(central);
    header->setObjectName(QStringLiteral("HeaderBar"));
    header->setAttribute(Qt::WA_StyledBackground);
    auto *h = new QHBoxLayout(header);
    h->setContentsMargins(18, 10, 18, 10);
    h->setSpacing(12);
    auto *logo = new QLabel(header);
    logo->setPixmap(themeIcon(QStringLiteral("logo")).pixmap(34, 34));
    h->addWidget(logo);
    auto *titleBox = new QVBoxLayout;
    titleBox->setSpacing(0);
    auto *title = new QLabel(tr("TutorHub"), header);
    title->setObjectName(QStringLiteral("HeaderTitle"));
    m_workspaceLabel = new QLabel(header);
    m_workspaceLabel->setObjectName(QStringLiteral("HeaderWorkspace"));
    titleBox->addWidget(title);
    titleBox->addWidget(m_workspaceLabel);
    h->addLayout(titleBox);
    h->addStretch(1);
    auto *userBox = new QVBoxLayout;
    userBox->setSpacing(0);
    m_userName = new QLabel(header);
    m_userName->setObjectName(QStringLiteral("HeaderUserName"));
    m_userName->setAlignment(Qt::AlignRight);
    m_userDetail = new QLabel(header);
    m_userDetail->setObjectName(QStringLiteral("HeaderUserDetail"));
    m_userDetail->setAlignment(Qt::AlignRight);
    userBox->addWidget(m_userName);
    userBox->addWidget(m_userDetail);
    h->addLayout(userBox);
    if (settings) { // the language of the next start (P22)
        auto *language = new LanguageChooser(settings, header);
        connect(language, &LanguageChooser::restartNeeded, this,
                [this](const QString &sentence) { m_banner->showMessage(MessageBanner::Kind::Info, sentence); });
        h->addWidget(language);
    }
    // The account menu (C35): Alt+U opens it (Alt+A is taken on some pages); Ctrl+Shift+P opens the
    // change-password dialog directly. A push button with a menu, styled like "Sign out" beside it.
    auto *changePassword = new QAction(tr("Change &password…"), this);
    changePassword->setObjectName(QStringLiteral("changePasswordAction"));
    changePassword->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    changePassword->setShortcutContext(Qt::WindowShortcut);
    addAction(changePassword);
    connect(changePassword, &QAction::triggered, this,
            [this, client] { openChangePasswordDialog(this, m_context.prompter, m_session, client); });
    auto *accountMenu = m_accountMenu = new QMenu(this);
    accountMenu->setObjectName(QStringLiteral("accountMenu"));
    accountMenu->addAction(changePassword);
    if (settings) { // the appearance of the next start (P45): in the account menu, the header has no room left
        auto *appearance = new ThemeMenu(settings, accountMenu);
        appearance->setTitle(tr("&Appearance"));
        connect(appearance, &ThemeMenu::restartNeeded, this,
                [this](const QString &sentence) { m_banner->showMessage(MessageBanner::Kind::Info, sentence); });
        accountMenu->addMenu(appearance);
    }
    auto *account = new QPushButton(tr("Acco&unt"), header);
    account->setObjectName(QStringLiteral("accountMenuButton"));
    account->setAccessibleName(tr("Account"));
    account->setMenu(accountMenu);
    h->addWidget(account);
    m_signOut = new QPushButton(themeIcon(QStringLiteral("signout")), tr("Sign &out"), header);
    m_signOut->setAccessibleName(tr("Sign out"));
    m_signOut->setObjectName(QStringLiteral("signOut"));
    h->addWidget(m_signOut);
    outer->addWidget(header);

    // Body: sidebar | banner + pages
    auto *body = new QHBoxLayout;
    body->setSpacing(0);
    m_sidebar = new QListView(central);
    m_sidebar->setObjectName(QStringLiteral("Sidebar"));
    m_sidebar->setAccessibleName(tr("Navigation"));
    auto *proxy = new NavigationIconProxy(this);
    proxy->setSourceModel(m_navigation);
    m_sidebar->setModel(proxy);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFixedWidth(236);
    m_sidebar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    body->addWidget(m_sidebar);

    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    m_banner = new MessageBanner(central);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->setContentsMargins(24, 16, 24, 0);
    bannerRow->addWidget(m_banner);
    right->addLayout(bannerRow);
    m_context.client = client;
    m_context.session = session;
    m_context.banner = m_banner;
    m_context.settings = settings;
    m_context.showPage = [this](const QString &pageId) { showPage(m_navigation->rowOf(pageId)); };
    m_context.openPage = [this](const QString &pageId) -> QWidget * {
        const int row = m_navigation->rowOf(pageId);
        if (row < 0)
            return nullptr;
        showPage(row);
        return ensurePage(row);
    };
    m_context.dataDirectory = registry ? registry->dataDirectory() : QString();
    m_context.notifier = registry ? registry->notifier() : nullptr;
    m_context.prompter = registry && registry->prompter() ? registry->prompter() : &m_widgetPrompter;
    m_context.chat = std::make_shared<ChatLink>(); // the chat dock fills it (K46)
    // One empty holder per page; the page itself is built when first shown (start-up stays cheap).
    m_pages = new QStackedWidget(central);
    for (int row = 0; row < m_navigation->rowCount(); ++row) {
        auto *holder = new QWidget(m_pages);
        auto *l = new QVBoxLayout(holder);
        l->setContentsMargins(0, 0, 0, 0);
        m_pages->addWidget(holder);
        m_created.append(nullptr);
    }
    right->addWidget(m_pages, 1);
    body->addLayout(right, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    connect(m_sidebar->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                ensurePage(current.row());
                m_pages->setCurrentIndex(current.row());
                setWindowTitle(tr("%1 – TutorHub").arg(m_navigation->page(current.row()).title));
                emit currentPageChanged(current.row());
            });
    connect(m_signOut, &QPushButton::clicked, m_session, &api::Session::signOut);
    // U43: the connection state, in a status bar that shows only while the server is out of reach.
    m_connectionState = new QLabel(this);
    m_connectionState->setObjectName(QStringLiteral("connectionState"));
    m_connectionState->setWordWrap(true);
    statusBar()->setObjectName(QStringLiteral("connectionBar"));
    statusBar()->addWidget(m_connectionState, 1);
    statusBar()->setSizeGripEnabled(false);
    connect(client, &api::ApiClient::connectivityChanged, this, &MainWindow::updateConnectionState);
    updateConnectionState();
    connect(m_session, &api::Session::userChanged, this, &MainWindow::setUser);
    // Ctrl+1 … Ctrl+9 jump to the pages.
    for (int row = 0; row < qMin(9, m_navigation->rowCount()); ++row) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)), this);
        connect(shortcut, &QShortcut::activated, this, [this, row] { showPage(row); });
    }

    if (m_registry) {
        for (const DockFactory &factory : m_registry->docks())
            if (QDockWidget *dock = factory(m_context, this))
                addDockWidget(Qt::RightDockWidgetArea, dock);
    }
    setUser(session->currentUser());
    showPage(0);
    m_sidebar->setFocus();
    resize(1280, 720);
    setMinimumSize(820, 540);
}

void MainWindow::setUser(const api::User &user)
{
    m_workspaceLabel->setText(models::WorkspaceNavigationModel::workspaceName(user.workspace()));
    m_userName->setText(user.fullname.isEmpty() ? user.email : user.fullname);
    //: %1 is the role ("Student", "Tutor", …), %2 the server environment ("Local (on this computer)", …)
    m_userDetail->setText(
        tr("%1 · %2").arg(models::WorkspaceNavigationModel::roleLabel(user.roleId), m_environment.displayName()));
    m_userDetail->setToolTip(user.email);
}

void MainWindow::updateConnectionState()
{
    const api::ApiClient *client = m_context.client;
    const bool offline = client && !client->isOnline();
    if (offline) {
        //: the status bar while the server cannot be reached; %1 the time it was last reached
        m_connectionState->setText(tr("Offline since %1: TutorHub cannot reach the server and keeps trying. Lists show "
                                      "what was known; booking and payments need the connection.")
                                       .arg(models::Format::time(client->offlineSince())));
    } else {
        m_connectionState->clear();
    }
    m_connectionState->setAccessibleName(m_connectionState->text());
    statusBar()->setVisible(offline);
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

QString MainWindow::currentPageId() const
{
    const int row = currentPage();
    return row >= 0 && row < m_navigation->rowCount() ? m_navigation->page(row).id : QString();
}

void MainWindow::showPage(int row)
{
    if (row < 0 || row >= m_navigation->rowCount())
        return;
    m_sidebar->setCurrentIndex(m_sidebar->model()->index(row, 0));
}

QWidget *MainWindow::ensurePage(int row)
{
    if (row < 0 || row >= m_created.size())
        return nullptr;
    if (m_created.at(row))
        return m_created.at(row);
    const models::NavigationPage &page = m_navigation->page(row);
    QWidget *holder = m_pages->widget(row);
    QWidget *widget = nullptr;
    if (m_registry && m_registry->hasPage(page.id))
        widget = m_registry->page(page.id)(m_context, holder);
    if (!widget)
        widget = new WorkspacePage(page, holder);
    widget->setObjectName(widget->objectName().isEmpty() ? page.id : widget->objectName());
    holder->layout()->addWidget(widget);
    m_created[row] = widget;
    return widget;
}

QWidget *MainWindow::pageWidget(int row)
{
    return ensurePage(row);
}

QWidget *MainWindow::pageWidget(const QString &pageId)
{
    return ensurePage(m_navigation->rowOf(pageId));
}

void MainWindow::showMessage(MessageBanner::Kind kind, const QString &text)
{
    m_banner->showMessage(kind, text);
}

} // namespace tutorhub::ui
