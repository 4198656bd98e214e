// Screenshot mode (scripts/screenshots.sh): with TUTORHUB_SCREENSHOTS=<dir> the app renders its
// screens to PNG files and quits. Without TUTORHUB_SCREENSHOTS_SIGNIN it renders the login window in
// every mode (or, when it opens with an error such as a local server that cannot start, that
// window as "login-error.png"); with TUTORHUB_SCREENSHOTS_SIGNIN="email:password" it signs in and
// renders every page of the workspace's navigation model, so new pages are covered automatically.
#pragma once

#include <QDir>
#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace tutorhub::ui {
class LoginWindow;
class MainWindow;
} // namespace tutorhub::ui

namespace tutorhub::app {

class Application;

class ScreenshotRunner : public QObject
{
    Q_OBJECT

public:
    ScreenshotRunner(Application *app, const QString &directory, QObject *parent = nullptr);

    // "student", "tutor", "admin" + "-NN-<pageId>.png"
    static QString pageFileName(const QString &workspace, int row, const QString &pageId);

private:
    struct Step
    {
        std::function<void()> action;
        QString fileName;
    };
    void onLogin(ui::LoginWindow *window);
    void onMain(ui::MainWindow *window);
    void run(QWidget *window, QList<Step> steps);
    void next();
    void save(QWidget *window, const QString &fileName);
    void finish(int code);

    Application *m_app;
    QDir m_dir;
    bool m_started = false;
    QWidget *m_window = nullptr;
    QList<Step> m_steps;
    int m_failures = 0;
};

} // namespace tutorhub::app
