#include "messagebanner.h"

#include "theme.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace tutorhub::ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent),
      m_icon(new QLabel(this)),
      m_text(new QLabel(this)),
      m_close(new QToolButton(this))
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
    const Theme &theme = activeTheme();
    const Tone *tone = &theme.bannerInfo;
    switch (kind) {
    case Kind::Info:
        iconName = "info";
        tone = &theme.bannerInfo;
        break;
    case Kind::Success:
        iconName = "success";
        tone = &theme.bannerSuccess;
        break;
    case Kind::Warning:
        iconName = "warning";
        tone = &theme.bannerWarning;
        break;
    case Kind::Error:
        iconName = "error";
        tone = &theme.bannerError;
        break;
    }
    const QString colors = QStringLiteral("background:%1; border:1px solid %2; color:%3;")
                               .arg(tone->background.name(), tone->border.name(), tone->foreground.name());
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
