// Chat attachments in the chat pane (issue 15 item 5, decisions U57-U59): the composer that takes pasted images
// and dropped files, and the controller behind the attach menu, drag and drop onto the pane, the bubbles' clicks
// (download with progress to the place the save dialog gives, then Open) and the outgoing rows' Retry, Cancel
// upload and Discard. Uploads and downloads themselves are models::ChatUploader / ChatDownloader.
#pragma once

#include <QImage>
#include <QObject>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStringList>

class QLabel;
class QMenu;
class QModelIndex;
class QProgressBar;
class QToolButton;
class QWidget;

namespace tutorhub::models {
class ChatDownloader;
class ChatUploader;
} // namespace tutorhub::models

namespace tutorhub::ui {
class Prompter;
}

namespace tutorhub::ui::chat {

// The message field: a pasted image or dropped local files become attachments instead of text.
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    using QPlainTextEdit::QPlainTextEdit;

signals:
    void imagePasted(const QImage &image);
    void filesDropped(const QStringList &paths);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

class ChatAttachments : public QObject
{
    Q_OBJECT
public:
    // `pane` takes drops; the uploader and downloader are the pane's view-model's; `prompter` asks for files
    // (K2); `downloadsAvailable` says whether the server hands out chat files; `roomOf` gives the open
    // conversation; `showSentence` shows a sentence in the pane.
    ChatAttachments(QWidget *pane, models::ChatUploader *uploader, models::ChatDownloader *downloader,
                    Prompter *prompter, std::function<bool()> downloadsAvailable, std::function<QString()> roomOf,
                    std::function<void(const QString &)> showSentence);

    models::ChatUploader *uploader() const { return m_uploader; }
    models::ChatDownloader *downloader() const { return m_downloader; }
    // The strip under the messages that shows a download's progress, Cancel, and Open when done.
    QWidget *downloadBar() const { return m_bar; }

    // Fills the attach button's menu: Send a file or image… (only when the server takes files, else the
    // sentence why), Share a link… (`shareLink`).
    void fillMenu(QMenu *menu, const std::function<void()> &shareLink);
    bool uploadsAvailable() const;
    QString unavailableSentence() const;

    // Where the file chooser starts and the save dialog proposes files (the user's documents and downloads folders,
    // from the app's settings, K52); empty: Qt's choice.
    void setFolders(const QString &documents, const QString &downloads);

    // Queue a file / pasted image for the open conversation; false with the sentence shown.
    bool attachFile(const QString &path);
    bool attachImage(const QImage &image);
    void chooseFiles();

    // A click on an uploaded file: asks where to save it (the save dialog), then saveAttachment().
    void downloadWithDialog(const QModelIndex &index);
    // Downloads `fileId` to `path` with progress in the bar (tests call this instead of the dialog).
    void saveAttachment(const QString &fileId, const QString &fileName, const QString &path);
    QString lastSavedPath() const { return m_saved; }
    QString barText() const;

    // The context menu of an outgoing attachment row (Retry / Cancel upload / Discard).
    void addOutgoingActions(QMenu *menu, const QModelIndex &index);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_pane;
    Prompter *m_prompter;
    std::function<bool()> m_downloadsAvailable;
    models::ChatUploader *m_uploader;
    models::ChatDownloader *m_downloader;
    std::function<QString()> m_roomOf;
    std::function<void(const QString &)> m_show;
    QWidget *m_bar;
    QLabel *m_barLabel;
    QProgressBar *m_barProgress;
    QToolButton *m_barCancel;
    QToolButton *m_barOpen;
    QToolButton *m_barClose;
    QString m_saved;
    QString m_documents;
    QString m_downloads;
};

} // namespace tutorhub::ui::chat
