#include "chatpane.h"

#include "api/adminapi.h"
#include "api/apiclient.h"
#include "api/messagingapi.h"
#include "api/outbox.h"
#include "api/realtime.h"
#include "api/session.h"
#include "models/chat/chaterrors.h"
#include "models/chat/conversationlistmodel.h"
#include "models/chat/messagelistmodel.h"
#include "models/format.h"
#include "ui/chat/chatdelegates.h"
#include "ui/common/theme.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tutorhub::ui::chat {

using models::ConversationListModel;
using models::MessageListModel;

namespace {

constexpr int kTypingRepeatMs = 3000; // protocol §3: isTyping true at most every 3 s
constexpr int kTypingIdleMs = 4000;   // no key for this long: isTyping false

} // namespace

ChatPane::ChatPane(const WorkspaceContext &context, api::RealtimeConnection *realtime, api::Outbox *outbox, QWidget *parent)
    : QWidget(parent), m_context(context), m_realtime(realtime), m_outbox(outbox)
{
    setObjectName(QStringLiteral("chatPane"));
    m_conversations = new ConversationListModel(context.client, realtime, this);
    m_messages = new MessageListModel(realtime, outbox, this);
    if (context.session) {
        m_conversations->setUserId(context.session->currentUser().id);
        m_messages->setUserId(context.session->currentUser().id);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_state = new QLabel(this);
    m_state->setAccessibleName(tr("Chat connection state"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildListPage());
    m_stack->addWidget(buildRoomPage());
    layout->addWidget(m_stack, 1);

    m_typingIdle = new QTimer(this);
    m_typingIdle->setSingleShot(true);
    m_typingIdle->setInterval(kTypingIdleMs);
    connect(m_typingIdle, &QTimer::timeout, this, [this] {
        if (!m_current.isEmpty() && m_lastTypingSentMs > 0)
            m_realtime->sendFrame({{QStringLiteral("type"), QStringLiteral("typing")}, {QStringLiteral("roomId"), m_current}, {QStringLiteral("isTyping"), false}});
        m_lastTypingSentMs = 0;
    });
    m_stateTicker = new QTimer(this);
    m_stateTicker->setInterval(1000);
    connect(m_stateTicker, &QTimer::timeout, this, &ChatPane::updateState);
    connect(m_realtime, &api::RealtimeConnection::stateChanged, this, &ChatPane::updateState);
    connect(m_conversations, &ConversationListModel::unreadChanged, this, &ChatPane::unreadChanged);
    connect(m_conversations, &ConversationListModel::loadFailed, this,
            [this](const api::ApiError &e) { m_listEmpty->setText(e.userMessage()); m_listEmpty->show(); });
    connect(m_conversations, &ConversationListModel::modelReset, this, [this] {
        m_listEmpty->setVisible(m_conversations->rowCount() == 0);
        if (m_conversations->rowCount() == 0)
            m_listEmpty->setText(tr("No conversations yet. A conversation starts from an enrollment."));
    });
    connect(m_realtime, &api::RealtimeConnection::messageRefused, this,
            [this](const QString &, const api::ApiError &e) { showError(models::chatErrorSentence(e)); });
    connect(m_realtime, &api::RealtimeConnection::errorReceived, this, [this](const QJsonObject &f) {
        const QString frame = f.value(QStringLiteral("frame")).toString();
        if (frame == QLatin1String("typing") || frame == QLatin1String("read"))
            return; // background frames: nothing the user did
        showError(models::chatErrorSentence(api::ApiError(api::ApiError::Kind::Http, f.value(QStringLiteral("status")).toInt(),
                                                          f.value(QStringLiteral("code")).toString(), f.value(QStringLiteral("message")).toString())));
    });
    // The moderator sees what the room's restriction now is.
    connect(m_realtime, &api::RealtimeConnection::frameReceived, this, [this](const QJsonObject &f) {
        if (f.value(QStringLiteral("type")).toString() != QLatin1String("moderation") || f.value(QStringLiteral("roomId")).toString() != m_current
            || (m_context.session && f.value(QStringLiteral("userId")).toString() == m_context.session->currentUser().id))
            return;
        const QDateTime until = models::Format::parseUtc(f.value(QStringLiteral("expiresAt")).toString());
        const QString when = until.isValid() ? tr(" until %1").arg(models::Format::dateTime(until)) : QString();
        if (f.value(QStringLiteral("lifted")).toBool())
            showError(tr("The restriction was lifted."));
        else if (f.value(QStringLiteral("action")).toString() == QLatin1String("blocked"))
            showError(tr("%1 is blocked in this conversation%2.").arg(m_roomTitle->text(), when));
        else
            showError(tr("%1 is silenced in this conversation%2.").arg(m_roomTitle->text(), when));
    });
    updateState();
}

QWidget *ChatPane::buildListPage()
{
    auto *page = new QWidget(this);
    auto *l = new QVBoxLayout(page);
    l->setContentsMargins(0, 0, 0, 0);
    m_list = new QListView(page);
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setModel(m_conversations);
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setUniformItemSizes(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &i) { openConversation(i.data(ConversationListModel::IdRole).toString()); });
    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex &i) { openConversation(i.data(ConversationListModel::IdRole).toString()); });
    m_listEmpty = new QLabel(tr("Loading conversations…"), page);
    m_listEmpty->setWordWrap(true);
    m_listEmpty->setAccessibleName(tr("Conversation list state"));
    l->addWidget(m_listEmpty);
    l->addWidget(m_list, 1);
    return page;
}

