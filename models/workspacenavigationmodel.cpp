#include "workspacenavigationmodel.h"

namespace tutorhub::models {

WorkspaceNavigationModel::WorkspaceNavigationModel(QObject *parent)
    : WorkspaceNavigationModel(api::Workspace::Student, parent)
{ }

WorkspaceNavigationModel::WorkspaceNavigationModel(api::Workspace workspace, QObject *parent)
    : QAbstractListModel(parent),
      m_workspace(workspace),
      m_pages(pagesFor(workspace))
{ }

void WorkspaceNavigationModel::setWorkspace(api::Workspace workspace)
{
    if (workspace == m_workspace)
        return;
    beginResetModel();
    m_workspace = workspace;
    m_pages = pagesFor(workspace);
    endResetModel();
    emit workspaceChanged(workspace);
}

int WorkspaceNavigationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pages.size());
}

QVariant WorkspaceNavigationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NavigationPage &p = m_pages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return p.title;
    case Qt::ToolTipRole:
    case DescriptionRole:
        return p.description;
    case Qt::AccessibleTextRole:
        return p.title;
    case PageIdRole:
        return p.id;
    case IconNameRole:
        return p.iconName;
    case AvailableRole:
        return p.available;
    default:
        return {};
    }
}

QHash<int, QByteArray> WorkspaceNavigationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PageIdRole, "pageId");
    names.insert(TitleRole, "title");
    names.insert(DescriptionRole, "description");
    names.insert(IconNameRole, "iconName");
    names.insert(AvailableRole, "available");
    return names;
}

int WorkspaceNavigationModel::rowOf(const QString &pageId) const
{
    for (int i = 0; i < m_pages.size(); ++i)
        if (m_pages.at(i).id == pageId)
            return i;
    return -1;
}

QList<NavigationPage> WorkspaceNavigationModel::pagesFor(api::Workspace workspace)
{
    auto page = [](const char *id, const QString &title, const QString &description, const char *icon) {
        return NavigationPage {QString::fromLatin1(id), title, description, QString::fromLatin1(icon), false};
    };
    const NavigationPage messages
        = page("messages", tr("Messages"),
               tr("Chat in real time with the people you learn or teach with; unsent messages are kept until "
                  "they are delivered."),
               "messages");
    switch (workspace) {
    case api::Workspace::Student:
        return {
            page("find-tutor", tr("Find a tutor"),
                 tr("Browse tutors and their course packs by subject, language and price, and book "
                    "lesson slots that suit you."),
                 "search"),
            page("my-learning", tr("My learning"),
                 tr("Follow your enrollments and upcoming lessons, pay for course packs and ask for a "
                    "refund after the first lesson."),
                 "learning"),
            page("student-calendar", tr("Calendar"),
                 tr("See your lessons and screening meetings by day, week or month in your time zone."), "calendar"),
            messages,
            page("help", tr("Help"),
                 tr("Report a problem with a lesson, a payment or a tutor, and follow how it is "
                    "handled."),
                 "help"),
            page("become-tutor", tr("Become a tutor"),
                 tr("Apply to teach on TutorHub and follow the review of your application."), "profile"),
        };
    case api::Workspace::Tutor:
        return {
            page("profile", tr("Profile"),
                 tr("Keep your public tutor profile up to date: photo, biography, subjects and "
                    "certifications."),
                 "profile"),
            page("course-packs", tr("Course packs"),
                 tr("Publish course packs with their price, lesson count and materials."), "coursepacks"),
            page("availability", tr("Availability"),
                 tr("Set your weekly availability in your own time zone; students book the slots "
                    "you open."),
                 "calendar"),
            page("lessons", tr("Lessons"),
                 tr("Run your booked lessons and screening meetings and mark them as completed."), "lessons"),
            page("tutor-calendar", tr("Calendar"),
                 tr("See your lessons, screening meetings, busy times and availability by day, week or month."),
                 "calendar"),
            page("students-earnings", tr("Students & earnings"),
                 tr("See who is enrolled in your course packs and what you have earned."), "earnings"),
            messages,
        };
    case api::Workspace::Admin:
        return {
            page("dashboard", tr("Dashboard"), tr("An overview of what needs attention on the platform today."),
                 "dashboard"),
            page("issues", tr("Issues"), tr("Triage problems reported by students and tutors, reply and resolve them."),
                 "issues"),
            page("tutor-applications", tr("Tutor applications"),
                 tr("Review tutor applications and approve or reject them with a note."), "applications"),
            page("users", tr("Users"), tr("Find users, change roles, warn, suspend or reactivate accounts."), "users"),
            page("courses", tr("Courses"),
                 tr("Moderate course packs; unpublishing one cancels its lessons and refunds its "
                    "students."),
                 "coursepacks"),
            page("enrollments-refunds", tr("Enrollments & refunds"),
                 tr("Oversee enrollments and payments, and refund or cancel them."), "refunds"),
            page("analytics", tr("Analytics"), tr("Charts of sign-ups, enrollments, revenue and refunds over time."),
                 "analytics"),
            page("agenthub", tr("AgentHub"), tr("Configure the platform's assistant agents and review what they did."),
                 "agent"),
            page("moderation-log", tr("Moderation log"),
                 tr("Every warning, suspension, ban, removal and approval, with who did it and why."), "issues"),
        };
    }
    return {};
}

QString WorkspaceNavigationModel::workspaceName(api::Workspace workspace)
{
    switch (workspace) {
    case api::Workspace::Student:
        return tr("Student");
    case api::Workspace::Tutor:
        return tr("Tutor");
    case api::Workspace::Admin:
        return tr("Administration");
    }
    return {};
}

QString WorkspaceNavigationModel::roleLabel(const QString &roleId)
{
    if (roleId == api::roles::superAdmin)
        return tr("Super administrator");
    if (roleId == api::roles::admin)
        return tr("Administrator");
    if (roleId == api::roles::tutor)
        return tr("Tutor");
    return tr("Student");
}

} // namespace tutorhub::models
