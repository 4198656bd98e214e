// TestServer: the real local server (tutorhub::server::Server) in its own QThread, on 127.0.0.1
// with a free port, a QTemporaryDir data directory and (by default) the demo data.
#pragma once

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QThread;
class QTemporaryDir;
class QObject;

namespace tutorhub::server {
class Server;
}

namespace tutorhub::test {

class TestServer
{
public:
    TestServer();
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    // Starts the server (blocking until it listens). False if it could not start; see lastError().
    // devCodes: codes also in the …/start responses (--dev-codes, SEC1), which most tests read.
    bool start(bool demo = true, bool devCodes = true);
    // Stops it: every connection is closed, the port is free. The data dir stays until destruction.
    void stop();
    // Starts it again after stop(), on the same port and data directory with the same options (the offline tests:
    // the client's address stays valid; U48). False if it could not start (e.g. the port was taken meanwhile).
    bool restart();

    bool isRunning() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    QString dataDir() const;
    QString lastError() const;

    // Runs `fn` on the server's thread with the running server (e.g. to inspect its repository).
    void runOnServer(const std::function<void(tutorhub::server::Server &)> &fn);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr;
    tutorhub::server::Server *m_server = nullptr;
    quint16 m_port = 0;
    quint16 m_lastPort = 0; // the port of the last start: restart() takes it again
    bool m_demo = true;
    bool m_devCodes = true;
    QString m_error;
    QString m_database; // the test cluster's database of this server (DB7), empty on SQLite
};

} // namespace tutorhub::test