QWidget *ChatPane::buildRoomPage()
{
    auto *page = new QWidget(this);
    auto *l = new QVBoxLayout(page);
    l->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    auto *back = new QToolButton(page);
    back->setText(tr("← Conversations"));
    back->setAccessibleName(tr("Back to the conversations"));
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(back, &QToolButton::clicked, this, &ChatPane::showList);
    head->addWidget(back);
    auto *titles = new QVBoxLayout;
    m_roomTitle = new QLabel(page);
    m_roomTitle->setAccessibleName(tr("Conversation title"));
    QFont bold = m_roomTitle->font();
    bold.setBold(true);
    m_roomTitle->setFont(bold);
    m_roomCourse = new QLabel(page);
    m_roomCourse->setAccessibleName(tr("Course of the conversation"));
    titles->addWidget(m_roomTitle);
    titles->addWidget(m_roomCourse);
    head->addLayout(titles, 1);
    l->addLayout(head);

    m_adminTools = new QWidget(page);
    auto *tools = new QHBoxLayout(m_adminTools);
    tools->setContentsMargins(0, 0, 0, 0);
    const struct
    {
        QString text, name;
        std::function<void()> run;
    } toolTable[] = {
        {tr("Warn…"), tr("Warn the other participant"), [this] { warnUser(); }},
        {tr("Silence…"), tr("Silence the other participant in this conversation"), [this] { moderate(QStringLiteral("silenced")); }},
        {tr("Block…"), tr("Block the other participant in this conversation"), [this] { moderate(QStringLiteral("blocked")); }},
        {tr("Lift…"), tr("Lift a silence or block in this conversation"), [this] { liftModeration(); }},
    };
    for (const auto &t : toolTable) {
        auto *b = new QToolButton(m_adminTools);
        b->setText(t.text);
        b->setAccessibleName(t.name);
        b->setToolTip(t.name);
        connect(b, &QToolButton::clicked, this, t.run);
        tools->addWidget(b);
    }
    tools->addStretch();
    m_adminTools->setVisible(m_context.session && m_context.session->currentUser().isAdmin());
    l->addWidget(m_adminTools);

    m_view = new QListView(page);
    m_view->setAccessibleName(tr("Messages"));
    m_view->setModel(m_messages);
    m_view->setItemDelegate(new MessageDelegate(m_view));
    m_view->setUniformItemSizes(false);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setWordWrap(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_view, &QListView::customContextMenuRequested, this, &ChatPane::messageMenu);
    connect(m_messages, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 80)
            QTimer::singleShot(0, m_view, [this] { m_view->scrollToBottom(); });
        markVisibleRead();
    });
    connect(m_messages, &QAbstractItemModel::modelReset, this, [this] {
        QTimer::singleShot(0, m_view, [this] { m_view->scrollToBottom(); });
        markVisibleRead();
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int v) {
        if (v == m_view->verticalScrollBar()->minimum() && m_messages->hasOlder())
            m_messages->loadOlder();
    });
    l->addWidget(m_view, 1);

    m_typing = new QLabel(page);
    m_typing->setAccessibleName(tr("Typing indicator"));
    m_typing->setStyleSheet(QStringLiteral("color: %1; font-style: italic;").arg(activeTheme().mutedText.name()));
    connect(m_messages, &MessageListModel::typingChanged, m_typing, &QLabel::setText);
    l->addWidget(m_typing);

    auto *reply = new QHBoxLayout;
    m_replyBanner = new QLabel(page);
    m_replyBanner->setAccessibleName(tr("Replying to"));
    m_replyBanner->setWordWrap(true);
    m_cancelReply = new QToolButton(page);
    m_cancelReply->setText(tr("Cancel"));
    m_cancelReply->setAccessibleName(tr("Cancel the reply or edit"));
    connect(m_cancelReply, &QToolButton::clicked, this, [this] {
        m_replyToId.clear();
        m_editId.clear();
        m_input->clear();
        updateComposer();
    });
    reply->addWidget(m_replyBanner, 1);
    reply->addWidget(m_cancelReply);
    l->addLayout(reply);

    m_notice = new QLabel(page);
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("Chat notice"));
    l->addWidget(m_notice);
    connect(m_messages, &MessageListModel::canSendChanged, this, &ChatPane::updateComposer);

    auto *composer = new QHBoxLayout;
    m_attach = new QToolButton(page);
    m_attach->setText(tr("Attach…"));
    m_attach->setAccessibleName(tr("Attach an image or document link"));
    connect(m_attach, &QToolButton::clicked, this, &ChatPane::attach);
    m_input = new QPlainTextEdit(page);
    m_input->setAccessibleName(tr("Message"));
    m_input->setPlaceholderText(tr("Write a message (Enter sends, Shift+Enter new line)"));
    m_input->setMaximumHeight(90);
    m_input->setTabChangesFocus(true); // Tab goes on to "Send", it types no tab character (P31)
    m_input->installEventFilter(this);
    connect(m_input, &QPlainTextEdit::textChanged, this, &ChatPane::onTextEdited);
    m_send = new QPushButton(tr("Send"), page);
    m_send->setAccessibleName(tr("Send the message"));
    connect(m_send, &QPushButton::clicked, this, &ChatPane::send);
    composer->addWidget(m_attach);
    composer->addWidget(m_input, 1);
    composer->addWidget(m_send);
    l->addLayout(composer);
    return page;
}

