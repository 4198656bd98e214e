// "Help": report a problem about a course or a tutor (an admin issue, D36) and follow its status;
// the notifications with the unread count and mark-as-seen. Over the view-model models::student::HelpCenter (K10).
#pragma once

#include "workspacecontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace tutorhub::models {
class PagedListModel;
}
namespace tutorhub::models::student {
class HelpCenter;
}
namespace tutorhub::ui {
class BusyIndicator;
}

namespace tutorhub::ui::student {

class HelpPage : public QWidget
{
    Q_OBJECT

public:
    HelpPage(const WorkspaceContext &context, QWidget *parent = nullptr);

    models::student::HelpCenter *helpCenter() const { return m_help; }
    models::PagedListModel *issues() const;
    models::PagedListModel *notifications() const;
    models::PagedListModel *enrollments() const;
    int unseenCount() const;
    QString formMessage() const;
    // issueType: "content" (a course), "user" (the tutor of a course), "other".
    void setReport(const QString &issueType, int enrollmentRow, const QString &description);
    void sendReport();
    void markSeen(const QStringList &ids);
    void markAllSeen();

private:
    void updateTargets();
    void updateUnseen();

    models::student::HelpCenter *m_help;
    QComboBox *m_type;
    QComboBox *m_target;
    QPlainTextEdit *m_description;
    QPushButton *m_send;
    QLabel *m_formMessage;
    QLabel *m_unseenLabel;
    QTableView *m_notificationTable;
    BusyIndicator *m_busy;
};

} // namespace tutorhub::ui::student
