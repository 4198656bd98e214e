#include "application.h"
#include "appstorage.h"
#include "workspaces.h"

#include "localmailbox.h"
#include "localserver.h"
#include "screenshots.h"
#include "startupprobe.h"

#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/knownuser.h"
#include "api/responsecache.h"
#include "api/session.h"
#include "api/tokenstore.h"
#include "models/auth/signin.h"
#include "models/workspacenavigationmodel.h"
#include "ui/common/progresswindow.h"
#include "ui/loginwindow.h"
#include "ui/common/systemnotifier.h"
#include "ui/common/theme.h"
#include "ui/mainwindow.h"
#include "ui/notify/lessonreminderscontroller.h"

#include <QApplication>
#include <QLocale>
#include <QTimer>

namespace tutorhub::app {

using api::Environment;
using ui::MessageBanner;

namespace {
bool memoryStoreWanted()
{
    return qEnvironmentVariable("TUTORHUB_TOKEN_STORE") == QLatin1String("memory")
           || qEnvironmentVariableIsSet("TUTORHUB_PROBE") || qEnvironmentVariableIsSet("TUTORHUB_SCREENSHOTS");
}

// "email:password" from TUTORHUB_SCREENSHOTS_SIGNIN (screenshots) or the start-up probe.
QPair<QString, QString> splitCredentials(const QString &text)
{
    const int colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {};
    return {text.left(colon), text.mid(colon + 1)};
}
} // namespace

Application::Application(Config config, QObject *parent) : QObject(parent), m_config(std::move(config))
{
    m_probe = new StartupProbe(this); // first: its clock times the rest of the start-up (F30)
    const CommandLineOptions &o = m_config.options;
    m_settings = openSettings(o.dataDir); // the settings and the folders reach every component from here (K50)

    m_pages = buildPageRegistry();
    // Pages keep local state (unfinished moderation sequences) in the app's data directory.
    m_pages.setDataDirectory(m_settings->folders().data);
    // Desktop notifications (U10): one notifier for the app's life, handed to pages and docks.
    // The session bus is connected when the first notification needs it, not before the first window (F32).
    m_notifier
        = new ui::SystemNotifier(ui::SystemNotifier::BusProvider([] { return QDBusConnection::sessionBus(); }), this);
    m_notifier->setIcon(ui::themeIcon(QStringLiteral("logo")));
    m_pages.setNotifier(m_notifier);
    m_probe->mark("pages");
    connect(m_notifier, &ui::DesktopNotifier::activated, this, [this] {
        if (!m_main)
            return;
        m_main->showNormal();
        m_main->raise();
        m_main->activateWindow();
    });
    m_client = new api::ApiClient(nullptr, this);
    m_client->setDefaultHeader("Accept-Language", QLocale().name().left(2).toUtf8());
    m_auth = new api::AuthApi(m_client, this);
    if (m_config.tokenStore)
        m_store = m_config.tokenStore;
    else if (memoryStoreWanted())
        m_store = new api::MemoryTokenStore(this);
    else
        m_store = new api::KeychainTokenStore(this);
    m_session = new api::Session(m_client, m_auth, m_store, m_settings.get(), this);
    // U70: the user last signed in with "remember me" is kept beside the offline cache, so that a start while the
    // server cannot be reached opens the signed-in window from what was known.
    m_session->setKnownUsers(api::KnownUsers(m_pages.dataDirectory()));

    m_server = new LocalServer(this);
    m_server->setProgram(m_config.serverProgram);
    m_server->setDataDirectory(m_settings->folders().data + QLatin1String("/local-server"));
    m_server->setDemo(o.demo);
    connect(m_server, &LocalServer::started, this, [this](const QUrl &url) {
        if (auto waiter = std::exchange(m_serverWaiter, {}))
            waiter(url, {});
    });
    connect(m_server, &LocalServer::failed, this, [this](const QString &message) {
        if (auto waiter = std::exchange(m_serverWaiter, {}))
            waiter({}, message);
    });
    connect(m_server, &LocalServer::crashed, this, [this](const QString &message) {
        // SEC48: the session is bound to that server instance. Whatever takes its port next gets
        // nothing: the client forgets the address until a restarted child has proved itself.
        if (m_client->environment().isLocal() && !m_externalLocalUrl.isValid())
            m_client->setEnvironment(Environment::local(QUrl()));
        showNotice(int(MessageBanner::Kind::Error), message);
    });

    m_probe->setServerProgram([this] { return m_server->runningProgram(); });
    const QString shotDir = qEnvironmentVariable("TUTORHUB_SCREENSHOTS");
    if (!shotDir.isEmpty())
        m_screenshots = new ScreenshotRunner(this, shotDir, this);

    // U40, U46: the signed-in user's offline cache, in the app's data directory, per environment and user; installed
    // before the window's pages load and removed from disk when that user signs out.
    connect(m_session, &api::Session::signedIn, this, [this](const api::User &user) {
        m_client->setResponseCache(std::make_shared<api::ResponseCache>(
            api::ResponseCache::directoryFor(m_pages.dataDirectory(), m_client->environment(), user.id)));
    });
    connect(m_session, &api::Session::signedOut, this, [this] {
        if (api::ResponseCache *cache = m_client->responseCache())
            cache->clear();
        m_client->setResponseCache(nullptr);
    });
    connect(m_session, &api::Session::signedIn, this, &Application::showMain);
    // A role change seen by refreshUser() (an approved tutor application, issue 5): the window of the
    // new workspace replaces the old one without signing in again (decision T1).
    connect(m_session, &api::Session::userChanged, this, [this](const api::User &user) {
        if (m_main && m_main->navigationModel()->workspace() != user.workspace())
            QTimer::singleShot(0, this, &Application::showMain); // not inside the old window's slot
    });
    connect(m_session, &api::Session::signedOut, this,
            [this] { showLogin(int(MessageBanner::Kind::Info), tr("You have signed out.")); });
    connect(m_session, &api::Session::sessionExpired, this, [this] {
        showLogin(int(MessageBanner::Kind::Warning), tr("Your session has ended. Sign in again to continue."));
    });
    connect(m_session, &api::Session::restoredSessionRefused, this, [this] {
        showLogin(int(MessageBanner::Kind::Warning),
                  tr("The server no longer accepts the sign-in this app remembered: the account was signed out "
                     "elsewhere or its password was changed while you were offline. Sign in again to continue; "
                     "messages you wrote offline are kept and sent after you sign in."));
    });
    connect(m_session, &api::Session::restoreFinished, this, [this](bool signedIn) {
        if (!signedIn) {
            const QString notice = std::exchange(m_pendingNotice, {});
            showLogin(int(MessageBanner::Kind::Warning), notice);
        }
    });
    connect(m_session, &api::Session::restoreFailed, this, [this](const api::ApiError &error) {
        m_pendingNotice = error.isTransient() ? error.userMessage()
                                              : tr("Your saved sign-in is no longer valid. Sign in again to continue.");
    });
    connect(m_session, &api::Session::signInFailed, this, [this](const api::ApiError &error) {
        // Automatic sign-in (benchmark, screenshots) without a visible login window.
        if (!m_login || !m_login->isVisible())
            showLogin(int(MessageBanner::Kind::Error), error.userMessage());
    });
    connect(m_session, &api::Session::secondFactorRequired, this, [this] {
        // An automatic sign-in (benchmark, screenshots) cannot type a code: the window asks the person (C34).
        if (m_login && m_login->isVisible())
            return;
        m_session->cancelSecondFactor();
        showLogin(int(MessageBanner::Kind::Warning),
                  tr("This account signs in with a code sent by e-mail. Sign in here to receive it."));
    });
    connect(m_session, &api::Session::rememberUnavailable, this,
            [this](const QString &reason) { showNotice(int(MessageBanner::Kind::Warning), reason); });
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] { m_server->stop(); });
    m_probe->mark("application");
}

