// Shared set-up of the enrollmentManagement contract suites (tst_contract_enrollment*, tst_contract_payments):
// demo accounts, fresh students and tutors, course packs and lesson slots made through the catalog and
// scheduling APIs, test cards turned into payment methods by the Stripe simulator (Stripe's own wire
// format under /stripe, C10), and payments driven to their end the way the app does.
// Helpers never QVERIFY; they return what they got (empty ids on failure) and keep the last failing
// reply in lastFailure for the test's message.
#pragma once

#include "contractchecks.h"
#include "lessontime.h"

#include <QDate>
#include <QThread>

namespace contract {

inline const QString kEnr = QStringLiteral("/enrollmentmanagement-api");
inline const char *kCardSucceeds = "4242 4242 4242 4242";
inline const char *kCardDeclined = "4000 0000 0000 0002";
inline const char *kCardAuthenticate = "4000 0025 0000 3155";
inline const QString kStripe = QStringLiteral("/stripe");
inline const QByteArray kPublishableKey = "pk_test_tutorhub_local";

// application/x-www-form-urlencoded, as Stripe takes it.
inline QByteArray formBody(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &f : fields)
        out += (out.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    return out;
}

inline const QStringList &enrollmentStatuses()
{
    static const QStringList s {QStringLiteral("pending"), QStringLiteral("active"), QStringLiteral("completed"),
                                QStringLiteral("canceled")};
    return s;
}
inline const QStringList &paymentStatuses()
{
    static const QStringList s {QStringLiteral("pending"), QStringLiteral("paid"), QStringLiteral("refunded")};
    return s;
}
inline const QStringList &refundStatuses()
{
    static const QStringList s {QStringLiteral("notRequested"), QStringLiteral("eligible"), QStringLiteral("processed"),
                                QStringLiteral("ineligible")};
    return s;
}
inline const QStringList &confirmations()
{
    static const QStringList s {QStringLiteral("pending"), QStringLiteral("processing"), QStringLiteral("paid"),
                                QStringLiteral("canceled")};
    return s;
}

struct Actor
{
    QString id, token, email, profileId; // profileId: tutors only
};

class EnrollmentFixture
{
public:
    Server server;
    Actor admin, maria, james, lena, tom, aiko;
    QString category;
    QByteArray lastFailure;

    bool start(QString *error)
    {
        if (!server.start(error))
            return false;
        admin = login(QString::fromLatin1(kSuperAdmin));
        maria = login(QString::fromLatin1(kTutorMaria));
        james = login(QString::fromLatin1(kTutorJames));
        lena = login(QString::fromLatin1(kStudentLena));
        tom = login(QString::fromLatin1(kStudentTom));
        aiko = login(QString::fromLatin1(kStudentAiko));
        maria.profileId = profileOf(maria.id);
        james.profileId = profileOf(james.id);
        const Reply cats = server.get(QStringLiteral("/tutorcatalog-api/v1/coursecategories"));
        category = cats.payload().toArray().first().toObject().value(QStringLiteral("name")).toString();
        for (const Actor *a : {&admin, &maria, &james, &lena, &tom, &aiko})
            if (a->token.isEmpty()) {
                *error = QStringLiteral("demo login failed: ") + QString::fromUtf8(lastFailure);
                return false;
            }
        if (maria.profileId.isEmpty() || james.profileId.isEmpty() || category.isEmpty()) {
            *error = QStringLiteral("demo tutor profiles or categories missing: ") + QString::fromUtf8(lastFailure);
            return false;
        }
        return true;
    }

    Actor login(const QString &email, const QString &password = QString::fromLatin1(kDemoPassword))
    {
        const Reply r = server.login(email, password);
        if (r.status != 200) {
            lastFailure = r.describe();
            return {};
        }
        return {
            r.value(QStringLiteral("userId")).toString(), r.value(QStringLiteral("accessToken")).toString(), email, {}};
    }

    QString profileOf(const QString &tutorId)
    {
        const Reply r = server.get(QStringLiteral("/tutorcatalog-api/v1/tutorprofiles"), {},
                                   {{QStringLiteral("tutorId"), tutorId}});
        const QJsonArray rows = r.payload().toArray();
        for (const QJsonValue &v : rows)
            if (v.toObject().value(QStringLiteral("tutorId")).toString() == tutorId)
                return v.toObject().value(QStringLiteral("id")).toString();
        lastFailure = r.describe();
        return {};
    }

