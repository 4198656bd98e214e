#include "screenshots.h"

#include "application.h"

#include "api/apiclient.h"
#include "api/types.h"
#include "models/pagedlistmodel.h"
#include "models/workspacenavigationmodel.h"
#include "ui/loginwindow.h"
#include "ui/mainwindow.h"

#include "ui/common/busyindicator.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QPainter>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <cstdio>

namespace tutorhub::app {

namespace {
constexpr int settleMs = 350; // layout, first paint and the busy indicator's delay
constexpr int maxWaitMs = 20000; // for steps that talk to the server

QString workspaceFileKey(api::Workspace ws)
{
    switch (ws) {
    case api::Workspace::Student:
        return QStringLiteral("student");
    case api::Workspace::Tutor:
        return QStringLiteral("tutor");
    case api::Workspace::Admin:
        return QStringLiteral("admin");
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
    : QObject(parent),
      m_app(app),
      m_dir(directory)
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
    QList<Step> steps {
        {[window] { window->setMode(Mode::SignIn); }, QStringLiteral("login-signin.png")},
        {[window, setField] {
             setField("signInEmail", QStringLiteral("someone@example.org"));
             setField("signInPassword", QStringLiteral("not-the-password"));
             if (QPushButton *b = buttonWithName(window, ui::LoginWindow::tr("Sign in")))
                 b->click();
         },
         QStringLiteral("login-signin-wrong-password.png")},
        {[window] {
             window->banner()->clear();
             window->setMode(Mode::Register);
         },
         QStringLiteral("login-register.png")},
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
             setField("registerEmail",
                      QStringLiteral("jonas.weber.%1@example.org").arg(QDateTime::currentMSecsSinceEpoch()));
             setField("registerPassword", QStringLiteral("a-long-password"));
             if (QPushButton *b = buttonWithName(window, ui::LoginWindow::tr("Create account")))
                 b->click();
         },
         QStringLiteral("login-verify-code.png")},
        // The two-step sign-in's code step (C34): the demo account with e-mail 2FA on.
        {[window, setField] {
             window->banner()->clear();
             window->setMode(Mode::SignIn);
             setField("signInEmail", QStringLiteral("noah.brandt@tutorhub.local"));
             setField("signInPassword", QStringLiteral("tutorhub-demo"));
             if (QPushButton *b = buttonWithName(window, ui::LoginWindow::tr("Sign in")))
                 b->click();
         },
         QStringLiteral("login-two-step.png")},
    };
    run(window, steps);
}

void ScreenshotRunner::onMain(ui::MainWindow *window)
{
    if (m_started)
        return;
    m_started = true;
    window->resize(1366, 768); // a common laptop screen (issue 20)
    models::WorkspaceNavigationModel *nav = window->navigationModel();
    const QString ws = workspaceFileKey(nav->workspace());
    QList<Step> steps;
    for (int row = 0; row < nav->rowCount(); ++row) {
        const QString file = pageFileName(ws, row, nav->page(row).id);
        steps.append({[window, row] { window->showPage(row); }, file});
        // Further states the page registered (a detail, a dialog, ...): <page file>-<state>.png
        const QList<ui::ScreenshotState> states = window->registry()
                                                      ? window->registry()->screenshotStates(nav->page(row).id)
                                                      : QList<ui::ScreenshotState>();
        for (const ui::ScreenshotState &state : states) {
            QString stateFile = file;
            stateFile.insert(stateFile.size() - 4, QLatin1Char('-') + state.name);
            steps.append({[window, row, enter = state.enter] {
                              window->showPage(row);
                              enter(window->pageWidget(row));
                          },
                          stateFile});
        }
    }
    // The account menu's change-password dialog (C35), over the first page.
    steps.append({[window] {
                      window->showPage(0);
                      if (auto *action = window->findChild<QAction *>(QStringLiteral("changePasswordAction")))
                          action->trigger();
                  },
                  ws + QStringLiteral("-account-change-password.png")});
    // Offline (U48), last because it leaves the server behind: a page whose lists were loaded above, read again with
    // the client pointed at a closed port: the cached rows with the offline notice, the status bar's connection state.
    // Students and tutors (the admin's lists are not cached, U41).
    const QString offlinePage = nav->workspace() == api::Workspace::Student ? QStringLiteral("my-learning")
                                : nav->workspace() == api::Workspace::Tutor ? QStringLiteral("lessons")
                                                                            : QString();
    const int offlineRow = offlinePage.isEmpty() ? -1 : nav->rowOf(offlinePage);
    if (offlineRow >= 0) {
        QString file = pageFileName(ws, offlineRow, offlinePage);
        file.insert(file.size() - 4, QStringLiteral("-offline"));
        steps.append({[window, offlineRow] {
                          window->showPage(offlineRow);
                          api::ApiClient *client = window->context().client;
                          // The same server as far as the client knows (its extensions kept: the same queries),
                          // unreachable.
                          const api::ServerFeatures features = client->serverFeatures();
                          client->setEnvironment(api::Environment::local(QUrl(QStringLiteral("http://127.0.0.1:1"))));
                          client->setServerFeatures(features);
                          for (models::PagedListModel *m :
                               window->pageWidget(offlineRow)->findChildren<models::PagedListModel *>())
                              if (m->hasLoaded())
                                  m->refresh();
                      },
                      file});
    }
    run(window, steps);
}

void ScreenshotRunner::run(QWidget *window, QList<Step> steps)
{
    // TUTORHUB_SCREENSHOTS_ONLY=<regular expression>: only the screens whose file name matches (the CI's short set
    // for the other languages, P47).
    const QString only = qEnvironmentVariable("TUTORHUB_SCREENSHOTS_ONLY");
    if (!only.isEmpty()) {
        const QRegularExpression re(QRegularExpression::anchoredPattern(only));
        steps.removeIf([&re](const Step &s) { return !re.match(s.fileName).hasMatch(); });
    }
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
        bool busy = login && login->isBusy();
        // A page still loading shows a running busy indicator (ui::BusyIndicator).
        for (ui::BusyIndicator *b : m_window->findChildren<ui::BusyIndicator *>())
            busy |= b->isRunning();
        for (QDialog *d : m_window->findChildren<QDialog *>())
            if (d->isVisible())
                for (ui::BusyIndicator *b : d->findChildren<ui::BusyIndicator *>())
                    busy |= b->isRunning();
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
    QPixmap shot = window->grab();
    // A dialog open over the window is painted where it would appear (centred), then closed.
    const auto dialogs = window->findChildren<QDialog *>();
    for (QDialog *d : dialogs) {
        if (!d->isVisible())
            continue;
        const QPixmap over = d->grab();
        QPainter p(&shot);
        p.fillRect(shot.rect(), QColor(0, 0, 0, 60));
        p.drawPixmap((shot.width() - over.width()) / 2, qMax(0, (shot.height() - over.height()) / 2), over);
        p.end();
        QTimer::singleShot(0, d, &QDialog::reject);
    }
    if (shot.save(path)) {
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
