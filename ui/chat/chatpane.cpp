#include "chatpane.h"

#include "api/appsettings.h"
#include "models/chat/chatfiles.h"
#include "models/chat/chatsession.h"
#include "models/chat/chatviewmodel.h"
#include "models/chat/conversationlistmodel.h"
#include "models/chat/messagelistmodel.h"
#include "models/format.h"
#include "ui/chat/chatattachments.h"
#include "ui/chat/chatdelegates.h"
#include "ui/common/prompter.h"
#include "ui/common/theme.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tutorhub::ui::chat {

using models::ConversationListModel;
using models::MessageListModel;

ChatPane::ChatPane(const WorkspaceContext &context, models::ChatSession *session, QWidget *parent)
    : QWidget(parent),
      m_context(context)
{
    setObjectName(QStringLiteral("chatPane"));
    m_vm = new models::ChatViewModel(session, this);
    m_conversations = m_vm->conversations();
    m_messages = m_vm->messages();
    m_files = new ChatAttachments(
        this, m_vm->uploader(), m_vm->downloader(), context.prompter,
        [session] { return session->downloadsAvailable(); }, [this] { return m_current; },
        [this](const QString &sentence) { showError(sentence); });
    if (context.settings)
        m_files->setFolders(context.settings->folders().documents, context.settings->folders().downloads);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("chatState"));
    m_state->setAccessibleName(tr("Chat connection state"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildListPage());
    m_stack->addWidget(buildRoomPage());
    layout->addWidget(m_stack, 1);

    m_stateTicker = new QTimer(this);
    m_stateTicker->setInterval(1000);
    connect(m_stateTicker, &QTimer::timeout, this, &ChatPane::updateState);
    connect(m_vm, &models::ChatViewModel::stateChanged, this, &ChatPane::updateState);
    connect(m_conversations, &ConversationListModel::unreadChanged, this, &ChatPane::unreadChanged);
    connect(m_conversations, &ConversationListModel::loadingChanged, this, &ChatPane::updateState);
    connect(m_messages, &MessageListModel::cachedChanged, this, &ChatPane::updateState);
    connect(m_conversations, &ConversationListModel::loadFailed, this, [this](const api::ApiError &e) {
        m_listEmpty->setText(e.userMessage());
        m_listEmpty->show();
    });
    connect(m_conversations, &ConversationListModel::modelReset, this, [this] {
        m_listEmpty->setVisible(m_conversations->rowCount() == 0);
        if (m_conversations->rowCount() == 0)
            m_listEmpty->setText(tr("No conversations yet. A conversation starts from an enrollment."));
    });
    connect(m_vm, &models::ChatViewModel::notice, this, &ChatPane::showError);
    connect(m_vm, &models::ChatViewModel::conversationReady, this, &ChatPane::openConversation);
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
        {tr("Silence…"), tr("Silence the other participant in this conversation"),
         [this] { moderate(QStringLiteral("silenced")); }},
        {tr("Block…"), tr("Block the other participant in this conversation"),
         [this] { moderate(QStringLiteral("blocked")); }},
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
    m_adminTools->setVisible(m_vm->isAdmin());
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
    // A click (or Return, eventFilter) on an uploaded file downloads it (U58).
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (index.data(MessageListModel::KindRole).value<MessageListModel::Kind>() == MessageListModel::Kind::Message)
            m_files->downloadWithDialog(index);
    });
    m_view->installEventFilter(this);
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
    l->addWidget(m_files->downloadBar());

    auto *composer = new QHBoxLayout;
    m_attach = new QToolButton(page);
    m_attach->setText(tr("Attach…"));
    m_attach->setAccessibleName(tr("Attach a file, an image or a link"));
    // The menu opens on click (not QToolButton::setMenu, whose arrow would cover the text).
    m_attachMenu = new QMenu(m_attach);
    connect(m_attachMenu, &QMenu::aboutToShow, this,
            [this] { m_files->fillMenu(m_attachMenu, [this] { attachLink(); }); });
    m_files->fillMenu(m_attachMenu, [this] { attachLink(); });
    connect(m_attach, &QToolButton::clicked, this,
            [this] { m_attachMenu->exec(m_attach->mapToGlobal(QPoint(0, m_attach->height()))); });
    auto *input = new ComposerEdit(page);
    connect(input, &ComposerEdit::imagePasted, m_files, &ChatAttachments::attachImage);
    connect(input, &ComposerEdit::filesDropped, this, [this](const QStringList &paths) {
        for (const QString &p : paths)
            if (!m_files->attachFile(p))
                break;
    });
    m_input = input;
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

models::ChatSession *ChatPane::session() const
{
    return m_vm->session();
}

void ChatPane::reload()
{
    m_vm->reload();
}

void ChatPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_stateTicker->start();
    markVisibleRead();
}

void ChatPane::updateState()
{
    QString text = m_vm->session()->stateText();
    // U44: the conversations shown are the last ones the server gave.
    const QDateTime cachedAt = m_stack->currentIndex() == 1 && m_messages->cachedAt().isValid()
                                   ? m_messages->cachedAt()
                                   : m_conversations->cachedAt();
    if (cachedAt.isValid())
        text = models::Format::offlineNotice(cachedAt) + QLatin1Char('\n') + text;
    m_state->setText(text);
    const bool ok = m_vm->session()->isConnected();
    m_state->setStyleSheet(ok ? QStringLiteral("color: %1;").arg(activeTheme().mutedText.name())
                              : QStringLiteral("color: %1; font-weight: bold;").arg(activeTheme().warningText.name()));
    if (!isVisible())
        m_stateTicker->stop();
}

