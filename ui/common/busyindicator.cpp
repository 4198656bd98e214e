#include "busyindicator.h"

#include "theme.h"

#include <QPainter>

namespace tutorhub::ui {

BusyIndicator::BusyIndicator(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Working"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_delay.setSingleShot(true);
    m_delay.setInterval(200);
    m_tick.setInterval(40);
    connect(&m_delay, &QTimer::timeout, this, [this] {
        show();
        m_tick.start();
    });
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_angle = (m_angle + 24) % 360;
        update();
    });
    // Keeps its place in layouts while hidden.
    QSizePolicy sp = sizePolicy();
    sp.setRetainSizeWhenHidden(true);
    setSizePolicy(sp);
    hide();
}

void BusyIndicator::start()
{
    if (m_running)
        return;
    m_running = true;
    if (m_delay.interval() <= 0) {
        show();
        m_tick.start();
    } else {
        m_delay.start();
    }
}

void BusyIndicator::stop()
{
    m_running = false;
    m_delay.stop();
    m_tick.stop();
    hide();
}

void BusyIndicator::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int side = qMin(width(), height()) - 4;
    const QRectF r((width() - side) / 2.0, (height() - side) / 2.0, side, side);
    p.setPen(QPen(activeTheme().border, 2.5));
    p.drawEllipse(r);
    p.setPen(QPen(activeTheme().accentLine, 2.5, Qt::SolidLine, Qt::RoundCap));
    p.drawArc(r, -m_angle * 16, 100 * 16);
}

} // namespace tutorhub::ui
