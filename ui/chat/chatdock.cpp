#include "chatdock.h"

#include "mainwindow.h"

#include "api/session.h"
#include "models/chat/chatsession.h"
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
#include <QPointer>
#include <QTimer>
#include <QWindow>

#include <functional>

#include <memory>

namespace tutorhub::ui::chat {

namespace {

// Runs `then` once `window` has been exposed (and so painted its first frame), on the next event-loop turn.
class AfterExpose : public QObject
{
public:
    AfterExpose(QWindow *window, QObject *context, std::function<void()> then)
        : QObject(context),
          m_window(window),
          m_then(std::move(then))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && m_window && m_window->isExposed() && watched == m_window) {
            m_window->removeEventFilter(this);
            QTimer::singleShot(0, parent(), m_then);
            deleteLater();
        }
        return false;
    }

private:
    QPointer<QWindow> m_window;
    std::function<void()> m_then;
};

// The chat's connection starts after the window's first frame (F31): opening the socket is the largest part of
// building the dock. A window that is not shown (tests) starts it on the next turn, one that is shown but not
// exposed (minimized) after a second. start() does nothing when it has started already.
void startAfterFirstFrame(QWidget *window, models::ChatSession *realtime)
{
    // Whichever way comes first starts it, once (a later stop() is not undone).
    auto once = [realtime, done = std::make_shared<bool>(false)] {
        if (!std::exchange(*done, true))
            realtime->start();
    };
    QTimer::singleShot(0, realtime, [window = QPointer<QWidget>(window), realtime, once] {
        QWindow *handle = window ? window->windowHandle() : nullptr;
        if (!window || !window->isVisible() || !handle) {
            once();
            return;
        }
        if (handle->isExposed()) { // painted already: after what was queued with that frame
            QTimer::singleShot(0, realtime, once);
            return;
        }
        new AfterExpose(handle, realtime, once);
        // A window shown but not exposed (started minimized) still gets its messages and notifications.
        QTimer::singleShot(1000, realtime, once);
    });
}

} // namespace

void registerDock(PageRegistry &registry)
{
    registry.addDock(
        [](const WorkspaceContext &context, QMainWindow *window) { return createChatDock(context, window); });
    registry.addPage(QStringLiteral("messages"), [](const WorkspaceContext &context, QWidget *parent) -> QWidget * {
        // The dock's chat, passed in (K46): the page is a second pane on the same connection and outbox.
        if (!context.chat || !context.chat->session) {
            auto *label = new QLabel(QObject::tr("The chat is not available: sign in again to use it."), parent);
            label->setAccessibleName(QObject::tr("Chat unavailable"));
            return label;
        }
        auto *pane = new ChatPane(context, context.chat->session, parent);
        pane->setObjectName(QStringLiteral("chatPage"));
        context.chat->openConversation = [page = QPointer<ChatPane>(pane)](const QString &id) {
            if (page)
                page->openConversation(id);
        };
        pane->reload();
        return pane;
    });
    // Screenshot state: the newest conversation open.
    registry.addScreenshotState(QStringLiteral("messages"),
                                {QStringLiteral("conversation"), [](QWidget *page) {
                                     auto *pane = qobject_cast<ChatPane *>(page);
                                     if (!pane)
                                         return;
                                     auto *list = pane->conversations();
                                     QElapsedTimer t;
                                     t.start();
                                     while (list->rowCount() == 0 && t.elapsed() < 5000)
                                         QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
                                     if (list->rowCount() > 0)
                                         pane->openConversation(
                                             list->index(0).data(models::ConversationListModel::IdRole).toString());
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
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                      | QDockWidget::DockWidgetClosable);
    // The outbox and the hub connection (C53, C67: our hub, else polling) are the session's (K45).
    auto *session = new models::ChatSession(context.client, context.dataDirectory, me,
                                            context.session->currentUser().isAdmin(), dock);
    auto *pane = new ChatPane(context, session, dock);
    if (context.chat) { // the window's pages reach the chat through the context (K46), never by searching
        context.chat->session = session;
        context.chat->openEnrollment
            = [dockRef = QPointer<QDockWidget>(dock), paneRef = QPointer<ChatPane>(pane)](
                  const QString &enrollmentId, const QString &studentId, const QString &tutorId) {
                  if (!dockRef || !paneRef)
                      return;
                  dockRef->show();
                  dockRef->raise();
                  paneRef->openEnrollmentConversation(enrollmentId, studentId, tutorId);
              };
    }
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
        QObject::connect(session, &models::ChatSession::messageArrived, dock,
                         [notifier, window](const QString &room, const QString &sender, const QString &preview) {
                             if (window->isActiveWindow())
                                 return;
                             notifier->notify({QStringLiteral("chat:") + room,
                                               QObject::tr("New message from %1").arg(sender),
                                               preview,
                                               QStringLiteral("im.received"),
                                               {{QStringLiteral("default"), QObject::tr("Open the conversation")}}});
                         });
        QObject::connect(session, &models::ChatSession::notificationArrived, dock,
                         [notifier, window](const QString &id, const QString &title, const QString &body) {
                             if (window->isActiveWindow())
                                 return;
                             notifier->notify({QStringLiteral("notification:") + id, title, body, {}, {}});
                         });
        QObject::connect(notifier, &DesktopNotifier::activated, pane, [context](const QString &key, const QString &) {
            if (!key.startsWith(QLatin1String("chat:")) || !context.showPage)
                return;
            context.showPage(QStringLiteral("messages")); // builds the page, which sets openConversation
            if (context.chat && context.chat->openConversation)
                context.chat->openConversation(key.mid(5));
        });
    }
    startAfterFirstFrame(window, session);
    pane->reload();
    return dock;
}

bool openChatForEnrollment(const WorkspaceContext &context, const QString &enrollmentId, const QString &studentId,
                           const QString &tutorId)
{
    if (!context.chat || !context.chat->openEnrollment)
        return false;
    context.chat->openEnrollment(enrollmentId, studentId, tutorId);
    return true;
}

} // namespace tutorhub::ui::chat
