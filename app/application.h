// The composition root: builds the services (ApiClient, AuthApi, TokenStore, Session, AppSettings),
// chooses the environment, runs the bundled local server when Local is chosen, and switches between
// the login window and the main window. No other code reaches these objects globally.
#pragma once

#include "commandline.h"

#include "api/environment.h"
#include "ui/common/progresswindow.h"
#include "ui/loginwindow.h"
#include "ui/mainwindow.h"
#include "ui/workspacecontext.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

namespace tutorhub::api {
class ApiClient;
class AppSettings;
class AuthApi;
class Session;
class TokenStore;
} // namespace tutorhub::api

namespace tutorhub::ui {
class SystemNotifier;
}

namespace tutorhub::app {

class LocalServer;
class StartupProbe;
class ScreenshotRunner;

class Application : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        CommandLineOptions options;
        // nullptr: KeychainTokenStore (MemoryTokenStore in probe/screenshot mode or with
        // TUTORHUB_TOKEN_STORE=memory). Tests pass their own.
        api::TokenStore *tokenStore = nullptr;
        // Local server program; empty = LocalServer::findProgram().
        QString serverProgram;
    };

    explicit Application(Config config, QObject *parent = nullptr);
    ~Application() override;

    // Starts the flow (local server if needed, restore, windows). Returns at once.
    void start();

    api::ApiClient *client() const { return m_client; }
    api::Session *session() const { return m_session; }
    LocalServer *localServer() const { return m_server; }
    ui::LoginWindow *loginWindow() const { return m_login; }
    ui::MainWindow *mainWindow() const { return m_main; }
    api::AppSettings *settings() const { return m_settings.get(); }
    ui::SystemNotifier *notifier() const { return m_notifier; }

signals:
    // For tests and the screenshot mode.
    void loginWindowShown(tutorhub::ui::LoginWindow *window);
    void mainWindowShown(tutorhub::ui::MainWindow *window);

private:
    api::Environment initialEnvironment() const;
    void startLocalServer(std::function<void(const QUrl &url, const QString &error)> done);
    void environmentReady();
    void showLogin(int kind = -1, const QString &message = {});
    void showMain();
    void showNotice(int kind, const QString &message);

    Config m_config;
    std::unique_ptr<api::AppSettings> m_settings;
    api::ApiClient *m_client;
    api::AuthApi *m_auth;
    api::TokenStore *m_store;
    ui::SystemNotifier *m_notifier;
    api::Session *m_session;
    LocalServer *m_server;
    StartupProbe *m_probe;
    ScreenshotRunner *m_screenshots = nullptr;
    QPointer<ui::LoginWindow> m_login;
    QPointer<ui::MainWindow> m_main;
    ui::PageRegistry m_pages;
    QPointer<ui::ProgressWindow> m_progress;
    QUrl m_externalLocalUrl; // --server-url for Local: an already running server
    QString m_pendingNotice; // shown in the main window once it exists
    std::function<void(const QUrl &, const QString &)> m_serverWaiter;
};

} // namespace tutorhub::app
