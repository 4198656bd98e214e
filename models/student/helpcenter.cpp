#include "helpcenter.h"

#include "api/issuesapi.h"
#include "api/notificationapi.h"
#include "models/format.h"
#include "models/pagedlistmodel.h"
#include "models/student/studentlists.h"

namespace tutorhub::models::student {

HelpCenter::HelpCenter(api::ApiClient *client, const QString &userId, QObject *parent)
    : QObject(parent),
      m_userId(userId),
      m_issuesApi(new api::IssuesApi(client, this)),
      m_notificationApi(new api::NotificationApi(client, this)),
      m_issues(myIssuesModel(client, this)),
      m_notifications(notificationsModel(client, this)),
      m_enrollments(enrollmentsModel(client, this))
{
    m_issues->setSort(QStringLiteral("createdAt"), Qt::DescendingOrder);
    m_enrollments->setPageSize(100);
    connect(m_notifications, &PagedListModel::pageLoaded, this, &HelpCenter::updateUnseen);
}

void HelpCenter::refresh()
{
    m_issues->refresh();
    m_notifications->refresh();
    m_enrollments->refresh();
}

void HelpCenter::refreshLive()
{
    m_notifications->refresh();
    m_issues->refresh();
}

QList<HelpCenter::Target> HelpCenter::targets(const QString &issueType) const
{
    QList<Target> out;
    if (!needsTarget(issueType))
        return out;
    QStringList seen;
    for (int row = 0; row < m_enrollments->rowCount(); ++row) {
        const QJsonObject e = m_enrollments->object(row);
        Target t;
        if (issueType == QLatin1String("content")) {
            t.label = packTitleOf(e);
            t.value = Format::str(e, "coursePackId");
        } else {
            t.label = tutorNameOf(e);
            t.value = Format::str(Format::join(e, "tutorProfile"), "tutorId");
        }
        if (t.value.isEmpty() || seen.contains(t.value))
            continue;
        seen << t.value;
        out << t;
    }
    return out;
}

void HelpCenter::sendReport(const QString &issueType, const QString &target, const QString &description)
{
    if (m_sending)
        return;
    const QString text = description.trimmed();
    if (needsTarget(issueType) && target.isEmpty()) {
        emit reportFailed(Field::Target, tr("Choose the course or tutor the report is about."));
        return;
    }
    if (text.isEmpty()) {
        emit reportFailed(Field::Description, tr("Describe the problem."));
        return;
    }
    m_sending = true;
    emit sendingChanged(true);
    m_issuesApi->createAdminIssue(m_userId, issueType, text, issueType == QLatin1String("content") ? target : QString(),
                                  issueType == QLatin1String("user") ? target : QString(), this,
                                  [this](const api::Result<api::JsonAnswer> &r) {
                                      m_sending = false;
                                      emit sendingChanged(false);
                                      if (!r) {
                                          emit reportFailed(Field::None, r.error().userMessage());
                                          return;
                                      }
                                      emit reportSent(tr("Thank you. Your report was sent; its status shows below."));
                                      m_issues->refresh();
                                  });
}

QString HelpCenter::unseenText() const
{
    return m_unseen > 0 ? (m_unseen == 1 ? tr("1 unread notification") : tr("%1 unread notifications").arg(m_unseen))
                        : tr("All notifications are read.");
}

QString HelpCenter::notificationsTabText() const
{
    return m_unseen > 0 ? tr("Notifications (%1)").arg(m_unseen) : tr("Notifications");
}

void HelpCenter::updateUnseen()
{
    m_notificationApi->unseenCount(this, [this](int count, const api::ApiError &error) {
        if (!error.isNone())
            return;
        m_unseen = count;
        emit unseenChanged(count);
    });
}

void HelpCenter::markSeen(const QStringList &ids)
{
    if (ids.isEmpty()) {
        emit notificationMessage(tr("Select the notifications to mark as seen."));
        return;
    }
    m_notificationApi->markSeen(ids, this, [this](const api::Result<api::JsonAnswer> &r) {
        if (!r) {
            emit notificationMessage(r.error().userMessage());
            return;
        }
        m_notifications->refresh();
    });
}

void HelpCenter::markAllSeen()
{
    QStringList ids;
    for (int row = 0; row < m_notifications->rowCount(); ++row)
        if (!Format::flag(m_notifications->object(row), "isSeen"))
            ids << m_notifications->idAt(row);
    if (ids.isEmpty()) {
        emit notificationMessage(tr("All notifications are read."));
        return;
    }
    markSeen(ids);
}

} // namespace tutorhub::models::student
