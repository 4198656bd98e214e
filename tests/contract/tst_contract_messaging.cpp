// Contract tests of messaging's REST part (API.md §3.5, rules §4.9 65-70): conversations, the chat
// message store under /v1/v1/chat-messages, sendSystemMessage, and who may read and post.
#include "adminfixture.h"

#include <QTest>

using namespace contract;

namespace {
const QString kConv = QStringLiteral("/messaging-api/v1/conversations");
const QString kMine = QStringLiteral("/messaging-api/v1/myconversations");
const QString kMsgs = QStringLiteral("/messaging-api/v1/v1/chat-messages");
const QString kSystem = QStringLiteral("/messaging-api/v1/sendsystemmessage");
const QString kActions = QStringLiteral("/platformadmin-api/v1/adminmoderationactions");
} // namespace

class TstContractMessaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }

    void createAdminConversation();
    void rule65_oneConversationPerTypeAndPair();
    void createConversationAccessAndBadInput();
    void createStudentTutorConversationNeedsValidEnrollment();
    void getConversationAccess();
    void rule66_listMyConversationsOwnByLastMessage();
    void postMessageAndSequence();
    void postMessageIdempotentByClientMessageId();
    void postMessageBadInput();
    void rule67_nonParticipantsCannotReadOrPost();
    void rule4_9_adminStudentIsOneWay();
    void adminTutorIsBidirectional();
    void rule70_closedConversationRefusesMessages();
    void getChatMessageAccess();
    void rule67_updateChatMessage();
    void rule67_deleteChatMessage();
    void listChatMessagesFiltersAndResync();
    void sendSystemMessage();
    void sendSystemMessageAccessAndBadInput();

    void serverOutput() // keep last: stops the server
    {
        const QStringList problems = stopAndCheckOutput(m_server);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private:
    QString demoChat(); // Lena <-> Maria (studentTutor, demo)
    Reply post(const Actor &who, const QString &roomId, const QString &text, const QString &clientId = {});

    Server m_server;
    Actors m_actors {m_server};
    Actor m_super, m_admin, m_maria, m_james, m_lena, m_tom, m_aiko;
    QString m_adminStudent; // m_admin <-> Aiko
};

void TstContractMessaging::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    CALL(m_actors.demo(m_super, kSuperAdmin));
    CALL(m_actors.demo(m_maria, kTutorMaria));
    CALL(m_actors.demo(m_james, kTutorJames));
    CALL(m_actors.demo(m_lena, kStudentLena));
    CALL(m_actors.demo(m_tom, kStudentTom));
    CALL(m_actors.demo(m_aiko, kStudentAiko));
    CALL(m_actors.freshAdmin(m_admin, m_super, QStringLiteral("chatadmin")));
}

QString TstContractMessaging::demoChat()
{
    const Reply r
        = m_server.get(kMine, m_lena.token, {{QStringLiteral("conversationType"), QStringLiteral("studentTutor")}});
    for (const QJsonValue &v : r.payload().toArray())
        if (v.toObject().value(QStringLiteral("participantB")).toString() == m_maria.id)
            return v.toObject().value(QStringLiteral("id")).toString();
    return {};
}

Reply TstContractMessaging::post(const Actor &who, const QString &roomId, const QString &text, const QString &clientId)
{
    QJsonObject body {{QStringLiteral("roomId"), roomId},
                      {QStringLiteral("messageType"), QStringLiteral("text")},
                      {QStringLiteral("content"), QJsonObject {{QStringLiteral("text"), text}}}};
    if (!clientId.isEmpty())
        body.insert(QStringLiteral("clientMessageId"), clientId);
    return m_server.post(kMsgs, body, who.token);
}

void TstContractMessaging::createAdminConversation()
{
    const Reply r = m_server.post(kConv,
                                  {{QStringLiteral("conversationType"), QStringLiteral("adminStudent")},
                                   {QStringLiteral("participantA"), m_admin.id},
                                   {QStringLiteral("participantB"), m_aiko.id},
                                   {QStringLiteral("lastMessagePreview"), QStringLiteral("ignored: server-owned")}},
                                  m_admin.token);
    CONTRACT_CHECK(envelopeProblem(r, 201, QStringLiteral("conversation"), "POST", QStringLiteral("create")));
    const QJsonObject c = r.data();
    CONTRACT_CHECK(stdFieldsProblem(c));
    CONTRACT_CHECK(
        enumProblem(c, QStringLiteral("conversationType"),
                    {QStringLiteral("studentTutor"), QStringLiteral("adminStudent"), QStringLiteral("adminTutor")}));
    CONTRACT_CHECK(enumProblem(c, QStringLiteral("status"), {QStringLiteral("active"), QStringLiteral("closed")}));
    QCOMPARE(c.value(QStringLiteral("participantBName")).toString(), m_aiko.fullname);
    QVERIFY(c.value(QStringLiteral("lastMessagePreview")).isNull());
    QVERIFY(c.value(QStringLiteral("enrollmentId")).isNull());
    m_adminStudent = c.value(QStringLiteral("id")).toString();
}

