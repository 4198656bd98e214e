#include "progresswindow.h"

#include "busyindicator.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tutorhub::ui {

ProgressWindow::ProgressWindow(const QString &text, QWidget *parent)
    : QWidget(parent),
      m_text(new QLabel(text, this)),
      m_busy(new BusyIndicator(this))
{
    setWindowTitle(tr("TutorHub"));
    setObjectName(QStringLiteral("ProgressWindow"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 20, 28, 20);
    layout->setSpacing(14);
    auto *logo = new QLabel(this);
    logo->setPixmap(themeIcon(QStringLiteral("logo")).pixmap(40, 40));
    layout->addWidget(logo);
    auto *column = new QVBoxLayout;
    auto *title = new QLabel(tr("TutorHub"), this);
    title->setObjectName(QStringLiteral("FormTitle"));
    column->addWidget(title);
    m_text->setWordWrap(true);
    m_text->setAccessibleName(tr("Progress"));
    column->addWidget(m_text);
    layout->addLayout(column, 1);
    m_busy->setShowDelay(0);
    layout->addWidget(m_busy);
    m_busy->start();
    setMinimumWidth(380);
}

void ProgressWindow::setText(const QString &text)
{
    m_text->setText(text);
}

QString ProgressWindow::text() const
{
    return m_text->text();
}

} // namespace tutorhub::ui
