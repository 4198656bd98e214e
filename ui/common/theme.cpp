#include "theme.h"

#include "fontscale.h"

#include <QApplication>
#include <QFile>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace tutorhub::ui {

namespace {
QString styleSheet()
{
    // resources/styles/tutorhub.qss, compiled in (P3).
    QFile file(QStringLiteral(":/tutorhub/styles/tutorhub.qss"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}
} // namespace

void applyTheme(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = app.style()->standardPalette();
    p.setColor(QPalette::Window, colors::window);
    p.setColor(QPalette::Base, colors::surface);
    p.setColor(QPalette::AlternateBase, colors::window);
    p.setColor(QPalette::WindowText, colors::text);
    p.setColor(QPalette::Text, colors::text);
    p.setColor(QPalette::ButtonText, colors::text);
    p.setColor(QPalette::Button, colors::surface);
    p.setColor(QPalette::Highlight, colors::accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, colors::accentDark);
    p.setColor(QPalette::PlaceholderText, colors::mutedText);
    p.setColor(QPalette::ToolTipBase, colors::text);
    p.setColor(QPalette::ToolTipText, Qt::white);
    app.setPalette(p);
    app.setStyleSheet(styleSheet());
    installFontScaling(app); // titles relative to the system font size (P32)
    app.setWindowIcon(themeIcon(QStringLiteral("logo")));
}

QString themeIconPath(const QString &name)
{
    return QStringLiteral(":/tutorhub/icons/%1.svg").arg(name);
}

QIcon themeIcon(const QString &name)
{
    const QString path = themeIconPath(name);
    if (name.isEmpty() || !QFile::exists(path))
        return {};
    return QIcon(path);
}

} // namespace tutorhub::ui
