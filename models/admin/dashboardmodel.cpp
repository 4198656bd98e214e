#include "dashboardmodel.h"

#include "adminworkspace.h"

#include "api/adminapi.h"
#include "models/format.h"

#include <functional>

namespace tutorhub::models::admin {

namespace {
// A tile: its count in the stats, the page it opens, that page's list and the filters it sets there (U63).
struct TileSpec
{
    const char *id;
    const char *title; // translated in tiles()
    const char *page;
    const char *table;
    QList<QPair<const char *, const char *>> filters;
    std::function<int(const QJsonObject &)> count;
};
int field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInt();
}
int sub(const QJsonObject &o, const char *key, const char *value)
{
    return o.value(QLatin1String(key)).toObject().value(QLatin1String(value)).toInt();
}
// The issue tiles about a kind count open and investigated issues (the server's "open" = not closed).
constexpr const char *kNotClosed = "open,investigating";
const QList<TileSpec> &specs()
{
    static const QList<TileSpec> t = {
        {"openIssues",
         QT_TRANSLATE_NOOP("tutorhub::models::admin::DashboardModel", "Open issues"),
         "issues",
         "",
         {{"status", "open"}},
         [](const QJsonObject &o) { return sub(o, "openIssuesByStatus", "open"); }},
        {"investigating",
         QT_TRANSLATE_NOOP("tutorhub::models::admin::DashboardModel", "Being investigated"),
         "issues",
         "",
         {{"status", "investigating"}},
         [](const QJsonObject &o) { return sub(o, "openIssuesByStatus", "investigating"); }},
        {"userIssues",
         QT_TRANSLATE_NOOP("tutorhub::models::admin::DashboardModel", "Open issues about people"),
         "issues",
         "",
         {{"status", kNotClosed}, {"issueType", "user"}},
         [](const QJsonObject &o) { return sub(o, "openIssuesByType", "user"); }},
        {"contentIssues",
         QT_TRANSLATE_NOOP("tutorhub::models::admin::DashboardModel", "Open issues about courses"),
         "issues",
         "",
         {{"status", kNotClosed}, {"issueType", "content"}},
         [](const QJsonObject &o) { return sub(o, "openIssuesByType", "content"); }},
        {"applications",
         QT_TRANSLATE_NOOP("tutorhub::models::admin::DashboardModel", "Tutor applications to review"),
         "tutor-applications",
         "",
         {},
         [](const QJsonObject &o) { return field(o, "pendingTutorApplications"); }},
        {"stalePending",
         QT_TRANSLATE_NOOP("tutorhub::models::admin::DashboardModel", "Unpaid past the cleanup age"),
         "enrollments-refunds",
         "",
         {{"enrollmentStatus", "pending"}},
         [](const QJsonObject &o) { return field(o, "pendingEnrollmentsPastCleanupAge"); }},
        {"refundsToday",
         QT_TRANSLATE_NOOP("tutorhub::models::admin::DashboardModel", "Refunds today"),
         "enrollments-refunds",
         "refunds",
         {},
         [](const QJsonObject &o) { return field(o, "refundsToday"); }},
        {"pendingRefunds",
         QT_TRANSLATE_NOOP("tutorhub::models::admin::DashboardModel", "Refund requests pending"),
         "enrollments-refunds",
         "refunds",
         {{"status", "pending"}},
         [](const QJsonObject &o) { return field(o, "pendingRefundRequests"); }},
        {"flaggedCourses",
         QT_TRANSLATE_NOOP("tutorhub::models::admin::DashboardModel", "Flagged courses"),
         "courses",
         "",
         {{"moderationStatus", "flagged"}},
         [](const QJsonObject &o) { return sub(o, "coursePacksByModerationStatus", "flagged"); }},
        {"suspendedUsers",
         QT_TRANSLATE_NOOP("tutorhub::models::admin::DashboardModel", "Suspended or banned users"),
         "users",
         "",
         {{"accountStatus", "suspended,banned"}},
         [](const QJsonObject &o) {
             return sub(o, "usersByAccountStatus", "suspended") + sub(o, "usersByAccountStatus", "banned");
         }},
    };
    return t;
}
} // namespace

DashboardModel::DashboardModel(AdminWorkspace *workspace, QObject *parent) : QObject(parent), m_workspace(workspace) { }

QList<DashboardTile> DashboardModel::tiles() const
{
    QList<DashboardTile> out;
    for (const TileSpec &s : specs()) {
        DashboardTile t;
        t.id = QString::fromLatin1(s.id);
        t.title = tr(s.title);
        t.pageId = QString::fromLatin1(s.page);
        t.table = QString::fromLatin1(s.table);
        for (const auto &f : s.filters)
            t.filters.insert(QLatin1String(f.first), QLatin1String(f.second));
        t.count = m_stats.isEmpty() ? -1 : s.count(m_stats);
        out.append(t);
    }
    return out;
}

DashboardTile DashboardModel::tile(const QString &tileId) const
{
    for (const DashboardTile &t : tiles())
        if (t.id == tileId)
            return t;
    return {};
}

void DashboardModel::reload()
{
    if (!m_workspace)
        return;
    m_loading = true;
    emit changed();
    m_workspace->adminApi()->dashboardStats(this, [this](const api::Result<api::JsonAnswer> &r) {
        m_loading = false;
        if (!r) {
            m_status = tr("Could not load the figures: %1").arg(r.error().userMessage());
        } else {
            m_stats = r.value().object();
            m_status = tr("Updated %1").arg(Format::time(Format::when(m_stats, "generatedAt")));
        }
        emit changed();
    });
}

} // namespace tutorhub::models::admin