void ChatPane::showList()
{
    m_stack->setCurrentIndex(0);
    m_list->setFocus();
    updateState();
}

void ChatPane::openConversation(const QString &conversationId)
{
    m_current = conversationId;
    m_replyToId.clear();
    m_editId.clear();
    m_vm->open(conversationId);
    m_roomTitle->setText(m_vm->title());
    m_roomCourse->setText(m_vm->courseTitle());
    m_roomCourse->setVisible(!m_roomCourse->text().isEmpty());
    m_typing->clear();
    m_notice->clear();
    m_stack->setCurrentIndex(1);
    updateComposer();
    m_input->setFocus();
    updateState();
}

void ChatPane::openEnrollmentConversation(const QString &enrollmentId, const QString &studentId, const QString &tutorId)
{
    m_vm->openEnrollment(enrollmentId, studentId, tutorId); // conversationReady() opens it
}

void ChatPane::updateComposer()
{
    const bool can = m_vm->canSend();
    m_input->setEnabled(can);
    m_send->setEnabled(can);
    m_attach->setEnabled(can && m_editId.isEmpty());
    m_attach->setToolTip(m_files->uploadsAvailable()
                             ? tr("Send a file or an image (up to %1), or share a link. You can also drop files here "
                                  "or paste an image.")
                                   .arg(models::ChatUploader::sizeText(models::ChatUploader::kMaxFileBytes))
                             : m_files->unavailableSentence());
    if (!can)
        m_notice->setText(m_vm->composerNotice());
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
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const QModelIndex current = m_view->currentIndex();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && current.isValid()
            && !current.data(MessageListModel::FileIdRole).toString().isEmpty()) {
            m_files->downloadWithDialog(current);
            return true;
        }
    }
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
                if (i.data(MessageListModel::KindRole).value<MessageListModel::Kind>()
                        == MessageListModel::Kind::Message
                    && i.data(MessageListModel::IsMineRole).toBool()
                    && !i.data(MessageListModel::DeletedRole).toBool()) {
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
    m_vm->typed();
}

void ChatPane::send()
{
    const QString text = m_input->toPlainText().trimmed();
    if (text.isEmpty() || m_current.isEmpty() || !m_send->isEnabled())
        return;
    const bool done = m_editId.isEmpty() ? m_vm->sendText(text, m_replyToId) : m_vm->editText(m_editId, text);
    if (!done)
        return; // the view-model said why
    m_replyToId.clear();
    m_editId.clear();
    m_input->clear();
    m_notice->clear();
    updateComposer();
    m_view->scrollToBottom();
}

void ChatPane::attachLink()
{
    // A link to a file already online (the only way without the chat file extension, U57).
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
    dialog.setObjectName(QStringLiteral("chatLinkDialog"));
    if (m_context.prompter->exec(&dialog) != QDialog::Accepted)
        return;
    m_vm->sendLink(kind->currentData().toString(), url->text(), name->text(), caption->text());
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
    if (!m_context.prompter->confirm(this, tr("Delete message"),
                                     tr("Delete this message for everyone in the conversation?"), tr("Delete"), true))
        return;
    m_vm->deleteMessage(index.data(MessageListModel::MessageIdRole).toString());
}

void ChatPane::messageMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid()
        && index.data(MessageListModel::KindRole).value<MessageListModel::Kind>() == MessageListModel::Kind::Outgoing) {
        QMenu menu(this);
        m_files->addOutgoingActions(&menu, index);
        if (!menu.isEmpty())
            menu.exec(m_view->viewport()->mapToGlobal(pos));
        return;
    }
    if (!index.isValid()
        || index.data(MessageListModel::KindRole).value<MessageListModel::Kind>() != MessageListModel::Kind::Message
        || index.data(MessageListModel::DeletedRole).toBool())
        return;
    QMenu menu(this);
    if (!index.data(MessageListModel::FileIdRole).toString().isEmpty())
        menu.addAction(tr("Download…"), this, [this, index] { m_files->downloadWithDialog(index); });
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
    m_vm->markRead();
}

void ChatPane::warnUser()
{
    const std::optional<QString> text = m_context.prompter->text(
        this, tr("Warn user"), tr("Warning sent to %1 as a message from the TutorHub team:").arg(m_roomTitle->text()),
        QString(), true);
    if (text)
        m_vm->warn(*text);
}

void ChatPane::moderate(const QString &action)
{
    const QString what = action == QLatin1String("blocked") ? tr("Block") : tr("Silence");
    const std::optional<int> hours = m_context.prompter->number(
        this, what,
        tr("%1 %2 in this conversation for how many hours? (0 = until lifted)").arg(what, m_roomTitle->text()), 24, 0,
        24 * 365);
    if (hours)
        m_vm->restrictPeer(action, *hours);
}

void ChatPane::liftModeration()
{
    const QStringList choices {tr("Silence"), tr("Block")};
    const std::optional<QString> which = m_context.prompter->choice(
        this, tr("Lift"), tr("Lift which restriction of %1?").arg(m_roomTitle->text()), choices);
    if (which)
        m_vm->lift(*which == choices.first() ? QStringLiteral("silenced") : QStringLiteral("blocked"));
}

} // namespace tutorhub::ui::chat
