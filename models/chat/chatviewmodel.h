// ChatViewModel: what a chat pane shows and does (issue 17 item 1, K45). It owns the pane's conversation and
// message lists, the open conversation, and the commands of the composer and the admin tools (send, reply,
// edit, delete, share a link, typing, read markers, warn, silence/block and lift), which it turns into the typed
// hub frames (api/hubprotocol.h) or REST calls. Errors and results come back as sentences (notice()); the pane
// only presents them and asks the user through the prompter (K2).
#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace tutorhub::models {

class ChatDownloader;
class ChatSession;
class ChatUploader;
class ConversationListModel;
class MessageListModel;

class ChatViewModel : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTypingRepeatMs = 3000; // protocol §3: isTyping true at most every 3 s
    static constexpr int kTypingIdleMs = 4000; // no key for this long: isTyping false

    explicit ChatViewModel(ChatSession *session, QObject *parent = nullptr);

    ChatSession *session() const { return m_session; }
    ConversationListModel *conversations() const { return m_conversations; }
    MessageListModel *messages() const { return m_messages; }
    ChatUploader *uploader() const { return m_uploader; }
    ChatDownloader *downloader() const { return m_downloader; }
    bool isAdmin() const;

    // Loads the conversation list.
    void reload();
    // Opens a conversation of the list (its messages load).
    void open(const QString &conversationId);
    QString current() const { return m_current; }
    // Finds or creates the conversation of an enrollment; conversationReady() names it when the list has it.
    void openEnrollment(const QString &enrollmentId, const QString &studentId, const QString &tutorId);
    // The open conversation's title (the other participant) and course ("" when none).
    QString title() const;
    QString courseTitle() const;

    // Can the user write in the open conversation? When not, composerNotice() says why.
    bool canSend() const;
    QString composerNotice() const;

    // Commands on the open conversation. Each returns false (and says why through notice()) when it cannot be
    // done now; what the server answers later arrives as notice() too.
    bool sendText(const QString &text, const QString &replyToId = {});
    bool editText(const QString &messageId, const QString &text);
    bool deleteMessage(const QString &messageId);
    // A link to a file already online: `type` image or document.
    bool sendLink(const QString &type, const QString &url, const QString &fileName, const QString &caption);
    // The user typed: isTyping true at most every kTypingRepeatMs, false after kTypingIdleMs without a key.
    void typed();
    void stopTyping();
    // Marks the open conversation read up to its last message.
    void markRead();
    // Admin tools: warn the other participant (a message from the TutorHub team), silence or block them in the
    // room for `hours` (0 = until lifted), lift a restriction.
    bool warn(const QString &text);
    bool restrictPeer(const QString &action, int hours);
    bool lift(const QString &action);

signals:
    // A sentence for the user (an error, or the result of a command); empty clears it.
    void notice(const QString &sentence);
    void conversationReady(const QString &conversationId);
    void stateChanged();

private:
    QString peerId() const;
    bool connectedOrSay(const QString &sentence);
    void onModeration(const QJsonObject &frame);

    ChatSession *m_session;
    ConversationListModel *m_conversations;
    MessageListModel *m_messages;
    ChatUploader *m_uploader;
    ChatDownloader *m_downloader;
    QString m_current;
    QTimer *m_typingIdle;
    qint64 m_lastTypingSentMs = 0;
};

} // namespace tutorhub::models
