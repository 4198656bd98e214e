// Contract tests of the notification service under /notification-api (API.md §3.8, G54/G55, rule 75):
// push devices, the caller's notifications (page/limit/sortBy), admin sends and seen marks.
#include "adminfixture.h"

#include <QTest>

using namespace contract;

namespace {
const QString kRegister = QStringLiteral("/notification-api/devices/register");
const QString kUnregister = QStringLiteral("/notification-api/devices/unregister/");
const QString kNotes = QStringLiteral("/notification-api/notifications");
const QString kSeen = QStringLiteral("/notification-api/notifications/seen");
} // namespace

class TstContractNotification : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }

    void registerDevice();
    void registerDeviceBadInput();
    void unregisterDeviceOwnOnly();
    void listNotificationsOwnOnly();
    void listNotificationsPagingAndSort();
    void sendNotificationAdminOnly();
    void sendNotificationBadInputWritesNothing();
    void markSeen();
    void markSeenForeignOrBadIdsWritesNothing();

    void serverOutput() // keep last: stops the server
    {
        const QStringList problems = stopAndCheckOutput(m_server);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private:
    QString send(const Actor &to, const QString &title);
    QJsonArray notesOf(const Actor &a);

    Server m_server;
    Actors m_actors {m_server};
    Actor m_super, m_maria, m_lena, m_tom;
};

void TstContractNotification::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    CALL(m_actors.demo(m_super, kSuperAdmin));
    CALL(m_actors.demo(m_maria, kTutorMaria));
    CALL(m_actors.demo(m_lena, kStudentLena));
    CALL(m_actors.demo(m_tom, kStudentTom));
}

QString TstContractNotification::send(const Actor &to, const QString &title)
{
    const Reply r = m_server.post(
        kNotes,
        {{QStringLiteral("notification"),
          QJsonObject {{QStringLiteral("userIds"), QJsonArray {to.id}},
                       {QStringLiteral("type"), QStringLiteral("announcement")},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("body"), QStringLiteral("Maintenance on Sunday 02:00-03:00 UTC.")}}}},
        m_super.token);
    return r.status == 201 ? r.payload().toArray().first().toObject().value(QStringLiteral("id")).toString()
                           : QString();
}

QJsonArray TstContractNotification::notesOf(const Actor &a)
{
    return m_server.get(kNotes, a.token, {{QStringLiteral("page"), QStringLiteral("0")}}).payload().toArray();
}

void TstContractNotification::registerDevice()
{
    const QJsonObject body {
        {QStringLiteral("device"), QJsonObject {{QStringLiteral("deviceToken"), QStringLiteral("desktop-token-lena-1")},
                                                {QStringLiteral("platform"), QStringLiteral("desktop")},
                                                {QStringLiteral("deviceName"), QStringLiteral("Lena's laptop")}}}};
    const Reply r = m_server.post(kRegister, body, m_lena.token);
    CONTRACT_CHECK(envelopeProblem(r, 201, QStringLiteral("device"), "POST", QStringLiteral("create")));
    CONTRACT_CHECK(stdFieldsProblem(r.data()));
    CONTRACT_CHECK(enumProblem(
        r.data(), QStringLiteral("platform"),
        {QStringLiteral("ios"), QStringLiteral("android"), QStringLiteral("web"), QStringLiteral("desktop")}));
    QCOMPARE(r.data().value(QStringLiteral("userId")).toString(), m_lena.id);
    // Registering the same token again refreshes the same device.
    const Reply again = m_server.post(kRegister, body, m_lena.token);
    CONTRACT_CHECK(envelopeProblem(again, 200, QStringLiteral("device"), "POST", QStringLiteral("update")));
    QCOMPARE(again.data().value(QStringLiteral("id")).toString(), r.data().value(QStringLiteral("id")).toString());
    // The same token signed in by another user moves to that user.
    const Reply moved = m_server.post(kRegister, body, m_tom.token);
    EXPECT_STATUS(moved, 201);
    QCOMPARE(moved.data().value(QStringLiteral("userId")).toString(), m_tom.id);
    EXPECT_ERROR(m_server.del(kUnregister + r.data().value(QStringLiteral("id")).toString(), m_lena.token), 404,
                 "errMsg_FethcedObjectNotFound:device");
    EXPECT_ERROR(m_server.post(kRegister, body), 401, "errMsg_LoginRequired");
}

