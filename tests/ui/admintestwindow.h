// The admin widget tests' fixture: an in-process demo server, an admin Session signed in, and the
// real MainWindow with the app's page registry (so pages are built as in the app).
#pragma once

#include "../models/admintesthelpers.h"

#include "api/appsettings.h"
#include "api/session.h"
#include "api/tokenstore.h"
#include "models/workspacenavigationmodel.h"
#include "testserver.h"
#include "ui/admin/adminpages.h"
#include "ui/admin/admintable.h"
#include "ui/common/prompter.h"
#include "ui/mainwindow.h"
#include "workspaces.h"

#include <QAbstractButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace tutorhub::admintest {

struct AdminWindow
{
    QTemporaryDir dir;
    std::unique_ptr<api::AppSettings> settings;
    api::ApiClient client;
    std::unique_ptr<api::AuthApi> auth;
    api::MemoryTokenStore store;
    std::unique_ptr<api::Session> session;
    ui::PageRegistry registry = app::buildPageRegistry();
    // Every modal question of the pages (flag a course, where to export, ...) is answered from here (K2).
    ui::ScriptedPrompter prompter;
    std::unique_ptr<ui::MainWindow> window;

    bool open(const QUrl &server, const QString &email = QStringLiteral("admin@tutorhub.local"))
    {
        settings = std::make_unique<api::AppSettings>(
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
        client.setEnvironment(api::Environment::local(server));
        client.setRetryDelays({});
        auth = std::make_unique<api::AuthApi>(&client);
        session = std::make_unique<api::Session>(&client, auth.get(), &store, settings.get());
        QSignalSpy signedIn(session.get(), &api::Session::signedIn);
        session->signIn(email, kPassword, false);
        if (!QTest::qWaitFor([&] { return signedIn.count() > 0; }, 20000))
            return false;
        registry.setDataDirectory(dir.path()); // this window's own moderation store, whatever runs beside it
        registry.setPrompter(&prompter);
        window = std::make_unique<ui::MainWindow>(session.get(), &client, client.environment(), &registry);
        window->resize(1200, 800);
        window->show();
        return true;
    }

    template<typename Page>
    Page *page(const QString &id)
    {
        const int row = window->navigationModel()->rowOf(id);
        window->showPage(row);
        return qobject_cast<Page *>(window->pageWidget(row));
    }
};

// Waits until an admin table's current query answered.
inline bool loaded(ui::admin::AdminTable *table, int ms = 20000)
{
    return QTest::qWaitFor([&] { return table->model()->hasLoaded() && !table->model()->isLoading(); }, ms);
}

template<typename T = QAbstractButton>
T *named(QWidget *root, const QString &name)
{
    for (T *w : root->findChildren<T *>())
        if (w->accessibleName() == name)
            return w;
    return nullptr;
}

inline bool selectWhere(ui::admin::AdminTable *table, const std::function<bool(const QJsonObject &)> &match)
{
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (match(table->model()->object(r))) {
            table->view()->setCurrentIndex(table->model()->index(r, 0));
            return true;
        }
    return false;
}

} // namespace tutorhub::admintest
