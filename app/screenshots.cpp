#include "screenshots.h"

#include "application.h"

#include "api/types.h"
#include "models/workspacenavigationmodel.h"
#include "ui/loginwindow.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTimer>
#include <cstdio>

namespace tutorhub::app {

namespace {
constexpr int settleMs = 350;   // layout, first paint and the busy indicator's delay
constexpr int maxWaitMs = 20000; // for steps that talk to the server

QString workspaceFileKey(api::Workspace ws)
{
    switch (ws) {
    case api::Workspace::Student: return QStringLiteral("student");
    case api::Workspace::Tutor: return QStringLiteral("tutor");
    case api::Workspace::Admin: return QStringLiteral("admin");
    }
    return QStringLiteral("workspace");
}

QPushButton *buttonWithName(QWidget *window, const QString &accessibleName)
{
    const auto buttons = window->findChildren<QPushButton *>();
    for (QPushButton *b : buttons)
        if (b->accessibleName() == accessibleName && b->isVisible())
            return b;
    return nullptr;
}
} // namespace

ScreenshotRunner::ScreenshotRunner(Application *app, const QString &directory, QObject *parent)
    : QObject(parent), m_app(app), m_dir(directory)
{
    m_dir.mkpath(QStringLiteral("."));
    connect(app, &Application::loginWindowShown, this, &ScreenshotRunner::onLogin);
    connect(app, &Application::mainWindowShown, this, &ScreenshotRunner::onMain);
}

QString ScreenshotRunner::pageFileName(const QString &workspace, int row, const QString &pageId)
{
    return QStringLiteral("%1-%2-%3.png").arg(workspace).arg(row + 1, 2, 10, QLatin1Char('0')).arg(pageId);
}

void ScreenshotRunner::onLogin(ui::LoginWindow *window)
{
    if (m_started)
        return;
    m_started = true;
    window->resize(480, window->height());
    if (window->banner()->hasMessage() || qEnvironmentVariableIsSet("TUTORHUB_SCREENSHOTS_SIGNIN")) {
        // Opened with a message (local server failed to start, automatic sign-in refused).
        run(window, {{[] {}, QStringLiteral("login-error.png")}});
        return;
    }
    using Mode = ui::LoginWindow::Mode;
    auto setField = [window](const char *name, const QString &text) {
        if (auto *e = window->findChild<QLineEdit *>(QLatin1String(name)))
            e->setText(text);
    };
    QList<Step> steps{
        {[window] { window->setMode(Mode::SignIn); }, QStringLiteral("login-signin.png")},
        {[window, setField] {
             setField("signInEmail", QStringLiteral("someone@example.org"));
             setField("signInPassword", QStringLiteral("not-the-password"));
             if (QPushButton *b = buttonWithName(window, ui::LoginWindow::tr("Sign in")))
                 b->click();
         },
         QStringLiteral("login-signin-wrong-password.png")},
        {[window] { window->banner()->clear(); window->setMode(Mode::Register); }, QStringLiteral("login-register.png")},
        {[window] { window->setMode(Mode::Verify); }, QStringLiteral("login-verify.png")},
        {[window] { window->setMode(Mode::ForgotPassword); }, QStringLiteral("login-forgot.png")},
        {[window, setField] {
             setField("forgotEmail", QStringLiteral("lena.fischer@tutorhub.local"));
             if (QPushButton *b = buttonWithName(window, ui::LoginWindow::tr("Send code")))
                 b->click();
         },
         QStringLiteral("login-forgot-code.png")},
        {[window, setField] {
             window->banner()->clear();
             window->setMode(Mode::Register);
             setField("registerName", QStringLiteral("Jonas Weber"));
             setField("registerEmail", QStringLiteral("jonas.weber.%1@example.org")
                                           .arg(QDateTime::currentMSecsSinceEpoch()));
             setField("registerPassword", QStringLiteral("a-long-password"));
             if (QPushButton *b = buttonWithName(window, ui::LoginWindow::tr("Create account")))
                 b->click();
         },
         QStringLiteral("login-verify-code.png")},
    };
    run(window, steps);
}

void ScreenshotRunner::onMain(ui::MainWindow *window)
{
    if (m_started)
        return;
    m_started = true;
    window->resize(1100, 720);
    models::WorkspaceNavigationModel *nav = window->navigationModel();
    const QString ws = workspaceFileKey(nav->workspace());
    QList<Step> steps;
    for (int row = 0; row < nav->rowCount(); ++row)
        steps.append({[window, row] { window->showPage(row); }, pageFileName(ws, row, nav->page(row).id)});
    run(window, steps);
}

void ScreenshotRunner::run(QWidget *window, QList<Step> steps)
{
    m_window = window;
    m_steps = std::move(steps);
    QTimer::singleShot(settleMs, this, &ScreenshotRunner::next);
}

void ScreenshotRunner::next()
{
    if (m_steps.isEmpty()) {
        finish(m_failures ? 1 : 0);
        return;
    }
    const Step step = m_steps.takeFirst();
    step.action();
    // Wait until the window is idle (a login step may talk to the server), then let it paint.
    auto *timer = new QTimer(this);
    auto *elapsed = new QElapsedTimer;
    elapsed->start();
    timer->start(50);
    connect(timer, &QTimer::timeout, this, [this, timer, elapsed, step] {
        auto *login = qobject_cast<ui::LoginWindow *>(m_window);
        const bool busy = login && login->isBusy();
        if (busy && elapsed->elapsed() < maxWaitMs)
            return;
        timer->stop();
        timer->deleteLater();
        delete elapsed;
        QTimer::singleShot(settleMs, this, [this, step] {
            save(m_window, step.fileName);
            next();
        });
    });
}

void ScreenshotRunner::save(QWidget *window, const QString &fileName)
{
    const QString path = m_dir.filePath(fileName);
    if (window->grab().save(path)) {
        std::printf("screenshot %s\n", qPrintable(path));
    } else {
        ++m_failures;
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
    }
    std::fflush(stdout);
}

void ScreenshotRunner::finish(int code)
{
    QCoreApplication::exit(code);
}

} // namespace tutorhub::app