void ChatPane::reload()
{
    m_conversations->load();
}

void ChatPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_stateTicker->start();
    markVisibleRead();
}

void ChatPane::updateState()
{
    m_state->setText(m_realtime->stateText());
    const bool ok = m_realtime->state() == api::RealtimeConnection::State::Connected;
    m_state->setStyleSheet(ok ? QStringLiteral("color: %1;").arg(activeTheme().mutedText.name())
                            : QStringLiteral("color: %1; font-weight: bold;").arg(activeTheme().warningText.name()));
    if (!isVisible())
        m_stateTicker->stop();
}

void ChatPane::showList()
{
    m_stack->setCurrentIndex(0);
    m_list->setFocus();
}

void ChatPane::openConversation(const QString &conversationId)
{
    m_current = conversationId;
    m_replyToId.clear();
    m_editId.clear();
    const QJsonObject c = m_conversations->conversation(conversationId);
    const int row = m_conversations->rowOf(conversationId);
    m_roomTitle->setText(row >= 0 ? m_conversations->index(row).data(ConversationListModel::TitleRole).toString() : tr("Conversation"));
    m_roomCourse->setText(c.value(QStringLiteral("courseTitle")).toString());
    m_roomCourse->setVisible(!m_roomCourse->text().isEmpty());
    m_typing->clear();
    m_notice->clear();
    m_messages->open(conversationId);
    m_stack->setCurrentIndex(1);
    updateComposer();
    m_input->setFocus();
}

