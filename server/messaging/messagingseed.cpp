// Demo conversations: Lena (student) <-> Maria (tutor) about her physics lessons, and the admin <->
// Maria about weekend availability. Idempotent: nothing is added once Lena's conversation exists.
#include "messaging/messaging.h"

#include "admin/svcutil.h"

namespace tutorhub::server {

namespace {

std::optional<QVariantMap> userByEmail(const Repository &repo, const char *email)
{
    QSqlQuery q = repo.exec(QStringLiteral("SELECT * FROM users WHERE lower(email) = ?"), {QString::fromLatin1(email)});
    if (!q.next())
        return std::nullopt;
    return Repository::rowOf(q);
}

void post(Repository &repo, QVariantMap &conversation, const QVariantMap &sender, const char *text)
{
    const auto p = messaging::postChatMessage(repo, conversation, sender, QStringLiteral("text"),
                                              QJsonObject{{QStringLiteral("text"), QString::fromUtf8(text)}});
    conversation = p.conversation;
}

} // namespace

void seedMessagingDemo(Repository &repo)
{
    const auto lena = userByEmail(repo, "lena.fischer@tutorhub.local");
    const auto maria = userByEmail(repo, "maria.keller@tutorhub.local");
    const auto admin = userByEmail(repo, "admin@tutorhub.local");
    if (!lena || !maria || !admin)
        return;
    if (repo.count(conversationSchema(), QStringLiteral("conversationType = 'studentTutor' AND participantA = ? AND participantB = ?"),
                   {str(*lena, "id"), str(*maria, "id")})
        > 0)
        return;
    svc::inTransaction(repo, [&] {
        // The chat context is Lena's enrollment in one of Maria's packs, when the enrollment demo made one.
        QVariant enrollmentId, courseTitle;
        if (svc::tableExists(repo, QStringLiteral("enrollments")) && svc::tableExists(repo, QStringLiteral("coursePacks"))) {
            QSqlQuery q = repo.exec(QStringLiteral("SELECT e.id, p.title FROM enrollments e JOIN tutorProfiles t ON t.id = e.tutorProfileId "
                                                   "LEFT JOIN coursePacks p ON p.id = e.coursePackId "
                                                   "WHERE e.studentId = ? AND t.tutorId = ? AND e.enrollmentStatus <> 'canceled' "
                                                   "ORDER BY e.createdAt LIMIT 1"),
                                    {str(*lena, "id"), str(*maria, "id")});
            if (q.next()) {
                enrollmentId = q.value(0);
                courseTitle = q.value(1);
            }
        }
        QVariantMap chat = repo.insert(conversationSchema(),
                                       {{QStringLiteral("conversationType"), QStringLiteral("studentTutor")},
                                        {QStringLiteral("participantA"), str(*lena, "id")},
                                        {QStringLiteral("participantB"), str(*maria, "id")},
                                        {QStringLiteral("enrollmentId"), enrollmentId},
                                        {QStringLiteral("status"), QStringLiteral("active")},
                                        {QStringLiteral("participantAName"), str(*lena, "fullname")},
                                        {QStringLiteral("participantBName"), str(*maria, "fullname")},
                                        {QStringLiteral("courseTitle"), courseTitle}},
                                       str(*lena, "id"));
        post(repo, chat, *lena, "Hi Maria, could we focus on vectors in Thursday's lesson? I have a test next week.");
        post(repo, chat, *maria, "Of course! Bring the last two exercise sheets and we'll go through the trickier ones together.");
        post(repo, chat, *lena, "Great, thank you. Is it fine if I send you my attempts beforehand?");
        post(repo, chat, *maria, "Yes, send them by Wednesday evening and I'll have a look before we meet.");

        QVariantMap staff = repo.insert(conversationSchema(),
                                        {{QStringLiteral("conversationType"), QStringLiteral("adminTutor")},
                                         {QStringLiteral("participantA"), str(*admin, "id")},
                                         {QStringLiteral("participantB"), str(*maria, "id")},
                                         {QStringLiteral("status"), QStringLiteral("active")},
                                         {QStringLiteral("participantAName"), str(*admin, "fullname")},
                                         {QStringLiteral("participantBName"), str(*maria, "fullname")}},
                                        str(*admin, "id"));
        post(repo, staff, *admin, "Hi Maria, several students asked whether you also teach on Saturdays. Would you like to add weekend availability?");
        post(repo, staff, *maria, "Hi Alex, yes: Saturday mornings from 9 to 12 work for me. I'll add them to my availability today.");
        post(repo, staff, *admin, "Perfect, thank you! They will show up for booking as soon as you save them.");
    });
}

} // namespace tutorhub::server
