// The overview page of one navigation entry: its title, what it is for, and, while the feature is
// not built yet, a plain "coming in a later version" note. Shows no invented data.
#pragma once

#include "models/workspacenavigationmodel.h"

#include <QWidget>

namespace tutorhub::ui {

class WorkspacePage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspacePage(const models::NavigationPage &page, QWidget *parent = nullptr);
    QString pageId() const { return m_pageId; }

private:
    QString m_pageId;
};

} // namespace tutorhub::ui