void ChatPane::openEnrollmentConversation(const QString &enrollmentId, const QString &studentId, const QString &tutorId)
{
    api::MessagingApi(m_context.client).openEnrollmentConversation(enrollmentId, studentId, tutorId, this,
                                                                   [this](const api::Result<api::JsonAnswer> &r) {
        if (!r) {
            showError(r.error().userMessage());
            return;
        }
        const QString id = r.value().object().value(QStringLiteral("id")).toString();
        if (m_conversations->rowOf(id) < 0) {
            // New: show it once the list has it.
            auto *once = new QObject(this);
            connect(m_conversations, &ConversationListModel::modelReset, once, [this, id, once] {
                once->deleteLater();
                openConversation(id);
            });
            m_conversations->load();
        } else {
            openConversation(id);
        }
    });
}

void ChatPane::updateComposer()
{
    const bool closed = m_conversations->conversation(m_current).value(QStringLiteral("status")).toString() == QLatin1String("closed");
    const bool can = m_messages->canSend() && !closed;
    m_input->setEnabled(can);
    m_send->setEnabled(can);
    m_attach->setEnabled(can && m_editId.isEmpty());
    if (!can && m_realtime && m_realtime->state() == api::RealtimeConnection::State::Polling && !closed) {
        m_notice->setText(m_realtime->stateText()); // no hub: read-only, and why (C53)
    } else if (!can) {
        const QString type = m_conversations->conversation(m_current).value(QStringLiteral("conversationType")).toString();
        const bool oneWay = type == QLatin1String("adminStudent") && !(m_context.session && m_context.session->currentUser().isAdmin());
        m_notice->setText(models::chatErrorSentence(api::ApiError(
            api::ApiError::Kind::Http, 403,
            oneWay ? QStringLiteral("errMsg_OneWayConversation") : closed ? QStringLiteral("errMsg_ConversationClosed") : QStringLiteral("errMsg_SilencedInConversation"))));
    }
    m_notice->setVisible(!can || !m_notice->text().isEmpty());
    const bool banner = !m_replyToId.isEmpty() || !m_editId.isEmpty();
    m_replyBanner->setVisible(banner);
    m_cancelReply->setVisible(banner);
    m_send->setText(m_editId.isEmpty() ? tr("Send") : tr("Save"));
}

void ChatPane::showError(const QString &sentence)
{
    m_notice->setText(sentence);
    m_notice->setVisible(!sentence.isEmpty());
}

