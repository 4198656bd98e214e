#include "statuschip.h"

#include "models/labels.h"
#include "theme.h"

#include <QPainter>
#include <QPainterPath>

namespace tutorhub::ui {

ToneColors toneColors(const QString &tone)
{
    // The active theme's chip colours (P40).
    const Tone &c = activeTheme().tone(tone);
    return {c.background, c.foreground, c.border};
}

StatusChip::StatusChip(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("StatusChip"));
    setMargin(0);
    setContentsMargins(8, 2, 8, 2);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setTextAndTone(QString(), QStringLiteral("neutral"));
}

void StatusChip::setStatus(const QString &object, const QString &field, const QString &value)
{
    setTextAndTone(models::Labels::enumLabel(object, field, value), models::Labels::tone(object, field, value));
}

void StatusChip::setTextAndTone(const QString &text, const QString &tone)
{
    m_tone = tone;
    const ToneColors c = toneColors(tone);
    setText(text);
    setAccessibleName(text);
    // The border only shows where the theme gives one apart from the background (high contrast).
    setStyleSheet(
        QStringLiteral("QLabel#StatusChip { background: %1; color: %2; border: 1px solid %3; border-radius: 9px; "
                       "font-weight: 600; padding: 1px 7px; }")
            .arg(c.background.name(), c.foreground.name(),
                 (activeTheme().id == ThemeId::HighContrast ? c.border : c.background).name()));
    setVisible(!text.isEmpty());
}

void StatusChip::paint(QPainter *painter, const QRect &rect, const QString &text, const QString &tone)
{
    if (text.isEmpty())
        return;
    const ToneColors c = toneColors(tone);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont f = painter->font();
    f.setBold(true);
    painter->setFont(f);
    const QFontMetrics fm(f);
    const int w = qMin(rect.width(), fm.horizontalAdvance(text) + 16);
    const int h = fm.height() + 4;
    const QRect chip(rect.left(), rect.top() + (rect.height() - h) / 2, w, h);
    QPainterPath path;
    path.addRoundedRect(chip, h / 2.0, h / 2.0);
    painter->fillPath(path, c.background);
    if (activeTheme().id == ThemeId::HighContrast) {
        painter->setPen(QPen(c.border, 1));
        painter->drawPath(path);
    }
    painter->setPen(c.foreground);
    painter->drawText(chip.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      fm.elidedText(text, Qt::ElideRight, chip.width() - 16));
    painter->restore();
}

} // namespace tutorhub::ui
