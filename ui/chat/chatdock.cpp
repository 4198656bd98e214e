#include "chatdock.h"

#include "mainwindow.h"

#include "api/apiclient.h"
#include "api/contract.h"
#include "api/outbox.h"
#include "api/realtime.h"
#include "api/session.h"
#include "models/chat/conversationlistmodel.h"
#include "models/chat/messagelistmodel.h"
#include "ui/chat/chatpane.h"
#include "ui/chat/dockrail.h"
#include "ui/common/desktopnotifier.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QMainWindow>

#include <memory>

namespace tutorhub::ui::chat {

void registerDock(PageRegistry &registry)
{
    registry.addDock([](const WorkspaceContext &context, QMainWindow *window) { return createChatDock(context, window); });
    registry.addPage(QStringLiteral("messages"), [](const WorkspaceContext &context, QWidget *parent) -> QWidget * {
        auto *dockPane = parent ? parent->window()->findChild<ChatPane *>(QStringLiteral("chatPane")) : nullptr;
        if (!dockPane) {
            auto *label = new QLabel(QObject::tr("The chat is not available: sign in again to use it."), parent);
            label->setAccessibleName(QObject::tr("Chat unavailable"));
            return label;
        }
        auto *pane = new ChatPane(context, dockPane->realtime(), dockPane->outbox(), parent);
        pane->setObjectName(QStringLiteral("chatPage"));
        pane->reload();
        return pane;
    });
    // Screenshot state: the newest conversation open.
    registry.addScreenshotState(QStringLiteral("messages"), {QStringLiteral("conversation"), [](QWidget *page) {
                                    auto *pane = qobject_cast<ChatPane *>(page);
                                    if (!pane)
                                        return;
                                    auto *list = pane->conversations();
                                    QElapsedTimer t;
                                    t.start();
                                    while (list->rowCount() == 0 && t.elapsed() < 5000)
                                        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
                                    if (list->rowCount() > 0)
                                        pane->openConversation(list->index(0).data(models::ConversationListModel::IdRole).toString());
                                    t.restart();
                                    while (pane->messages()->isLoading() && t.elapsed() < 5000)
                                        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
                                }});
}

QDockWidget *createChatDock(const WorkspaceContext &context, QMainWindow *window)
{
    if (!context.client || !context.session || !context.session->currentUser().isValid())
        return nullptr;
    const QString me = context.session->currentUser().id;
    auto *dock = new QDockWidget(QObject::tr("Chat"), window);
    dock->setObjectName(QStringLiteral("chatDock"));
    dock->setAccessibleName(QObject::tr("Chat"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    auto *outbox = new api::Outbox(api::Outbox::defaultPath(context.client->environment(), me), dock);
    auto *realtime = new api::RealtimeConnection(context.client, outbox, dock);
    // C53, C67: our hub when the server names it, else the documented lists read in polling mode (read-only). A
    // client whose server was never asked keeps the hub, as before.
    realtime->setUserId(me);
    api::ApiClient *client = context.client;
    auto useFeatures = [realtime, client] {
        realtime->setHubAvailable(client->serverFeatures().supportsOrNotAsked(api::Route::realtimeHub));
    };
    useFeatures();
    QObject::connect(client, &api::ApiClient::serverFeaturesChanged, realtime, useFeatures);
    auto *pane = new ChatPane(context, realtime, outbox, dock);
    // Resizable, collapsible to a rail, its width and state remembered (L5).
    auto *rail = new DockRail(dock, pane, window, context.settings);
    QObject::connect(pane, &ChatPane::unreadChanged, dock, [dock, rail](int n) {
        dock->setWindowTitle(n > 0 ? QObject::tr("Chat (%1 unread)").arg(n) : QObject::tr("Chat"));
        rail->setUnread(n);
    });
    // The Messages page is the same chat, full size: the dock steps aside there (its connection stays)
    // and comes back on the other pages unless the user closed it.
    if (auto *main = qobject_cast<MainWindow *>(window)) {
        auto steppedAside = std::make_shared<bool>(false);
        QObject::connect(main, &MainWindow::currentPageChanged, dock, [main, dock, steppedAside] {
            const bool onMessages = main->currentPageId() == QLatin1String("messages");
            if (onMessages && dock->isVisible()) {
                *steppedAside = true;
                dock->hide();
            } else if (!onMessages && *steppedAside) {
                *steppedAside = false;
                dock->show();
            }
        });
    }

    // Desktop notifications while the window is not focused (U10, U12): through the notifier the app
    // passes in; a click opens the conversation.
    if (DesktopNotifier *notifier = context.notifier) {
        QObject::connect(realtime, &api::RealtimeConnection::messageReceived, dock,
                         [notifier, window, me](const QString &room, const QJsonObject &m) {
                             if (window->isActiveWindow() || m.value(QStringLiteral("senderId")).toString() == me)
                                 return;
                             notifier->notify({QStringLiteral("chat:") + room,
                                               QObject::tr("New message from %1").arg(m.value(QStringLiteral("senderName")).toString()),
                                               models::ConversationListModel::previewOf(m), QStringLiteral("im.received"),
                                               {{QStringLiteral("default"), QObject::tr("Open the conversation")}}});
                         });
        QObject::connect(realtime, &api::RealtimeConnection::notificationReceived, dock, [notifier, window](const QJsonObject &n) {
            if (window->isActiveWindow())
                return;
            notifier->notify({QStringLiteral("notification:") + n.value(QStringLiteral("id")).toString(),
                              n.value(QStringLiteral("title")).toString(), n.value(QStringLiteral("body")).toString(), {}, {}});
        });
        QObject::connect(notifier, &DesktopNotifier::activated, pane, [context, window](const QString &key, const QString &) {
            if (!key.startsWith(QLatin1String("chat:")) || !context.showPage)
                return;
            context.showPage(QStringLiteral("messages"));
            if (auto *page = window->findChild<ChatPane *>(QStringLiteral("chatPage")))
                page->openConversation(key.mid(5));
        });
    }
    realtime->start();
    pane->reload();
    return dock;
}

} // namespace tutorhub::ui::chat
