#include "localserver.h"
#include "appstorage.h"

#include "api/contract.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace tutorhub::app {

namespace {
const char *const programName = "tutorhub-server";

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(b.data()), n / int(sizeof(quint32)));
    return b;
}

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}
} // namespace

LocalServer::LocalServer(QObject *parent) : QObject(parent)
{
    m_startTimer.setSingleShot(true);
    m_startTimer.setInterval(30000);
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        if (m_state != State::Starting)
            return;
        const int seconds = m_startTimer.interval() / 1000;
        stop(2000);
        fail(tr("The local server did not start within %n second(s). Try again, or choose another server.", nullptr,
                seconds));
    });
}

LocalServer::~LocalServer()
{
    stop(3000);
}

QString LocalServer::findProgram()
{
    const QString fromEnv = qEnvironmentVariable("TUTORHUB_SERVER_BIN");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates {
        appDir + QLatin1Char('/') + QLatin1String(programName),
        QDir::cleanPath(appDir + QLatin1String("/../server/") + QLatin1String(programName)),
    };
    for (const QString &c : candidates)
        if (isExecutableFile(c))
            return c;
    return findOnPath(QLatin1String(programName));
}

QString LocalServer::defaultDataDirectory()
{
    return appFolders({}).data + QLatin1String("/local-server");
}

QString LocalServer::mailDirectory() const
{
    return QDir(m_dataDir.isEmpty() ? defaultDataDirectory() : m_dataDir).filePath(QStringLiteral("mail"));
}

void LocalServer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void LocalServer::fail(const QString &message)
{
    m_error = message;
    m_startTimer.stop();
    setState(State::Failed);
    if (!m_log.isEmpty())
        qWarning("tutorhub: local server output:\n%s", qPrintable(m_log.join(QLatin1Char('\n'))));
    emit failed(message);
}

void LocalServer::start()
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    m_error.clear();
    m_url.clear();
    m_stdout.clear();
    m_log.clear();
    m_stopping = false;
    setState(State::Starting);
    const QString program = m_program.isEmpty() ? findProgram() : m_program;
    if (program.isEmpty() || !isExecutableFile(program)) {
        if (!program.isEmpty())
            qWarning("tutorhub: local server program not found or not executable: %s", qPrintable(program));
        // Reported asynchronously, like every other outcome.
        QTimer::singleShot(0, this, [this] {
            fail(tr("TutorHub could not find its local server program (tutorhub-server). Reinstall "
                    "TutorHub, or choose another server."));
        });
        return;
    }
    const QString dataDir = m_dataDir.isEmpty() ? defaultDataDirectory() : m_dataDir;
    if (!QDir().mkpath(dataDir)) {
        QTimer::singleShot(0, this, [this, dataDir] {
            fail(tr("TutorHub could not create the folder for the local server's data (%1). Check that "
                    "you may write there.")
                     .arg(QDir::toNativeSeparators(dataDir)));
        });
        return;
    }

    delete m_process;
    m_process = new QProcess(this);
    m_process->setProgram(program);
    QStringList args {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), dataDir};
    if (m_demo)
        args << QStringLiteral("--demo");
    if (m_devCodes)
        args << QStringLiteral("--dev-codes");
    // Developer/test switch (README, docs/decisions.md C9): the child server's contract profile.
    if (const QString contract = qEnvironmentVariable("TUTORHUB_SERVER_CONTRACT"); !contract.isEmpty())
        args << QStringLiteral("--contract") << contract;
    m_process->setArguments(args);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_secret = randomBytes(32);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TUTORHUB_INSTANCE_SECRET"), QString::fromLatin1(m_secret.toHex()));
    m_process->setProcessEnvironment(env);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LocalServer::onStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, &LocalServer::onStderr);
    connect(m_process, &QProcess::finished, this, &LocalServer::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &LocalServer::onError);
    m_startTimer.start();
    m_process->start();
}

