#include "studentcommon.h"

#include "common/statuschip.h"
#include "common/theme.h"
#include "models/format.h"
#include "models/labels.h"
#include "models/pagedlistmodel.h"
#include "models/student/studentlists.h"

#include <QPainter>
#include <QPainterPath>

namespace tutorhub::ui::student {

using models::Format;
using models::PagedListModel;

void PackCardDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QJsonObject pack = index.data(PagedListModel::ObjectRole).toJsonObject();
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(6, 6, -6, -6);
    const bool selected = option.state & QStyle::State_Selected;
    QPainterPath path;
    path.addRoundedRect(r, 8, 8);
    p->fillPath(path, activeTheme().surface);
    p->setPen(QPen(selected ? activeTheme().accentLine : activeTheme().border, selected ? 2 : 1));
    p->drawPath(path);

    const QRect inner = r.adjusted(12, 10, -12, -10);
    QFont title = option.font;
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.1);
    p->setFont(title);
    p->setPen(activeTheme().text);
    const QFontMetrics tfm(title);
    const int titleHeight = tfm.height() * 2;
    p->drawText(QRect(inner.left(), inner.top(), inner.width(), titleHeight),
                Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, Format::str(pack, "title"));

    p->setFont(option.font);
    const QFontMetrics fm(option.font);
    int y = inner.top() + titleHeight + 4;
    p->setPen(activeTheme().mutedText);
    p->drawText(
        QRect(inner.left(), y, inner.width(), fm.height()), Qt::AlignLeft,
        fm.elidedText(models::student::tutorNameOf(pack) + QStringLiteral(" · ") + Format::str(pack, "category"),
                      Qt::ElideRight, inner.width()));
    y += fm.height() + 6;
    QFont price = option.font;
    price.setBold(true);
    p->setFont(price);
    p->setPen(activeTheme().text);
    p->drawText(QRect(inner.left(), y, inner.width(), fm.height()), Qt::AlignLeft,
                tr("%1 per lesson").arg(Format::money(Format::num(pack, "price"))));
    y += fm.height() + 8;
    // The scheduling type as text, the screening requirement as a chip beside it.
    p->setFont(option.font);
    p->setPen(activeTheme().mutedText);
    const QString sched = models::Labels::enumLabel(QStringLiteral("coursePack"), QStringLiteral("schedulingType"),
                                                    Format::str(pack, "schedulingType"));
    const int w1 = p->fontMetrics().horizontalAdvance(sched) + 12;
    p->drawText(QRect(inner.left(), y, w1, fm.height() + 6), Qt::AlignLeft | Qt::AlignVCenter, sched);
    if (Format::flag(pack, "preliminaryMeetingRequired"))
        StatusChip::paint(p, QRect(inner.left() + w1, y, inner.width() - w1, fm.height() + 6), tr("Screening meeting"),
                          QStringLiteral("warning"));
    p->restore();
}

QSize PackCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {m_cardWidth, fm.height() * 7 + 40};
}

void PackCardDelegate::fitTo(int viewportWidth, int spacing)
{
    // Each item takes its width plus the spacing on both sides; one spare pixel per column keeps the
    // last card off the edge, so the view never wraps one card early or scrolls sideways.
    const int cell = kMinCardWidth + 2 * spacing;
    const int columns = qMax(1, (viewportWidth - 1) / cell);
    const int width = qMax(kMinCardWidth / 2, (viewportWidth - 1) / columns - 2 * spacing - 1);
    if (width == m_cardWidth)
        return;
    m_cardWidth = width;
    emit sizeHintChanged(QModelIndex());
}

void whenLoaded(PagedListModel *model, QObject *context, std::function<void()> then)
{
    if (model->hasLoaded() && !model->isLoading()) {
        then();
        return;
    }
    auto *once = new QObject(context);
    auto fire = [once, then] {
        if (once->property("done").toBool())
            return;
        once->setProperty("done", true);
        then();
        once->deleteLater();
    };
    QObject::connect(model, &PagedListModel::pageLoaded, once, fire);
    QObject::connect(model, &PagedListModel::errorOccurred, once, fire);
}

} // namespace tutorhub::ui::student