void TstContractMessaging::rule65_oneConversationPerTypeAndPair()
{
    QVERIFY(!m_adminStudent.isEmpty());
    const Reply again = m_server.post(kConv,
                                      {{QStringLiteral("conversationType"), QStringLiteral("adminStudent")},
                                       {QStringLiteral("participantA"), m_admin.id},
                                       {QStringLiteral("participantB"), m_aiko.id}},
                                      m_admin.token);
    CONTRACT_CHECK(envelopeProblem(again, 200, QStringLiteral("conversation"), "POST", QStringLiteral("create")));
    QCOMPARE(again.data().value(QStringLiteral("id")).toString(), m_adminStudent);
    const Reply mine
        = m_server.get(kMine, m_aiko.token, {{QStringLiteral("conversationType"), QStringLiteral("adminStudent")}});
    int withAdmin = 0;
    for (const QJsonValue &v : mine.payload().toArray())
        withAdmin += v.toObject().value(QStringLiteral("participantA")).toString() == m_admin.id;
    QCOMPARE(withAdmin, 1);
}

void TstContractMessaging::createConversationAccessAndBadInput()
{
    const int before = int(m_server.get(kMine, m_admin.token, {{QStringLiteral("pageNumber"), QStringLiteral("0")}})
                               .payload()
                               .toArray()
                               .size());
    const QJsonObject ok {{QStringLiteral("conversationType"), QStringLiteral("adminTutor")},
                          {QStringLiteral("participantA"), m_admin.id},
                          {QStringLiteral("participantB"), m_james.id}};
    auto with = [&](const QString &k, const QJsonValue &v, const Actor &who) {
        QJsonObject b = ok;
        if (v.isUndefined())
            b.remove(k);
        else
            b.insert(k, v);
        return m_server.post(kConv, b, who.token);
    };
    EXPECT_ERROR(m_server.post(kConv, ok), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(m_server.post(kConv, ok, m_james.token), 403, "errMsg_Forbidden"); // tutor opens admin conversation
    EXPECT_ERROR(m_server.post(kConv, ok, m_lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(with(QStringLiteral("participantA"), m_super.id, m_admin), 403,
                 "errMsg_Forbidden"); // G42: A is the caller
    EXPECT_ERROR(with(QStringLiteral("conversationType"), QJsonValue::Undefined, m_admin), 400,
                 "errMsg_MissingParameter:conversationType");
    EXPECT_ERROR(with(QStringLiteral("participantB"), QJsonValue::Undefined, m_admin), 400,
                 "errMsg_MissingParameter:participantB");
    EXPECT_ERROR(with(QStringLiteral("conversationType"), QStringLiteral("group"), m_admin), 400,
                 "errMsg_InvalidParameter:conversationType");
    EXPECT_ERROR(with(QStringLiteral("participantB"), 12, m_admin), 400, "errMsg_InvalidParameter:participantB");
    EXPECT_ERROR(with(QStringLiteral("participantB"), QStringLiteral("nobody"), m_admin), 400,
                 "errMsg_InvalidParameter:participantB");
    EXPECT_ERROR(with(QStringLiteral("participantB"), QString::fromLatin1(kUnknownId), m_admin), 404,
                 "errMsg_FethcedObjectNotFound:user");
    EXPECT_ERROR(with(QStringLiteral("participantB"), m_admin.id, m_admin), 400,
                 "errMsg_InvalidParameter:participantB");
    EXPECT_ERROR(with(QStringLiteral("participantB"), m_lena.id, m_admin), 400,
                 "errMsg_InvalidParameter:participantB"); // not a tutor
    EXPECT_ERROR(with(QStringLiteral("participantAName"), bigText(256), m_admin), 400,
                 "errMsg_ParameterTooLong:participantAName");
    const int after = int(m_server.get(kMine, m_admin.token, {{QStringLiteral("pageNumber"), QStringLiteral("0")}})
                              .payload()
                              .toArray()
                              .size());
    QCOMPARE(after, before);
    EXPECT_STATUS(m_server.post(kConv, ok, m_admin.token), 201);
}

// §4.9: a studentTutor conversation is opened by its student or tutor and needs their enrollment.
void TstContractMessaging::createStudentTutorConversationNeedsValidEnrollment()
{
    const QJsonObject base {{QStringLiteral("conversationType"), QStringLiteral("studentTutor")},
                            {QStringLiteral("participantA"), m_tom.id},
                            {QStringLiteral("participantB"), m_maria.id}};
    EXPECT_ERROR(m_server.post(kConv, base, m_tom.token), 400, "errMsg_MissingParameter:enrollmentId");
    QJsonObject unknown = base;
    unknown.insert(QStringLiteral("enrollmentId"), QString::fromLatin1(kUnknownId));
    EXPECT_ERROR(m_server.post(kConv, unknown, m_tom.token), 404, "errMsg_FethcedObjectNotFound:enrollment");
    EXPECT_ERROR(m_server.post(kConv, unknown, m_super.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.post(kConv, unknown, m_lena.token), 403, "errMsg_Forbidden"); // not a participant
    QJsonObject swapped = unknown;
    swapped.insert(QStringLiteral("participantA"), m_maria.id);
    swapped.insert(QStringLiteral("participantB"), m_tom.id);
    EXPECT_ERROR(m_server.post(kConv, swapped, m_tom.token), 400, "errMsg_InvalidParameter:participantA");

    // A real enrollment: Maria publishes a pack with one slot, Tom enrolls (pending payment).
    const Reply profiles = m_server.get(QStringLiteral("/tutorcatalog-api/v1/tutorprofiles"), {},
                                        {{QStringLiteral("tutorId"), m_maria.id}});
    const QString profileId = profiles.payload().toArray().first().toObject().value(QStringLiteral("id")).toString();
    const Reply cats = m_server.get(QStringLiteral("/tutorcatalog-api/v1/coursecategories"));
    const QString category = cats.payload().toArray().first().toObject().value(QStringLiteral("name")).toString();
    const Reply pack = m_server.post(QStringLiteral("/tutorcatalog-api/v1/coursepacks"),
                                     {{QStringLiteral("tutorProfileId"), profileId},
                                      {QStringLiteral("title"), QStringLiteral("Mechanics refresher")},
                                      {QStringLiteral("price"), 35.0},
                                      {QStringLiteral("category"), category},
                                      {QStringLiteral("schedulingType"), QStringLiteral("flexible")},
                                      {QStringLiteral("preliminaryMeetingRequired"), false},
                                      {QStringLiteral("isPublished"), true}},
                                     m_maria.token);
    if (pack.status != 201)
        QSKIP(qPrintable(QStringLiteral("catalog service cannot create the pack: ")
                         + QString::fromUtf8(pack.describe())));
    const QString packId = pack.data().value(QStringLiteral("id")).toString();
    const Reply slot
        = m_server.post(QStringLiteral("/coursescheduling-api/v1/lessonslots"),
                        {{QStringLiteral("coursePackId"), packId},
                         {QStringLiteral("scheduledDate"), QDate::currentDate().addDays(100).toString(Qt::ISODate)},
                         {QStringLiteral("scheduledTime"), QStringLiteral("15:00")}},
                        m_maria.token);
    EXPECT_STATUS(slot, 201);
    const Reply enr
        = m_server.post(QStringLiteral("/enrollmentmanagement-api/v1/enrollments"),
                        {{QStringLiteral("coursePackId"), packId},
                         {QStringLiteral("tutorProfileId"), profileId},
                         {QStringLiteral("lessonSlotIds"), QJsonArray {slot.data().value(QStringLiteral("id"))}},
                         {QStringLiteral("totalAmount"), 35.0},
                         {QStringLiteral("currency"), QStringLiteral("EUR")},
                         {QStringLiteral("refundStatus"), QStringLiteral("notRequested")}},
                        m_tom.token);
    EXPECT_STATUS(enr, 201);
    QJsonObject body = base;
    body.insert(QStringLiteral("enrollmentId"), enr.data().value(QStringLiteral("id")));
    // Another student's enrollment does not open a chat for Aiko.
    QJsonObject foreign = body;
    foreign.insert(QStringLiteral("participantA"), m_aiko.id);
    EXPECT_ERROR(m_server.post(kConv, foreign, m_aiko.token), 400, "errMsg_InvalidParameter:enrollmentId");
    const Reply c = m_server.post(kConv, body, m_maria.token); // the tutor may open it too
    CONTRACT_CHECK(envelopeProblem(c, 201, QStringLiteral("conversation"), "POST", QStringLiteral("create")));
    QCOMPARE(c.data().value(QStringLiteral("courseTitle")).toString(), QStringLiteral("Mechanics refresher"));
    const Reply g
        = m_server.get(kConv + QLatin1Char('/') + c.data().value(QStringLiteral("id")).toString(), m_tom.token);
    EXPECT_STATUS(g, 200);
    QCOMPARE(g.data().value(QStringLiteral("enrollment")).toObject().value(QStringLiteral("coursePackId")).toString(),
             packId);
    EXPECT_STATUS(post(m_tom, c.data().value(QStringLiteral("id")).toString(),
                       QStringLiteral("Hello Maria, looking forward to it!")),
                  201);
}

void TstContractMessaging::getConversationAccess()
{
    const QString id = demoChat();
    QVERIFY(!id.isEmpty());
    const QString path = kConv + QLatin1Char('/') + id;
    const Reply r = m_server.get(path, m_lena.token);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("conversation"), "GET", QStringLiteral("get")));
    QVERIFY(r.data().contains(QStringLiteral("enrollment")));
    QCOMPARE(r.data().value(QStringLiteral("participantAName")).toString(), m_lena.fullname);
    EXPECT_STATUS(m_server.get(path, m_maria.token), 200);
    EXPECT_STATUS(m_server.get(path, m_admin.token), 200);
    EXPECT_ERROR(m_server.get(path), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(m_server.get(path, m_tom.token), 403, "errMsg_NotConversationParticipant");
    EXPECT_ERROR(m_server.get(path, m_james.token), 403, "errMsg_NotConversationParticipant");
    EXPECT_ERROR(m_server.get(kConv + QLatin1Char('/') + QLatin1String(kUnknownId), m_admin.token), 404,
                 "errMsg_FethcedObjectNotFound:conversation");
}

void TstContractMessaging::rule66_listMyConversationsOwnByLastMessage()
{
    const Reply r = m_server.get(kMine, m_maria.token);
    CONTRACT_CHECK(
        envelopeProblem(r, 200, QStringLiteral("conversations"), "GET", QStringLiteral("list"), Shape::List));
    QVERIFY(r.payload().toArray().size() >= 2); // demo: Lena and the admin
    QString previous = QStringLiteral("9999");
    for (const QJsonValue &v : r.payload().toArray()) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.value(QStringLiteral("participantA")).toString() == m_maria.id
                || o.value(QStringLiteral("participantB")).toString() == m_maria.id);
        QVERIFY(o.value(QStringLiteral("enrollment")).isArray());
        const QString at = o.value(QStringLiteral("lastMessageAt")).toString();
        QVERIFY2(at <= previous, "sorted by lastMessageAt desc");
        previous = at;
    }
    const Reply tom = m_server.get(kMine, m_tom.token);
    QVERIFY(!idsOf(tom).contains(demoChat()));
    EXPECT_ERROR(m_server.get(kMine), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(m_server.get(kMine, m_tom.token, {{QStringLiteral("status"), QStringLiteral("archived")}}), 400,
                 "errMsg_InvalidParameter:status");
}

void TstContractMessaging::postMessageAndSequence()
{
    const QString room = demoChat();
    const Reply a = post(m_lena, room, QStringLiteral("Here are my attempts for sheet 4."));
    CONTRACT_CHECK(envelopeProblem(a, 201, QStringLiteral("chatMessage"), "POST", QStringLiteral("create")));
    const QJsonObject m = a.data();
    CONTRACT_CHECK(stdFieldsProblem(m));
    CONTRACT_CHECK(enumProblem(m, QStringLiteral("messageType"),
                               {QStringLiteral("text"), QStringLiteral("image"), QStringLiteral("document"),
                                QStringLiteral("system"), QStringLiteral("warning")}));
    CONTRACT_CHECK(enumProblem(m, QStringLiteral("status"),
                               {QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("rejected")}));
    QCOMPARE(m.value(QStringLiteral("roomId")).toString(), room);
    QCOMPARE(m.value(QStringLiteral("senderId")).toString(), m_lena.id);
    QCOMPARE(m.value(QStringLiteral("senderName")).toString(), m_lena.fullname);
    QVERIFY(m.value(QStringLiteral("senderAvatar")).toString().startsWith(m_server.base()));
    QVERIFY(isIsoUtc(m.value(QStringLiteral("timestamp"))));
    const qint64 seq = m.value(QStringLiteral("sequence")).toInteger();
    QVERIFY(seq >= 5); // four demo messages before
    const Reply b = m_server.post(
        kMsgs,
        {{QStringLiteral("roomId"), room},
         {QStringLiteral("messageType"), QStringLiteral("document")},
         {QStringLiteral("content"),
          QJsonObject {{QStringLiteral("url"), QStringLiteral("https://files.example.test/sheet4-solutions.pdf")},
                       {QStringLiteral("fileName"), QStringLiteral("sheet4-solutions.pdf")}}},
         {QStringLiteral("replyTo"), QJsonObject {{QStringLiteral("id"), m.value(QStringLiteral("id"))}}}},
        m_maria.token);
    EXPECT_STATUS(b, 201);
    QCOMPARE(b.data().value(QStringLiteral("sequence")).toInteger(), seq + 1);
    QCOMPARE(b.data().value(QStringLiteral("replyTo")).toObject().value(QStringLiteral("preview")).toString(),
             QStringLiteral("Here are my attempts for sheet 4."));
    const Reply c = m_server.get(kConv + QLatin1Char('/') + room, m_lena.token);
    QCOMPARE(c.data().value(QStringLiteral("lastMessagePreview")).toString(),
             QStringLiteral("[Document] sheet4-solutions.pdf"));
    QCOMPARE(c.data().value(QStringLiteral("lastMessageAt")).toString(),
             b.data().value(QStringLiteral("createdAt")).toString());
}

void TstContractMessaging::postMessageIdempotentByClientMessageId()
{
    const QString room = demoChat();
    const Reply first = post(m_lena, room, QStringLiteral("Sent once, delivered once."), QStringLiteral("outbox-7f3a"));
    EXPECT_STATUS(first, 201);
    const Reply again = post(m_lena, room, QStringLiteral("Sent once, delivered once."), QStringLiteral("outbox-7f3a"));
    CONTRACT_CHECK(envelopeProblem(again, 200, QStringLiteral("chatMessage"), "POST", QStringLiteral("create")));
    QCOMPARE(again.data().value(QStringLiteral("id")).toString(), first.data().value(QStringLiteral("id")).toString());
    QCOMPARE(again.data().value(QStringLiteral("clientMessageId")).toString(), QStringLiteral("outbox-7f3a"));
    const Reply list = m_server.get(
        kMsgs, m_lena.token,
        {{QStringLiteral("roomId"), room}, {QStringLiteral("clientMessageId"), QStringLiteral("outbox-7f3a")}});
    QCOMPARE(list.payload().toArray().size(), 1);
    // The same client id of another sender is another message.
    EXPECT_STATUS(post(m_maria, room, QStringLiteral("Got it."), QStringLiteral("outbox-7f3a")), 201);
}

void TstContractMessaging::postMessageBadInput()
{
    const QString room = demoChat();
    const int before
        = int(m_server
                  .get(kMsgs, m_admin.token,
                       {{QStringLiteral("roomId"), room}, {QStringLiteral("pageNumber"), QStringLiteral("0")}})
                  .payload()
                  .toArray()
                  .size());
    auto send = [&](const QJsonObject &body) { return m_server.post(kMsgs, body, m_lena.token); };
    const QJsonObject text {{QStringLiteral("text"), QStringLiteral("hi")}};
    EXPECT_ERROR(send({{QStringLiteral("content"), text}}), 400, "errMsg_MissingParameter:roomId");
    EXPECT_ERROR(send({{QStringLiteral("roomId"), 5}, {QStringLiteral("content"), text}}), 400,
                 "errMsg_InvalidParameter:roomId");
    EXPECT_ERROR(send({{QStringLiteral("roomId"), QString::fromLatin1(kUnknownId)}, {QStringLiteral("content"), text}}),
                 404, "errMsg_FethcedObjectNotFound:conversation");
    EXPECT_ERROR(send({{QStringLiteral("roomId"), room}}), 400, "errMsg_MissingParameter:content");
    EXPECT_ERROR(send({{QStringLiteral("roomId"), room}, {QStringLiteral("content"), QStringLiteral("hi")}}), 400,
                 "errMsg_InvalidParameter:content");
    EXPECT_ERROR(send({{QStringLiteral("roomId"), room}, {QStringLiteral("content"), QJsonObject {}}}), 400,
                 "errMsg_MissingParameter:content.text");
    EXPECT_ERROR(send({{QStringLiteral("roomId"), room},
                       {QStringLiteral("content"), QJsonObject {{QStringLiteral("text"), bigText(4001)}}}}),
                 400, "errMsg_ParameterTooLong:content.text");
    EXPECT_ERROR(send({{QStringLiteral("roomId"), room},
                       {QStringLiteral("messageType"), QStringLiteral("sticker")},
                       {QStringLiteral("content"), text}}),
                 400, "errMsg_InvalidParameter:messageType");
    EXPECT_ERROR(send({{QStringLiteral("roomId"), room},
                       {QStringLiteral("messageType"), QStringLiteral("warning")},
                       {QStringLiteral("content"), text}}),
                 400, "errMsg_InvalidParameter:messageType"); // rule 68: system/warning are admin-generated
    EXPECT_ERROR(send({{QStringLiteral("roomId"), room},
                       {QStringLiteral("messageType"), QStringLiteral("image")},
                       {QStringLiteral("content"), text}}),
                 400, "errMsg_MissingParameter:content.url");
    EXPECT_ERROR(send({{QStringLiteral("roomId"), room},
                       {QStringLiteral("content"), text},
                       {QStringLiteral("clientMessageId"), bigText(65)}}),
                 400, "errMsg_ParameterTooLong:clientMessageId");
    EXPECT_ERROR(
        send({{QStringLiteral("roomId"), room},
              {QStringLiteral("content"), text},
              {QStringLiteral("replyTo"), QJsonObject {{QStringLiteral("id"), QString::fromLatin1(kUnknownId)}}}}),
        400, "errMsg_InvalidParameter:replyTo");
    const int after
        = int(m_server
                  .get(kMsgs, m_admin.token,
                       {{QStringLiteral("roomId"), room}, {QStringLiteral("pageNumber"), QStringLiteral("0")}})
                  .payload()
                  .toArray()
                  .size());
    QCOMPARE(after, before);
}

void TstContractMessaging::rule67_nonParticipantsCannotReadOrPost()
{
    const QString room = demoChat();
    EXPECT_ERROR(post(m_tom, room, QStringLiteral("Can I join?")), 403, "errMsg_NotConversationParticipant");
    EXPECT_ERROR(post(m_james, room, QStringLiteral("Hello")), 403, "errMsg_NotConversationParticipant");
    EXPECT_ERROR(post(m_admin, room, QStringLiteral("Admin here")), 403, "errMsg_NotConversationParticipant");
    EXPECT_ERROR(m_server.get(kMsgs, m_tom.token, {{QStringLiteral("roomId"), room}}), 403,
                 "errMsg_NotConversationParticipant");
    EXPECT_ERROR(m_server.get(kMsgs), 401, "errMsg_LoginRequired");
    const Reply all = m_server.get(kMsgs, m_tom.token, {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
    EXPECT_STATUS(all, 200);
    for (const QJsonValue &v : all.payload().toArray())
        QVERIFY(v.toObject().value(QStringLiteral("roomId")).toString() != room);
    const Reply admin = m_server.get(kMsgs, m_admin.token, {{QStringLiteral("roomId"), room}});
    EXPECT_STATUS(admin, 200); // admins read every room
    QVERIFY(!admin.payload().toArray().isEmpty());
}

void TstContractMessaging::rule4_9_adminStudentIsOneWay()
{
    QVERIFY(!m_adminStudent.isEmpty());
    EXPECT_STATUS(post(m_admin, m_adminStudent, QStringLiteral("Please update your profile photo.")), 201);
    EXPECT_ERROR(post(m_aiko, m_adminStudent, QStringLiteral("Why?")), 403, "errMsg_OneWayConversation");
    const Reply read = m_server.get(kMsgs, m_aiko.token, {{QStringLiteral("roomId"), m_adminStudent}});
    EXPECT_STATUS(read, 200); // the student still reads the notice
    QVERIFY2(read.payload().toArray().size() == 1, read.body.constData());
}

void TstContractMessaging::adminTutorIsBidirectional()
{
    const Reply c = m_server.post(kConv,
                                  {{QStringLiteral("conversationType"), QStringLiteral("adminTutor")},
                                   {QStringLiteral("participantA"), m_admin.id},
                                   {QStringLiteral("participantB"), m_maria.id}},
                                  m_admin.token);
    QVERIFY(c.status == 201 || c.status == 200);
    const QString room = c.data().value(QStringLiteral("id")).toString();
    EXPECT_STATUS(post(m_admin, room, QStringLiteral("Could you check your Friday slots?")), 201);
    EXPECT_STATUS(post(m_maria, room, QStringLiteral("Done, two are free again.")), 201);
}

void TstContractMessaging::rule70_closedConversationRefusesMessages()
{
    const Reply c = m_server.post(kConv,
                                  {{QStringLiteral("conversationType"), QStringLiteral("adminTutor")},
                                   {QStringLiteral("participantA"), m_admin.id},
                                   {QStringLiteral("participantB"), m_james.id}},
                                  m_admin.token);
    const QString room = c.data().value(QStringLiteral("id")).toString();
    const QString path = kConv + QLatin1Char('/') + room;
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("closed")}}, m_james.token), 403,
                 "errMsg_Forbidden");
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("done")}}, m_admin.token), 400,
                 "errMsg_InvalidParameter:status");
    const Reply closed = m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("closed")}}, m_admin.token);
    CONTRACT_CHECK(envelopeProblem(closed, 200, QStringLiteral("conversation"), "PATCH", QStringLiteral("update")));
    QCOMPARE(closed.data().value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    EXPECT_ERROR(post(m_james, room, QStringLiteral("Hello?")), 409, "errMsg_ConversationClosed");
    EXPECT_ERROR(post(m_admin, room, QStringLiteral("Hello?")), 409, "errMsg_ConversationClosed");
    EXPECT_STATUS(m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("active")}}, m_admin.token), 200);
    EXPECT_STATUS(post(m_james, room, QStringLiteral("Thanks for reopening.")), 201);
}

