// Issue 12, access control, data and business rules (SEC40-SEC44) against the tutorhub-server binary:
// deleted materials, files, avatars and chat messages are served to admins only (REST and BFF, also
// with isActive=false); file names are refused with control characters and sent RFC 6266/5987
// encoded; a slot freed by a cancellation leaves the old enrollment and keeps nothing of the booking;
// the payment clientSecret reaches the paying student only.
#include "enrollmentfixture.h"

#include <QObject>

using namespace contract;

class TstContractAccess : public QObject
{
    Q_OBJECT

    EnrollmentFixture f;

    static QString cat(const QString &rest) { return QStringLiteral("/tutorcatalog-api/v1/") + rest; }

    Reply upload(const QString &path, const Query &query, const QByteArray &type, const QByteArray &data,
                 const Actor &who)
    {
        Request r;
        r.method = "POST";
        r.path = path;
        r.query = query;
        r.raw = data;
        r.contentType = type;
        r.token = who.token;
        return f.server.send(r, 30000);
    }

    static QStringList idsOf(const Reply &r)
    {
        QStringList ids;
        for (const QJsonValue &v : r.payload().toArray())
            ids << v.toObject().value(QStringLiteral("id")).toString();
        return ids;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
    }
    void cleanupTestCase() { f.server.stop(); }

