// Shared by the ui and app tests: the real tutorhub-server started through the app's own launcher
// (so every such test also exercises LocalServer), and widget look-ups by accessible name.
#pragma once

#include "localserver.h"

#include "api/apiclient.h"
#include "api/appsettings.h"
#include "api/authapi.h"
#include "api/session.h"
#include "api/tokenstore.h"

#include <QAbstractButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace tutorhub::testing {

inline const QString demoPassword = QStringLiteral("tutorhub-demo");
inline const QString demoAdmin = QStringLiteral("admin@tutorhub.local");
inline const QString demoTutor = QStringLiteral("maria.keller@tutorhub.local");
inline const QString demoStudent = QStringLiteral("lena.fischer@tutorhub.local");

// Starts tutorhub-server (TUTORHUB_SERVER_BIN) with --port 0 --data <temp> --demo and, unless
// devCodes is false, --dev-codes (codes in the responses, SEC1). Returns false and sets `why` when
// the program is not configured.
inline bool startDemoServer(app::LocalServer &server, const QTemporaryDir &dir, QString *why, bool devCodes = true)
{
    const QString bin = qEnvironmentVariable("TUTORHUB_SERVER_BIN");
    if (bin.isEmpty()) {
        *why = QStringLiteral("TUTORHUB_SERVER_BIN is not set (server part not built)");
        return false;
    }
    server.setProgram(bin);
    server.setDataDirectory(dir.filePath(QStringLiteral("server")));
    server.setDemo(true);
    server.setDevCodes(devCodes);
    QSignalSpy started(&server, &app::LocalServer::started);
    QSignalSpy failed(&server, &app::LocalServer::failed);
    server.start();
    if (!QTest::qWaitFor([&] { return started.count() + failed.count() > 0; }, 30000) || !server.isRunning()) {
        *why = QStringLiteral("tutorhub-server did not start: ") + server.errorMessage();
        return false;
    }
    return true;
}

// The services a login or main window is built over, as the app wires them: a settings file of the test's own, a
// client on the demo server's Local environment (set before the session reads it), a token store in memory.
struct ClientStack
{
    ClientStack(const QUrl &server, const QString &settingsFile)
        : settings(settingsFile, QSettings::IniFormat),
          appSettings(&settings),
          environmentSet((client.setEnvironment(api::Environment::local(server)), true)),
          auth(&client),
          session(&client, &auth, &store, &appSettings)
    { }
    // Signs `email` in with the demo password (not remembered); false when no session came within `timeout` ms.
    bool signIn(const QString &email, int timeout = 20000)
    {
        QSignalSpy signedIn(&session, &api::Session::signedIn);
        session.signIn(email, demoPassword, false);
        return QTest::qWaitFor([&] { return signedIn.count() > 0; }, timeout);
    }

    QSettings settings;
    api::AppSettings appSettings;
    api::ApiClient client;
    const bool environmentSet;
    api::AuthApi auth;
    api::MemoryTokenStore store;
    api::Session session;
};

template<typename T = QAbstractButton>
T *findByName(QWidget *root, const QString &accessibleName, bool visibleOnly = true)
{
    const auto all = root->findChildren<T *>();
    for (T *w : all)
        if (w->accessibleName() == accessibleName && (!visibleOnly || w->isVisible()))
            return w;
    return nullptr;
}

} // namespace tutorhub::testing
