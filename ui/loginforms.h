// The login window's form pieces (titles, hints, pages, the code box, buttons): shared by the window
// (loginwindow.cpp) and its pages (loginpages.cpp). Internal to ui/.
#pragma once

#include "common/fontscale.h"

#include <QCoreApplication>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include "common/theme.h"

namespace tutorhub::ui::loginforms {

inline QLabel *formTitle(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setObjectName(QStringLiteral("FormTitle"));
    l->setWordWrap(true); // a longer translation takes a second line rather than being cut (P24)
    return l;
}

inline QLabel *hint(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setObjectName(QStringLiteral("FormHint"));
    l->setWordWrap(true);
    return l;
}

// A page of the stacked form: no margins, a title and an optional hint.
inline QVBoxLayout *formPage(QWidget *page, const QString &title, const QString &hintText = QString())
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(formTitle(title, page));
    if (!hintText.isEmpty())
        layout->addWidget(hint(hintText, page));
    return layout;
}

// The box that shows a development server's verification code; hidden until a code arrives.
inline QFrame *devCodeBox(QWidget *parent, const QString &codeObjectName, QLabel **codeLabel)
{
    auto *box = new QFrame(parent);
    box->setObjectName(QStringLiteral("DevCodeBox"));
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(12, 10, 12, 10);
    auto *boxText = new QLabel(QCoreApplication::translate("tutorhub::ui::LoginWindow",
                                                           "This server does not send e-mail, so TutorHub shows the "
                                                           "code here and has filled it in for you. Check it and "
                                                           "confirm."),
                               box);
    boxText->setWordWrap(true);
    auto *code = new QLabel(box);
    code->setObjectName(codeObjectName);
    code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    code->setProperty(kFontScaleProperty, 16.0 / 9); // 16 pt at a 9 pt application font, following it (P32)
    code->setStyleSheet(QStringLiteral("font-family: monospace; font-weight: 600; "
                                       "letter-spacing: 4px; color: %1;")
                            .arg(activeTheme().accentText.name()));
    boxLayout->addWidget(boxText);
    boxLayout->addWidget(code);
    box->hide();
    *codeLabel = code;
    return box;
}

// A 6-digit code field.
inline void makeCodeField(QLineEdit *edit)
{
    edit->setMaxLength(6);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), edit));
    edit->setPlaceholderText(QCoreApplication::translate("tutorhub::ui::LoginWindow", "6 digits"));
}

// Where to look when the code is not shown: the local server's mail folder, or else the inbox.
inline QString mailFolderHint(const QString &folder)
{
    return folder.isEmpty()
               ? QString()
               : QLatin1Char(' ')
                     + QCoreApplication::translate("tutorhub::ui::LoginWindow",
                                                   "The local server on this computer does not send e-mail: "
                                                   "open the newest message file in %1 to read the code.")
                           .arg(QDir::toNativeSeparators(folder));
}

inline QPushButton *primaryButton(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QStringLiteral("PrimaryButton"));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    b->setAutoDefault(true);
    b->setMinimumHeight(36);
    return b;
}

} // namespace tutorhub::ui::loginforms