    // A verified student created by the admin.
    Actor newStudent(const QString &name)
    {
        const QString email = name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@students.example");
        const Reply r = server.post(QStringLiteral("/auth-api/v1/users"),
                                    {{QStringLiteral("email"), email},
                                     {QStringLiteral("password"), QStringLiteral("student-pass-1")},
                                     {QStringLiteral("fullname"), name}},
                                    admin.token);
        if (r.status != 201) {
            lastFailure = r.describe();
            return {};
        }
        return login(email, QStringLiteral("student-pass-1"));
    }

    // A tutor through the real onboarding: application, admin approval, profile.
    Actor newTutor(const QString &name)
    {
        Actor t = newStudent(name);
        if (t.token.isEmpty())
            return t;
        server.patch(QStringLiteral("/auth-api/v1/applyastutor/") + t.id,
                     {{QStringLiteral("bio"), QStringLiteral("Experienced tutor.")},
                      {QStringLiteral("specializations"), QStringLiteral("Chemistry")}},
                     t.token);
        const Reply r
            = server.patch(QStringLiteral("/auth-api/v1/reviewtutorapplication/") + t.id,
                           {{QStringLiteral("tutorApplicationStatus"), QStringLiteral("approved")}}, admin.token);
        if (r.status != 200) {
            lastFailure = r.describe();
            return {};
        }
        Actor again = login(t.email, QStringLiteral("student-pass-1"));
        again.profileId = profileOf(again.id);
        return again;
    }

