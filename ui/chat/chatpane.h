// The chat pane (issue 7), shown in a dock of every workspace: the connection state, the
// conversation list and, for the open conversation, the message view and the composer (typing
// indicator, reply, edit/delete own messages, attach an image or document link). Admins get tools to
// warn the other participant and to silence or block them in the room.
#pragma once

#include "ui/workspacecontext.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace tutorhub::api {
class Outbox;
class RealtimeConnection;
} // namespace tutorhub::api

namespace tutorhub::models {
class ConversationListModel;
class MessageListModel;
} // namespace tutorhub::models

namespace tutorhub::ui::chat {

class ChatPane : public QWidget
{
    Q_OBJECT
public:
    // `outbox`/`realtime` are owned by the caller (the dock); the pane starts nothing itself.
    ChatPane(const WorkspaceContext &context, api::RealtimeConnection *realtime, api::Outbox *outbox, QWidget *parent = nullptr);

    models::ConversationListModel *conversations() const { return m_conversations; }
    models::MessageListModel *messages() const { return m_messages; }
    api::RealtimeConnection *realtime() const { return m_realtime; }
    api::Outbox *outbox() const { return m_outbox; }

    // Loads the conversation list (call after the connection was started).
    void reload();
    void openConversation(const QString &conversationId);
    // Opens (creating it if needed) the conversation of an enrollment between its student and tutor.
    void openEnrollmentConversation(const QString &enrollmentId, const QString &studentId, const QString &tutorId);
    QString currentConversation() const { return m_current; }
    void showList();

signals:
    void unreadChanged(int total);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildListPage();
    QWidget *buildRoomPage();
    void updateState();
    void updateComposer();
    void send();
    void attach();
    void startReply(const QModelIndex &index);
    void startEdit(const QModelIndex &index);
    void deleteMessage(const QModelIndex &index);
    void messageMenu(const QPoint &pos);
    void onTextEdited();
    void markVisibleRead();
    void warnUser();
    void moderate(const QString &action);
    void liftModeration();
    void showError(const QString &sentence);

    WorkspaceContext m_context;
    api::RealtimeConnection *m_realtime;
    api::Outbox *m_outbox;
    models::ConversationListModel *m_conversations;
    models::MessageListModel *m_messages;
    QString m_current;
    QString m_replyToId;
    QString m_editId;

    QLabel *m_state;
    QStackedWidget *m_stack;
    QListView *m_list;
    QLabel *m_listEmpty;
    QLabel *m_roomTitle;
    QLabel *m_roomCourse;
    QListView *m_view;
    QLabel *m_typing;
    QLabel *m_replyBanner;
    QToolButton *m_cancelReply;
    QLabel *m_notice;
    QPlainTextEdit *m_input;
    QPushButton *m_send;
    QToolButton *m_attach;
    QWidget *m_adminTools;
    QTimer *m_typingIdle;
    QTimer *m_stateTicker;
    qint64 m_lastTypingSentMs = 0;
};

// Finds the chat pane of `anyWidget`'s window and opens the conversation of an enrollment there
// (the student and tutor workspaces call this from an enrollment). False when the window has no pane.
bool openChatForEnrollment(QWidget *anyWidget, const QString &enrollmentId, const QString &studentId, const QString &tutorId);
// The hub connection of `anyWidget`'s window (nullptr when it has no chat pane), for pages that
// want live notifications (RealtimeConnection::notificationReceived) without a second connection.
api::RealtimeConnection *realtimeConnectionOf(QWidget *anyWidget);

} // namespace tutorhub::ui::chat
