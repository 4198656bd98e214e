#include "chatattachments.h"

#include "models/chat/chatfiles.h"
#include "models/chat/messagelistmodel.h"
#include "ui/common/prompter.h"

#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QToolButton>
#include <QUrl>

namespace tutorhub::ui::chat {

using models::MessageListModel;

namespace {

QStringList localFiles(const QMimeData *source)
{
    QStringList paths;
    if (!source || !source->hasUrls())
        return paths;
    for (const QUrl &url : source->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths << url.toLocalFile();
    return paths;
}

} // namespace

bool ComposerEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasImage() || !localFiles(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source);
}

void ComposerEdit::insertFromMimeData(const QMimeData *source)
{
    const QStringList files = localFiles(source);
    if (!files.isEmpty()) {
        emit filesDropped(files);
        return;
    }
    if (source->hasImage()) {
        emit imagePasted(qvariant_cast<QImage>(source->imageData()));
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

ChatAttachments::ChatAttachments(QWidget *pane, models::ChatUploader *uploader, models::ChatDownloader *downloader,
                                 Prompter *prompter, std::function<bool()> downloadsAvailable,
                                 std::function<QString()> roomOf, std::function<void(const QString &)> showSentence)
    : QObject(pane),
      m_pane(pane),
      m_prompter(prompter),
      m_downloadsAvailable(std::move(downloadsAvailable)),
      m_uploader(uploader),
      m_downloader(downloader),
      m_roomOf(std::move(roomOf)),
      m_show(std::move(showSentence))
{
    pane->setAcceptDrops(true);
    pane->installEventFilter(this);

    m_bar = new QWidget(pane);
    m_bar->setObjectName(QStringLiteral("chatDownloadBar"));
    auto *row = new QHBoxLayout(m_bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_barLabel = new QLabel(m_bar);
    m_barLabel->setWordWrap(true);
    m_barLabel->setAccessibleName(tr("Download"));
    m_barProgress = new QProgressBar(m_bar);
    m_barProgress->setRange(0, 100);
    m_barProgress->setMaximumWidth(120);
    m_barProgress->setAccessibleName(tr("Download progress"));
    m_barCancel = new QToolButton(m_bar);
    m_barCancel->setText(tr("Cancel"));
    m_barCancel->setAccessibleName(tr("Cancel the download"));
    m_barOpen = new QToolButton(m_bar);
    m_barOpen->setText(tr("Open"));
    m_barOpen->setAccessibleName(tr("Open the downloaded file"));
    m_barClose = new QToolButton(m_bar);
    m_barClose->setText(tr("Close"));
    m_barClose->setAccessibleName(tr("Close the download notice"));
    row->addWidget(m_barLabel, 1);
    row->addWidget(m_barProgress);
    row->addWidget(m_barCancel);
    row->addWidget(m_barOpen);
    row->addWidget(m_barClose);
    m_bar->hide();
    connect(m_barCancel, &QToolButton::clicked, m_downloader, &models::ChatDownloader::cancel);
    connect(m_barClose, &QToolButton::clicked, m_bar, &QWidget::hide);
    connect(m_barOpen, &QToolButton::clicked, this, [this] {
        if (!m_saved.isEmpty() && !QDesktopServices::openUrl(QUrl::fromLocalFile(m_saved)))
            m_barLabel->setText(
                tr("No program is set up to open “%1”. It is saved in %2.")
                    .arg(QFileInfo(m_saved).fileName(), QDir::toNativeSeparators(QFileInfo(m_saved).absolutePath())));
    });
    connect(m_downloader, &models::ChatDownloader::progressChanged, this, [this](int percent) {
        m_barProgress->setRange(0, percent < 0 ? 0 : 100);
        if (percent >= 0)
            m_barProgress->setValue(percent);
    });
    connect(m_downloader, &models::ChatDownloader::finished, this,
            [this](bool ok, const QString &path, const QString &sentence) {
                m_barProgress->hide();
                m_barCancel->hide();
                m_barClose->show();
                m_barOpen->setVisible(ok);
                if (ok) {
                    m_saved = path;
                    m_barLabel->setText(
                        tr("“%1” is saved in %2.")
                            .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
                } else {
                    m_barLabel->setText(sentence.isEmpty() ? tr("The download was canceled.") : sentence);
                }
            });
}

bool ChatAttachments::uploadsAvailable() const
{
    return m_uploader->available();
}

QString ChatAttachments::unavailableSentence() const
{
    return tr("This server does not take files in the chat. Share a link to the file instead.");
}

void ChatAttachments::fillMenu(QMenu *menu, const std::function<void()> &shareLink)
{
    menu->clear();
    QAction *file = menu->addAction(tr("Send a file or image…"), this, &ChatAttachments::chooseFiles);
    file->setEnabled(uploadsAvailable());
    if (!uploadsAvailable()) {
        QAction *why = menu->addAction(unavailableSentence());
        why->setEnabled(false);
    }
    menu->addAction(tr("Share a link…"), this, shareLink);
}

void ChatAttachments::setFolders(const QString &documents, const QString &downloads)
{
    m_documents = documents;
    m_downloads = downloads;
}

void ChatAttachments::chooseFiles()
{
    const QStringList files = m_prompter->openFiles(
        m_pane, tr("Send files"), m_documents,
        tr("Images and documents (*.png *.jpg *.jpeg *.gif *.pdf *.doc *.docx *.odt *.xls *.xlsx "
           "*.ods *.ppt *.pptx *.odp *.txt *.md *.csv *.zip);;All files (*)"));
    for (const QString &f : files)
        if (!attachFile(f))
            break;
}

bool ChatAttachments::attachFile(const QString &path)
{
    if (m_uploader->attachFile(m_roomOf(), path).isEmpty()) {
        m_show(m_uploader->lastError());
        return false;
    }
    m_show({});
    return true;
}

bool ChatAttachments::attachImage(const QImage &image)
{
    if (!uploadsAvailable()) {
        m_show(unavailableSentence());
        return false;
    }
    if (m_uploader->attachImage(m_roomOf(), image).isEmpty()) {
        m_show(m_uploader->lastError());
        return false;
    }
    m_show({});
    return true;
}

void ChatAttachments::downloadWithDialog(const QModelIndex &index)
{
    const QString fileId = index.data(MessageListModel::FileIdRole).toString();
    if (fileId.isEmpty())
        return;
    if (!m_downloadsAvailable()) {
        m_show(tr("This server does not hand out files sent in the chat. Ask the sender for a link instead."));
        return;
    }
    const QString name = index.data(MessageListModel::FileNameRole).toString();
    const QString proposed = m_downloads.isEmpty() ? name : QDir(m_downloads).filePath(name);
    const QString path = m_prompter->saveFile(m_pane, tr("Save “%1”").arg(name), proposed);
    if (!path.isEmpty())
        saveAttachment(fileId, name, path);
}

void ChatAttachments::saveAttachment(const QString &fileId, const QString &fileName, const QString &path)
{
    m_saved.clear();
    m_barLabel->setText(tr("Downloading “%1”…").arg(fileName));
    m_barProgress->setRange(0, 100);
    m_barProgress->setValue(0);
    m_barProgress->show();
    m_barCancel->show();
    m_barOpen->hide();
    m_barClose->hide();
    m_bar->show();
    m_downloader->download(fileId, fileName, path);
}

QString ChatAttachments::barText() const
{
    return m_bar->isVisible() ? m_barLabel->text() : QString();
}

void ChatAttachments::addOutgoingActions(QMenu *menu, const QModelIndex &index)
{
    const QString cid = index.data(MessageListModel::ClientMessageIdRole).toString();
    const bool failed
        = index.data(MessageListModel::TickRole).value<MessageListModel::Tick>() == MessageListModel::Tick::Failed;
    const bool uploading = index.data(MessageListModel::UploadProgressRole).toInt() >= 0;
    if (failed)
        menu->addAction(tr("Retry"), this, [this, cid] { m_uploader->retry(cid); });
    if (uploading)
        menu->addAction(tr("Cancel upload"), this, [this, cid] { m_uploader->cancel(cid); });
    else if (failed)
        menu->addAction(tr("Discard"), this, [this, cid] { m_uploader->cancel(cid); });
}

bool ChatAttachments::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pane && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove)) {
        auto *e = static_cast<QDropEvent *>(event);
        if (!localFiles(e->mimeData()).isEmpty() || e->mimeData()->hasImage()) {
            e->acceptProposedAction();
            return true;
        }
    }
    if (watched == m_pane && event->type() == QEvent::Drop) {
        auto *e = static_cast<QDropEvent *>(event);
        const QStringList files = localFiles(e->mimeData());
        for (const QString &f : files)
            if (!attachFile(f))
                break;
        if (files.isEmpty() && e->mimeData()->hasImage())
            attachImage(qvariant_cast<QImage>(e->mimeData()->imageData()));
        e->acceptProposedAction();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tutorhub::ui::chat