void TstContractMessaging::getChatMessageAccess()
{
    const QString room = demoChat();
    const QString id
        = post(m_maria, room, QStringLiteral("See you Thursday.")).data().value(QStringLiteral("id")).toString();
    const QString path = kMsgs + QLatin1Char('/') + id;
    const Reply r = m_server.get(path, m_lena.token);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("chatMessage"), "GET", QStringLiteral("get")));
    QCOMPARE(r.data().value(QStringLiteral("content")).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("See you Thursday."));
    EXPECT_STATUS(m_server.get(path, m_admin.token), 200);
    EXPECT_ERROR(m_server.get(path), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(m_server.get(path, m_tom.token), 403, "errMsg_NotConversationParticipant");
    EXPECT_ERROR(m_server.get(path, m_james.token), 403, "errMsg_NotConversationParticipant");
    EXPECT_ERROR(m_server.get(kMsgs + QLatin1Char('/') + QLatin1String(kUnknownId), m_admin.token), 404,
                 "errMsg_FethcedObjectNotFound:chatMessage");
}

// Rule 67 + G49: the sender edits the content, only admins set the moderation status.
void TstContractMessaging::rule67_updateChatMessage()
{
    const QString room = demoChat();
    const QString id = post(m_lena, room, QStringLiteral("Typo heer")).data().value(QStringLiteral("id")).toString();
    const QString path = kMsgs + QLatin1Char('/') + id;
    const QJsonObject fixed {
        {QStringLiteral("content"), QJsonObject {{QStringLiteral("text"), QStringLiteral("Typo here")}}}};
    EXPECT_ERROR(m_server.patch(path, fixed), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(m_server.patch(path, fixed, m_maria.token), 403, "errMsg_Forbidden"); // the other participant
    EXPECT_ERROR(m_server.patch(path, fixed, m_tom.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("approved")}}, m_lena.token), 403,
                 "errMsg_Forbidden");
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("content"), QJsonObject {}}}, m_lena.token), 400,
                 "errMsg_MissingParameter:content.text");
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("content"), 3}}, m_lena.token), 400,
                 "errMsg_InvalidParameter:content");
    EXPECT_ERROR(m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("hidden")}}, m_admin.token), 400,
                 "errMsg_InvalidParameter:status");
    const Reply r = m_server.patch(path, fixed, m_lena.token);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("chatMessage"), "PATCH", QStringLiteral("update")));
    QCOMPARE(r.data().value(QStringLiteral("content")).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("Typo here"));
    QCOMPARE(r.data().value(QStringLiteral("recordVersion")).toInt(), 2);
    const Reply mod = m_server.patch(path, {{QStringLiteral("status"), QStringLiteral("rejected")}}, m_admin.token);
    EXPECT_STATUS(mod, 200);
    QCOMPARE(mod.data().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(mod.data().value(QStringLiteral("status_idx")).toInt(), 2);
}