    void deletedContentIsNotServed()
    {
        const Actor s = f.newStudent(QStringLiteral("Deleted Content Student"));
        QVERIFY2(!s.token.isEmpty(), f.lastFailure.constData());
        const QJsonObject pack = f.createPack(f.maria);
        const QString packId = pack.value(QStringLiteral("id")).toString();
        const QString enrollment = f.paidEnrollment(s, pack, f.createSlots(f.maria, packId, 1));
        QVERIFY2(!enrollment.isEmpty(), f.lastFailure.constData());

        // A material with an uploaded file, then deleted by the tutor.
        const Reply file = upload(
            QStringLiteral("/tutorcatalog-api/v1/coursematerialfiles"),
            {{QStringLiteral("coursePackId"), packId}, {QStringLiteral("fileName"), QStringLiteral("notes.pdf")}},
            "application/pdf", "%PDF-1.4\n% deleted\n", f.maria);
        EXPECT_STATUS(file, 201);
        const QString fileUrl = file.data().value(QStringLiteral("url")).toString();
        const QString filePath = QUrl(fileUrl).path();
        const Reply m = f.server.post(cat(QStringLiteral("coursematerials")),
                                      {{QStringLiteral("coursePackId"), packId},
                                       {QStringLiteral("title"), QStringLiteral("Deleted notes")},
                                       {QStringLiteral("fileType"), QStringLiteral("document")},
                                       {QStringLiteral("fileUrl"), fileUrl}},
                                      f.maria.token);
        EXPECT_STATUS(m, 201);
        const QString material
            = cat(QStringLiteral("coursematerials/")) + m.data().value(QStringLiteral("id")).toString();
        EXPECT_STATUS(f.server.get(material, s.token), 200);
        EXPECT_STATUS(f.server.get(filePath, s.token), 200);
        EXPECT_STATUS(f.server.del(material, f.maria.token), 200);
        for (const Actor *who : {&s, static_cast<const Actor *>(&f.maria)}) {
            EXPECT_ERROR(f.server.get(material, who->token), 404, "errMsg_FethcedObjectNotFound:courseMaterial");
            EXPECT_STATUS(f.server.get(filePath, who->token), 404);
            const Reply deletedList = f.server.get(
                cat(QStringLiteral("coursematerials")), who->token,
                {{QStringLiteral("coursePackId"), packId}, {QStringLiteral("isActive"), QStringLiteral("false")}});
            EXPECT_STATUS(deletedList, 200);
            QVERIFY2(!deletedList.body.contains("Deleted notes"), deletedList.describe().constData());
            const Reply bff = f.server.post(
                QStringLiteral("/bff-api/courseMaterial/list"),
                {{QStringLiteral("filters"), QJsonObject {{QStringLiteral("isActive"), false}}}}, who->token);
            EXPECT_STATUS(bff, 200);
            QVERIFY2(!bff.body.contains("Deleted notes"), bff.describe().constData());
        }
        EXPECT_STATUS(f.server.get(material, f.admin.token), 200); // admins still see it
        const Reply adminList = f.server.get(
            cat(QStringLiteral("coursematerials")), f.admin.token,
            {{QStringLiteral("coursePackId"), packId}, {QStringLiteral("isActive"), QStringLiteral("false")}});
        QVERIFY(adminList.body.contains("Deleted notes"));

        // A chat message deleted by its sender: gone for the other participant, also from the inbox preview.
        const Reply conv = f.server.post(QStringLiteral("/messaging-api/v1/conversations"),
                                         {{QStringLiteral("conversationType"), QStringLiteral("studentTutor")},
                                          {QStringLiteral("participantA"), s.id},
                                          {QStringLiteral("participantB"), f.maria.id},
                                          {QStringLiteral("enrollmentId"), enrollment}},
                                         s.token);
        QVERIFY2(conv.status / 100 == 2, conv.describe().constData());
        const QString room = conv.data().value(QStringLiteral("id")).toString();
        const QString chat = QStringLiteral("/messaging-api/v1/v1/chat-messages");
        EXPECT_STATUS(f.server.post(chat,
                                    {{QStringLiteral("roomId"), room},
                                     {QStringLiteral("content"),
                                      QJsonObject {{QStringLiteral("text"), QStringLiteral("First words")}}}},
                                    s.token),
                      201);
        const Reply secret = f.server.post(
            chat,
            {{QStringLiteral("roomId"), room},
             {QStringLiteral("content"), QJsonObject {{QStringLiteral("text"), QStringLiteral("Regretted words")}}}},
            s.token);
        EXPECT_STATUS(secret, 201);
        const QString secretId = secret.data().value(QStringLiteral("id")).toString();
        EXPECT_STATUS(f.server.del(chat + QLatin1Char('/') + secretId, s.token), 200);
        for (const Query &q :
             {Query {{QStringLiteral("roomId"), room}},
              Query {{QStringLiteral("roomId"), room}, {QStringLiteral("isActive"), QStringLiteral("false")}}}) {
            const Reply list = f.server.get(chat, f.maria.token, q);
            EXPECT_STATUS(list, 200);
            QVERIFY2(!list.body.contains("Regretted words"), list.describe().constData());
        }
        EXPECT_ERROR(f.server.get(chat + QLatin1Char('/') + secretId, f.maria.token), 404,
                     "errMsg_FethcedObjectNotFound:chatMessage");
        const Reply inbox = f.server.get(QStringLiteral("/messaging-api/v1/myconversations"), f.maria.token);
        QVERIFY2(!inbox.body.contains("Regretted words") && inbox.body.contains("First words"),
                 inbox.describe().constData());
        const Reply bffChat = f.server.post(
            QStringLiteral("/bff-api/chatMessage/list"),
            {{QStringLiteral("filters"), QJsonObject {{QStringLiteral("isActive"), false}}}}, f.maria.token);
        EXPECT_STATUS(bffChat, 200);
        QVERIFY2(!bffChat.body.contains("Regretted words"), bffChat.describe().constData());
        const Reply adminChat
            = f.server.get(chat, f.admin.token,
                           {{QStringLiteral("roomId"), room}, {QStringLiteral("isActive"), QStringLiteral("false")}});
        QVERIFY(adminChat.body.contains("Regretted words"));

        // A deleted avatar file: admins only.
        static const QByteArray png = QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
        const Reply avatar = upload(QStringLiteral("/auth-api/v1/useravatarsfiles"),
                                    {{QStringLiteral("fileName"), QStringLiteral("me.png")}}, "image/png", png, s);
        EXPECT_STATUS(avatar, 201);
        const QString avatarPath
            = QStringLiteral("/auth-api/v1/useravatarsfiles/") + avatar.data().value(QStringLiteral("id")).toString();
        EXPECT_STATUS(f.server.del(avatarPath, s.token), 200);
        EXPECT_ERROR(f.server.get(avatarPath, s.token), 404, "errMsg_FethcedObjectNotFound:userAvatarsFile");
        EXPECT_ERROR(f.server.del(avatarPath, s.token), 404, "errMsg_FethcedObjectNotFound:userAvatarsFile");
        EXPECT_STATUS(f.server.get(avatarPath, f.admin.token), 200);
        const Reply avatars
            = f.server.get(QStringLiteral("/auth-api/v1/useravatarsfiles"), s.token,
                           {{QStringLiteral("ownerId"), s.id}, {QStringLiteral("isActive"), QStringLiteral("false")}});
        EXPECT_STATUS(avatars, 200);
        QVERIFY(!idsOf(avatars).contains(avatar.data().value(QStringLiteral("id")).toString()));
    }

