// Demo data of platformAdmin: issues (open ones of each issueType, one being investigated, one resolved; with
// priorities and an assignee, U60), a flagged course with its content issue, a pending tutor application (Noah),
// a warning to James with its system message and notification, and a complaints report (U66). Seeded once, on the
// first start (when there is no issue yet).
#include "admin/admin.h"

#include "admin/svcutil.h"
#include "auth/userschema.h"
#include "catalog/catalog.h"
#include "catalog/tutorprofile.h"
#include "agenthub/agenthub.h"
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
    const auto noah = userByEmail(repo, "noah.brandt@tutorhub.local");
    if (!admin || !james || !lena || !tom || !aiko || !noah
        || repo.count(adminIssueSchema(), QStringLiteral("1 = 1"), {}) > 0)
        return;
    inTransaction(repo, [&] {
        const QString adminId = str(*admin, "id");
        const QVariantMap late
            = repo.insert(adminIssueSchema(),
                          {{QStringLiteral("reportedBy"), str(*tom, "id")},
                           {QStringLiteral("reportedUserId"), str(*james, "id")},
                           {QStringLiteral("description"),
                            QStringLiteral("James joined our last two lessons more than 15 minutes late and ended "
                                           "them on time, so I lost almost half an hour of paid lesson time.")},
                           {QStringLiteral("issueType"), QStringLiteral("user")},
                           {QStringLiteral("status"), QStringLiteral("investigating")},
                           {QStringLiteral("priority"), QStringLiteral("high")},
                           {QStringLiteral("assigneeId"), adminId},
                           {QStringLiteral("adminNote"),
                            QStringLiteral("Asked James for his lesson log; he mentions train delays. Warned him.")}},
                          str(*tom, "id"));
        const QVariantMap price
            = repo.insert(adminIssueSchema(),
                          {{QStringLiteral("reportedBy"), str(*aiko, "id")},
                           {QStringLiteral("description"),
                            QStringLiteral("The payment page showed my lesson price in US dollars although the course "
                                           "is listed in euros.")},
                           {QStringLiteral("issueType"), QStringLiteral("other")},
                           {QStringLiteral("status"), QStringLiteral("resolved")},
                           {QStringLiteral("resolution"), QStringLiteral("acknowledged")},
                           {QStringLiteral("adminNote"),
                            QStringLiteral("Display bug in the checkout summary; fixed in the last release.")}},
                          str(*aiko, "id"));
        notifyUser(repo, str(*aiko, "id"), QStringLiteral("issueResolved"),
                   QStringLiteral("Your report has been resolved"),
                   QStringLiteral("An administrator resolved the problem you reported (outcome: acknowledged). Thank "
                                  "you for telling us."),
                   QJsonObject {{QStringLiteral("adminIssueId"), str(price, "id")},
                                {QStringLiteral("resolution"), QStringLiteral("acknowledged")}});
        const QVariantMap worksheets = repo.insert(
            adminIssueSchema(),
            {{QStringLiteral("reportedBy"), str(*lena, "id")},
             {QStringLiteral("description"),
              QStringLiteral("I cannot find where to download the worksheets from my first physics lesson.")},
             {QStringLiteral("issueType"), QStringLiteral("other")},
             {QStringLiteral("status"), QStringLiteral("open")},
             {QStringLiteral("priority"), QStringLiteral("low")}},
            str(*lena, "id"));
        notifyAdmins(repo, QStringLiteral("issueFiled"), QStringLiteral("New issue reported"),
                     QStringLiteral("Lena Fischer reported an other issue."),
                     QJsonObject {{QStringLiteral("adminIssueId"), str(worksheets, "id")}});

        // U66: an admin's demo triage has one of everything: an open issue of each issueType, a flagged course, a
        // pending tutor application (the pending refund request is Aiko's, seeded with the enrollments, C29).
        const QVariantMap cash
            = repo.insert(adminIssueSchema(),
                          {{QStringLiteral("reportedBy"), str(*aiko, "id")},
                           {QStringLiteral("reportedUserId"), str(*james, "id")},
                           {QStringLiteral("description"),
                            QStringLiteral("After our lesson James asked me to pay the next lessons in cash "
                                           "instead of booking them through TutorHub.")},
                           {QStringLiteral("issueType"), QStringLiteral("user")},
                           {QStringLiteral("status"), QStringLiteral("open")},
                           {QStringLiteral("priority"), QStringLiteral("urgent")}},
                          str(*aiko, "id"));
        notifyAdmins(repo, QStringLiteral("issueFiled"), QStringLiteral("New issue reported"),
                     QStringLiteral("Aiko Tanaka reported a user issue."),
                     QJsonObject {{QStringLiteral("adminIssueId"), str(cash, "id")}});
        const auto jamesProfile
            = repo.findOne(tutorProfileSchema(), QStringLiteral("tutorId = ?"), {str(*james, "id")});
        if (jamesProfile) {
            const QVariantMap flagged = repo.insert(
                coursePackSchema(),
                {{QStringLiteral("tutorProfileId"), str(*jamesProfile, "id")},
                 {QStringLiteral("title"), QStringLiteral("Business English Certificate Fast Track")},
                 {QStringLiteral("description"),
                  QStringLiteral("Five lessons and you receive an official business English certificate.")},
                 {QStringLiteral("price"), 40.0},
                 {QStringLiteral("category"), QStringLiteral("English")},
                 {QStringLiteral("schedulingType"), QStringLiteral("flexible")},
                 {QStringLiteral("preliminaryMeetingRequired"), 0},
                 {QStringLiteral("isPublished"), 1},
                 {QStringLiteral("moderationStatus"), QStringLiteral("flagged")},
                 {QStringLiteral("moderationNote"),
                  QStringLiteral("TutorHub issues no certificates: please correct the description.")}},
                str(*james, "id"));
            const QVariantMap content
                = repo.insert(adminIssueSchema(),
                              {{QStringLiteral("reportedBy"), str(*tom, "id")},
                               {QStringLiteral("coursePackId"), str(flagged, "id")},
                               {QStringLiteral("description"),
                                QStringLiteral("This course promises an official certificate, but the tutor says "
                                               "TutorHub does not issue any.")},
                               {QStringLiteral("issueType"), QStringLiteral("content")},
                               {QStringLiteral("status"), QStringLiteral("open")},
                               {QStringLiteral("priority"), QStringLiteral("normal")}},
                              str(*tom, "id"));
            notifyAdmins(repo, QStringLiteral("issueFiled"), QStringLiteral("New issue reported"),
                         QStringLiteral("Tom Baker reported a content issue."),
                         QJsonObject {{QStringLiteral("adminIssueId"), str(content, "id")}});
        }
        // An agentHub override to look at and edit (U64); its tools are left to the design default.
        if (repo.count(agentOverrideSchema(), QStringLiteral("1 = 1"), {}) == 0)
            repo.insert(agentOverrideSchema(),
                        {{QStringLiteral("agentName"), QStringLiteral("supportReplyDrafter")},
                         {QStringLiteral("provider"), QStringLiteral("openai")},
                         {QStringLiteral("model"), QStringLiteral("gpt-4o-mini")},
                         {QStringLiteral("systemPrompt"),
                          QStringLiteral("Draft a short, friendly reply to the reporter of an issue. "
                                         "Never promise a refund.")},
                         {QStringLiteral("temperature"), 0.3},
                         {QStringLiteral("maxTokens"), 600},
                         {QStringLiteral("responseFormat"), QStringLiteral("text")},
                         {QStringLiteral("guardrails"), QStringLiteral("{\"maxToolCalls\":4,\"timeout\":30}")},
                         {QStringLiteral("enabled"), 1},
                         {QStringLiteral("updatedBy"), adminId}},
                        adminId);
        repo.update(
            userSchema(), str(*noah, "id"),
            {{QStringLiteral("tutorApplicationStatus"), QStringLiteral("pending")},
             {QStringLiteral("specializations"), QStringLiteral("Chemistry, Biology")},
             {QStringLiteral("qualifications"), QStringLiteral("BSc Biochemistry; three years of tutoring at school")},
             {QStringLiteral("bio"),
              QStringLiteral("Biochemistry graduate who likes to explain chemistry with kitchen experiments.")},
             {QStringLiteral("applicationDocuments"),
              QStringLiteral("https://files.tutorhub.local/noah/degree-certificate.pdf")}});

        const QString reason
            = QStringLiteral("Please be on time for booked lessons: a student reported two late starts this month.");
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
                   QJsonObject {{QStringLiteral("adminModerationActionId"), str(action, "id")}});
        messaging::sendSystemMessage(repo, *admin, *james, reason, QStringLiteral("warning"), QStringLiteral("warn"),
                                     str(late, "id"));

        const QJsonObject figures = admin::computeReport(repo, QStringLiteral("complaints"));
        const QString reportId = newId();
        repo.insert(
            adminAnalyticsReportSchema(),
            {{QStringLiteral("id"), reportId},
             {QStringLiteral("reportType"), QStringLiteral("complaints")},
             {QStringLiteral("filterParams"), QStringLiteral("{}")},
             {QStringLiteral("generatedAt"), isoNow()},
             {QStringLiteral("reportUrl"), contract::path(contract::R::getAdminAnalyticsReport,
                                                          {{QStringLiteral("adminAnalyticsReportId"), reportId}})},
             {QStringLiteral("reportData"), QJsonDocument(figures).toJson(QJsonDocument::Compact)}},
            adminId);
    });
}

} // namespace tutorhub::server