Application::~Application()
{
    delete m_main.data();
    delete m_login.data();
    delete m_progress.data();
    m_server->stop();
}

Environment Application::initialEnvironment() const
{
    const CommandLineOptions &o = m_config.options;
    QString id = o.effectiveEnvironmentId();
    QUrl host = o.serverUrl;
    if (id.isEmpty()) {
        id = m_session->rememberedEnvironmentId();
        host = m_session->rememberedCustomHost();
        bool known = false;
        Environment::kindFor(id, &known);
        if (!known)
            id = Environment::idFor(api::EnvironmentKind::Local);
    }
    Environment env = Environment::fromId(id, host);
    if (env.isLocal())
        env.host = o.serverUrl; // a running server, or empty until the bundled one has started
    return env;
}

void Application::start()
{
    const Environment env = initialEnvironment();
    if (env.isLocal() && !env.isValid()) {
        // Start the bundled server; a progress window appears when it takes longer than 200 ms.
        QTimer::singleShot(200, this, [this] {
            if (m_server->state() != LocalServer::State::Starting || m_progress)
                return;
            m_progress = new ui::ProgressWindow(tr("Starting the local TutorHub server…"));
            m_progress->setAttribute(Qt::WA_DeleteOnClose);
            m_progress->show();
        });
        m_client->setEnvironment(env);
        startLocalServer([this](const QUrl &url, const QString &error) {
            if (m_progress)
                m_progress->close();
            if (!error.isEmpty()) {
                showLogin(int(MessageBanner::Kind::Error), error);
                return;
            }
            m_client->setEnvironment(Environment::local(url));
            environmentReady();
        });
        return;
    }
    if (env.isLocal())
        m_externalLocalUrl = env.host;
    m_client->setEnvironment(env);
    environmentReady();
}

