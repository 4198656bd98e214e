// The student's Help page's view-model (issue 17 item 1, decision K10): the reports (admin issues, D36) with the
// courses and tutors one can report, sending a report, and the notifications with the unread count and
// mark-as-seen. Lists are PagedListModels; results and errors are sentences the page shows.
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace tutorhub::api {
class ApiClient;
class IssuesApi;
class NotificationApi;
} // namespace tutorhub::api

namespace tutorhub::models {
class PagedListModel;
}

namespace tutorhub::models::student {

class HelpCenter : public QObject
{
    Q_OBJECT

public:
    HelpCenter(api::ApiClient *client, const QString &userId, QObject *parent = nullptr);

    PagedListModel *issues() const { return m_issues; }
    PagedListModel *notifications() const { return m_notifications; }
    PagedListModel *enrollments() const { return m_enrollments; } // the courses and tutors one can report
    void refresh(); // every list
    void refreshLive(); // an event the hub pushed: notifications and reports

    struct Target
    {
        QString label;
        QString value; // coursePackId ("content") or the tutor's user id ("user")
    };
    // issueType "content": the booked courses; "user": their tutors; "other": none.
    QList<Target> targets(const QString &issueType) const;
    static bool needsTarget(const QString &issueType) { return issueType != QLatin1String("other"); }

    enum class Field { None, Target, Description };
    Q_ENUM(Field)
    // Checks, then sends; the outcome comes as reportSent() / reportFailed(). Busy while it is under way.
    void sendReport(const QString &issueType, const QString &target, const QString &description);
    bool isSending() const { return m_sending; }

    int unseenCount() const { return m_unseen; }
    QString unseenText() const; // "2 unread notifications" / "All notifications are read."
    QString notificationsTabText() const; // "Notifications (2)"
    void markSeen(const QStringList &ids);
    void markAllSeen();

signals:
    void sendingChanged(bool sending);
    void reportSent(const QString &sentence);
    void reportFailed(tutorhub::models::student::HelpCenter::Field field, const QString &sentence);
    void unseenChanged(int count);
    void notificationMessage(const QString &sentence); // a sentence in place of the unread count

private:
    void updateUnseen();

    QString m_userId;
    api::IssuesApi *m_issuesApi;
    api::NotificationApi *m_notificationApi;
    PagedListModel *m_issues;
    PagedListModel *m_notifications;
    PagedListModel *m_enrollments;
    int m_unseen = 0;
    bool m_sending = false;
};

} // namespace tutorhub::models::student
