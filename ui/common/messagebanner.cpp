#include "messagebanner.h"

#include "theme.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace tutorhub::ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("MessageBanner"));
    setAccessibleName(tr("Message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 9, 8, 9);
    layout->setSpacing(10);
    m_icon->setFixedSize(20, 20);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("MessageText"));
    m_close->setIcon(themeIcon(QStringLiteral("close")));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::clear);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    m_kind = kind;
    const char *iconName = "info";
    QString colors;
    switch (kind) {
    case Kind::Info:
        iconName = "info";
        colors = QStringLiteral("background:#eff6ff; border:1px solid #bfdbfe; color:#1e3a8a;");
        break;
    case Kind::Success:
        iconName = "success";
        colors = QStringLiteral("background:#f0fdf4; border:1px solid #bbf7d0; color:#14532d;");
        break;
    case Kind::Warning:
        iconName = "warning";
        colors = QStringLiteral("background:#fffbeb; border:1px solid #fde68a; color:#78350f;");
        break;
    case Kind::Error:
        iconName = "error";
        colors = QStringLiteral("background:#fef2f2; border:1px solid #fecaca; color:#7f1d1d;");
        break;
    }
    setStyleSheet(QStringLiteral("QFrame#MessageBanner { %1 border-radius: 8px; } "
                                 "QFrame#MessageBanner QLabel { background: transparent; border: none; }")
                      .arg(colors));
    m_icon->setPixmap(themeIcon(QString::fromLatin1(iconName)).pixmap(20, 20));
    m_text->setText(text);
    setAccessibleDescription(text);
    show();
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
    emit messageChanged(text);
}

void MessageBanner::clear()
{
    if (m_text->text().isEmpty() && isHidden())
        return;
    m_text->clear();
    setAccessibleDescription(QString());
    hide();
    emit messageChanged(QString());
}

QString MessageBanner::text() const
{
    return m_text->text();
}

bool MessageBanner::hasMessage() const
{
    return !m_text->text().isEmpty();
}

} // namespace tutorhub::ui
