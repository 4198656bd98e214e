// A small window with a spinner and one sentence, shown while something slow happens before any
// other window exists (the bundled local server starting).
#pragma once

#include <QWidget>

class QLabel;

namespace tutorhub::ui {

class BusyIndicator;

class ProgressWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressWindow(const QString &text, QWidget *parent = nullptr);
    void setText(const QString &text);
    QString text() const;

private:
    QLabel *m_text;
    BusyIndicator *m_busy;
};

} // namespace tutorhub::ui
