// Contract tests of platformAdmin's moderation log (API.md §3.4, rules §4.7 57-58): access, bad input, who may
// be moderated, warnings that notify. The common set-up is adminsuite.h.
#include "adminsuite.h"

using namespace contract;

class TstContractModeration : public AdminSuite
{
    Q_OBJECT

private slots:
    void createModerationActionAndAccess();
    void createModerationActionBadInput();
    void rule57_superAdminCannotBeModerated();
    void rule57_adminModeratesNonAdminsOnly();
    void rule58_warningSendsNotificationAndSystemMessage();
    void getAndListModerationActions();

    void serverOutput() { checkServerOutput(); } // keep last: stops the server
};

void TstContractModeration::createModerationActionAndAccess()
{
    const QJsonObject body {{QStringLiteral("adminId"), m_admin.id},
                            {QStringLiteral("targetType"), QStringLiteral("user")},
                            {QStringLiteral("targetId"), m_tom.id},
                            {QStringLiteral("actionType"), QStringLiteral("edit")},
                            {QStringLiteral("actionReason"), QStringLiteral("Display name contained a phone number.")},
                            {QStringLiteral("actionDate"), QStringLiteral("2026-11-20T10:00:00.000Z")},
                            {QStringLiteral("targetUserId"), m_tom.id}};
    const Reply r = m_server.post(kActions, body, m_admin.token);
    CONTRACT_CHECK(envelopeWithExtras(r, 201, QStringLiteral("adminModerationAction"), "POST", QStringLiteral("create"),
                                      {QStringLiteral("targetUser")}));
    CONTRACT_CHECK(stdFieldsProblem(r.data()));
    CONTRACT_CHECK(enumProblem(r.data(), QStringLiteral("actionType"),
                               {QStringLiteral("suspend"), QStringLiteral("ban"), QStringLiteral("edit"),
                                QStringLiteral("remove"), QStringLiteral("approve"), QStringLiteral("warn")}));
    CONTRACT_CHECK(enumProblem(
        r.data(), QStringLiteral("targetType"),
        {QStringLiteral("user"), QStringLiteral("coursePack"), QStringLiteral("profile"), QStringLiteral("material")}));
    QCOMPARE(r.data().value(QStringLiteral("adminId")).toString(), m_admin.id);
    QCOMPARE(r.value(QStringLiteral("targetUser")).toObject().value(QStringLiteral("email")).toString(), m_tom.email);
    EXPECT_ERROR(m_server.post(kActions, body), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(m_server.post(kActions, body, m_lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.post(kActions, body, m_maria.token), 403, "errMsg_Forbidden");
    // adminId must be the caller (G42).
    EXPECT_ERROR(m_server.post(kActions, body, m_super.token), 403, "errMsg_Forbidden");
}

void TstContractModeration::createModerationActionBadInput()
{
    const Reply before = m_server.get(kActions, m_super.token, {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
    const QJsonObject ok {{QStringLiteral("targetType"), QStringLiteral("user")},
                          {QStringLiteral("targetId"), m_tom.id},
                          {QStringLiteral("actionType"), QStringLiteral("edit")},
                          {QStringLiteral("actionReason"), QStringLiteral("Reason")},
                          {QStringLiteral("actionDate"), QStringLiteral("2026-11-20T10:00:00Z")},
                          {QStringLiteral("targetUserId"), m_tom.id}};
    auto with = [&](const QString &k, const QJsonValue &v) {
        QJsonObject b = ok;
        if (v.isUndefined())
            b.remove(k);
        else
            b.insert(k, v);
        return m_server.post(kActions, b, m_super.token);
    };
    for (const char *k : {"targetType", "targetId", "actionType", "actionReason", "actionDate", "targetUserId"})
        EXPECT_ERROR(with(QLatin1String(k), QJsonValue::Undefined), 400, "errMsg_MissingParameter:*");
    EXPECT_ERROR(with(QStringLiteral("targetType"), QStringLiteral("course")), 400,
                 "errMsg_InvalidParameter:targetType");
    EXPECT_ERROR(with(QStringLiteral("actionType"), QStringLiteral("delete")), 400,
                 "errMsg_InvalidParameter:actionType");
    EXPECT_ERROR(with(QStringLiteral("actionDate"), QStringLiteral("yesterday")), 400,
                 "errMsg_InvalidParameter:actionDate");
    EXPECT_ERROR(with(QStringLiteral("actionReason"), bigText(256)), 400, "errMsg_ParameterTooLong:actionReason");
    EXPECT_ERROR(with(QStringLiteral("targetUserId"), QStringLiteral("not-a-uuid")), 400, "errMsg_InvalidParameter:*");
    EXPECT_ERROR(with(QStringLiteral("targetId"), m_lena.id), 400, "errMsg_InvalidParameter:targetId");
    QJsonObject unknown = ok;
    unknown.insert(QStringLiteral("targetId"), QString::fromLatin1(kUnknownId));
    unknown.insert(QStringLiteral("targetUserId"), QString::fromLatin1(kUnknownId));
    EXPECT_ERROR(m_server.post(kActions, unknown, m_super.token), 404, "errMsg_FethcedObjectNotFound:user");
    QJsonObject pack = ok;
    pack.insert(QStringLiteral("targetType"), QStringLiteral("coursePack"));
    pack.insert(QStringLiteral("targetId"), QString::fromLatin1(kUnknownId));
    EXPECT_ERROR(m_server.post(kActions, pack, m_super.token), 404, "errMsg_FethcedObjectNotFound:coursePack");
    const Reply after = m_server.get(kActions, m_super.token, {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
    QCOMPARE(after.payload().toArray().size(), before.payload().toArray().size());
}

// "Admins cannot demote or ban a superAdmin": no moderation act targets a superAdmin, and nobody acts on themself.
void TstContractModeration::rule57_superAdminCannotBeModerated()
{
    for (const char *action : {"ban", "suspend", "warn"}) {
        const Reply r = m_server.post(kActions,
                                      {{QStringLiteral("targetType"), QStringLiteral("user")},
                                       {QStringLiteral("targetId"), m_super.id},
                                       {QStringLiteral("actionType"), QLatin1String(action)},
                                       {QStringLiteral("actionReason"), QStringLiteral("Attempt")},
                                       {QStringLiteral("actionDate"), QStringLiteral("2026-11-20T10:00:00Z")},
                                       {QStringLiteral("targetUserId"), m_super.id}},
                                      m_admin.token);
        EXPECT_ERROR(r, 403, "errMsg_Forbidden");
    }
    const Reply self = m_server.post(kActions,
                                     {{QStringLiteral("targetType"), QStringLiteral("user")},
                                      {QStringLiteral("targetId"), m_super.id},
                                      {QStringLiteral("actionType"), QStringLiteral("warn")},
                                      {QStringLiteral("actionReason"), QStringLiteral("Self")},
                                      {QStringLiteral("actionDate"), QStringLiteral("2026-11-20T10:00:00Z")},
                                      {QStringLiteral("targetUserId"), m_super.id}},
                                     m_super.token);
    EXPECT_ERROR(self, 403, "errMsg_Forbidden");
}

void TstContractModeration::rule57_adminModeratesNonAdminsOnly()
{
    Actor other;
    CALL(m_actors.freshAdmin(other, m_super, QStringLiteral("otheradmin")));
    const QJsonObject body {{QStringLiteral("targetType"), QStringLiteral("user")},
                            {QStringLiteral("targetId"), other.id},
                            {QStringLiteral("actionType"), QStringLiteral("suspend")},
                            {QStringLiteral("actionReason"), QStringLiteral("Test")},
                            {QStringLiteral("actionDate"), QStringLiteral("2026-11-20T10:00:00Z")},
                            {QStringLiteral("targetUserId"), other.id}};
    EXPECT_ERROR(m_server.post(kActions, body, m_admin.token), 403, "errMsg_Forbidden");
    EXPECT_STATUS(m_server.post(kActions, body, m_super.token), 201);
}

void TstContractModeration::rule58_warningSendsNotificationAndSystemMessage()
{
    Actor student;
    CALL(m_actors.freshStudent(student, QStringLiteral("warned")));
    const QString reason = QStringLiteral("Please keep messages to your tutor respectful.");
    const Reply r = m_server.post(kActions,
                                  {{QStringLiteral("targetType"), QStringLiteral("user")},
                                   {QStringLiteral("targetId"), student.id},
                                   {QStringLiteral("actionType"), QStringLiteral("warn")},
                                   {QStringLiteral("actionReason"), reason},
                                   {QStringLiteral("actionDate"), QStringLiteral("2026-11-21T09:30:00Z")},
                                   {QStringLiteral("targetUserId"), student.id}},
                                  m_admin.token);
    EXPECT_STATUS(r, 201);
    const Reply n = m_server.get(QStringLiteral("/notification-api/notifications"), student.token);
    EXPECT_STATUS(n, 200);
    QStringList types;
    for (const QJsonValue &v : n.payload().toArray())
        types << v.toObject().value(QStringLiteral("type")).toString();
    // One warning, one notification: the system message's (C26).
    QVERIFY2(types.contains(QStringLiteral("adminWarning")), n.describe().constData());
    QCOMPARE(types.count(QStringLiteral("adminWarning")) + types.count(QStringLiteral("warningReceived")), 1);
    const Reply c = m_server.get(QStringLiteral("/messaging-api/v1/myconversations"), student.token);
    EXPECT_STATUS(c, 200);
    QCOMPARE(c.payload().toArray().size(), 1);
    const QJsonObject conv = c.payload().toArray().first().toObject();
    QCOMPARE(conv.value(QStringLiteral("conversationType")).toString(), QStringLiteral("adminStudent"));
    QCOMPARE(conv.value(QStringLiteral("participantA")).toString(), m_admin.id);
    const Reply msgs = m_server.get(QStringLiteral("/messaging-api/v1/v1/chat-messages"), student.token,
                                    {{QStringLiteral("roomId"), conv.value(QStringLiteral("id")).toString()}});
    EXPECT_STATUS(msgs, 200);
    QCOMPARE(msgs.payload().toArray().size(), 1);
    const QJsonObject m = msgs.payload().toArray().first().toObject();
    QCOMPARE(m.value(QStringLiteral("messageType")).toString(), QStringLiteral("warning"));
    QCOMPARE(m.value(QStringLiteral("content")).toObject().value(QStringLiteral("text")).toString(), reason);
    // A tutor's warning goes to an adminTutor conversation (demo: James was warned).
    const Reply james = m_server.get(QStringLiteral("/messaging-api/v1/myconversations"), m_james.token);
    bool adminTutor = false;
    for (const QJsonValue &v : james.payload().toArray())
        adminTutor
            = adminTutor
              || v.toObject().value(QStringLiteral("conversationType")).toString() == QLatin1String("adminTutor");
    QVERIFY(adminTutor);
}

void TstContractModeration::getAndListModerationActions()
{
    const Reply list = m_server.get(kActions, m_admin.token, {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
    CONTRACT_CHECK(envelopeProblem(list, 200, QStringLiteral("adminModerationActions"), "GET", QStringLiteral("list"),
                                   Shape::List));
    QVERIFY(!list.payload().toArray().isEmpty()); // demo warning
    const QJsonObject first = list.payload().toArray().first().toObject();
    QVERIFY(first.value(QStringLiteral("admin")).isArray());
    const QString id = first.value(QStringLiteral("id")).toString();
    const Reply warn = m_server.get(kActions, m_admin.token, {{QStringLiteral("actionType"), QStringLiteral("warn")}});
    EXPECT_STATUS(warn, 200);
    for (const QJsonValue &v : warn.payload().toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("actionType")).toString(), QStringLiteral("warn"));
    EXPECT_ERROR(m_server.get(kActions, m_admin.token, {{QStringLiteral("actionType"), QStringLiteral("scold")}}), 400,
                 "errMsg_InvalidParameter:actionType");
    const Reply one = m_server.get(kActions + QLatin1Char('/') + id, m_admin.token);
    CONTRACT_CHECK(envelopeProblem(one, 200, QStringLiteral("adminModerationAction"), "GET", QStringLiteral("get")));
    QVERIFY(one.data().value(QStringLiteral("admin")).toObject().contains(QStringLiteral("email")));
    for (const QString &path : {kActions, kActions + QLatin1Char('/') + id}) {
        EXPECT_ERROR(m_server.get(path), 401, "errMsg_LoginRequired");
        EXPECT_ERROR(m_server.get(path, m_lena.token), 403, "errMsg_Forbidden");
        EXPECT_ERROR(m_server.get(path, m_james.token), 403, "errMsg_Forbidden");
    }
    EXPECT_ERROR(m_server.get(kActions + QLatin1Char('/') + QLatin1String(kUnknownId), m_admin.token), 404,
                 "errMsg_FethcedObjectNotFound:adminModerationAction");
}

QTEST_GUILESS_MAIN(TstContractModeration)
#include "tst_contract_moderation.moc"
