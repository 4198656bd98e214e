#include "chatdelegates.h"

#include "models/chat/conversationlistmodel.h"
#include "models/chat/messagelistmodel.h"
#include "ui/common/theme.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace tutorhub::ui::chat {

using models::ConversationListModel;
using models::MessageListModel;

namespace {

constexpr int kPad = 8;
constexpr int kBubblePad = 8;

QRect textRect(const QFontMetrics &fm, const QString &text, int width)
{
    return fm.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text);
}

// The text of a message row: a link's "Image: caption" and address, an uploaded file's caption only (its name
// and size are on the chip or the image), otherwise the message text.
QString bodyTextOf(const QModelIndex &index)
{
    const QString text = index.data(MessageListModel::TextRole).toString();
    const QString type = index.data(MessageListModel::MessageTypeRole).toString();
    if (index.data(MessageListModel::IsAttachmentRole).toBool())
        return text == index.data(MessageListModel::FileNameRole).toString() ? QString() : text;
    if (type == QLatin1String("image") || type == QLatin1String("document"))
        return (type == QLatin1String("image") ? MessageDelegate::tr("Image: %1") : MessageDelegate::tr("Document: %1"))
                   .arg(text)
               + QLatin1Char('\n') + index.data(MessageListModel::UrlRole).toString();
    return text;
}

// The second line of a file chip: size, and what a click does.
QString chipDetail(const QModelIndex &index)
{
    const QString size = index.data(MessageListModel::FileSizeTextRole).toString();
    const int progress = index.data(MessageListModel::UploadProgressRole).toInt();
    if (progress >= 0)
        return MessageDelegate::tr("%1 · uploading %2 %").arg(size).arg(progress);
    if (index.data(MessageListModel::FileIdRole).toString().isEmpty())
        return size;
    return MessageDelegate::tr("%1 · click to download").arg(size);
}

} // namespace

void ConversationDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, p, opt.widget);
    const QRect r = option.rect.adjusted(kPad, kPad / 2, -kPad, -kPad / 2);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor fg = selected ? option.palette.highlightedText().color() : option.palette.text().color();
    const QColor muted = selected ? option.palette.highlightedText().color() : activeTheme().mutedText;
    const int unread = index.data(ConversationListModel::UnreadRole).toInt();
    p->save();
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fmb(bold), fm(option.font);
    const QString time = index.data(ConversationListModel::TimeTextRole).toString();
    const int timeW = fm.horizontalAdvance(time);
    p->setFont(bold);
    p->setPen(fg);
    const QRect titleR(r.left(), r.top(), r.width() - timeW - kPad, fmb.height());
    p->drawText(
        titleR, Qt::AlignLeft | Qt::AlignVCenter,
        fmb.elidedText(index.data(ConversationListModel::TitleRole).toString(), Qt::ElideRight, titleR.width()));
    p->setFont(option.font);
    p->setPen(muted);
    p->drawText(QRect(r.right() - timeW, r.top(), timeW, fm.height()), Qt::AlignRight | Qt::AlignVCenter, time);
    int y = r.top() + fmb.height();
    const QString course = index.data(ConversationListModel::CourseTitleRole).toString();
    if (!course.isEmpty()) {
        p->drawText(QRect(r.left(), y, r.width(), fm.height()), Qt::AlignLeft,
                    fm.elidedText(course, Qt::ElideRight, r.width()));
        y += fm.height();
    }
    // Unread badge at the right of the preview line.
    int badgeW = 0;
    if (unread > 0) {
        const QString n = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        badgeW = std::max(fm.height(), fm.horizontalAdvance(n) + 10);
        const QRect badge(r.right() - badgeW, y, badgeW, fm.height());
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(Qt::NoPen);
        // On a selected row the badge inverts, so it stays visible on the highlight.
        p->setBrush(selected ? option.palette.highlightedText().color() : activeTheme().accent);
        p->drawRoundedRect(badge, fm.height() / 2.0, fm.height() / 2.0);
        p->setPen(selected ? option.palette.highlight().color() : activeTheme().onAccent);
        p->setFont(bold);
        p->drawText(badge, Qt::AlignCenter, n);
        p->setFont(unread > 0 ? bold : option.font);
    }
    p->setPen(unread > 0 ? fg : muted);
    const QRect prevR(r.left(), y, r.width() - badgeW - (badgeW ? kPad : 0), fm.height());
    // Elided with the font it is painted in (bold while unread), so the end shows "…" instead of a cut letter.
    p->setFont(unread > 0 ? bold : option.font);
    p->drawText(prevR, Qt::AlignLeft,
                QFontMetrics(p->font()).elidedText(index.data(ConversationListModel::PreviewRole).toString(),
                                                   Qt::ElideRight, prevR.width()));
    p->restore();
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int lines = index.data(ConversationListModel::CourseTitleRole).toString().isEmpty() ? 1 : 2;
    return QSize(200, QFontMetrics(bold).height() + lines * option.fontMetrics.height() + kPad);
}

