// A rounded status label ("Paid", "Awaiting payment", ...) coloured by the value's tone
// (models::Labels::tone): positive, negative, warning, info, neutral. Also paints chips in views.
#pragma once

#include <QColor>
#include <QLabel>

class QPainter;

namespace tutorhub::ui {

struct ToneColors
{
    QColor background;
    QColor foreground;
    QColor border; // an outline, e.g. of a calendar item
};
ToneColors toneColors(const QString &tone);

class StatusChip : public QLabel
{
    Q_OBJECT

public:
    explicit StatusChip(QWidget *parent = nullptr);
    // Shows the translated label of an enum value, coloured by its tone.
    void setStatus(const QString &object, const QString &field, const QString &value);
    void setTextAndTone(const QString &text, const QString &tone);
    QString tone() const { return m_tone; }

    // Paints a chip with `text` left-aligned and vertically centred in `rect` (for delegates).
    static void paint(QPainter *painter, const QRect &rect, const QString &text, const QString &tone);

private:
    QString m_tone;
};

} // namespace tutorhub::ui
