// The permission matrix (issue 12, SEC46): every route the server's Router holds × anonymous /
// student / other student / tutor / other tutor / admin, against the real server (demo data, the
// real route table and handlers, dispatched through Server::router()). Path parameters are filled
// with ids of objects the student and the tutor own (made in initTestCase through the same routes).
// Expected access is data (table() and bffIndices() in permissiontable.h): a route missing from the table, or a
// table row whose access level differs from the route's, fails tst_server_permissiontable.
// Checked for every call: no 5xx; anonymous gets 401 on non-public routes; non-admins get 403 on
// admin routes; every user, admins too, gets 403 on machine-to-machine routes; the other student and the other tutor
// never get 2xx on a mutating route that names the owner's objects (rows marked NotOwner) and never see the owner's
// private data (e-mail, payment ids, clientSecret, meet link, lesson address, chat text, material, device token, issue
// text) in any response body, with and without filters naming the owner's objects.
#include "permissiontable.h"

#include "auth/sessions.h"
#include "auth/userschema.h"
#include "db/repository.h"
#include "http/httpserver.h"
#include "http/router.h"
#include "server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace tutorhub::server;
using namespace tutorhub::server::permissions;

namespace {

struct Actor
{
    QString name;
    QVariantMap user; // empty: anonymous
    QString id() const { return user.value(QStringLiteral("id")).toString(); }
};

} // namespace

