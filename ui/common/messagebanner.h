// The inline message area of a window: one sentence with an icon, coloured by kind. Hidden when empty.
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace tutorhub::ui {

class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Info, Success, Warning, Error };
    Q_ENUM(Kind)

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void showError(const QString &text) { showMessage(Kind::Error, text); }
    void clear();

    QString text() const;
    Kind kind() const { return m_kind; }
    bool hasMessage() const;

signals:
    void messageChanged(const QString &text);

private:
    Kind m_kind = Kind::Info;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
};

} // namespace tutorhub::ui
