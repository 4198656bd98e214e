// Demo conversations: Lena (student) <-> Maria (tutor) about her physics lessons, and the admin <->
// Maria about weekend availability. Idempotent: nothing is added once Lena's conversation exists.
#include "messaging/messaging.h"

#include "admin/svcutil.h"

#include <QBuffer>
#include <QImage>

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
                                              QJsonObject {{QStringLiteral("text"), QString::fromUtf8(text)}});
    conversation = p.conversation;
}

// A small picture of graph paper with two vectors (drawn pixel by pixel: no QPainter without a GUI application).
QByteArray sketchPng()
{
    QImage image(480, 320, QImage::Format_RGB32);
    image.fill(qRgb(250, 250, 245));
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (x % 20 == 0 || y % 20 == 0)
                image.setPixel(x, y, qRgb(200, 215, 235));
    auto line = [&image](int x0, int y0, int x1, int y1, QRgb c) {
        const int steps = std::max(std::abs(x1 - x0), std::abs(y1 - y0));
        for (int i = 0; i <= steps; ++i)
            for (int dx = -2; dx <= 2; ++dx)
                for (int dy = -2; dy <= 2; ++dy) {
                    const int x = x0 + (x1 - x0) * i / steps + dx, y = y0 + (y1 - y0) * i / steps + dy;
                    if (image.valid(x, y))
                        image.setPixel(x, y, c);
                }
    };
    line(60, 260, 300, 100, qRgb(30, 90, 200));
    line(300, 100, 270, 105, qRgb(30, 90, 200));
    line(300, 100, 285, 125, qRgb(30, 90, 200));
    line(60, 260, 420, 240, qRgb(200, 60, 40));
    line(420, 240, 395, 228, qRgb(200, 60, 40));
    line(420, 240, 395, 252, qRgb(200, 60, 40));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray sheetPdf()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                             "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                             "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
                             "trailer << /Root 1 0 R >>\n%%EOF\n");
}

} // namespace

void seedMessagingDemo(Repository &repo)
{
    const auto lena = userByEmail(repo, "lena.fischer@tutorhub.local");
    const auto maria = userByEmail(repo, "maria.keller@tutorhub.local");
    const auto admin = userByEmail(repo, "admin@tutorhub.local");
    if (!lena || !maria || !admin)
        return;
    if (repo.count(conversationSchema(),
                   QStringLiteral("conversationType = 'studentTutor' AND participantA = ? AND participantB = ?"),
                   {str(*lena, "id"), str(*maria, "id")})
        > 0)
        return;
    inTransaction(repo, [&] {
        // The chat context is Lena's enrollment in one of Maria's packs, when the enrollment demo made one.
        QVariant enrollmentId, courseTitle;
        if (svc::tableExists(repo, QStringLiteral("enrollments"))
            && svc::tableExists(repo, QStringLiteral("coursePacks"))) {
            QSqlQuery q = repo.exec(
                QStringLiteral(
                    "SELECT e.id, p.title FROM enrollments e JOIN tutorProfiles t ON t.id = e.tutorProfileId "
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
        post(repo, chat, *maria,
             "Of course! Bring the last two exercise sheets and we'll go through the trickier ones together.");
        post(repo, chat, *lena, "Great, thank you. Is it fine if I send you my attempts beforehand?");
        post(repo, chat, *maria, "Yes, send them by Wednesday evening and I'll have a look before we meet.");
        // Chat attachments (issue 15 item 5): a photo of Lena's sketch and her exercise sheet as a PDF.
        const QVariantMap photo = messaging::storeChatFile(repo, str(chat, "id"), str(*lena, "id"),
                                                           QStringLiteral("vector-sketch.png"), sketchPng());
        chat = messaging::postChatMessage(repo, chat, *lena, QStringLiteral("image"),
                                          {{QStringLiteral("fileId"), str(photo, "id")},
                                           {QStringLiteral("caption"), QStringLiteral("My sketch for exercise 3")}})
                   .conversation;
        const QVariantMap sheet = messaging::storeChatFile(repo, str(chat, "id"), str(*lena, "id"),
                                                           QStringLiteral("Exercise sheet 4.pdf"), sheetPdf());
        chat = messaging::postChatMessage(repo, chat, *lena, QStringLiteral("document"),
                                          {{QStringLiteral("fileId"), str(sheet, "id")}})
                   .conversation;
        post(repo, chat, *maria, "Thanks, got both! Your sketch is right, only the arrow of b points the wrong way.");

        QVariantMap staff = repo.insert(conversationSchema(),
                                        {{QStringLiteral("conversationType"), QStringLiteral("adminTutor")},
                                         {QStringLiteral("participantA"), str(*admin, "id")},
                                         {QStringLiteral("participantB"), str(*maria, "id")},
                                         {QStringLiteral("status"), QStringLiteral("active")},
                                         {QStringLiteral("participantAName"), str(*admin, "fullname")},
                                         {QStringLiteral("participantBName"), str(*maria, "fullname")}},
                                        str(*admin, "id"));
        post(repo, staff, *admin,
             "Hi Maria, several students asked whether you also teach on Saturdays. Would you like to add weekend "
             "availability?");
        post(repo, staff, *maria,
             "Hi Alex, yes: Saturday mornings from 9 to 12 work for me. I'll add them to my availability today.");
        post(repo, staff, *admin, "Perfect, thank you! They will show up for booking as soon as you save them.");
    });
}

} // namespace tutorhub::server
