#include "theme.h"

#include <QApplication>
#include <QFile>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace tutorhub::ui {

namespace {
QString styleSheet()
{
    // Object names select the few special widgets; everything else keeps Fusion with our palette.
    return QStringLiteral(R"(
QWidget#HeaderBar { background: #ffffff; border-bottom: 1px solid #dde3ec; }
QLabel#HeaderTitle { font-size: 15pt; font-weight: 600; color: #1f2937; }
QLabel#HeaderWorkspace { color: #5b6778; font-size: 10.5pt; }
QLabel#HeaderUserName { font-weight: 600; color: #1f2937; }
QLabel#HeaderUserDetail { color: #5b6778; }
QListView#Sidebar { background: #ffffff; border: none; border-right: 1px solid #dde3ec; outline: 0; padding: 8px 0; }
QListView#Sidebar::item { padding: 9px 14px; margin: 1px 8px; border-radius: 6px; color: #1f2937; }
QListView#Sidebar::item:hover { background: #f1f5f9; }
QListView#Sidebar::item:selected { background: #e8effd; color: #1d4ed8; }
QLabel#PageTitle { font-size: 19pt; font-weight: 600; color: #1f2937; }
QLabel#PageDescription { font-size: 11pt; color: #3b4656; }
QLabel#ComingChip { background: #fff7e6; color: #8a4b00; border: 1px solid #f6d9a8; border-radius: 10px; padding: 3px 10px; }
QLabel#FormTitle { font-size: 17pt; font-weight: 600; color: #1f2937; }
QLabel#FormHint, QLabel#FieldHint { color: #5b6778; }
QFrame#Card { background: #ffffff; border: 1px solid #dde3ec; border-radius: 10px; }
QFrame#DevCodeBox { background: #f0f7ff; border: 1px dashed #7aa7f0; border-radius: 8px; }
QLineEdit { padding: 6px 8px; border: 1px solid #c8d1de; border-radius: 6px; background: #ffffff; }
QLineEdit:focus { border: 1px solid #2563eb; }
QLineEdit:disabled { background: #f1f4f8; color: #8b95a3; }
QComboBox { padding: 5px 8px; border: 1px solid #c8d1de; border-radius: 6px; background: #ffffff; }
QComboBox:focus { border: 1px solid #2563eb; }
QComboBox::drop-down { border: none; width: 26px; }
QComboBox::down-arrow { image: url(:/tutorhub/icons/chevron-down.svg); width: 14px; height: 14px; }
QPushButton { padding: 7px 14px; border: 1px solid #c8d1de; border-radius: 6px; background: #ffffff; color: #1f2937; }
QPushButton:hover { background: #f1f5f9; }
QPushButton:focus { border: 1px solid #2563eb; }
QPushButton:disabled { color: #9aa4b2; background: #f4f6fa; }
QPushButton#PrimaryButton { background: #2563eb; border: 1px solid #1d4ed8; color: #ffffff; font-weight: 600; }
QPushButton#PrimaryButton:hover { background: #1d4ed8; }
QPushButton#PrimaryButton:focus { border: 2px solid #1e3a8a; }
QPushButton#PrimaryButton:disabled { background: #93b4f3; border-color: #93b4f3; color: #eef3fd; }
QPushButton#LinkButton { border: none; background: transparent; color: #1d4ed8; padding: 3px 4px; text-align: left; }
QPushButton#LinkButton:hover { text-decoration: underline; }
QPushButton#LinkButton:focus { border: 1px dotted #1d4ed8; }
QPushButton#LinkButton:disabled { color: #9aa4b2; }
)");
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
