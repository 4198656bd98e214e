// "Help": report a problem about a course or a tutor (an admin issue, D36) and follow its status;
// the notifications with the unread count and mark-as-seen.
#pragma once

#include "workspacecontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace tutorhub::api {
class IssuesApi;
class NotificationApi;
}
namespace tutorhub::models {
class PagedListModel;
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

    models::PagedListModel *issues() const { return m_issues; }
    models::PagedListModel *notifications() const { return m_notifications; }
    models::PagedListModel *enrollments() const { return m_enrollments; }
    int unseenCount() const { return m_unseen; }
    QString formMessage() const;
    // issueType: "content" (a course), "user" (the tutor of a course), "other".
    void setReport(const QString &issueType, int enrollmentRow, const QString &description);
    void sendReport();
    void markSeen(const QStringList &ids);
    void markAllSeen();

private:
    void updateTargets();
    void updateUnseen();

    WorkspaceContext m_ctx;
    api::IssuesApi *m_issuesApi;
    api::NotificationApi *m_notificationApi;
    models::PagedListModel *m_issues;
    models::PagedListModel *m_notifications;
    models::PagedListModel *m_enrollments; // the courses and tutors one can report
    QComboBox *m_type;
    QComboBox *m_target;
    QPlainTextEdit *m_description;
    QPushButton *m_send;
    QLabel *m_formMessage;
    QLabel *m_unseenLabel;
    QTableView *m_notificationTable;
    BusyIndicator *m_busy;
    int m_unseen = 0;
};

} // namespace tutorhub::ui::student
