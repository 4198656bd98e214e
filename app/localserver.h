// The bundled local server as a child process (ARCHITECTURE settled decision 2): started on
// 127.0.0.1 with --port 0, its port read from the start-up line (D16), stopped on exit
// (terminate, then kill after a timeout). Every failure is reported as a sentence for the user.
// SEC48: each launch hands the child a fresh secret in its environment, and the server on the
// reported port must prove it knows it (GET /auth-api/instanceproof) before started() is emitted;
// after the child dies url() is empty, so nothing is sent to whatever takes the old port.
#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace tutorhub::app {

class LocalServer : public QObject
{
    Q_OBJECT

public:
    enum class State { NotRunning, Starting, Running, Failed };
    Q_ENUM(State)

    explicit LocalServer(QObject *parent = nullptr);
    ~LocalServer() override;

    // The program; empty = findProgram() at start().
    void setProgram(const QString &program) { m_program = program; }
    QString program() const { return m_program; }
    void setDataDirectory(const QString &dir) { m_dataDir = dir; }
    QString dataDirectory() const { return m_dataDir; }
    void setDemo(bool demo) { m_demo = demo; }
    // --dev-codes (tests only, SEC1): codes also in the server's responses. Off by default; the
    // app never turns it on, it reads codes from mailDirectory() instead.
    void setDevCodes(bool on) { m_devCodes = on; }
    // <data directory>/mail: where the server writes each code as an .eml file (SEC1).
    QString mailDirectory() const;
    void setStartTimeout(int ms) { m_startTimer.setInterval(ms); }

    // Asynchronous: ends with started(url) or failed(message). Does nothing while starting/running.
    void start();
    // Terminates the server, kills it if it has not ended within timeoutMs. Synchronous.
    void stop(int timeoutMs = 5000);

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    QUrl url() const { return m_url; }
    // The program of the server that runs now (as found by findProgram() or set); empty when none runs.
    QString runningProgram() const { return isRunning() && m_process ? m_process->program() : QString(); }
    QString errorMessage() const { return m_error; }
    // The last lines the server wrote to stderr (for logs, not for users).
    QStringList recentLog() const { return m_log; }

    // TUTORHUB_SERVER_BIN, next to the application, ../server/tutorhub-server (build tree), PATH.
    // TUTORHUB_SERVER_BIN is returned even when it does not exist (the caller then reports that).
    static QString findProgram();
    // The app's default data folder (appFolders) + "/local-server".
    static QString defaultDataDirectory();

signals:
    void stateChanged(tutorhub::app::LocalServer::State state);
    void started(const QUrl &url);
    // Could not start; `message` is a sentence for the user.
    void failed(const QString &message);
    // Stopped on its own after it had started; `message` is a sentence for the user.
    void crashed(const QString &message);

private:
    void setState(State state);
    void fail(const QString &message);
    void onStdout();
    void onStderr();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void verifyInstance(const QUrl &url);

    QString m_program;
    QString m_dataDir;
    bool m_demo = false;
    bool m_devCodes = false;
    QProcess *m_process = nullptr;
    QTimer m_startTimer;
    QByteArray m_stdout;
    QStringList m_log;
    State m_state = State::NotRunning;
    QUrl m_url;
    QString m_error;
    bool m_stopping = false;
    QByteArray m_secret; // this launch's instance secret (SEC48)
    QNetworkAccessManager *m_nam = nullptr;
};

} // namespace tutorhub::app
