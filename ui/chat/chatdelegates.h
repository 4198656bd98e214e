// Painting of the chat lists: conversation rows (title, course, preview, time, unread badge) and
// message rows (bubbles mine/theirs, day separators, reply quotes, edited/deleted, system and warning
// messages as full-width notices, read ticks, sending/failed state).
#pragma once

#include <QStyledItemDelegate>

namespace tutorhub::ui::chat {

class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout;
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace tutorhub::ui::chat