void TstContractMessaging::rule67_deleteChatMessage()
{
    const QString room = demoChat();
    const QString id
        = post(m_lena, room, QStringLiteral("Wrong chat, sorry")).data().value(QStringLiteral("id")).toString();
    const QString path = kMsgs + QLatin1Char('/') + id;
    EXPECT_ERROR(m_server.del(path), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(m_server.del(path, m_maria.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.del(path, m_tom.token), 403, "errMsg_Forbidden");
    const Reply r = m_server.del(path, m_lena.token);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("chatMessage"), "DELETE", QStringLiteral("delete")));
    QCOMPARE(r.data().value(QStringLiteral("isActive")).toBool(), false);
    EXPECT_ERROR(m_server.get(path, m_lena.token), 404, "errMsg_FethcedObjectNotFound:chatMessage");
    EXPECT_ERROR(m_server.del(path, m_lena.token), 404, "errMsg_FethcedObjectNotFound:chatMessage");
    const QString other
        = post(m_maria, room, QStringLiteral("Spam link")).data().value(QStringLiteral("id")).toString();
    EXPECT_STATUS(m_server.del(kMsgs + QLatin1Char('/') + other, m_admin.token), 200); // admins delete any
}

void TstContractMessaging::listChatMessagesFiltersAndResync()
{
    const QString room = demoChat();
    const Reply all = m_server.get(
        kMsgs, m_lena.token, {{QStringLiteral("roomId"), room}, {QStringLiteral("pageNumber"), QStringLiteral("0")}});
    CONTRACT_CHECK(
        envelopeProblem(all, 200, QStringLiteral("chatMessages"), "GET", QStringLiteral("list"), Shape::List));
    qint64 previous = 0;
    for (const QJsonValue &v : all.payload().toArray()) {
        const qint64 s = v.toObject().value(QStringLiteral("sequence")).toInteger();
        QVERIFY2(s > previous, "messages of a room come in sequence order");
        previous = s;
    }
    QVERIFY(all.payload().toArray().size() >= 4);
    const qint64 third = all.payload().toArray().at(2).toObject().value(QStringLiteral("sequence")).toInteger();
    const Reply after = m_server.get(kMsgs, m_lena.token,
                                     {{QStringLiteral("roomId"), room},
                                      {QStringLiteral("afterSequence"), QString::number(third)},
                                      {QStringLiteral("pageNumber"), QStringLiteral("0")}});
    EXPECT_STATUS(after, 200);
    QCOMPARE(after.payload().toArray().size(), all.payload().toArray().size() - 3);
    EXPECT_ERROR(m_server.get(kMsgs, m_lena.token, {{QStringLiteral("afterSequence"), QStringLiteral("-1")}}), 400,
                 "errMsg_InvalidParameter:afterSequence");
    const Reply fromMaria = m_server.get(kMsgs, m_lena.token,
                                         {{QStringLiteral("roomId"), room}, {QStringLiteral("senderId"), m_maria.id}});
    for (const QJsonValue &v : fromMaria.payload().toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("senderId")).toString(), m_maria.id);
    EXPECT_ERROR(m_server.get(kMsgs, m_lena.token, {{QStringLiteral("messageType"), QStringLiteral("gif")}}), 400,
                 "errMsg_InvalidParameter:messageType");
    EXPECT_ERROR(m_server.get(kMsgs, m_lena.token, {{QStringLiteral("roomId"), QStringLiteral("abc")}}), 400,
                 "errMsg_InvalidParameter:roomId");
    const Reply desc = m_server.get(kMsgs, m_lena.token,
                                    {{QStringLiteral("roomId"), room},
                                     {QStringLiteral("sortBy"), QStringLiteral("sequence")},
                                     {QStringLiteral("sortOrder"), QStringLiteral("desc")},
                                     {QStringLiteral("pageRowCount"), QStringLiteral("1")}});
    QCOMPARE(desc.payload().toArray().first().toObject().value(QStringLiteral("sequence")).toInteger(), previous);
}

