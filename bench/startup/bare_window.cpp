// The reference for bench/startup: a bare Qt Widgets window with a label and a button, reporting
// the moment it is first exposed and painted exactly as the app's startup probe does.
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>
#include <cstdio>

static long residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

class ExposeWatcher : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && !m_done) {
            auto *window = qobject_cast<QWindow *>(watched);
            if (window && window->isExposed()) {
                m_done = true;
                QTimer::singleShot(0, [] {
                    std::printf("tutorhub-probe shown=bare rss_kb=%ld\n", residentKb());
                    std::fflush(stdout);
                    QCoreApplication::quit();
                });
            }
        }
        return false;
    }

private:
    bool m_done = false;
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("Hello"), &window));
    layout->addWidget(new QPushButton(QStringLiteral("OK"), &window));
    window.resize(480, 360);
    window.winId();
    ExposeWatcher watcher;
    window.windowHandle()->installEventFilter(&watcher);
    window.show();
    return app.exec();
}