struct MessageDelegate::Layout
{
    MessageListModel::Kind kind;
    QString style;
    QRect bubble; // in item coordinates (origin 0,0)
    QRect quote; // reply quote inside the bubble
    QRect media; // an image's thumbnail, or a document's file chip (U59)
    QRect progress; // the upload's progress bar
    QImage thumbnail;
    bool chip = false;
    QString bodyText; // what the text rect shows
    QRect text;
    QRect footer; // time, edited, tick
    QString footerText;
    int height = 0;
};

MessageDelegate::Layout MessageDelegate::layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Layout l;
    l.kind = index.data(MessageListModel::KindRole).value<MessageListModel::Kind>();
    const QFontMetrics fm(option.font);
    const int width = std::max(120, option.rect.width() > 0 ? option.rect.width() : 320);
    if (l.kind == MessageListModel::Kind::DaySeparator) {
        l.height = fm.height() + 2 * kPad;
        return l;
    }
    l.style = index.data(MessageListModel::StyleRole).toString();
    const bool notice = l.style == QLatin1String("system") || l.style == QLatin1String("warning");
    const int maxBubble = notice ? width - 2 * kPad : int(width * 0.78);
    const int inner = maxBubble - 2 * kBubblePad;
    const QString type = index.data(MessageListModel::MessageTypeRole).toString();
    const bool attachment = index.data(MessageListModel::IsAttachmentRole).toBool();
    l.bodyText = bodyTextOf(index);
    QString text = l.bodyText;
    if (!notice && !index.data(MessageListModel::IsMineRole).toBool())
        text = index.data(MessageListModel::SenderNameRole).toString()
               + (text.isEmpty() ? QString() : QLatin1Char('\n') + text);
    const QRect tr0 = text.isEmpty() ? QRect() : textRect(fm, text, inner);
    // An uploaded file: the image's thumbnail, else a chip with the file's name and size; then the upload's bar.
    QSize media0;
    if (attachment) {
        l.thumbnail = index.data(MessageListModel::ThumbnailRole).value<QImage>();
        if (!l.thumbnail.isNull() && type == QLatin1String("image")) {
            media0 = l.thumbnail.size().scaled(std::min(inner, l.thumbnail.width()),
                                               std::min(inner, l.thumbnail.height()), Qt::KeepAspectRatio);
        } else {
            l.chip = true;
            QFont bold = option.font;
            bold.setBold(true);
            const int w
                = std::max(QFontMetrics(bold).horizontalAdvance(index.data(MessageListModel::FileNameRole).toString()),
                           fm.horizontalAdvance(chipDetail(index)));
            media0 = QSize(std::min(inner, w + 3 * kBubblePad + fm.height() + 6),
                           QFontMetrics(bold).height() + fm.height() + kBubblePad);
        }
    }
    const bool uploading = index.data(MessageListModel::UploadProgressRole).toInt() >= 0;
    const QString quote = index.data(MessageListModel::ReplyPreviewRole).toString();
    QRect q0;
    if (!quote.isEmpty())
        q0 = textRect(fm, quote, inner - 8).adjusted(0, 0, 8, 4);
    QStringList foot {index.data(MessageListModel::TimeTextRole).toString()};
    if (index.data(MessageListModel::EditedRole).toBool())
        foot << tr("edited");
    switch (index.data(MessageListModel::TickRole).value<MessageListModel::Tick>()) {
    case MessageListModel::Tick::Sending:
        foot << tr("sending…");
        break;
    case MessageListModel::Tick::Failed:
        foot << tr("not sent");
        break;
    case MessageListModel::Tick::Sent:
        foot << QStringLiteral("✓");
        break;
    case MessageListModel::Tick::Read:
        foot << QStringLiteral("✓✓");
        break;
    case MessageListModel::Tick::None:
        break;
    }
    l.footerText = foot.join(QStringLiteral(" · "));
    const QString error = index.data(MessageListModel::ErrorRole).toString();
    if (!error.isEmpty())
        l.footerText += QLatin1Char('\n') + error;
    const QRect f0 = textRect(fm, l.footerText, inner);
    int nameW = 0;
    if (!notice && !index.data(MessageListModel::IsMineRole).toBool()) {
        QFont bold = option.font;
        bold.setBold(true);
        nameW = QFontMetrics(bold).horizontalAdvance(index.data(MessageListModel::SenderNameRole).toString()) + 2;
    }
    const int mediaH = media0.isEmpty() ? 0 : media0.height() + 4 + (uploading ? 10 : 0);
    const int contentW = std::max({tr0.width(), q0.width(), f0.width(), nameW, media0.width(), 40});
    const int bubbleW = std::min(maxBubble, contentW + 2 * kBubblePad);
    const int bubbleH
        = kBubblePad + (q0.isNull() ? 0 : q0.height() + 4) + tr0.height() + mediaH + 2 + f0.height() + kBubblePad;
    const bool mine = l.style == QLatin1String("mine");
    const int x = notice ? kPad : (mine ? width - kPad - bubbleW : kPad);
    l.bubble = QRect(x, kPad / 2, bubbleW, bubbleH);
    int y = l.bubble.top() + kBubblePad;
    if (!q0.isNull()) {
        l.quote = QRect(x + kBubblePad, y, bubbleW - 2 * kBubblePad, q0.height());
        y += q0.height() + 4;
    }
    if (!media0.isEmpty()) {
        // The sender's name (theirs) comes first: the media below it, the caption after.
        const int nameH = (!notice && !mine) ? fm.height() + 2 : 0;
        l.media = QRect(x + kBubblePad, y + nameH, media0.width(), media0.height());
        if (uploading)
            l.progress = QRect(x + kBubblePad, l.media.bottom() + 5, bubbleW - 2 * kBubblePad, 6);
    }
    l.text = QRect(x + kBubblePad, y, bubbleW - 2 * kBubblePad, tr0.height() + mediaH);
    y += tr0.height() + mediaH + 2;
    l.footer = QRect(x + kBubblePad, y, bubbleW - 2 * kBubblePad, f0.height());
    l.height = bubbleH + kPad;
    return l;
}

void MessageDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout l = layoutFor(option, index);
    p->save();
    p->translate(option.rect.topLeft());
    p->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(option.font);
    if (l.kind == MessageListModel::Kind::DaySeparator) {
        const QString day = index.data(Qt::DisplayRole).toString();
        const int w = fm.horizontalAdvance(day) + 16;
        const QRect pill((option.rect.width() - w) / 2, kPad / 2, w, fm.height() + kPad);
        p->setPen(Qt::NoPen);
        p->setBrush(activeTheme().chatSystem.background);
        p->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        p->setPen(activeTheme().mutedText);
        p->drawText(pill, Qt::AlignCenter, day);
        p->restore();
        return;
    }
    // Bubbles in the active theme's colours (P40): others' on the surface, one's own on the soft accent.
    const Theme &theme = activeTheme();
    QColor bg = theme.surface, border = theme.border, fg = theme.text;
    if (l.style == QLatin1String("mine")) {
        bg = theme.accentSoft;
        border = theme.id == ThemeId::HighContrast ? theme.border : theme.accentSoft;
    } else if (l.style == QLatin1String("warning")) {
        bg = theme.chatModeration.background;
        border = theme.chatModeration.border;
        fg = theme.chatModeration.foreground;
    } else if (l.style == QLatin1String("system")) {
        bg = theme.chatSystem.background;
        border = theme.chatSystem.border;
        fg = theme.chatSystem.foreground;
    }
    if (index.data(MessageListModel::DeletedRole).toBool())
        fg = theme.mutedText;
    p->setPen(QPen(border, l.style == QLatin1String("warning") ? 1.5 : 1.0));
    p->setBrush(bg);
    p->drawRoundedRect(l.bubble, 8, 8);
    if (option.state & QStyle::State_Selected) {
        p->setPen(QPen(theme.focus, 2));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(l.bubble.adjusted(1, 1, -1, -1), 8, 8);
    }
    if (!l.quote.isNull()) {
        p->setPen(Qt::NoPen);
        p->setBrush(theme.hover);
        p->drawRect(l.quote);
        p->setBrush(theme.accent);
        p->drawRect(QRect(l.quote.left(), l.quote.top(), 3, l.quote.height()));
        p->setPen(theme.mutedText);
        p->drawText(l.quote.adjusted(8, 2, 0, 0), Qt::TextWordWrap,
                    index.data(MessageListModel::ReplyPreviewRole).toString());
    }
    const QString text = l.bodyText;
    const bool notice = l.style == QLatin1String("system") || l.style == QLatin1String("warning");
    QFont f = option.font;
    f.setItalic(index.data(MessageListModel::DeletedRole).toBool());
    p->setFont(f);
    p->setPen(fg);
    QRect body = l.text;
    if (!notice && !index.data(MessageListModel::IsMineRole).toBool()) {
        QFont b = option.font;
        b.setBold(true);
        p->setFont(b);
        p->setPen(theme.accentText);
        p->drawText(QRect(l.text.left(), l.text.top(), l.text.width(), fm.height()), Qt::AlignLeft,
                    index.data(MessageListModel::SenderNameRole).toString());
        p->setFont(f);
        p->setPen(fg);
        body.setTop(body.top() + fm.height() + (l.media.isNull() ? 0 : 2));
    }
    if (!l.media.isNull()) {
        if (l.chip) {
            p->setPen(QPen(theme.border, 1));
            p->setBrush(theme.window);
            p->drawRoundedRect(l.media, 6, 6);
            const int icon = fm.height();
            const QRect iconR(l.media.left() + kBubblePad, l.media.center().y() - icon / 2, icon, icon);
            p->setPen(QPen(theme.accent, 1.5));
            p->setBrush(Qt::NoBrush);
            p->drawRect(iconR.adjusted(2, 0, -2, 0)); // a sheet of paper
            p->drawLine(iconR.left() + 5, iconR.top() + 4, iconR.right() - 5, iconR.top() + 4);
            p->drawLine(iconR.left() + 5, iconR.top() + 8, iconR.right() - 5, iconR.top() + 8);
            const QRect textR = l.media.adjusted(2 * kBubblePad + icon, kBubblePad / 2, -kBubblePad, -kBubblePad / 2);
            QFont bold = option.font;
            bold.setBold(true);
            p->setFont(bold);
            p->setPen(fg);
            p->drawText(QRect(textR.left(), textR.top(), textR.width(), QFontMetrics(bold).height()), Qt::AlignLeft,
                        QFontMetrics(bold).elidedText(index.data(MessageListModel::FileNameRole).toString(),
                                                      Qt::ElideMiddle, textR.width()));
            p->setFont(option.font);
            p->setPen(theme.mutedText);
            p->drawText(QRect(textR.left(), textR.top() + QFontMetrics(bold).height(), textR.width(), fm.height()),
                        Qt::AlignLeft, fm.elidedText(chipDetail(index), Qt::ElideRight, textR.width()));
        } else {
            p->drawImage(l.media, l.thumbnail);
            p->setPen(QPen(theme.border, 1));
            p->setBrush(Qt::NoBrush);
            p->drawRect(l.media);
        }
        if (!l.progress.isNull()) {
            const int percent = std::clamp(index.data(MessageListModel::UploadProgressRole).toInt(), 0, 100);
            p->setPen(Qt::NoPen);
            p->setBrush(theme.border);
            p->drawRoundedRect(l.progress, 3, 3);
            p->setBrush(theme.accent);
            p->drawRoundedRect(
                QRect(l.progress.left(), l.progress.top(), l.progress.width() * percent / 100, l.progress.height()), 3,
                3);
        }
        body.setTop(l.media.bottom() + 4 + (l.progress.isNull() ? 0 : 10));
        p->setFont(f);
        p->setPen(fg);
    }
    if (!text.isEmpty())
        p->drawText(body, Qt::TextWordWrap, text);
    p->setFont(option.font);
    const bool failed
        = index.data(MessageListModel::TickRole).value<MessageListModel::Tick>() == MessageListModel::Tick::Failed;
    p->setPen(failed ? theme.errorText : theme.mutedText);
    p->drawText(l.footer, Qt::TextWordWrap | (l.style == QLatin1String("mine") ? Qt::AlignRight : Qt::AlignLeft),
                l.footerText);
    p->restore();
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout l = layoutFor(option, index);
    return QSize(option.rect.width() > 0 ? option.rect.width() : 320, l.height);
}

} // namespace tutorhub::ui::chat