    QJsonObject createPack(const Actor &tutor, const QJsonObject &extra = {}, double price = 40.0)
    {
        QJsonObject body {{QStringLiteral("tutorProfileId"), tutor.profileId},
                          {QStringLiteral("title"), QStringLiteral("Course %1").arg(++m_counter)},
                          {QStringLiteral("price"), price},
                          {QStringLiteral("category"), category},
                          {QStringLiteral("schedulingType"), QStringLiteral("flexible")},
                          {QStringLiteral("preliminaryMeetingRequired"), false},
                          {QStringLiteral("isPublished"), true}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        const Reply r = server.post(QStringLiteral("/tutorcatalog-api/v1/coursepacks"), body, tutor.token);
        if (r.status != 201) {
            lastFailure = r.describe();
            return {};
        }
        return r.data();
    }

    // A free slot of the pack; without a date, every call gets its own day and hour (after the demo window, D55).
    QString createSlot(const Actor &tutor, const QString &packId, QDate date = {}, const QString &time = {})
    {
        const int n = m_slotCounter++;
        if (!date.isValid())
            date = QDate::currentDate().addDays(100 + n / 6);
        const QString t = time.isEmpty() ? QStringLiteral("%1:00").arg(7 + 2 * (n % 6), 2, 10, QLatin1Char('0')) : time;
        const Reply r = server.post(QStringLiteral("/coursescheduling-api/v1/lessonslots"),
                                    {{QStringLiteral("coursePackId"), packId},
                                     {QStringLiteral("scheduledDate"), date.toString(Qt::ISODate)},
                                     {QStringLiteral("scheduledTime"), t}},
                                    tutor.token);
        if (r.status != 201) {
            lastFailure = r.describe();
            return {};
        }
        return r.data().value(QStringLiteral("id")).toString();
    }

    QStringList createSlots(const Actor &tutor, const QString &packId, int n)
    {
        QStringList ids;
        for (int i = 0; i < n; ++i)
            ids << createSlot(tutor, packId);
        return ids;
    }

    QJsonObject slot(const QString &id)
    {
        return server.get(QStringLiteral("/coursescheduling-api/v1/lessonslots/") + id, admin.token).data();
    }

    QString slotStatus(const QString &id) { return slot(id).value(QStringLiteral("status")).toString(); }

    // Lessons are completed once they have started (SEC43): the slot is moved into the past first.
    Reply completeSlot(const Actor &tutor, const QString &slotId)
    {
        const QString moved = tutorhub::test::moveSlotIntoPast(server.dataDir(), slotId);
        if (!moved.isEmpty())
            qWarning("completeSlot: %s", qPrintable(moved));
        return server.patch(QStringLiteral("/coursescheduling-api/v1/lessonslots/") + slotId,
                            {{QStringLiteral("status"), QStringLiteral("completed")}}, tutor.token);
    }

    Reply enroll(const Actor &student, const QJsonObject &pack, const QStringList &slotIds,
                 const QJsonObject &extra = {})
    {
        QJsonObject body {{QStringLiteral("coursePackId"), pack.value(QStringLiteral("id"))},
                          {QStringLiteral("tutorProfileId"), pack.value(QStringLiteral("tutorProfileId"))},
                          {QStringLiteral("lessonSlotIds"), QJsonArray::fromStringList(slotIds)},
                          {QStringLiteral("totalAmount"), 0.0},
                          {QStringLiteral("currency"), QStringLiteral("EUR")},
                          {QStringLiteral("refundStatus"), QStringLiteral("notRequested")}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return server.post(kEnr + QStringLiteral("/v1/enrollments"), body, student.token);
    }

    QString enrollId(const Actor &student, const QJsonObject &pack, const QStringList &slotIds)
    {
        const Reply r = enroll(student, pack, slotIds);
        if (r.status != 201) {
            lastFailure = r.describe();
            return {};
        }
        return r.data().value(QStringLiteral("id")).toString();
    }

    QJsonObject enrollment(const QString &id, const QString &token = {})
    {
        return server
            .get(kEnr + QStringLiteral("/v1/enrollments/") + id, token.isEmpty() ? admin.token : token,
                 {{QStringLiteral("getJoins"), QStringLiteral("false")}})
            .data();
    }

    // A form POST to the Stripe simulator with the publishable key (`key` empty: none).
    Reply stripePost(const QString &path, const QList<std::pair<QString, QString>> &fields,
                     const QByteArray &key = kPublishableKey)
    {
        Request req;
        req.method = "POST";
        req.path = kStripe + path;
        req.raw = formBody(fields);
        req.contentType = "application/x-www-form-urlencoded";
        if (!key.isEmpty())
            req.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + key});
        return server.send(req);
    }
    Reply stripeGet(const QString &path, const Query &query, const QByteArray &key = kPublishableKey)
    {
        Request req;
        req.path = kStripe + path;
        req.query = query;
        if (!key.isEmpty())
            req.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + key});
        return server.send(req);
    }

    // POST /stripe/v1/payment_methods with a test card (the app's first step; no TutorHub token).
    Reply addCard(const QString &number, const QList<std::pair<QString, QString>> &extra = {})
    {
        QList<std::pair<QString, QString>> fields {
            {QStringLiteral("type"), QStringLiteral("card")},
            {QStringLiteral("card[number]"), number},
            {QStringLiteral("card[exp_month]"), QStringLiteral("12")},
            {QStringLiteral("card[exp_year]"), QString::number(QDate::currentDate().year() + 3)},
            {QStringLiteral("card[cvc]"), QStringLiteral("123")}};
        fields += extra;
        return stripePost(QStringLiteral("/v1/payment_methods"), fields);
    }

    QString cardId(const Actor &, const char *number)
    {
        const Reply r = addCard(QString::fromLatin1(number));
        if (r.status != 200) {
            lastFailure = r.describe();
            return {};
        }
        return r.obj().value(QStringLiteral("id")).toString();
    }

    Reply startPayment(const Actor &who, const QString &enrollmentId, const QString &pmId, bool save = false)
    {
        return server.patch(
            kEnr + QStringLiteral("/v1/startenrollmentpayment/") + enrollmentId,
            {{QStringLiteral("paymentUserParams"),
              QJsonObject {{QStringLiteral("paymentMethodId"), pmId}, {QStringLiteral("savePaymentMethod"), save}}}},
            who.token);
    }

    // The PaymentIntent of a start/refresh answer (paymentResult.paymentIntentInfo).
    static QJsonObject intentIn(const Reply &r)
    {
        return r.obj()
            .value(QStringLiteral("paymentResult"))
            .toObject()
            .value(QStringLiteral("paymentIntentInfo"))
            .toObject();
    }

    // POST /stripe/v1/payment_intents/{id}/confirm with the client_secret of a start answer.
    Reply confirm(const Reply &started, const QList<std::pair<QString, QString>> &extra = {})
    {
        const QJsonObject pi = intentIn(started);
        QList<std::pair<QString, QString>> fields {
            {QStringLiteral("client_secret"), pi.value(QStringLiteral("client_secret")).toString()}};
        fields += extra;
        return stripePost(
            QStringLiteral("/v1/payment_intents/%1/confirm").arg(pi.value(QStringLiteral("id")).toString()), fields);
    }

    // The app's whole sequence: start at TutorHub, confirm at Stripe. Returns Stripe's answer.
    Reply pay(const Actor &who, const QString &enrollmentId, const QString &pmId, bool save = false)
    {
        const Reply started = startPayment(who, enrollmentId, pmId, save);
        if (started.status != 200) {
            lastFailure = started.describe();
            return started;
        }
        return confirm(started);
    }

    // The 3-D Secure page's button (what the card holder's browser posts), from a requires_action intent.
    Reply authenticate(const QJsonObject &intent, bool complete)
    {
        const QUrl url(intent.value(QStringLiteral("next_action"))
                           .toObject()
                           .value(QStringLiteral("redirect_to_url"))
                           .toObject()
                           .value(QStringLiteral("url"))
                           .toString());
        Request req;
        req.method = "POST";
        req.path = url.path() + (complete ? QStringLiteral("/complete") : QStringLiteral("/fail"));
        req.raw = formBody({{QStringLiteral("client_secret"),
                             QUrlQuery(url).queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded)}});
        req.contentType = "application/x-www-form-urlencoded";
        return server.send(req);
    }

    Reply refresh(const Actor &who, const QString &enrollmentId)
    {
        return server.patch(kEnr + QStringLiteral("/v1/refreshenrollmentpayment/") + enrollmentId, {}, who.token);
    }

    // Polls refreshEnrollmentPayment until paymentConfirmation is `want` (or 5 s passed); returns the last enrollment.
    QJsonObject waitFor(const Actor &who, const QString &enrollmentId, const QString &want)
    {
        QElapsedTimer t;
        t.start();
        QJsonObject e;
        while (t.elapsed() < 5000) {
            const Reply r = refresh(who, enrollmentId);
            e = r.data();
            if (e.value(QStringLiteral("paymentConfirmation")).toString() == want)
                return e;
            lastFailure = r.describe();
            QThread::msleep(50);
        }
        return e;
    }

    // Enrolls and pays with the 4242 card; returns the enrollment id (empty on failure).
    QString paidEnrollment(const Actor &student, const QJsonObject &pack, const QStringList &slotIds)
    {
        const QString id = enrollId(student, pack, slotIds);
        if (id.isEmpty())
            return {};
        const QString pm = cardId(student, kCardSucceeds);
        const Reply r = pay(student, id, pm);
        if (r.status != 200) {
            lastFailure = r.describe();
            return {};
        }
        const QJsonObject e = waitFor(student, id, QStringLiteral("paid"));
        return e.value(QStringLiteral("enrollmentStatus")).toString() == QLatin1String("active") ? id : QString();
    }

    // The order's PaymentIntent as TutorHub shows it to an administrator (no client_secret).
    QJsonObject intentOf(const QString &enrollmentId) { return intentIn(refresh(admin, enrollmentId)); }

    // Notifications of `type` the user got about the enrollment (notification-api, refs.enrollmentId).
    int notificationCount(const Actor &who, const QString &type, const QString &enrollmentId)
    {
        const Reply r = server.get(QStringLiteral("/notification-api/notifications"), who.token,
                                   {{QStringLiteral("type"), type}, {QStringLiteral("limit"), QStringLiteral("1000")}});
        if (r.status != 200) {
            lastFailure = r.describe();
            return -1;
        }
        int n = 0;
        for (const QJsonValue &v : r.payload().toArray())
            n += v.toObject().value(QStringLiteral("refs")).toObject().value(QStringLiteral("enrollmentId")).toString()
                         == enrollmentId
                     ? 1
                     : 0;
        return n;
    }

private:
    int m_counter = 0;
    int m_slotCounter = 0;
};

} // namespace contract
