// The admin pages in the app's registry, and their further screenshot states (a detail, a preview,
// a dialog, a chart) so scripts/screenshots.sh covers every admin screen.
#include "adminpages.h"

#include "admintable.h"
#include "moderationdialog.h"

#include "models/format.h"
#include "common/prompter.h"

#include <QDialog>
#include <QPointer>
#include <QTableView>

#include <memory>

namespace tutorhub::ui::admin {

namespace {
template<typename Page>
void add(PageRegistry &registry, const char *id)
{
    registry.addPage(QString::fromLatin1(id), [](const WorkspaceContext &context, QWidget *parent) -> QWidget * {
        return new Page(context, parent);
    });
}

// Selects the first row whose JSON satisfies `match` (the pages load before their states are shot).
template<typename Match>
bool selectRow(AdminTable *table, Match match)
{
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (match(table->model()->object(row))) {
            table->view()->setCurrentIndex(table->model()->index(row, 0));
            return true;
        }
    return false;
}
using models::Format;
} // namespace

void registerPages(PageRegistry &registry)
{
    add<DashboardPage>(registry, "dashboard");
    add<IssuesPage>(registry, "issues");
    add<ApplicationsPage>(registry, "tutor-applications");
    add<UsersPage>(registry, "users");
    add<CoursesPage>(registry, "courses");
    add<EnrollmentsPage>(registry, "enrollments-refunds");
    add<AnalyticsPage>(registry, "analytics");
    add<AgentHubPage>(registry, "agenthub");
    add<ModerationLogPage>(registry, "moderation-log");

    registry.addScreenshotState(QStringLiteral("issues"), {QStringLiteral("detail"), [](QWidget *w) {
                                                               if (auto *p = qobject_cast<IssuesPage *>(w))
                                                                   selectRow(p->table(), [](const QJsonObject &o) {
                                                                       return !Format::str(o, "coursePackId").isEmpty();
                                                                   });
                                                           }});
    registry.addScreenshotState(QStringLiteral("issues"), {QStringLiteral("resolve"), [](QWidget *w) {
                                                               auto *p = qobject_cast<IssuesPage *>(w);
                                                               // Resolving is offered for an issue under investigation.
                                                               if (p && selectRow(p->table(), [](const QJsonObject &o) {
                                                                       return Format::str(o, "status")
                                                                              == QLatin1String("investigating");
                                                                   }))
                                                                   p->openResolveDialog();
                                                           }});
    registry.addScreenshotState(QStringLiteral("tutor-applications"),
                                {QStringLiteral("review"), [](QWidget *w) {
                                     if (auto *p = qobject_cast<ApplicationsPage *>(w)) {
                                         selectRow(p->table(), [](const QJsonObject &) { return true; });
                                         p->setReviewNote(
                                             ApplicationsPage::tr("Certificates checked; welcome aboard."));
                                     }
                                 }});
    registry.addScreenshotState(QStringLiteral("users"),
                                {QStringLiteral("ban-preview"), [](QWidget *w) {
                                     auto *p = qobject_cast<UsersPage *>(w);
                                     if (!p || !selectRow(p->table(), [](const QJsonObject &o) {
                                             return Format::str(o, "roleId") == QLatin1String("tutor")
                                                    && Format::str(o, "accountStatus") == QLatin1String("active");
                                         }))
                                         return;
                                     if (auto *d = p->moderate(QStringLiteral("ban")))
                                         openDialog(p->context().prompter, d);
                                 }});
    registry.addScreenshotState(QStringLiteral("courses"),
                                {QStringLiteral("remove-preview"), [](QWidget *w) {
                                     auto *p = qobject_cast<CoursesPage *>(w);
                                     if (!p || !selectRow(p->table(), [](const QJsonObject &o) {
                                             return Format::str(o, "moderationStatus") == QLatin1String("approved");
                                         }))
                                         return;
                                     if (auto *d = p->removeCurrent())
                                         openDialog(p->context().prompter, d);
                                 }});
    registry.addScreenshotState(QStringLiteral("enrollments-refunds"),
                                {QStringLiteral("refund-dialog"), [](QWidget *w) {
                                     auto *p = qobject_cast<EnrollmentsPage *>(w);
                                     if (!p || !selectRow(p->enrollments(), [](const QJsonObject &o) {
                                             return Format::str(o, "paymentStatus") == QLatin1String("paid")
                                                    && Format::str(o, "enrollmentStatus") == QLatin1String("active");
                                         }))
                                         return;
                                     openDialog(p->context().prompter, p->openActionDialog(QStringLiteral("refund")));
                                 }});
    registry.addScreenshotState(QStringLiteral("enrollments-refunds"),
                                {QStringLiteral("refund-requests"), [](QWidget *w) {
                                     if (auto *p = qobject_cast<EnrollmentsPage *>(w))
                                         p->showRefundRequests(true);
                                 }});
    registry.addScreenshotState(QStringLiteral("enrollments-refunds"),
                                {QStringLiteral("refund-decision"), [](QWidget *w) {
                                     auto *p = qobject_cast<EnrollmentsPage *>(w);
                                     if (p)
                                         p->showRefundRequests(true);
                                     if (!p || !selectRow(p->refunds(), [](const QJsonObject &o) {
                                             return Format::str(o, "status") == QLatin1String("pending");
                                         }))
                                         return;
                                     openDialog(p->context().prompter, p->openDecisionDialog(false));
                                 }});
    registry.addScreenshotState(QStringLiteral("analytics"), {QStringLiteral("revenue"), [](QWidget *w) {
                                                                  if (auto *p = qobject_cast<AnalyticsPage *>(w))
                                                                      p->showChart(1);
                                                              }});
    registry.addScreenshotState(QStringLiteral("analytics"), {QStringLiteral("by-category"), [](QWidget *w) {
                                                                  if (auto *p = qobject_cast<AnalyticsPage *>(w))
                                                                      p->showChart(2);
                                                              }});
    // U63-U64: a dashboard tile's filtered list, the triage of an issue, an override's edit dialog.
    registry.addScreenshotState(
        QStringLiteral("courses"),
        {QStringLiteral("flagged-filter"), [](QWidget *w) {
             if (auto *p = qobject_cast<CoursesPage *>(w))
                 p->table()->setFilters({{QStringLiteral("moderationStatus"), QStringLiteral("flagged")}});
         }});
    registry.addScreenshotState(
        QStringLiteral("issues"),
        {QStringLiteral("triage"), [](QWidget *w) {
             auto *p = qobject_cast<IssuesPage *>(w);
             if (!p)
                 return;
             // The urgent issue once the filtered list has answered.
             auto once = std::make_shared<QMetaObject::Connection>();
             *once = QObject::connect(p->table()->model(), &QAbstractItemModel::modelReset, p, [p, once] {
                 if (selectRow(p->table(), [](const QJsonObject &o) {
                         return Format::str(o, "priority") == QLatin1String("urgent");
                     }))
                     QObject::disconnect(*once);
             });
             p->table()->setFilters({{QStringLiteral("status"), QStringLiteral("open,investigating")}});
         }});
    registry.addScreenshotState(QStringLiteral("agenthub"),
                                {QStringLiteral("edit-override"), [](QWidget *w) {
                                     auto *p = qobject_cast<AgentHubPage *>(w);
                                     if (!p || !selectRow(p->overrides(), [](const QJsonObject &) { return true; }))
                                         return;
                                     if (QDialog *d = p->openEditDialog())
                                         openDialog(p->context().prompter, d);
                                 }});
    registry.addScreenshotState(QStringLiteral("agenthub"), {QStringLiteral("tools"), [](QWidget *w) {
                                                                 if (auto *p = qobject_cast<AgentHubPage *>(w))
                                                                     p->showTab(1);
                                                             }});
}

} // namespace tutorhub::ui::admin