// An admin warns through the documented admin route (a `warn` moderation record, D37, C26); the
// server's own sendSystemMessage posts it in the admin conversation and notifies the user once.
void TstContractMessaging::sendSystemMessage()
{
    Actor student;
    CALL(m_actors.freshStudent(student, QStringLiteral("notice")));
    auto warn = [&](const QString &userId, const QString &text) {
        return m_server.post(kActions,
                             {{QStringLiteral("adminId"), m_admin.id},
                              {QStringLiteral("targetType"), QStringLiteral("user")},
                              {QStringLiteral("targetId"), userId},
                              {QStringLiteral("targetUserId"), userId},
                              {QStringLiteral("actionType"), QStringLiteral("warn")},
                              {QStringLiteral("actionReason"), text},
                              {QStringLiteral("actionDate"), QStringLiteral("2026-11-21T09:30:00.000Z")}},
                             m_admin.token);
    };
    EXPECT_STATUS(warn(student.id, QStringLiteral("Please stop sharing contact details in chats.")), 201);
    const Reply mine = m_server.get(kMine, student.token);
    EXPECT_STATUS(mine, 200);
    QCOMPARE(mine.payload().toArray().size(), 1);
    const QJsonObject conv = mine.payload().toArray().first().toObject();
    QCOMPARE(conv.value(QStringLiteral("conversationType")).toString(), QStringLiteral("adminStudent"));
    QCOMPARE(conv.value(QStringLiteral("participantA")).toString(), m_admin.id);
    QCOMPARE(conv.value(QStringLiteral("participantB")).toString(), student.id);
    const QString room = conv.value(QStringLiteral("id")).toString();
    // A second warning reuses the conversation; it is a warning message with the text.
    EXPECT_STATUS(warn(student.id, QStringLiteral("Final reminder.")), 201);
    const Reply msgs
        = m_server.get(kMsgs, student.token,
                       {{QStringLiteral("roomId"), room}, {QStringLiteral("sortBy"), QStringLiteral("sequence")}});
    EXPECT_STATUS(msgs, 200);
    QCOMPARE(msgs.payload().toArray().size(), 2);
    const QJsonObject msg = msgs.payload().toArray().at(1).toObject();
    QCOMPARE(msg.value(QStringLiteral("messageType")).toString(), QStringLiteral("warning"));
    QCOMPARE(msg.value(QStringLiteral("content")).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("Final reminder."));
    QCOMPARE(msg.value(QStringLiteral("sequence")).toInteger(), 2);
    const Reply n = m_server.get(QStringLiteral("/notification-api/notifications"), student.token);
    QCOMPARE(n.value(QStringLiteral("unseenCount")).toInt(), 2); // one per warning
    // A closed admin conversation is reopened by a warning.
    EXPECT_STATUS(m_server.patch(kConv + QLatin1Char('/') + room,
                                 {{QStringLiteral("status"), QStringLiteral("closed")}}, m_admin.token),
                  200);
    EXPECT_STATUS(warn(student.id, QStringLiteral("Last one.")), 201);
    const Reply reopened = m_server.get(kConv + QLatin1Char('/') + room, m_admin.token);
    QCOMPARE(reopened.data().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    // Tutors get an adminTutor conversation.
    EXPECT_STATUS(warn(m_james.id, QStringLiteral("Please add a syllabus to your new pack.")), 201);
    bool tutorRoom = false;
    for (const QJsonValue &v : m_server.get(kMine, m_james.token).payload().toArray())
        tutorRoom = tutorRoom
                    || (v.toObject().value(QStringLiteral("conversationType")).toString() == QLatin1String("adminTutor")
                        && v.toObject().value(QStringLiteral("participantA")).toString() == m_admin.id);
    QVERIFY(tutorRoom);
}

// sendSystemMessage is machine-to-machine only (API.md §3.5, C27): no user token is accepted, an
// admin's neither, whatever the body; nothing is posted.
void TstContractMessaging::sendSystemMessageAccessAndBadInput()
{
    const QJsonObject ok {{QStringLiteral("targetUserId"), m_tom.id},
                          {QStringLiteral("targetUserRole"), QStringLiteral("student")},
                          {QStringLiteral("messageContent"), QStringLiteral("Notice")}};
    const int before = int(m_server.get(kMine, m_tom.token).payload().toArray().size());
    EXPECT_ERROR(m_server.post(kSystem, ok), 401, "errMsg_LoginRequired");
    for (const Actor *who : {&m_lena, &m_maria, &m_admin})
        EXPECT_ERROR(m_server.post(kSystem, ok, who->token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.post(kSystem, QJsonObject {}, m_admin.token), 403, "errMsg_Forbidden");
    QCOMPARE(int(m_server.get(kMine, m_tom.token).payload().toArray().size()), before);
}

QTEST_GUILESS_MAIN(TstContractMessaging)
#include "tst_contract_messaging.moc"