class TestServerPermissions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_server;
    Actor m_anonymous {QStringLiteral("anonymous"), {}};
    Actor m_student, m_otherStudent, m_tutor, m_otherTutor, m_admin;
    QHash<QString, QString> m_ids; // path parameter -> the owner's object id
    QHash<QString, QString> m_bff; // BFF index -> the owner's object id
    QStringList m_secrets; // the owner's private data
    int m_calls = 0;

    Response call(const Actor &who, const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                  const QJsonObject &body = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers {{"content-type", "application/json"}};
        if (!who.user.isEmpty()) // a fresh session per call: logout or relogin in one call does not end the next
            headers.append({"authorization", "Bearer " + m_server->sessions().create(who.user).token.toLatin1()});
        QUrl url = m_server->baseUrl();
        url.setPath(path);
        url.setQuery(query);
        const QByteArray payload
            = method == "GET" || method == "DELETE" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        Request req = requestFromHttp(method, url, query, headers, payload, m_server->baseUrl().toString());
        ++m_calls;
        return m_server->router().dispatch(req);
    }

    QJsonObject data(const Response &r)
    {
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        return o.value(o.value(QStringLiteral("dataName")).toString()).toObject();
    }

    // A call that must succeed during set-up; returns its payload.
    QJsonObject must(const Actor &who, const QByteArray &method, const QString &path, const QJsonObject &body = {},
                     const QUrlQuery &query = {})
    {
        const Response r = call(who, method, path, query, body);
        if (r.status / 100 != 2)
            qFatal("set-up call %s %s as %s failed: %d %s", method.constData(), qPrintable(path), qPrintable(who.name),
                   r.status, r.body.constData());
        return data(r);
    }

    QVariantMap userByEmail(const QString &email)
    {
        const auto u = m_server->repository().findOne(userSchema(), QStringLiteral("email = ?"), {email});
        if (!u)
            qFatal("no user %s", qPrintable(email));
        return *u;
    }

    Actor newStudent(const QString &name, const QString &email)
    {
        must(m_admin, "POST", QStringLiteral("/auth-api/v1/users"),
             {{QStringLiteral("email"), email},
              {QStringLiteral("password"), QStringLiteral("matrix-pass-1")},
              {QStringLiteral("fullname"), name}});
        return {name, userByEmail(email)};
    }

    QString scalar(const QString &sql, const QVariantList &binds)
    {
        QSqlQuery q = m_server->repository().exec(sql, binds);
        return q.next() ? q.value(0).toString() : QString();
    }

    // The owner's ids in a path; the others' mutating calls in the matrix use them.
    QString fill(const QString &pattern, const QHash<QString, QString> &ids)
    {
        QStringList parts = pattern.split(QLatin1Char('/'));
        for (QString &p : parts)
            if (p.startsWith(QLatin1Char(':')))
                p = ids.value(p.mid(1), QUuid::createUuid().toString(QUuid::WithoutBraces));
        return parts.join(QLatin1Char('/'));
    }

    QJsonObject ownerBody() const
    {
        return {{QStringLiteral("enrollmentId"), m_ids.value("enrollmentId")},
                {QStringLiteral("coursePackId"), m_ids.value("coursePackId")},
                {QStringLiteral("tutorProfileId"), m_ids.value("tutorProfileId")},
                {QStringLiteral("lessonSlotIds"), QJsonArray {m_ids.value("lessonSlotId")}},
                {QStringLiteral("studentId"), m_student.id()},
                {QStringLiteral("userId"), m_student.id()},
                {QStringLiteral("roomId"), m_ids.value("conversationId")},
                {QStringLiteral("participantA"), m_student.id()},
                {QStringLiteral("participantB"), m_tutor.id()},
                {QStringLiteral("conversationType"), QStringLiteral("studentTutor")},
                {QStringLiteral("content"), QJsonObject {{QStringLiteral("text"), QStringLiteral("hijack")}}},
                {QStringLiteral("status"), QStringLiteral("canceled")},
                {QStringLiteral("title"), QStringLiteral("Hijacked")},
                {QStringLiteral("fileType"), QStringLiteral("externalLink")},
                {QStringLiteral("linkUrl"), QStringLiteral("https://hijack.example/")},
                {QStringLiteral("scheduledDate"), QDate::currentDate().addDays(300).toString(Qt::ISODate)},
                {QStringLiteral("scheduledTime"), QStringLiteral("10:00")},
                {QStringLiteral("dayOfWeek"), 3},
                {QStringLiteral("startTime"), QStringLiteral("10:00")},
                {QStringLiteral("endTime"), QStringLiteral("12:00")},
                {QStringLiteral("startsAt"),
                 QDate::currentDate().addDays(300).toString(Qt::ISODate) + QStringLiteral("T00:00:00Z")},
                {QStringLiteral("endsAt"),
                 QDate::currentDate().addDays(301).toString(Qt::ISODate) + QStringLiteral("T00:00:00Z")},
                {QStringLiteral("from"), QDate::currentDate().addDays(300).toString(Qt::ISODate)},
                {QStringLiteral("to"), QDate::currentDate().addDays(301).toString(Qt::ISODate)},
                {QStringLiteral("reason"), QStringLiteral("hijack")},
                {QStringLiteral("bio"), QStringLiteral("hijack")},
                {QStringLiteral("fullname"), QStringLiteral("Hijacked")},
                {QStringLiteral("oldPassword"), QStringLiteral("matrix-pass-1")},
                {QStringLiteral("newPassword"), QStringLiteral("hijacked-pass-1")},
                {QStringLiteral("approve"), true},
                {QStringLiteral("paymentUserParams"),
                 QJsonObject {{QStringLiteral("paymentMethodId"), m_ids.value("paymentMethodId")}}}};
    }

    QStringList leaks(const Response &r) const
    {
        QStringList found;
        for (const QString &s : m_secrets)
            if (r.body.contains(s.toUtf8()))
                found << s;
        return found;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_server = startDemoServer(m_dir, &error);
        QVERIFY2(m_server, qPrintable(error));

        m_admin = {QStringLiteral("admin"), userByEmail(QStringLiteral("admin@tutorhub.local"))};
        m_tutor = {QStringLiteral("tutor"), userByEmail(QStringLiteral("maria.keller@tutorhub.local"))};
        m_otherTutor = {QStringLiteral("other tutor"), userByEmail(QStringLiteral("james.okafor@tutorhub.local"))};
        const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(10);
        m_student = newStudent(QStringLiteral("Owner Student"), QStringLiteral("owner.%1@matrix.example").arg(tag));
        m_otherStudent
            = newStudent(QStringLiteral("Other Student"), QStringLiteral("other.%1@matrix.example").arg(tag));

        // The tutor's pack with two lessons and a material; the student books and pays them.
        const QString profile
            = scalar(QStringLiteral("SELECT id FROM tutorProfiles WHERE tutorId = ?"), {m_tutor.id()});
        const QString category
            = scalar(QStringLiteral("SELECT name FROM courseCategories WHERE isActive = 1 LIMIT 1"), {});
        const QJsonObject pack = must(m_tutor, "POST", QStringLiteral("/tutorcatalog-api/v1/coursepacks"),
                                      {{QStringLiteral("tutorProfileId"), profile},
                                       {QStringLiteral("title"), QStringLiteral("Matrix pack ") + tag},
                                       {QStringLiteral("price"), 30.0},
                                       {QStringLiteral("category"), category},
                                       {QStringLiteral("schedulingType"), QStringLiteral("flexible")},
                                       {QStringLiteral("preliminaryMeetingRequired"), false},
                                       {QStringLiteral("isPublished"), true}});
        const QString packId = pack.value(QStringLiteral("id")).toString();
        QStringList lessonIds;
        for (int i = 0; i < 2; ++i)
            lessonIds << must(m_tutor, "POST", QStringLiteral("/coursescheduling-api/v1/lessonslots"),
                              {{QStringLiteral("coursePackId"), packId},
                               {QStringLiteral("scheduledDate"),
                                QDate::currentDate().addDays(200 + i).toString(Qt::ISODate)},
                               {QStringLiteral("scheduledTime"), QStringLiteral("15:00")}})
                             .value(QStringLiteral("id"))
                             .toString();
        const QString materialTitle = QStringLiteral("Matrix material ") + tag;
        const QString materialLink = QStringLiteral("https://material.example/") + tag;
        const QString material = must(m_tutor, "POST", QStringLiteral("/tutorcatalog-api/v1/coursematerials"),
                                      {{QStringLiteral("coursePackId"), packId},
                                       {QStringLiteral("title"), materialTitle},
                                       {QStringLiteral("fileType"), QStringLiteral("externalLink")},
                                       {QStringLiteral("linkUrl"), materialLink}})
                                     .value(QStringLiteral("id"))
                                     .toString();
        const QString busyTime
            = must(m_tutor, "POST", QStringLiteral("/coursescheduling-api/v1/busytimes"),
                   {{QStringLiteral("tutorProfileId"), profile},
                    {QStringLiteral("startsAt"),
                     QDate::currentDate().addDays(250).toString(Qt::ISODate) + QStringLiteral("T00:00:00Z")},
                    {QStringLiteral("endsAt"),
                     QDate::currentDate().addDays(251).toString(Qt::ISODate) + QStringLiteral("T00:00:00Z")},
                    {QStringLiteral("title"), QStringLiteral("Matrix busy")}})
                  .value(QStringLiteral("id"))
                  .toString();
        const QString enrollment = must(m_student, "POST", QStringLiteral("/enrollmentmanagement-api/v1/enrollments"),
                                        {{QStringLiteral("coursePackId"), packId},
                                         {QStringLiteral("tutorProfileId"), profile},
                                         {QStringLiteral("lessonSlotIds"), QJsonArray::fromStringList(lessonIds)},
                                         {QStringLiteral("totalAmount"), 60.0},
                                         {QStringLiteral("currency"), QStringLiteral("EUR")}})
                                       .value(QStringLiteral("id"))
                                       .toString();
        // The card goes to the Stripe simulator (form-encoded, publishable key), as the app sends it.
        QUrl stripeUrl = m_server->baseUrl();
        stripeUrl.setPath(QStringLiteral("/stripe/v1/payment_methods"));
        Request pmReq = requestFromHttp(
            "POST", stripeUrl, {},
            {{"content-type", "application/x-www-form-urlencoded"}, {"authorization", "Bearer pk_test_tutorhub_local"}},
            "type=card&card%5Bnumber%5D=4242424242424242&card%5Bexp_month%5D=12&card%5Bexp_year%5D="
                + QByteArray::number(QDate::currentDate().year() + 3) + "&card%5Bcvc%5D=123",
            m_server->baseUrl().toString());
        const Response pmAnswer = m_server->router().dispatch(pmReq);
        QCOMPARE(pmAnswer.status, 200);
        const QString pm = QJsonDocument::fromJson(pmAnswer.body).object().value(QStringLiteral("id")).toString();
        const Response started = call(
            m_student, "PATCH", QStringLiteral("/enrollmentmanagement-api/v1/startenrollmentpayment/") + enrollment, {},
            {{QStringLiteral("paymentUserParams"),
              QJsonObject {{QStringLiteral("paymentMethodId"), pm}, {QStringLiteral("savePaymentMethod"), true}}}});
        QCOMPARE(started.status, 200);
        const QJsonObject intent = QJsonDocument::fromJson(started.body)
                                       .object()
                                       .value(QStringLiteral("paymentResult"))
                                       .toObject()
                                       .value(QStringLiteral("paymentIntentInfo"))
                                       .toObject();
        const QString clientSecret = intent.value(QStringLiteral("client_secret")).toString();
        QVERIFY2(!clientSecret.isEmpty(), started.body.constData()); // the payer sees it (SEC44)
        stripeUrl.setPath(
            QStringLiteral("/stripe/v1/payment_intents/%1/confirm").arg(intent.value(QStringLiteral("id")).toString()));
        Request confirmReq = requestFromHttp(
            "POST", stripeUrl, {},
            {{"content-type", "application/x-www-form-urlencoded"}, {"authorization", "Bearer pk_test_tutorhub_local"}},
            "client_secret=" + QUrl::toPercentEncoding(clientSecret), m_server->baseUrl().toString());
        QCOMPARE(m_server->router().dispatch(confirmReq).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(QStringLiteral("SELECT paymentStatus FROM enrollments WHERE id = ?"), {enrollment}),
            QStringLiteral("paid"), 10000);
        const QString paymentId = intent.value(QStringLiteral("id")).toString();
        const QString address = QStringLiteral("Flat 7, Matrix Street ") + tag;
        must(m_student, "PATCH", QStringLiteral("/coursescheduling-api/v1/lessonslots/") + lessonIds.at(1),
             {{QStringLiteral("locationType"), QStringLiteral("studentHome")},
              {QStringLiteral("locationDetails"), address}});
        const QString meetLink
            = scalar(QStringLiteral("SELECT meetLink FROM lessonSlots WHERE id = ?"), {lessonIds.at(0)});
        QVERIFY2(meetLink.startsWith(QLatin1String("https://")),
                 qPrintable(meetLink)); // generated at booking (rule 26)

        // A conversation with a message, an issue, a device and an avatar of the student.
        const QString conversation = must(m_student, "POST", QStringLiteral("/messaging-api/v1/conversations"),
                                          {{QStringLiteral("conversationType"), QStringLiteral("studentTutor")},
                                           {QStringLiteral("participantA"), m_student.id()},
                                           {QStringLiteral("participantB"), m_tutor.id()},
                                           {QStringLiteral("enrollmentId"), enrollment}})
                                         .value(QStringLiteral("id"))
                                         .toString();
        const QString chatText = QStringLiteral("Matrix chat ") + tag;
        const QString message = must(m_student, "POST", QStringLiteral("/messaging-api/v1/v1/chat-messages"),
                                     {{QStringLiteral("roomId"), conversation},
                                      {QStringLiteral("content"), QJsonObject {{QStringLiteral("text"), chatText}}}})
                                    .value(QStringLiteral("id"))
                                    .toString();
        const QString fileText = QStringLiteral("Matrix chat file ") + tag;
        QUrl fileUrl = m_server->baseUrl();
        fileUrl.setPath(QStringLiteral("/messaging-api/v1/chatfiles"));
        const QUrlQuery fileQuery(QStringLiteral("roomId=%1&fileName=notes.txt").arg(conversation));
        fileUrl.setQuery(fileQuery);
        Request fileReq = requestFromHttp(
            "POST", fileUrl, fileQuery,
            {{"content-type", "text/plain"},
             {"authorization", "Bearer " + m_server->sessions().create(m_student.user).token.toLatin1()}},
            fileText.toUtf8(), m_server->baseUrl().toString());
        const Response fileAnswer = m_server->router().dispatch(fileReq);
        QVERIFY2(fileAnswer.status == 201, fileAnswer.body.constData());
        const QString chatFile = QJsonDocument::fromJson(fileAnswer.body)
                                     .object()
                                     .value(QStringLiteral("chatFile"))
                                     .toObject()
                                     .value(QStringLiteral("id"))
                                     .toString();
        const QString issueText = QStringLiteral("Matrix issue ") + tag;
        const QString issue = must(m_student, "POST", QStringLiteral("/platformadmin-api/v1/adminissues"),
                                   {{QStringLiteral("issueType"), QStringLiteral("content")},
                                    {QStringLiteral("coursePackId"), packId},
                                    {QStringLiteral("description"), issueText}})
                                  .value(QStringLiteral("id"))
                                  .toString();
        const QString deviceToken = QStringLiteral("matrix-device-") + tag;
        const QString device
            = must(m_student, "POST", QStringLiteral("/notification-api/devices/register"),
                   {{QStringLiteral("device"), QJsonObject {{QStringLiteral("deviceToken"), deviceToken},
                                                            {QStringLiteral("platform"), QStringLiteral("android")}}}})
                  .value(QStringLiteral("id"))
                  .toString();
        const QString avatar = scalar(QStringLiteral("SELECT id FROM userAvatarsFiles WHERE isActive = 1 LIMIT 1"), {});
        // A screening pack of the tutor with the student's request and two proposed times (U20): the
        // proposals routes get the owner's ids; the tutor's counter-proposal carries a secret meeting link.
        const QString screeningPack = must(m_tutor, "POST", QStringLiteral("/tutorcatalog-api/v1/coursepacks"),
                                           {{QStringLiteral("tutorProfileId"), profile},
                                            {QStringLiteral("title"), QStringLiteral("Matrix screening ") + tag},
                                            {QStringLiteral("price"), 30.0},
                                            {QStringLiteral("category"), category},
                                            {QStringLiteral("schedulingType"), QStringLiteral("flexible")},
                                            {QStringLiteral("preliminaryMeetingRequired"), true},
                                            {QStringLiteral("isPublished"), true}})
                                          .value(QStringLiteral("id"))
                                          .toString();
        const QString meeting = must(m_student, "POST", QStringLiteral("/coursescheduling-api/v1/preliminarymeetings"),
                                     {{QStringLiteral("coursePackId"), screeningPack}})
                                    .value(QStringLiteral("id"))
                                    .toString();
        const auto future
            = [](int days) { return QDateTime::currentDateTimeUtc().addDays(days).toString(Qt::ISODateWithMs); };
        const Response proposed
            = call(m_student, "POST", QStringLiteral("/coursescheduling-api/v1/screeningproposals/") + meeting, {},
                   {{QStringLiteral("times"), QJsonArray {future(20), future(21)}}});
        QVERIFY2(proposed.status == 201, proposed.body.constData());
        const QString screeningLink = QStringLiteral("https://meet.example.org/matrix-") + tag;
        const Response countered = call(
            m_tutor, "POST", QStringLiteral("/coursescheduling-api/v1/screeningproposals/") + meeting, {},
            {{QStringLiteral("times"), QJsonArray {future(22)}}, {QStringLiteral("meetingLink"), screeningLink}});
        QVERIFY2(countered.status == 201, countered.body.constData());
        const QString proposal = scalar(
            QStringLiteral("SELECT id FROM screeningProposals WHERE preliminaryMeetingId = ? AND status = 'open'"),
            {meeting});

        m_ids = {{"userId", m_student.id()},
                 {"coursePackId", packId},
                 {"courseMaterialId", material},
                 {"lessonSlotId", lessonIds.at(0)},
                 {"enrollmentId", enrollment},
                 {"orderId", enrollment},
                 {"paymentId", paymentId},
                 {"paymentIntentId", paymentId},
                 {"paymentMethodId", pm},
                 {"sys_enrollmentPaymentId",
                  scalar(QStringLiteral("SELECT id FROM sys_enrollmentPayments WHERE orderId = ?"), {enrollment})},
                 {"conversationId", conversation},
                 {"id", message},
                 {"chatFileId", chatFile},
                 {"adminIssueId", issue},
                 {"deviceId", device},
                 {"tutorProfileId", profile},
                 {"busyTimeId", busyTime},
                 {"preliminaryMeetingId", meeting},
                 {"screeningProposalId", proposal},
                 {"availabilityId",
                  scalar(QStringLiteral("SELECT id FROM availabilities WHERE tutorProfileId = ? LIMIT 1"), {profile})},
                 {"userAvatarsFileId", avatar},
                 {"accessKey", scalar(QStringLiteral("SELECT accessKey FROM userAvatarsFiles WHERE id = ?"), {avatar})},
                 {"name", category},
                 {"permissionName", QStringLiteral("enrollment")}};
        m_bff = {{"user", m_student.id()},
                 {"courseMaterial", material},
                 {"lessonSlot", lessonIds.at(0)},
                 {"enrollment", enrollment},
                 {"sys_enrollmentPayment", m_ids.value("sys_enrollmentPaymentId")},
                 {"conversation", conversation},
                 {"chatMessage", message},
                 {"adminIssue", issue},
                 {"device", device},
                 {"coursePack", packId},
                 {"tutorProfile", profile},
                 {"studentEnrollmentDashboardView", enrollment},
                 {"enrollmentNotificationView", enrollment},
                 {"sys_paymentMethod",
                  scalar(QStringLiteral("SELECT id FROM sys_paymentMethods WHERE userId = ?"), {m_student.id()})},
                 {"sys_paymentCustomer",
                  scalar(QStringLiteral("SELECT id FROM sys_paymentCustomers WHERE userId = ?"), {m_student.id()})}};
        m_secrets = {m_student.user.value(QStringLiteral("email")).toString(),
                     paymentId,
                     clientSecret,
                     meetLink,
                     address,
                     chatText,
                     materialTitle,
                     materialLink,
                     deviceToken,
                     issueText,
                     fileText,
                     screeningLink};
        for (const QString &s : std::as_const(m_secrets))
            QVERIFY2(!s.isEmpty(), "a secret of the fixture is empty");
        if (avatar.isEmpty()) { // the demo has default avatars only: the routes get ids that do not exist
            m_ids.remove(QStringLiteral("userAvatarsFileId"));
            m_ids.remove(QStringLiteral("accessKey"));
        }
        for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
            QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
    }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->stop();
    }

    void matrix()
    {
        const QList<const Actor *> outsiders {&m_anonymous, &m_otherStudent, &m_otherTutor};
        const QList<const Actor *> insiders {&m_student, &m_tutor, &m_admin};
        const QList<QUrlQuery> filters {
            QUrlQuery(),
            QUrlQuery(QStringLiteral("studentId=%1").arg(m_student.id())),
            QUrlQuery(QStringLiteral("coursePackId=%1").arg(m_ids.value("coursePackId"))),
            QUrlQuery(QStringLiteral("roomId=%1").arg(m_ids.value("conversationId"))),
            QUrlQuery(QStringLiteral("enrollmentId=%1").arg(m_ids.value("enrollmentId"))),
            QUrlQuery(QStringLiteral("userId=%1&isActive=false").arg(m_student.id())),
        };
        QStringList failures;
        int routes = 0;
        for (const Route &r : m_server->router().routes()) {
            const auto e = expected(r);
            if (!e)
                continue; // reported by tst_server_permissiontable
            ++routes;
            const QString segment = r.segment == QLatin1String("*") ? QStringLiteral("platformadmin-api") : r.segment;
            QHash<QString, QString> ids = m_ids;
            if (r.segment == QLatin1String("bff-api")) {
                const QString own = m_bff.value(r.pattern.section(QLatin1Char('/'), 1, 1));
                if (own.isEmpty())
                    ids.remove(QStringLiteral("id")); // no object of the owner there: an id that does not exist
                else
                    ids.insert(QStringLiteral("id"), own);
            }
            const QString ownerPath = QLatin1Char('/') + segment + fill(r.pattern, ids);
            const QString strangerPath = QLatin1Char('/') + segment + fill(r.pattern, {});
            const bool reads = r.method == "GET";
            const QString what = QStringLiteral("%1 %2").arg(QString::fromLatin1(r.method), r.pattern);
            auto check = [&](const Actor &who, const Response &res, bool ownerIds) {
                const QString tag = QStringLiteral("%1 as %2 -> %3").arg(what, who.name).arg(res.status);
                if (res.status >= 500)
                    failures << tag + QStringLiteral(" (server error) ") + QString::fromUtf8(res.body.left(200));
                if (who.user.isEmpty() && r.access != P && res.status != 401)
                    failures << tag + QStringLiteral(" (anonymous must get 401)");
                const bool admin = &who == &m_admin;
                if (!who.user.isEmpty() && r.access == A && !admin && res.status != 403)
                    failures << tag + QStringLiteral(" (admin route: 403 expected)");
                if (admin && (res.status == 401 || res.status == 403) && r.access == A)
                    failures << tag + QStringLiteral(" (the admin is refused on an admin route)");
                if (!who.user.isEmpty() && r.access == M2M && res.status != 403)
                    failures << tag + QStringLiteral(" (machine-to-machine route: every user token gets 403)");
                const bool outsider = &who == &m_anonymous || &who == &m_otherStudent || &who == &m_otherTutor;
                if (outsider && ownerIds && !reads && e->others == Others::NotOwner && res.status / 100 == 2)
                    failures << tag + QStringLiteral(" (acted on the owner's object) ")
                                    + QString::fromUtf8(res.body.left(200));
                if (outsider) {
                    const QStringList leaked = leaks(res);
                    if (!leaked.isEmpty())
                        failures << tag + QStringLiteral(" (leaks %1)").arg(leaked.join(QStringLiteral(", ")));
                }
            };
            for (const Actor *who : outsiders) {
                if (reads) {
                    for (const QUrlQuery &q : filters)
                        check(*who, call(*who, r.method, ownerPath, q), true);
                } else {
                    check(*who, call(*who, r.method, ownerPath, {}, ownerBody()), true);
                }
            }
            // The owners and the admin: reads on the owner's objects, changes only on ids that do
            // not exist (nothing of the fixture is changed), so every route is called by all six.
            for (const Actor *who : insiders)
                check(*who, reads ? call(*who, r.method, ownerPath) : call(*who, r.method, strangerPath, {}, {}),
                      reads);
        }
        qInfo("permission matrix: %d routes, %d calls", routes, m_calls);
        failures.removeDuplicates();
        for (const QString &f : std::as_const(failures))
            qWarning("%s", qPrintable(f));
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 failures (listed above)").arg(failures.size())));
    }

    // The fixture's secrets are really the owner's: the owner and the admin see them.
    void secretsAreVisibleToTheOwner()
    {
        const Response e
            = call(m_student, "GET",
                   QStringLiteral("/enrollmentmanagement-api/v1/enrollments/") + m_ids.value("enrollmentId"));
        QCOMPARE(e.status, 200);
        const Response lessonIds = call(m_student, "GET", QStringLiteral("/coursescheduling-api/v1/lessonslots"),
                                        QUrlQuery(QStringLiteral("studentId=%1").arg(m_student.id())));
        QVERIFY(lessonIds.body.contains(m_secrets.at(3).toUtf8())); // meet link
        QVERIFY(lessonIds.body.contains(m_secrets.at(4).toUtf8())); // address
        const Response chat = call(m_tutor, "GET", QStringLiteral("/messaging-api/v1/v1/chat-messages"),
                                   QUrlQuery(QStringLiteral("roomId=%1").arg(m_ids.value("conversationId"))));
        QVERIFY(chat.body.contains(m_secrets.at(5).toUtf8()));
        const Response material
            = call(m_student, "GET",
                   QStringLiteral("/tutorcatalog-api/v1/coursematerials/") + m_ids.value("courseMaterialId"));
        QVERIFY(material.body.contains(m_secrets.at(6).toUtf8()));
        const Response user = call(m_admin, "GET", QStringLiteral("/auth-api/v1/users/") + m_student.id());
        QVERIFY(user.body.contains(m_secrets.at(0).toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestServerPermissions)
#include "tst_server_permissions.moc"
