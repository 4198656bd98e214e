// What a workspace page needs, passed in (no globals): the API client, the signed-in session, the
// window's message banner and the app's settings. PageRegistry maps navigation page ids to factories; the app fills
// it (ui/student, ui/tutor, ui/admin, ui/chat register their pages and docks) and MainWindow asks
// it for each page, falling back to the plain overview page for an id nobody registered.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QDockWidget;
class QMainWindow;
class QWidget;

namespace tutorhub::api {
class ApiClient;
class AppSettings;
class Session;
} // namespace tutorhub::api

namespace tutorhub::models {
class ChatSession;
} // namespace tutorhub::models

namespace tutorhub::ui {

// The window's chat, passed to every page and dock (K46): the chat dock fills it when it builds the chat, the
// pages use it instead of searching the window for the chat pane.
struct ChatLink
{
    models::ChatSession *session = nullptr; // the window's hub connection and outbox; null until the dock exists
    // Shows the dock's chat on the conversation of an enrollment (set by the dock).
    std::function<void(const QString &enrollmentId, const QString &studentId, const QString &tutorId)> openEnrollment;
    // Opens a conversation on the Messages page (set by that page when it is built).
    std::function<void(const QString &conversationId)> openConversation;
};

class DesktopNotifier;
class MessageBanner;
class Prompter;

struct WorkspaceContext
{
    api::ApiClient *client = nullptr;
    api::Session *session = nullptr;
    MessageBanner *banner = nullptr; // the main window's banner (for page-level messages)
    // Opens another page of the workspace by id (e.g. "my-learning" after a booking); may be empty.
    std::function<void(const QString &pageId)> showPage;
    // The same, returning the page (created on first use) so the caller can set it up, e.g. a dashboard tile
    // setting the list's filters (U63), the Calendar opening a lesson (U35); nullptr for an unknown id. May be empty.
    std::function<QWidget *(const QString &pageId)> openPage;
    // Where pages keep local state (e.g. unfinished moderation sequences): the app's data directory
    // (--data-dir, else its AppDataLocation). Never empty in the app; tests give each run its own.
    QString dataDirectory;
    // The app's settings (window layout such as the chat dock's width, the reminders' lead, the user's documents and
    // downloads folders; K50-K52); may be null (a page built alone in a test: defaults, choosers start anywhere).
    api::AppSettings *settings = nullptr;
    // Desktop notifications (chat messages, lesson reminders; U10); may be null (then none are shown).
    DesktopNotifier *notifier = nullptr;
    // Every modal question (confirmations, text, files, the workspace's dialogs) goes through it (K2). Never null
    // in a MainWindow: the registry's (a test's ScriptedPrompter) or the window's own WidgetPrompter.
    Prompter *prompter = nullptr;
    // The window's chat (K46); MainWindow makes one per window. May be null (a page built alone in a test).
    std::shared_ptr<ChatLink> chat = nullptr;
};

using PageFactory = std::function<QWidget *(const WorkspaceContext &context, QWidget *parent)>;
// A dock for every workspace (the chat pane); returns nullptr when it does not apply.
using DockFactory = std::function<QDockWidget *(const WorkspaceContext &context, QMainWindow *window)>;

// A further state of a page for the screenshot script (a dialog open, a detail shown, ...):
// `enter` is called with the page widget; the shot is saved as <page file>-<name>.png.
struct ScreenshotState
{
    QString name; // file-name part, e.g. "pack-detail"
    std::function<void(QWidget *page)> enter;
};

class PageRegistry
{
public:
    void addPage(const QString &pageId, PageFactory factory) { m_pages.insert(pageId, std::move(factory)); }
    PageFactory page(const QString &pageId) const { return m_pages.value(pageId); }
    bool hasPage(const QString &pageId) const { return m_pages.contains(pageId); }

    void addDock(DockFactory factory) { m_docks.append(std::move(factory)); }
    const QList<DockFactory> &docks() const { return m_docks; }

    void addScreenshotState(const QString &pageId, ScreenshotState state) { m_shots[pageId].append(std::move(state)); }

    // The data directory handed to every page through WorkspaceContext::dataDirectory.
    void setDataDirectory(const QString &dir) { m_dataDirectory = dir; }
    QString dataDirectory() const { return m_dataDirectory; }
    // The notifier handed to every page and dock through WorkspaceContext::notifier (U10).
    void setNotifier(DesktopNotifier *notifier) { m_notifier = notifier; }
    DesktopNotifier *notifier() const { return m_notifier; }
    // The prompter handed to every page and dock (K2); null: the main window uses Qt's dialogs.
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    Prompter *prompter() const { return m_prompter; }
    QList<ScreenshotState> screenshotStates(const QString &pageId) const { return m_shots.value(pageId); }

private:
    QString m_dataDirectory;
    DesktopNotifier *m_notifier = nullptr;
    Prompter *m_prompter = nullptr;
    QHash<QString, PageFactory> m_pages;
    QList<DockFactory> m_docks;
    QHash<QString, QList<ScreenshotState>> m_shots;
};

} // namespace tutorhub::ui