bool ChatPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & Qt::ShiftModifier)) {
            send();
            return true;
        }
        if (key->key() == Qt::Key_Escape && (!m_replyToId.isEmpty() || !m_editId.isEmpty())) {
            m_cancelReply->click();
            return true;
        }
        if (key->key() == Qt::Key_Up && m_input->toPlainText().isEmpty()) {
            // Up in an empty composer edits the last own message.
            for (int r = m_messages->rowCount() - 1; r >= 0; --r) {
                const QModelIndex i = m_messages->index(r);
                if (i.data(MessageListModel::KindRole).value<MessageListModel::Kind>() == MessageListModel::Kind::Message
                    && i.data(MessageListModel::IsMineRole).toBool() && !i.data(MessageListModel::DeletedRole).toBool()) {
                    startEdit(i);
                    return true;
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChatPane::onTextEdited()
{
    if (m_current.isEmpty() || !m_editId.isEmpty() || m_input->toPlainText().isEmpty())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastTypingSentMs >= kTypingRepeatMs) {
        m_realtime->sendFrame({{QStringLiteral("type"), QStringLiteral("typing")}, {QStringLiteral("roomId"), m_current}, {QStringLiteral("isTyping"), true}});
        m_lastTypingSentMs = now;
    }
    m_typingIdle->start();
}

void ChatPane::send()
{
    const QString text = m_input->toPlainText().trimmed();
    if (text.isEmpty() || m_current.isEmpty() || !m_send->isEnabled())
        return;
    if (!m_editId.isEmpty()) {
        if (!m_realtime->sendFrame({{QStringLiteral("type"), QStringLiteral("edit")},
                                    {QStringLiteral("messageId"), m_editId},
                                    {QStringLiteral("content"), QJsonObject{{QStringLiteral("text"), text}}}})) {
            showError(tr("The chat is offline: the change was not saved. Try again when it is connected."));
            return;
        }
    } else {
        QJsonObject reply;
        if (!m_replyToId.isEmpty())
            reply.insert(QStringLiteral("id"), m_replyToId);
        m_realtime->sendMessage(m_current, QStringLiteral("text"), QJsonObject{{QStringLiteral("text"), text}}, reply);
    }
    if (m_lastTypingSentMs > 0) {
        m_typingIdle->stop();
        m_realtime->sendFrame({{QStringLiteral("type"), QStringLiteral("typing")}, {QStringLiteral("roomId"), m_current}, {QStringLiteral("isTyping"), false}});
        m_lastTypingSentMs = 0;
    }
    m_replyToId.clear();
    m_editId.clear();
    m_input->clear();
    m_notice->clear();
    updateComposer();
    m_view->scrollToBottom();
}

void ChatPane::attach()
{
    // No upload route exists for chat files (API.md G48): the user shares a link.
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Attach an image or document"));
    auto *form = new QFormLayout(&dialog);
    auto *kind = new QComboBox(&dialog);
    kind->addItem(tr("Document"), QStringLiteral("document"));
    kind->addItem(tr("Image"), QStringLiteral("image"));
    kind->setAccessibleName(tr("Attachment type"));
    auto *url = new QLineEdit(&dialog);
    url->setAccessibleName(tr("Link to the file"));
    url->setPlaceholderText(QStringLiteral("https://…"));
    auto *name = new QLineEdit(&dialog);
    name->setAccessibleName(tr("File name"));
    auto *caption = new QLineEdit(&dialog);
    caption->setAccessibleName(tr("Caption"));
    form->addRow(tr("Type"), kind);
    form->addRow(tr("Link"), url);
    form->addRow(tr("File name"), name);
    form->addRow(tr("Caption"), caption);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QUrl link = QUrl::fromUserInput(url->text().trimmed());
    const QString type = kind->currentData().toString();
    QString file = name->text().trimmed();
    if (file.isEmpty())
        file = link.fileName();
    if (!link.isValid() || link.scheme().isEmpty() || (type == QLatin1String("document") && file.isEmpty())) {
        showError(tr("Enter a valid link and, for a document, a file name."));
        return;
    }
    QJsonObject content{{QStringLiteral("url"), link.toString()}};
    if (!file.isEmpty())
        content.insert(QStringLiteral("fileName"), file);
    if (!caption->text().trimmed().isEmpty())
        content.insert(QStringLiteral("caption"), caption->text().trimmed());
    m_realtime->sendMessage(m_current, type, content);
}

void ChatPane::startReply(const QModelIndex &index)
{
    m_editId.clear();
    m_replyToId = index.data(MessageListModel::MessageIdRole).toString();
    m_replyBanner->setText(tr("Replying to: %1").arg(index.data(MessageListModel::TextRole).toString().left(120)));
    updateComposer();
    m_input->setFocus();
}

void ChatPane::startEdit(const QModelIndex &index)
{
    m_replyToId.clear();
    m_editId = index.data(MessageListModel::MessageIdRole).toString();
    m_replyBanner->setText(tr("Editing your message"));
    m_input->setPlainText(index.data(MessageListModel::TextRole).toString());
    updateComposer();
    m_input->setFocus();
}

void ChatPane::deleteMessage(const QModelIndex &index)
{
    if (QMessageBox::question(this, tr("Delete message"), tr("Delete this message for everyone in the conversation?"))
        != QMessageBox::Yes)
        return;
    if (!m_realtime->sendFrame({{QStringLiteral("type"), QStringLiteral("delete")},
                                {QStringLiteral("messageId"), index.data(MessageListModel::MessageIdRole).toString()}}))
        showError(tr("The chat is offline: the message was not deleted. Try again when it is connected."));
}

void ChatPane::messageMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid() || index.data(MessageListModel::KindRole).value<MessageListModel::Kind>() != MessageListModel::Kind::Message
        || index.data(MessageListModel::DeletedRole).toBool())
        return;
    QMenu menu(this);
    if (m_send->isEnabled())
        menu.addAction(tr("Reply"), this, [this, index] { startReply(index); });
    const bool mine = index.data(MessageListModel::IsMineRole).toBool();
    const QString type = index.data(MessageListModel::MessageTypeRole).toString();
    if (mine && type == QLatin1String("text"))
        menu.addAction(tr("Edit"), this, [this, index] { startEdit(index); });
    if (mine)
        menu.addAction(tr("Delete"), this, [this, index] { deleteMessage(index); });
    if (!menu.isEmpty())
        menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void ChatPane::markVisibleRead()
{
    if (m_current.isEmpty() || !isVisible() || m_stack->currentIndex() != 1 || !window()->isActiveWindow())
        return;
    m_conversations->markRead(m_current, m_messages->lastSequence());
}

void ChatPane::warnUser()
{
    const int row = m_conversations->rowOf(m_current);
    if (row < 0)
        return;
    const QString peer = m_conversations->index(row).data(ConversationListModel::PeerIdRole).toString();
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Warn user"), tr("Warning sent to %1 as a message from the TutorHub team:")
                                                                                   .arg(m_roomTitle->text()), QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    if (text.trimmed().size() > api::kWarningMaxLength)
        return showError(tr("A warning can be at most %1 characters long (this one has %2). Please shorten it and send it again.")
                             .arg(api::kWarningMaxLength)
                             .arg(text.trimmed().size()));
    api::MessagingApi(m_context.client).warnUser(m_context.session ? m_context.session->currentUser().id : QString(), peer, text.trimmed(), this,
                                                 [this](const api::Result<api::JsonAnswer> &r) {
        showError(r ? tr("The warning was sent.") : r.error().userMessage());
    });
}

void ChatPane::moderate(const QString &action)
{
    const int row = m_conversations->rowOf(m_current);
    if (row < 0)
        return;
    const QString peer = m_conversations->index(row).data(ConversationListModel::PeerIdRole).toString();
    bool ok = false;
    const QString what = action == QLatin1String("blocked") ? tr("Block") : tr("Silence");
    const int hours = QInputDialog::getInt(this, what,
                                           tr("%1 %2 in this conversation for how many hours? (0 = until lifted)").arg(what, m_roomTitle->text()), 24,
                                           0, 24 * 365, 1, &ok);
    if (!ok)
        return;
    if (!m_realtime->sendFrame({{QStringLiteral("type"), QStringLiteral("moderate")},
                                {QStringLiteral("roomId"), m_current},
                                {QStringLiteral("userId"), peer},
                                {QStringLiteral("action"), action},
                                {QStringLiteral("duration"), hours * 3600}}))
        showError(tr("The chat is offline. Try again when it is connected."));
}

api::RealtimeConnection *realtimeConnectionOf(QWidget *anyWidget)
{
    QWidget *top = anyWidget ? anyWidget->window() : nullptr;
    auto *pane = top ? top->findChild<ChatPane *>(QStringLiteral("chatPane")) : nullptr;
    return pane ? pane->realtime() : nullptr;
}

void ChatPane::liftModeration()
{
    const int row = m_conversations->rowOf(m_current);
    if (row < 0)
        return;
    const QStringList choices{tr("Silence"), tr("Block")};
    bool ok = false;
    const QString which = QInputDialog::getItem(this, tr("Lift"), tr("Lift which restriction of %1?").arg(m_roomTitle->text()), choices, 0,
                                                false, &ok);
    if (!ok)
        return;
    if (!m_realtime->sendFrame({{QStringLiteral("type"), QStringLiteral("moderate")},
                                {QStringLiteral("roomId"), m_current},
                                {QStringLiteral("userId"), m_conversations->index(row).data(ConversationListModel::PeerIdRole).toString()},
                                {QStringLiteral("action"), which == choices.first() ? QStringLiteral("silenced") : QStringLiteral("blocked")},
                                {QStringLiteral("lift"), true}}))
        showError(tr("The chat is offline. Try again when it is connected."));
}

bool openChatForEnrollment(QWidget *anyWidget, const QString &enrollmentId, const QString &studentId, const QString &tutorId)
{
    QWidget *top = anyWidget ? anyWidget->window() : nullptr;
    auto *pane = top ? top->findChild<ChatPane *>(QStringLiteral("chatPane")) : nullptr;
    if (!pane)
        return false;
    for (QWidget *w = pane->parentWidget(); w; w = w->parentWidget())
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            dock->show();
            dock->raise();
        }
    pane->openEnrollmentConversation(enrollmentId, studentId, tutorId);
    return true;
}

} // namespace tutorhub::ui::chat