void TstContractNotification::registerDeviceBadInput()
{
    auto reg = [&](const QJsonValue &device) {
        QJsonObject b;
        if (!device.isUndefined())
            b.insert(QStringLiteral("device"), device);
        return m_server.post(kRegister, b, m_maria.token);
    };
    EXPECT_ERROR(reg(QJsonValue::Undefined), 400, "errMsg_MissingParameter:device");
    EXPECT_ERROR(reg(QStringLiteral("token")), 400, "errMsg_InvalidParameter:device");
    EXPECT_ERROR(reg(QJsonObject {{QStringLiteral("platform"), QStringLiteral("web")}}), 400,
                 "errMsg_MissingParameter:deviceToken");
    EXPECT_ERROR(reg(QJsonObject {{QStringLiteral("deviceToken"), QStringLiteral("t")}}), 400,
                 "errMsg_MissingParameter:platform");
    EXPECT_ERROR(reg(QJsonObject {{QStringLiteral("deviceToken"), QStringLiteral("t")},
                                  {QStringLiteral("platform"), QStringLiteral("fax")}}),
                 400, "errMsg_InvalidParameter:platform");
    EXPECT_ERROR(
        reg(QJsonObject {{QStringLiteral("deviceToken"), 7}, {QStringLiteral("platform"), QStringLiteral("web")}}), 400,
        "errMsg_InvalidParameter:deviceToken");
    EXPECT_ERROR(reg(QJsonObject {{QStringLiteral("deviceToken"), bigText(1025)},
                                  {QStringLiteral("platform"), QStringLiteral("web")}}),
                 400, "errMsg_ParameterTooLong:deviceToken");
}

