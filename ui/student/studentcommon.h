// Small helpers shared by the student screens: a card delegate for course packs, a wait-until-
// loaded helper (screenshot states and detail views), and the accessible-name convenience.
#pragma once

#include "common/widgets.h"

#include <QJsonObject>
#include <QStyledItemDelegate>

#include <functional>

class QWidget;

namespace tutorhub::models {
class PagedListModel;
}

namespace tutorhub::ui::student {

// Paints a course pack row as a card: title, tutor, category, price, scheduling and screening chips.
class PackCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Cards share the view's width (L1): as many columns as fit at kMinCardWidth, each as wide as the
    // row allows. `viewportWidth` is the view's; `spacing` its item spacing.
    static constexpr int kMinCardWidth = 250;
    void fitTo(int viewportWidth, int spacing);

private:
    int m_cardWidth = kMinCardWidth + 10;
};

// Calls `then` once `model` has answered its current query (at once when it already has).
void whenLoaded(models::PagedListModel *model, QObject *context, std::function<void()> then);

// named() lives in ui/common/widgets.h (ui::named), visible here as the enclosing namespace's.

} // namespace tutorhub::ui::student