void LocalServer::onStdout()
{
    m_stdout += m_process->readAllStandardOutput();
    if (m_state != State::Starting)
        return;
    static const QRegularExpression re(QStringLiteral("tutorhub-server listening on (http://\\S+)"));
    int newline;
    while ((newline = m_stdout.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stdout.left(newline)).trimmed();
        m_stdout.remove(0, newline + 1);
        const QRegularExpressionMatch match = re.match(line);
        if (match.hasMatch()) {
            const QUrl url(match.captured(1));
            if (url.isValid() && url.port() > 0) {
                verifyInstance(url);
                return;
            }
        }
    }
}

// SEC48: the server on `url` must answer a fresh challenge with HMAC-SHA256(this launch's secret).
void LocalServer::verifyInstance(const QUrl &url)
{
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    const QByteArray challenge = randomBytes(32);
    QUrl check = url;
    check.setPath(QLatin1Char('/') + api::serviceSegment(api::Service::Auth)
                  + api::routePath(api::Route::instanceProof, {}));
    check.setQuery(QStringLiteral("challenge=") + QString::fromLatin1(challenge.toHex()));
    QNetworkRequest req(check);
    req.setTransferTimeout(5000);
    QNetworkReply *reply = m_nam->get(req);
    QProcess *process = m_process;
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, challenge, process] {
        reply->deleteLater();
        if (m_state != State::Starting || process != m_process)
            return;
        const QByteArray expected
            = QMessageAuthenticationCode::hash(challenge, m_secret, QCryptographicHash::Sha256).toHex();
        const QByteArray proof
            = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("proof")).toString().toLatin1();
        if (reply->error() != QNetworkReply::NoError || proof.isEmpty() || proof != expected) {
            qWarning("tutorhub: the server at %s did not prove it is the local server TutorHub started",
                     qPrintable(url.toString()));
            stop(2000);
            fail(tr("Another program answered in place of TutorHub's local server, so TutorHub did not connect to it. "
                    "Try again, or choose another server."));
            return;
        }
        m_url = url;
        m_startTimer.stop();
        setState(State::Running);
        emit started(m_url);
    });
}

void LocalServer::onStderr()
{
    const QList<QByteArray> lines = m_process->readAllStandardError().split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        m_log << QString::fromUtf8(line);
        if (m_log.size() > 20)
            m_log.removeFirst();
    }
}

void LocalServer::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_stopping) {
        setState(State::NotRunning);
        return;
    }
    const bool crashedOut = status == QProcess::CrashExit;
    if (m_state == State::Starting) {
        fail(crashedOut ? tr("The local server stopped while starting. Try again, or choose another server.")
                        : tr("The local server stopped while starting (exit code %1). Another program may be "
                             "using its data folder, or the folder may be damaged. Try again, or choose "
                             "another server.")
                              .arg(exitCode));
        return;
    }
    if (m_state == State::Running) {
        m_url.clear();
        m_error = tr("The local server stopped unexpectedly. Sign in again to restart it, or choose another server.");
        if (!m_log.isEmpty())
            qWarning("tutorhub: local server output:\n%s", qPrintable(m_log.join(QLatin1Char('\n'))));
        setState(State::Failed);
        emit crashed(m_error);
    }
}

void LocalServer::onError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart && m_state == State::Starting) {
        qWarning("tutorhub: could not start %s: %s", qPrintable(m_process->program()),
                 qPrintable(m_process->errorString()));
        fail(tr("The local server program could not be started. Check that TutorHub is installed "
                "completely, or choose another server."));
    }
}

void LocalServer::stop(int timeoutMs)
{
    m_startTimer.stop();
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        if (m_state == State::Running || m_state == State::Starting)
            setState(State::NotRunning);
        return;
    }
    m_stopping = true;
    m_process->terminate();
    if (!m_process->waitForFinished(timeoutMs)) {
        qWarning("tutorhub: the local server did not stop within %d ms; killing it", timeoutMs);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    m_url.clear();
    setState(State::NotRunning);
}

} // namespace tutorhub::app
