#include "workspacepage.h"

#include "common/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tutorhub::ui {

WorkspacePage::WorkspacePage(const models::NavigationPage &page, QWidget *parent) : QWidget(parent), m_pageId(page.id)
{
    setObjectName(QStringLiteral("page-%1").arg(page.id));
    setAccessibleName(page.title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(36, 30, 36, 30);
    layout->setSpacing(12);

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    auto *icon = new QLabel(this);
    icon->setPixmap(themeIcon(page.iconName).pixmap(30, 30));
    titleRow->addWidget(icon);
    auto *title = new QLabel(page.title, this);
    title->setObjectName(QStringLiteral("PageTitle"));
    title->setAccessibleName(page.title);
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    layout->addLayout(titleRow);

    auto *description = new QLabel(page.description, this);
    description->setObjectName(QStringLiteral("PageDescription"));
    description->setWordWrap(true);
    description->setMaximumWidth(640);
    layout->addWidget(description);

    if (!page.available) {
        auto *chip = new QLabel(tr("Coming in a later version"), this);
        chip->setObjectName(QStringLiteral("ComingChip"));
        chip->setAccessibleName(tr("Coming in a later version"));
        layout->addSpacing(4);
        layout->addWidget(chip, 0, Qt::AlignLeft);
    }
    layout->addStretch(1);
}

} // namespace tutorhub::ui
