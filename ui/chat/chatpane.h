// The chat pane (issue 7), shown in a dock of every workspace: the connection state, the
// conversation list and, for the open conversation, the message view and the composer (typing
// indicator, reply, edit/delete own messages, send files and images (upload with progress, thumbnails,
// download) or share a link). Admins get tools to
// warn the other participant and to silence or block them in the room. It presents a models::ChatViewModel
// (commands, state and sentences, K45) and asks every question through the prompter (K2).
#pragma once

#include "ui/workspacecontext.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QListView;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace tutorhub::models {
class ChatSession;
class ChatViewModel;
class ConversationListModel;
class MessageListModel;
} // namespace tutorhub::models

namespace tutorhub::ui::chat {

class ChatAttachments;

class ChatPane : public QWidget
{
    Q_OBJECT
public:
    // `session` is owned by the caller (the dock); the pane starts nothing itself.
    ChatPane(const WorkspaceContext &context, models::ChatSession *session, QWidget *parent = nullptr);

    models::ChatViewModel *viewModel() const { return m_vm; }
    models::ChatSession *session() const;
    models::ConversationListModel *conversations() const { return m_conversations; }
    models::MessageListModel *messages() const { return m_messages; }
    // Files and images: attach, upload, download (U57-U59).
    ChatAttachments *attachments() const { return m_files; }
    QMenu *attachMenu() const { return m_attachMenu; } // Send a file or image…, Share a link…

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
    void attachLink();
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
    models::ChatViewModel *m_vm;
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
    ChatAttachments *m_files = nullptr;
    QMenu *m_attachMenu = nullptr;
    QWidget *m_adminTools;
    QTimer *m_stateTicker;
};

} // namespace tutorhub::ui::chat