void TstContractNotification::unregisterDeviceOwnOnly()
{
    const Reply r = m_server.post(
        kRegister,
        {{QStringLiteral("device"), QJsonObject {{QStringLiteral("deviceToken"), QStringLiteral("android-maria")},
                                                 {QStringLiteral("platform"), QStringLiteral("android")}}}},
        m_maria.token);
    EXPECT_STATUS(r, 201);
    const QString path = kUnregister + r.data().value(QStringLiteral("id")).toString();
    EXPECT_ERROR(m_server.del(path), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(m_server.del(path, m_lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.del(path, m_super.token), 403, "errMsg_Forbidden");
    const Reply d = m_server.del(path, m_maria.token);
    CONTRACT_CHECK(envelopeProblem(d, 200, QStringLiteral("device"), "DELETE", QStringLiteral("delete")));
    QCOMPARE(d.data().value(QStringLiteral("isActive")).toBool(), false);
    EXPECT_ERROR(m_server.del(path, m_maria.token), 404, "errMsg_FethcedObjectNotFound:device");
    EXPECT_ERROR(m_server.del(kUnregister + QLatin1String(kUnknownId), m_maria.token), 404,
                 "errMsg_FethcedObjectNotFound:device");
}

void TstContractNotification::listNotificationsOwnOnly()
{
    const QString id = send(m_lena, QStringLiteral("For Lena only"));
    QVERIFY(!id.isEmpty());
    const Reply r = m_server.get(kNotes, m_lena.token);
    CONTRACT_CHECK(envelopeWithExtras(r, 200, QStringLiteral("notifications"), "GET", QStringLiteral("list"),
                                      {QStringLiteral("unseenCount")}, Shape::List));
    QVERIFY(idsOf(r).contains(id));
    for (const QJsonValue &v : r.payload().toArray()) {
        const QJsonObject o = v.toObject();
        CONTRACT_CHECK(stdFieldsProblem(o));
        QCOMPARE(o.value(QStringLiteral("userId")).toString(), m_lena.id);
        QVERIFY(o.value(QStringLiteral("isSeen")).isBool());
        QVERIFY(o.value(QStringLiteral("refs")).isObject());
    }
    QVERIFY(r.value(QStringLiteral("unseenCount")).toInt() >= 1);
    const Reply tom = m_server.get(kNotes, m_tom.token);
    EXPECT_STATUS(tom, 200);
    QVERIFY(!idsOf(tom).contains(id));
    EXPECT_ERROR(m_server.get(kNotes), 401, "errMsg_LoginRequired");
}

// page/limit/sortBy (§3.8): page 0 = all, default newest first.
void TstContractNotification::listNotificationsPagingAndSort()
{
    Actor fresh;
    CALL(m_actors.freshStudent(fresh, QStringLiteral("paging")));
    QStringList sent;
    for (int i = 0; i < 5; ++i)
        sent << send(fresh, QStringLiteral("Note %1").arg(i));
    const Reply newest = m_server.get(kNotes, fresh.token);
    QString previous = QStringLiteral("9999");
    for (const QJsonValue &v : newest.payload().toArray()) {
        const QString at = v.toObject().value(QStringLiteral("createdAt")).toString();
        QVERIFY2(at <= previous, "default order: newest first");
        previous = at;
    }
    const Reply page = m_server.get(kNotes, fresh.token,
                                    {{QStringLiteral("page"), QStringLiteral("2")},
                                     {QStringLiteral("limit"), QStringLiteral("2")},
                                     {QStringLiteral("sortBy"), QStringLiteral("title")}});
    EXPECT_STATUS(page, 200);
    const QJsonObject paging = page.value(QStringLiteral("paging")).toObject();
    QCOMPARE(paging.value(QStringLiteral("pageNumber")).toInt(), 2);
    QCOMPARE(paging.value(QStringLiteral("pageRowCount")).toInt(), 2);
    QCOMPARE(paging.value(QStringLiteral("totalRowCount")).toInt(), 5);
    QCOMPARE(paging.value(QStringLiteral("pageCount")).toInt(), 3);
    QCOMPARE(idsOf(page), (QStringList {sent.at(2), sent.at(1)}));
    const Reply asc = m_server.get(
        kNotes, fresh.token,
        {{QStringLiteral("sortBy"), QStringLiteral("title")}, {QStringLiteral("sortOrder"), QStringLiteral("asc")}});
    QCOMPARE(asc.payload().toArray().first().toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Note 0"));
    QCOMPARE(asc.value(QStringLiteral("unseenCount")).toInt(), 5);
    EXPECT_ERROR(m_server.get(kNotes, fresh.token, {{QStringLiteral("limit"), QStringLiteral("0")}}), 400,
                 "errMsg_InvalidParameter:limit");
    EXPECT_ERROR(m_server.get(kNotes, fresh.token, {{QStringLiteral("limit"), QStringLiteral("1001")}}), 400,
                 "errMsg_InvalidParameter:limit");
    EXPECT_ERROR(m_server.get(kNotes, fresh.token, {{QStringLiteral("page"), QStringLiteral("-1")}}), 400,
                 "errMsg_InvalidParameter:page");
    EXPECT_ERROR(m_server.get(kNotes, fresh.token, {{QStringLiteral("page"), QStringLiteral("two")}}), 400,
                 "errMsg_InvalidParameter:page");
    EXPECT_ERROR(m_server.get(kNotes, fresh.token, {{QStringLiteral("sortBy"), QStringLiteral("secret")}}), 400,
                 "errMsg_InvalidParameter:sortBy");
    EXPECT_ERROR(m_server.get(kNotes, fresh.token, {{QStringLiteral("isSeen"), QStringLiteral("maybe")}}), 400,
                 "errMsg_InvalidParameter:isSeen");
}

void TstContractNotification::sendNotificationAdminOnly()
{
    const QJsonObject body {
        {QStringLiteral("notification"),
         QJsonObject {{QStringLiteral("userIds"), QJsonArray {m_tom.id, m_lena.id}},
                      {QStringLiteral("type"), QStringLiteral("announcement")},
                      {QStringLiteral("title"), QStringLiteral("New exam-prep packs")},
                      {QStringLiteral("refs"), QJsonObject {{QStringLiteral("campaign"), QStringLiteral("autumn")}}}}}};
    const Reply r = m_server.post(kNotes, body, m_super.token);
    CONTRACT_CHECK(arrayEnvelopeProblem(r, 201, QStringLiteral("notifications"), "POST", QStringLiteral("create")));
    QCOMPARE(r.payload().toArray().size(), 2);
    QCOMPARE(r.payload()
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("refs"))
                 .toObject()
                 .value(QStringLiteral("campaign"))
                 .toString(),
             QStringLiteral("autumn"));
    EXPECT_ERROR(m_server.post(kNotes, body), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(m_server.post(kNotes, body, m_lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(m_server.post(kNotes, body, m_maria.token), 403, "errMsg_Forbidden");
}

void TstContractNotification::sendNotificationBadInputWritesNothing()
{
    const int before = int(notesOf(m_tom).size());
    auto note = [&](const QJsonObject &n) {
        return m_server.post(kNotes, {{QStringLiteral("notification"), n}}, m_super.token);
    };
    const QJsonObject ok {{QStringLiteral("userIds"), QJsonArray {m_tom.id}},
                          {QStringLiteral("type"), QStringLiteral("t")},
                          {QStringLiteral("title"), QStringLiteral("Title")}};
    auto with = [&](const QString &k, const QJsonValue &v) {
        QJsonObject b = ok;
        if (v.isUndefined())
            b.remove(k);
        else
            b.insert(k, v);
        return note(b);
    };
    EXPECT_ERROR(m_server.post(kNotes, QJsonObject {}, m_super.token), 400, "errMsg_MissingParameter:notification");
    EXPECT_ERROR(m_server.post(kNotes, {{QStringLiteral("notification"), QJsonArray {}}}, m_super.token), 400,
                 "errMsg_InvalidParameter:notification");
    EXPECT_ERROR(with(QStringLiteral("userIds"), QJsonValue::Undefined), 400, "errMsg_MissingParameter:userIds");
    EXPECT_ERROR(with(QStringLiteral("userIds"), m_tom.id), 400, "errMsg_InvalidParameter:userIds");
    EXPECT_ERROR(with(QStringLiteral("userIds"), QJsonArray {1}), 400, "errMsg_InvalidParameter:userIds");
    EXPECT_ERROR(with(QStringLiteral("type"), QJsonValue::Undefined), 400, "errMsg_MissingParameter:type");
    EXPECT_ERROR(with(QStringLiteral("title"), QJsonValue::Undefined), 400, "errMsg_MissingParameter:title");
    EXPECT_ERROR(with(QStringLiteral("title"), bigText(256)), 400, "errMsg_ParameterTooLong:title");
    EXPECT_ERROR(with(QStringLiteral("refs"), QStringLiteral("x")), 400, "errMsg_InvalidParameter:refs");
    // One unknown recipient refuses the whole send.
    EXPECT_ERROR(with(QStringLiteral("userIds"), QJsonArray {m_tom.id, QString::fromLatin1(kUnknownId)}), 404,
                 "errMsg_FethcedObjectNotFound:user");
    QCOMPARE(int(notesOf(m_tom).size()), before);
}

void TstContractNotification::markSeen()
{
    const QString a = send(m_tom, QStringLiteral("A"));
    const QString b = send(m_tom, QStringLiteral("B"));
    const int unseen = m_server.get(kNotes, m_tom.token).value(QStringLiteral("unseenCount")).toInt();
    const Reply r = m_server.post(kSeen, {{QStringLiteral("notificationIds"), QJsonArray {a, b}}}, m_tom.token);
    CONTRACT_CHECK(arrayEnvelopeProblem(r, 200, QStringLiteral("notifications"), "POST", QStringLiteral("update")));
    QCOMPARE(r.payload().toArray().size(), 2);
    for (const QJsonValue &v : r.payload().toArray()) {
        QCOMPARE(v.toObject().value(QStringLiteral("isSeen")).toBool(), true);
        QVERIFY(isIsoUtc(v.toObject().value(QStringLiteral("seenAt"))));
    }
    QCOMPARE(m_server.get(kNotes, m_tom.token).value(QStringLiteral("unseenCount")).toInt(), unseen - 2);
    const Reply seenOnly = m_server.get(kNotes, m_tom.token, {{QStringLiteral("isSeen"), QStringLiteral("true")}});
    QVERIFY(idsOf(seenOnly).contains(a));
    // Marking again keeps the first seenAt.
    const QString seenAt = r.payload().toArray().first().toObject().value(QStringLiteral("seenAt")).toString();
    const Reply again = m_server.post(kSeen, {{QStringLiteral("notificationIds"), QJsonArray {a}}}, m_tom.token);
    QCOMPARE(again.payload().toArray().first().toObject().value(QStringLiteral("seenAt")).toString(), seenAt);
    EXPECT_ERROR(m_server.post(kSeen, {{QStringLiteral("notificationIds"), QJsonArray {a}}}), 401,
                 "errMsg_LoginRequired");
}

void TstContractNotification::markSeenForeignOrBadIdsWritesNothing()
{
    const QString mine = send(m_lena, QStringLiteral("Mine"));
    const QString theirs = send(m_tom, QStringLiteral("Theirs"));
    auto seen = [&](const QJsonValue &ids) {
        QJsonObject b;
        if (!ids.isUndefined())
            b.insert(QStringLiteral("notificationIds"), ids);
        return m_server.post(kSeen, b, m_lena.token);
    };
    EXPECT_ERROR(seen(QJsonValue::Undefined), 400, "errMsg_MissingParameter:notificationIds");
    EXPECT_ERROR(seen(QJsonArray {}), 400, "errMsg_InvalidParameter:notificationIds");
    EXPECT_ERROR(seen(mine), 400, "errMsg_InvalidParameter:notificationIds");
    EXPECT_ERROR(seen(QJsonArray {3}), 400, "errMsg_InvalidParameter:notificationIds");
    EXPECT_ERROR(seen(QJsonArray {QStringLiteral("abc")}), 400, "errMsg_InvalidParameter:notificationIds");
    EXPECT_ERROR(seen(QJsonArray {mine, theirs}), 404, "errMsg_FethcedObjectNotFound:notification");
    EXPECT_ERROR(seen(QJsonArray {mine, QString::fromLatin1(kUnknownId)}), 404,
                 "errMsg_FethcedObjectNotFound:notification");
    for (const QJsonValue &v : notesOf(m_lena))
        if (v.toObject().value(QStringLiteral("id")).toString() == mine)
            QCOMPARE(v.toObject().value(QStringLiteral("isSeen")).toBool(), false);
    for (const QJsonValue &v : notesOf(m_tom))
        if (v.toObject().value(QStringLiteral("id")).toString() == theirs)
            QCOMPARE(v.toObject().value(QStringLiteral("isSeen")).toBool(), false);
}

QTEST_GUILESS_MAIN(TstContractNotification)
#include "tst_contract_notification.moc"
