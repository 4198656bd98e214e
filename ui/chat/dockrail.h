// The chat dock's frame (issue 20, decision L5): a title bar with the unread count and buttons to
// collapse the dock to a narrow rail and to close it; the rail shows the chat icon and the unread
// count and opens the dock again. The dock is resizable; its width and whether it is collapsed are
// kept in the app's settings (passed in, per user of this computer) and restored next time.
#pragma once

#include "api/appsettings.h"

#include <QObject>
#include <QString>

class QDockWidget;
class QLabel;
class QMainWindow;
class QToolButton;
class QWidget;

namespace tutorhub::ui::chat {

class DockRail : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRailWidth = 48;
    static constexpr int kMinimumWidth = 260;
    static constexpr int kDefaultWidth = api::AppSettings::DefaultChatDockWidth;

    // Sets `content` (with the rail) as the dock's widget. `settings` may be null (nothing is remembered).
    DockRail(QDockWidget *dock, QWidget *content, QMainWindow *window, api::AppSettings *settings);

    bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);
    // The count the rail shows (0: none).
    void setUnread(int count);
    int expandedWidth() const { return m_width; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyWidth();
    void updateTitle();

    QDockWidget *m_dock;
    QMainWindow *m_window;
    api::AppSettings *m_settings;
    QWidget *m_content = nullptr;
    QWidget *m_rail = nullptr;
    QWidget *m_titleBar = nullptr;
    QWidget *m_noTitleBar = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_badge = nullptr;
    QToolButton *m_expand = nullptr;
    bool m_collapsed = false;
    bool m_placed = false; // the dock has shown (the remembered width is applied then)
    bool m_tracking = false; // from then on the user's resizing is remembered
    int m_width = kDefaultWidth;
    int m_unread = 0;
};

} // namespace tutorhub::ui::chat