void Application::startLocalServer(std::function<void(const QUrl &, const QString &)> done)
{
    if (m_server->isRunning()) {
        done(m_server->url(), {});
        return;
    }
    m_serverWaiter = std::move(done);
    if (m_server->state() != LocalServer::State::Starting)
        m_server->start();
}

void Application::environmentReady()
{
    m_probe->mark("environment");
    QString credentials = qEnvironmentVariable("TUTORHUB_SCREENSHOTS_SIGNIN");
    if (credentials.isEmpty() && m_probe->isActive() && !m_probe->signInEmail().isEmpty())
        credentials = m_probe->signInEmail() + QLatin1Char(':') + m_probe->signInPassword();
    const auto [email, password] = splitCredentials(credentials);
    if (!email.isEmpty()) {
        m_session->signIn(email, password, false);
        m_probe->mark("signInSent");
        return;
    }
    if (m_session->rememberMe() && !m_session->rememberedEmail().isEmpty()) {
        QTimer::singleShot(200, this, [this] {
            if (m_session->state() != api::Session::State::Restoring || m_progress)
                return;
            m_progress = new ui::ProgressWindow(tr("Signing you in…"));
            m_progress->setAttribute(Qt::WA_DeleteOnClose);
            m_progress->show();
        });
        m_session->restore();
        return;
    }
    showLogin();
}

void Application::showLogin(int kind, const QString &message)
{
    if (m_progress)
        m_progress->close();
    m_notifier->setTrayIconVisible(false); // the tray entry belongs to the signed-in window (U11)
    if (!m_login) {
        m_probe->mark("loginBuild");
        auto *signIn = new models::auth::SignIn(m_session, m_auth, m_settings.get(), this); // K11
        m_login = new ui::LoginWindow(signIn, m_settings.get());
        m_login->setAttribute(Qt::WA_QuitOnClose);
        m_login->setEnvironmentResolver([this](const Environment &requested, const ui::LoginWindow::ResolveDone &done) {
            if (!requested.isLocal()) {
                done(requested, {});
                return;
            }
            if (m_externalLocalUrl.isValid()) {
                done(Environment::local(m_externalLocalUrl), {});
                return;
            }
            startLocalServer([done](const QUrl &url, const QString &error) {
                done(error.isEmpty() ? Environment::local(url) : Environment(), error);
            });
        });
        // SEC1: codes of the local server this app started come from its mail folder, never from the network.
        m_login->setCodeMailbox([this](const QString &email, const QString &purpose) {
            ui::LoginWindow::MailboxCode found;
            const Environment &env = m_client->environment();
            if (!env.isLocal() || m_externalLocalUrl.isValid() || !m_server->isRunning()
                || env.host.port() != m_server->url().port())
                return found;
            const LocalMailbox mailbox(m_server->mailDirectory());
            found.folder = mailbox.folder();
            found.code = mailbox.newestCode(email, purpose);
            return found;
        });
        const Environment &env = m_client->environment();
        m_login->selectEnvironment(env.id, env.kind == api::EnvironmentKind::Custom ? env.host : QUrl());
    }
    if (m_main) {
        m_main->hide();
        m_main->deleteLater();
        m_main.clear();
    }
    if (!message.isEmpty() && kind >= 0)
        m_login->showMessage(MessageBanner::Kind(kind), message);
    m_probe->mark("loginBuilt");
    m_login->show();
    m_probe->mark("loginShown");
    m_login->raise();
    m_login->activateWindow();
    m_probe->watch(m_login, QStringLiteral("login"));
    emit loginWindowShown(m_login);
}

void Application::showMain()
{
    if (m_progress)
        m_progress->close();
    m_probe->mark("signedIn");
    if (m_main) {
        m_main->hide();
        m_main->deleteLater();
    }
    m_main = new ui::MainWindow(m_session, m_client, m_client->environment(), &m_pages, m_settings.get());
    m_probe->mark("mainBuilt");
    m_notifier->setBanner(m_main->banner());
    m_notifier->setTrayIconVisible(true);
    if (m_session->currentUser().workspace() != api::Workspace::Admin) // lesson reminders (U17)
        new ui::LessonRemindersController(m_main->context(), m_main->accountMenu(), m_main);
    m_main->show();
    m_probe->mark("mainShown");
    if (m_login) {
        m_login->banner()->clear();
        m_login->hide();
    }
    if (!m_pendingNotice.isEmpty())
        m_main->showMessage(MessageBanner::Kind::Warning, std::exchange(m_pendingNotice, {}));
    m_probe->watch(m_main, QStringLiteral("main"));
    emit mainWindowShown(m_main);
}

void Application::showNotice(int kind, const QString &message)
{
    if (m_main && m_main->isVisible())
        m_main->showMessage(MessageBanner::Kind(kind), message);
    else if (m_login && m_login->isVisible() && !m_login->isBusy())
        m_login->showMessage(MessageBanner::Kind(kind), message);
    else
        m_pendingNotice = message;
}

} // namespace tutorhub::app
