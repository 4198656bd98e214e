#pragma once
// Start-up measurement hook for bench/startup. Inactive unless the environment variable
// TUTORHUB_PROBE names a window ("login" or "main"): then, when that window is first exposed and
// painted, it prints "tutorhub-probe shown=<name> rss_kb=<resident KiB> title=<window title>" to stdout and quits the
// app. TUTORHUB_PROBE_SIGNIN="email:password" lets the benchmark reach the signed-in main window. The line ends with "
// server=<program of the running local server>" (or "server=none"), so the package test knows that the installed app
// started its own bundled server (P12). Before it, " marks=<name>@<ms>,..." lists the steps of the start-up (mark()),
// in milliseconds since the probe was made (the Application's construction, after QApplication, the translator and the
// theme): bench/startup prints what the time to a window is made of (F30).
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

class QWidget;

namespace tutorhub::app {

class StartupProbe : public QObject
{
    Q_OBJECT
public:
    explicit StartupProbe(QObject *parent = nullptr);

    bool isActive() const { return !m_target.isEmpty(); }
    // Credentials for the benchmark's automatic sign-in (empty unless TUTORHUB_PROBE=main).
    QString signInEmail() const { return m_email; }
    QString signInPassword() const { return m_password; }

    // Call when a window becomes visible; reports it if it is the probed one.
    void watch(QWidget *window, const QString &name);

    // Notes a step of the start-up for the report line (nothing unless the probe is active).
    void mark(const char *step);

    static long residentKb();
    // Names the running local server's program for the report line.
    void setServerProgram(std::function<QString()> program) { m_serverProgram = std::move(program); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_target;
    QString m_email;
    QString m_password;
    bool m_reported = false;
    QElapsedTimer m_clock;
    QString m_marks;
    std::function<QString()> m_serverProgram;
};

} // namespace tutorhub::app