    void fileNamesInHeaders()
    {
        const QJsonObject pack = f.createPack(f.maria);
        const QString packId = pack.value(QStringLiteral("id")).toString();
        const QString path = QStringLiteral("/tutorcatalog-api/v1/coursematerialfiles");
        for (const QString &bad :
             {QStringLiteral("a\r\nSet-Cookie: x=1.pdf"), QStringLiteral("a\nb.pdf"), QStringLiteral("tab\there.pdf"),
              QStringLiteral("../../etc/passwd.pdf"), QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b.pdf")})
            EXPECT_ERROR(upload(path, {{QStringLiteral("coursePackId"), packId}, {QStringLiteral("fileName"), bad}},
                                "application/pdf", "%PDF-1.4\n", f.maria),
                         400, "errMsg_InvalidParameter:fileName");
        EXPECT_ERROR(upload(QStringLiteral("/auth-api/v1/useravatarsfiles"),
                            {{QStringLiteral("fileName"), QStringLiteral("me\r\n.png")}}, "image/png",
                            QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(16, '\0'), f.maria),
                     400, "errMsg_InvalidParameter:fileName");
        const QString name = QStringLiteral("Résumé \"v2\";%.pdf");
        const Reply ok = upload(path, {{QStringLiteral("coursePackId"), packId}, {QStringLiteral("fileName"), name}},
                                "application/pdf", "%PDF-1.4\n", f.maria);
        EXPECT_STATUS(ok, 201);
        const Reply got = f.server.get(QUrl(ok.data().value(QStringLiteral("url")).toString()).path(), f.maria.token);
        EXPECT_STATUS(got, 200);
        QCOMPARE(
            got.header("content-disposition"),
            QByteArray(
                "attachment; filename=\"R_sum_ _v2_;_.pdf\"; filename*=UTF-8''R%C3%A9sum%C3%A9%20%22v2%22%3B%25.pdf"));
    }

    void freedSlotLeavesTheOldEnrollment()
    {
        const Actor first = f.newStudent(QStringLiteral("First Booker"));
        const Actor next = f.newStudent(QStringLiteral("Next Booker"));
        const QJsonObject pack = f.createPack(f.maria);
        const QStringList lessonIds = f.createSlots(f.maria, pack.value(QStringLiteral("id")).toString(), 2);
        const QString old = f.paidEnrollment(first, pack, lessonIds);
        QVERIFY2(!old.isEmpty(), f.lastFailure.constData());
        const QString slotPath = QStringLiteral("/coursescheduling-api/v1/lessonslots/") + lessonIds.at(0);
        EXPECT_STATUS(f.server.patch(slotPath,
                                     {{QStringLiteral("locationType"), QStringLiteral("studentHome")},
                                      {QStringLiteral("locationDetails"), QStringLiteral("First's flat, door 1")}},
                                     first.token),
                      200);
        const QString firstLink = f.slot(lessonIds.at(0)).value(QStringLiteral("meetLink")).toString();
        QVERIFY(firstLink.startsWith(QLatin1String("https://")));
        EXPECT_STATUS(f.server.patch(kEnr + QStringLiteral("/v1/cancelenrollment/") + old, {}, f.admin.token), 200);

        // The slot is free again and keeps nothing of the first booking.
        const QJsonObject freed = f.slot(lessonIds.at(0));
        QCOMPARE(freed.value(QStringLiteral("status")).toString(), QStringLiteral("free"));
        QVERIFY(freed.value(QStringLiteral("studentId")).isNull());
        QVERIFY(freed.value(QStringLiteral("meetLink")).isNull());
        QVERIFY(freed.value(QStringLiteral("locationDetails")).isNull());
        const QJsonObject was = f.enrollment(old, first.token);
        QVERIFY2(was.value(QStringLiteral("lessonSlotIds")).toArray().isEmpty(),
                 QJsonDocument(was).toJson().constData());

        // The next student books it and gives an address; the first student sees none of it.
        const QString now = f.enrollId(next, pack, {lessonIds.at(0)});
        QVERIFY2(!now.isEmpty(), f.lastFailure.constData());
        EXPECT_STATUS(f.server.patch(slotPath,
                                     {{QStringLiteral("locationType"), QStringLiteral("studentHome")},
                                      {QStringLiteral("locationDetails"), QStringLiteral("Next's flat, door 2")}},
                                     next.token),
                      200);
        const QString nextLink = f.slot(lessonIds.at(0)).value(QStringLiteral("meetLink")).toString();
        QVERIFY(nextLink.startsWith(QLatin1String("https://")) && nextLink != firstLink);
        const Reply mine = f.server.get(kEnr + QStringLiteral("/v1/enrollments/") + old, first.token);
        EXPECT_STATUS(mine, 200);
        QVERIFY2(!mine.body.contains(lessonIds.at(0).toUtf8()) && !mine.body.contains("door 2"),
                 mine.describe().constData());
        EXPECT_STATUS(f.server.get(slotPath, first.token), 404);
        const Reply lessons = f.server.get(QStringLiteral("/coursescheduling-api/v1/lessonslots"), first.token,
                                           {{QStringLiteral("studentId"), first.id}});
        QVERIFY2(!lessons.body.contains("door 2") && !lessons.body.contains(nextLink.toUtf8()),
                 lessons.describe().constData());
        const Reply bff = f.server.get(QStringLiteral("/bff-api/studentEnrollmentDashboardView/") + old, first.token);
        QVERIFY2(!bff.body.contains("door 2"), bff.describe().constData());
    }

    void clientSecretOnlyForThePayer()
    {
        const Actor s = f.newStudent(QStringLiteral("Secret Payer"));
        const QJsonObject pack = f.createPack(f.maria);
        const QString id = f.enrollId(s, pack, f.createSlots(f.maria, pack.value(QStringLiteral("id")).toString(), 1));
        QVERIFY2(!id.isEmpty(), f.lastFailure.constData());
        const Reply started = f.startPayment(s, id, f.cardId(s, kCardAuthenticate));
        EXPECT_STATUS(started, 200);
        const auto info = [](const Reply &r) {
            return r.obj()
                .value(QStringLiteral("paymentResult"))
                .toObject()
                .value(QStringLiteral("paymentIntentInfo"))
                .toObject();
        };
        const QString secret = info(started).value(QStringLiteral("client_secret")).toString();
        QVERIFY2(!secret.isEmpty(), started.describe().constData());
        const QString intentId = info(started).value(QStringLiteral("id")).toString();
        for (const Actor *who : {static_cast<const Actor *>(&f.maria), static_cast<const Actor *>(&f.admin)}) {
            const Reply r = f.refresh(*who, id);
            EXPECT_STATUS(r, 200);
            QVERIFY(!info(r).isEmpty());
            QVERIFY2(!r.body.contains(secret.toUtf8()) && !info(r).contains(QStringLiteral("client_secret")),
                     r.describe().constData());
        }
        // At Stripe the client_secret is what opens the intent to a publishable key.
        EXPECT_STATUS(f.stripeGet(QStringLiteral("/v1/payment_intents/") + intentId, {}), 400);
        EXPECT_STATUS(f.stripeGet(QStringLiteral("/v1/payment_intents/") + intentId,
                                  {{QStringLiteral("client_secret"), intentId + QStringLiteral("_secret_x")}}),
                      400);
        const Reply own = f.stripeGet(QStringLiteral("/v1/payment_intents/") + intentId,
                                      {{QStringLiteral("client_secret"), secret}});
        QVERIFY2(own.body.contains(secret.toUtf8()), own.describe().constData());
        EXPECT_STATUS(f.refresh(f.james, id), 403);
    }
};

QTEST_GUILESS_MAIN(TstContractAccess)
#include "tst_contract_access.moc"
