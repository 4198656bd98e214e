// Demo data of platformAdmin: three issues (open, investigating, resolved), a warning to James with
// its system message and notification, and a complaints report. Idempotent.
#include "admin/admin.h"

#include "admin/svcutil.h"
#include "core/util.h"
#include "http/contract.h"
#include "messaging/messaging.h"
#include "notification/notify.h"

#include <QJsonDocument>

namespace tutorhub::server {

namespace {

std::optional<QVariantMap> userByEmail(const Repository &repo, const char *email)
{
    QSqlQuery q = repo.exec(QStringLiteral("SELECT * FROM users WHERE lower(email) = ?"), {QString::fromLatin1(email)});
    if (!q.next())
        return std::nullopt;
    return Repository::rowOf(q);
}

} // namespace

void seedAdminDemo(Repository &repo)
{
    const auto admin = userByEmail(repo, "admin@tutorhub.local");
    const auto james = userByEmail(repo, "james.okafor@tutorhub.local");
    const auto lena = userByEmail(repo, "lena.fischer@tutorhub.local");
    const auto tom = userByEmail(repo, "tom.baker@tutorhub.local");
    const auto aiko = userByEmail(repo, "aiko.tanaka@tutorhub.local");
    if (!admin || !james || !lena || !tom || !aiko || repo.count(adminIssueSchema(), QStringLiteral("1"), {}) > 0)
        return;
    svc::inTransaction(repo, [&] {
        const QString adminId = str(*admin, "id");
        const QVariantMap late = repo.insert(
            adminIssueSchema(),
            {{QStringLiteral("reportedBy"), str(*tom, "id")},
             {QStringLiteral("reportedUserId"), str(*james, "id")},
             {QStringLiteral("description"), QStringLiteral("James joined our last two lessons more than 15 minutes late and ended "
                                                            "them on time, so I lost almost half an hour of paid lesson time.")},
             {QStringLiteral("issueType"), QStringLiteral("user")},
             {QStringLiteral("status"), QStringLiteral("investigating")},
             {QStringLiteral("adminNote"), QStringLiteral("Asked James for his lesson log; he mentions train delays. Warned him.")}},
            str(*tom, "id"));
        const QVariantMap price = repo.insert(
            adminIssueSchema(),
            {{QStringLiteral("reportedBy"), str(*aiko, "id")},
             {QStringLiteral("description"), QStringLiteral("The payment page showed my lesson price in US dollars although the course "
                                                            "is listed in euros.")},
             {QStringLiteral("issueType"), QStringLiteral("other")},
             {QStringLiteral("status"), QStringLiteral("resolved")},
             {QStringLiteral("resolution"), QStringLiteral("acknowledged")},
             {QStringLiteral("adminNote"), QStringLiteral("Display bug in the checkout summary; fixed in the last release.")}},
            str(*aiko, "id"));
        notifyUser(repo, str(*aiko, "id"), QStringLiteral("issueResolved"), QStringLiteral("Your report has been resolved"),
                   QStringLiteral("An administrator resolved the problem you reported (outcome: acknowledged). Thank you for telling us."),
                   QJsonObject{{QStringLiteral("adminIssueId"), str(price, "id")}, {QStringLiteral("resolution"), QStringLiteral("acknowledged")}});
        const QVariantMap worksheets = repo.insert(
            adminIssueSchema(),
            {{QStringLiteral("reportedBy"), str(*lena, "id")},
             {QStringLiteral("description"), QStringLiteral("I cannot find where to download the worksheets from my first physics lesson.")},
             {QStringLiteral("issueType"), QStringLiteral("other")},
             {QStringLiteral("status"), QStringLiteral("open")}},
            str(*lena, "id"));
        notifyAdmins(repo, QStringLiteral("issueFiled"), QStringLiteral("New issue reported"),
                     QStringLiteral("Lena Fischer reported an other issue."), QJsonObject{{QStringLiteral("adminIssueId"), str(worksheets, "id")}});

        const QString reason = QStringLiteral("Please be on time for booked lessons: a student reported two late starts this month.");
        const QVariantMap action = repo.insert(adminModerationActionSchema(),
                                               {{QStringLiteral("adminId"), adminId},
                                                {QStringLiteral("targetType"), QStringLiteral("user")},
                                                {QStringLiteral("targetId"), str(*james, "id")},
                                                {QStringLiteral("actionType"), QStringLiteral("warn")},
                                                {QStringLiteral("actionReason"), reason},
                                                {QStringLiteral("actionDate"), isoNow()},
                                                {QStringLiteral("targetUserId"), str(*james, "id")}},
                                               adminId);
        notifyUser(repo, str(*james, "id"), QStringLiteral("warningReceived"), QStringLiteral("You received a warning"),
                   QStringLiteral("An administrator warned you: %1").arg(reason),
                   QJsonObject{{QStringLiteral("adminModerationActionId"), str(action, "id")}});
        messaging::sendSystemMessage(repo, *admin, *james, reason, QStringLiteral("warning"), QStringLiteral("warn"), str(late, "id"));

        const QJsonObject figures = admin::computeReport(repo, QStringLiteral("complaints"));
        const QString reportId = newId();
        repo.insert(adminAnalyticsReportSchema(),
                    {{QStringLiteral("id"), reportId},
                     {QStringLiteral("reportType"), QStringLiteral("complaints")},
                     {QStringLiteral("filterParams"), QStringLiteral("{}")},
                     {QStringLiteral("generatedAt"), isoNow()},
                     {QStringLiteral("reportUrl"), contract::path(contract::R::getAdminAnalyticsReport, {{QStringLiteral("adminAnalyticsReportId"), reportId}})},
                     {QStringLiteral("reportData"), QJsonDocument(figures).toJson(QJsonDocument::Compact)}},
                    adminId);
    });
}

} // namespace tutorhub::server
