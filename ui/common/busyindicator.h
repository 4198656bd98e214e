// A small spinning arc. start() makes it visible only after a delay (200 ms by default), so quick
// answers do not flicker; stop() hides it at once.
#pragma once

#include <QTimer>
#include <QWidget>

namespace tutorhub::ui {

class BusyIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    void setShowDelay(int ms) { m_delay.setInterval(ms); }

    QSize sizeHint() const override { return {22, 22}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QTimer m_delay;
    QTimer m_tick;
    int m_angle = 0;
    bool m_running = false;
};

} // namespace tutorhub::ui
