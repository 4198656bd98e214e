#include "statuschip.h"

#include "models/labels.h"

#include <QPainter>
#include <QPainterPath>

namespace tutorhub::ui {

ToneColors toneColors(const QString &tone)
{
    if (tone == QLatin1String("positive"))
        return {QColor(0xdc, 0xf5, 0xe6), QColor(0x16, 0x65, 0x34)};
    if (tone == QLatin1String("negative"))
        return {QColor(0xfd, 0xe2, 0xe1), QColor(0x99, 0x1b, 0x1b)};
    if (tone == QLatin1String("warning"))
        return {QColor(0xfe, 0xf0, 0xc7), QColor(0x85, 0x4d, 0x0e)};
    if (tone == QLatin1String("info"))
        return {QColor(0xe0, 0xea, 0xfd), QColor(0x1e, 0x40, 0xaf)};
    return {QColor(0xec, 0xef, 0xf3), QColor(0x37, 0x41, 0x51)};
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
    setStyleSheet(QStringLiteral("QLabel#StatusChip { background: %1; color: %2; border-radius: 9px; "
                                 "font-weight: 600; padding: 2px 8px; }")
                      .arg(c.background.name(), c.foreground.name()));
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
    painter->setPen(c.foreground);
    painter->drawText(chip.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      fm.elidedText(text, Qt::ElideRight, chip.width() - 16));
    painter->restore();
}

} // namespace tutorhub::ui
