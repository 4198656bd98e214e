#include "dockrail.h"

#include "ui/common/theme.h"

#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tutorhub::ui::chat {

DockRail::DockRail(QDockWidget *dock, QWidget *content, QMainWindow *window, api::AppSettings *settings)
    : QObject(dock),
      m_dock(dock),
      m_window(window),
      m_settings(settings),
      m_content(content)
{
    auto *holder = new QWidget(dock);
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(m_content);

    // The rail: the chat icon (opens the dock again) and the unread count under it.
    m_rail = new QWidget(holder);
    m_rail->setObjectName(QStringLiteral("chatRail"));
    auto *railLayout = new QVBoxLayout(m_rail);
    railLayout->setContentsMargins(4, 6, 4, 6);
    m_expand = new QToolButton(m_rail);
    m_expand->setObjectName(QStringLiteral("chatExpand"));
    m_expand->setIcon(themeIcon(QStringLiteral("messages")));
    m_expand->setIconSize(QSize(22, 22));
    m_expand->setAutoRaise(true);
    m_expand->setFocusPolicy(Qt::StrongFocus);
    m_expand->setAccessibleName(tr("Show the chat"));
    m_expand->setToolTip(tr("Show the chat"));
    m_badge = new QLabel(m_rail);
    m_badge->setObjectName(QStringLiteral("chatRailUnread"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; padding: 1px 5px; font-weight: 600; }")
            .arg(activeTheme().accent.name(), activeTheme().onAccent.name()));
    m_badge->hide();
    railLayout->addWidget(m_expand, 0, Qt::AlignHCenter);
    railLayout->addWidget(m_badge, 0, Qt::AlignHCenter);
    railLayout->addStretch(1);
    holderLayout->addWidget(m_rail);
    m_rail->hide();
    dock->setWidget(holder);

    // The title bar: the dock's title (with the unread count), collapse and close.
    m_titleBar = new QWidget(dock);
    m_titleBar->setObjectName(QStringLiteral("chatTitleBar"));
    auto *bar = new QHBoxLayout(m_titleBar);
    bar->setContentsMargins(8, 2, 2, 2);
    m_title = new QLabel(m_titleBar);
    m_title->setObjectName(QStringLiteral("chatTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *collapse = new QToolButton(m_titleBar);
    collapse->setObjectName(QStringLiteral("chatCollapse"));
    collapse->setText(QStringLiteral("»"));
    collapse->setAutoRaise(true);
    collapse->setAccessibleName(tr("Collapse the chat"));
    collapse->setToolTip(tr("Collapse the chat to a narrow bar"));
    auto *close = new QToolButton(m_titleBar);
    close->setIcon(themeIcon(QStringLiteral("close")));
    close->setAutoRaise(true);
    close->setAccessibleName(tr("Close the chat"));
    close->setToolTip(tr("Close the chat"));
    bar->addWidget(m_title, 1);
    bar->addWidget(collapse);
    bar->addWidget(close);
    m_noTitleBar = new QWidget(dock);
    m_noTitleBar->hide();
    dock->setTitleBarWidget(m_titleBar);

    connect(collapse, &QToolButton::clicked, this, [this] { setCollapsed(true); });
    connect(m_expand, &QToolButton::clicked, this, [this] { setCollapsed(false); });
    connect(close, &QToolButton::clicked, dock, &QDockWidget::close);
    connect(dock, &QDockWidget::windowTitleChanged, this, &DockRail::updateTitle);
    updateTitle();
    dock->installEventFilter(this);
    dock->setMinimumWidth(kMinimumWidth);

    if (m_settings) {
        m_width = qMax(kMinimumWidth, m_settings->chatDockWidth());
        m_collapsed = m_settings->chatDockCollapsed();
    }
    const bool collapsed = std::exchange(m_collapsed, false);
    setCollapsed(collapsed);
}

void DockRail::setCollapsed(bool collapsed)
{
    if (collapsed == m_collapsed)
        return;
    m_collapsed = collapsed;
    // The sizes the dock passes through now (setMinimumWidth resizes at once) are not the user's choice.
    m_tracking = false;
    m_content->setVisible(!collapsed);
    m_rail->setVisible(collapsed);
    m_dock->setTitleBarWidget(collapsed ? m_noTitleBar : m_titleBar);
    m_titleBar->setVisible(!collapsed);
    if (collapsed) {
        m_dock->setMinimumWidth(kRailWidth);
        m_dock->setMaximumWidth(kRailWidth);
    } else {
        m_dock->setMaximumWidth(QWIDGETSIZE_MAX);
        m_dock->setMinimumWidth(kMinimumWidth);
    }
    // Once the window has taken the new constraints in (a resize right away would still see the rail's).
    if (m_placed) {
        QTimer::singleShot(0, this, [this] {
            applyWidth();
            m_tracking = true;
        });
    }
    if (m_settings)
        m_settings->setChatDockCollapsed(collapsed);
    if (collapsed && m_dock->isVisible())
        m_expand->setFocus();
}

void DockRail::applyWidth()
{
    if (m_dock->isFloating() || !m_window)
        return;
    m_window->resizeDocks({m_dock}, {m_collapsed ? kRailWidth : m_width}, Qt::Horizontal);
}

void DockRail::setUnread(int count)
{
    m_unread = count;
    m_badge->setText(QString::number(count));
    m_badge->setVisible(count > 0);
    //: the collapsed chat's button; %n is the number of unread messages
    m_expand->setToolTip(count > 0 ? tr("Show the chat (%n unread)", nullptr, count) : tr("Show the chat"));
}

void DockRail::updateTitle()
{
    m_title->setText(m_dock->windowTitle());
}

bool DockRail::eventFilter(QObject *watched, QEvent *event)
{
    // The window lays docks out from their size hints when it is first shown: the remembered width then.
    if (watched == m_dock && event->type() == QEvent::Show && !m_placed) {
        m_placed = true;
        QTimer::singleShot(0, this, [this] {
            applyWidth();
            m_tracking = true;
        });
    }
    // The width the user dragged the dock to, kept for the next start.
    if (watched == m_dock && event->type() == QEvent::Resize && m_tracking && !m_collapsed && !m_dock->isFloating()
        && m_dock->isVisible() && m_dock->width() >= kMinimumWidth && m_dock->width() != m_width) {
        m_width = m_dock->width();
        if (m_settings)
            m_settings->setChatDockWidth(m_width);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tutorhub::ui::chat
