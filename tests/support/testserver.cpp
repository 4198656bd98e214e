#include "testserver.h"

#include "postgrestest.h"
#include "server/server.h"

#include <QDir>
#include <QFile>
#include <QMetaObject>
#include <QTemporaryDir>
#include <QThread>

namespace tutorhub::test {

TestServer::TestServer() = default;

TestServer::~TestServer()
{
    stop();
    if (!m_database.isEmpty())
        postgres::dropDatabase(m_database);
}

bool TestServer::start(bool demo, bool devCodes)
{
    if (m_server)
        return true;
    if (!m_dir)
        m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("tutorhub-test-server"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start();

    m_demo = demo;
    m_devCodes = devCodes;
    server::ServerOptions options;
    options.port = m_lastPort; // 0 at the first start: a free port
    options.dataDir = m_dir->path();
    // <test>@postgresql (DB7): a database of its own in the test cluster, kept across restart().
    if (m_database.isEmpty() && !postgres::baseUrl().isEmpty()) {
        m_database = postgres::createDatabase(&m_error);
        QFile urlFile(QDir(m_dir->path()).filePath(QStringLiteral("test-database-url"))); // for lessontime.h
        if (m_database.isEmpty() || !urlFile.open(QIODevice::WriteOnly) || urlFile.write(m_database.toUtf8()) < 0) {
            if (m_error.isEmpty())
                m_error = QStringLiteral("cannot write %1").arg(urlFile.fileName());
            stop();
            return false;
        }
    }
    options.database = m_database;
    options.demo = demo;
    options.devCodes = devCodes;
    options.logRequests = qEnvironmentVariableIsSet("TUTORHUB_TEST_SERVER_LOG");
    // C9: the profile of tutorhub_add_strict variants (TUTORHUB_SERVER_CONTRACT=strict|local; default local).
    if (const auto profile = server::contract::parseProfile(qEnvironmentVariable("TUTORHUB_SERVER_CONTRACT")))
        options.contract = *profile;
    bool ok = false;
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            m_server = new server::Server(options);
            ok = m_server->start(&m_error);
            if (!ok) {
                delete m_server;
                m_server = nullptr;
            } else {
                m_port = m_server->port();
                m_lastPort = m_port;
            }
        },
        Qt::BlockingQueuedConnection);
    if (!ok)
        stop();
    return ok;
}

void TestServer::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_server;
            m_server = nullptr;
            delete m_context;
            m_context = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_port = 0;
}

bool TestServer::restart()
{
    stop();
    return start(m_demo, m_devCodes);
}

bool TestServer::isRunning() const
{
    return m_server != nullptr;
}

quint16 TestServer::port() const
{
    return m_port;
}

QUrl TestServer::baseUrl() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    return u;
}

QString TestServer::dataDir() const
{
    return m_dir ? m_dir->path() : QString();
}

QString TestServer::lastError() const
{
    return m_error;
}

void TestServer::runOnServer(const std::function<void(server::Server &)> &fn)
{
    if (!m_server)
        return;
    QMetaObject::invokeMethod(
        m_context, [&] { fn(*m_server); }, Qt::BlockingQueuedConnection);
}

} // namespace tutorhub::test
