// The tutor workspace's models: availability laid out on a week across DST, the earnings summary,
// the form rules, and the tutor's server lists (real in-process server, demo data) — every model
// under QAbstractItemModelTester for the whole test.
#include "api/apiclient.h"
#include "api/authapi.h"
#include "models/format.h"
#include "models/tutor/availabilityweek.h"
#include "models/tutor/earningsmodel.h"
#include "models/tutor/slotplanner.h"
#include "models/tutor/lessongenerator.h"
#include "api/serverfeatures.h"
#include "models/tutor/tutorforms.h"
#include "models/tutor/tutorlists.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace tutorhub;
using namespace tutorhub::models::tutor;
using models::Format;
using models::PagedListModel;

namespace {
QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}
QJsonObject window(const char *id, const char *day, const char *from, const char *to, const char *zone,
                   bool recurring = true, const char *date = nullptr)
{
    QJsonObject o {{QStringLiteral("id"), QLatin1String(id)},
                   {QStringLiteral("dayOfWeek"), QLatin1String(day)},
                   {QStringLiteral("startTime"), QLatin1String(from)},
                   {QStringLiteral("endTime"), QLatin1String(to)},
                   {QStringLiteral("timeZone"), QLatin1String(zone)},
                   {QStringLiteral("isRecurring"), recurring},
                   {QStringLiteral("teachingMode"), QStringLiteral("online")}};
    if (date)
        o.insert(QStringLiteral("specificDate"), QLatin1String(date));
    return o;
}
} // namespace

class TestTutorModels : public QObject
{
    Q_OBJECT

    test::TestServer m_server;
    api::ApiClient *m_client = nullptr;
    QString m_profileId;

    bool waitIdle(PagedListModel &m, int ms = 15000)
    {
        return QTest::qWaitFor([&] { return m.hasLoaded() && m.state() != PagedListModel::State::Loading; }, ms);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_client = new api::ApiClient(nullptr, this);
        m_client->setEnvironment(api::Environment::local(m_server.baseUrl()));
        api::AuthApi auth(m_client);
        bool done = false;
        QString userId;
        auth.login(QStringLiteral("maria.keller@tutorhub.local"), QStringLiteral("tutorhub-demo"), this,
                   [&](const api::Result<api::SessionInfo> &r) {
                       if (r.ok()) {
                           m_client->setAccessToken(r.value().accessToken);
                           userId = r.value().userId;
                       }
                       done = true;
                   });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY(!userId.isEmpty());
        bool found = false;
        findOwnTutorProfile(m_client, userId, this, [&](const QJsonObject &p, const api::ApiError &e) {
            QVERIFY2(e.isNone(), qPrintable(e.userMessage()));
            m_profileId = Format::str(p, "id");
            found = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(found, 15000);
        QVERIFY(!m_profileId.isEmpty());
    }

    // A weekly 09:00-11:00 Berlin window stays 09:00 Berlin across the spring change: 08:00 UTC in the
    // week before, 07:00 UTC in the week after; the display zone (New York, which changed two weeks
    // earlier) sees the right instants.
    void availabilityAcrossDst()
    {
        const QList<QJsonObject> windows {
            window("w1", "monday", "09:00", "11:00", "Europe/Berlin"),
            window("w2", "friday", "18:00", "19:30", "Europe/Berlin", false, "2026-03-27")};
        const QTimeZone berlin("Europe/Berlin");
        auto before = occurrencesInWeek(windows, QDate(2026, 3, 23), berlin);
        QCOMPARE(before.size(), 2);
        QCOMPARE(before.at(0).startUtc, utc(2026, 3, 23, 8));
        QCOMPARE(before.at(0).endUtc, utc(2026, 3, 23, 10));
        QCOMPARE(before.at(1).startUtc, utc(2026, 3, 27, 17));
        QVERIFY(!before.at(1).recurring);
        auto after = occurrencesInWeek(windows, QDate(2026, 3, 30), berlin);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.at(0).startUtc, utc(2026, 3, 30, 7));
        // In New York's week grid the Monday window still appears on Monday (early morning).
        const QTimeZone ny("America/New_York");
        auto nyWeek = occurrencesInWeek(windows, QDate(2026, 3, 30), ny);
        QCOMPARE(nyWeek.size(), 1);
        QCOMPARE(nyWeek.at(0).startUtc.toTimeZone(ny).time(), QTime(3, 0));
        // Reverse: a range drawn in Berlin on a summer date is stored as Berlin wall-clock time.
        const QJsonObject fields
            = windowFields(utc(2026, 7, 6, 7), utc(2026, 7, 6, 9), berlin, true, QStringLiteral("both"));
        QCOMPARE(fields.value(QStringLiteral("dayOfWeek")).toString(), QStringLiteral("monday"));
        QCOMPARE(fields.value(QStringLiteral("startTime")).toString(), QStringLiteral("09:00"));
        QCOMPARE(fields.value(QStringLiteral("endTime")).toString(), QStringLiteral("11:00"));
        QCOMPARE(fields.value(QStringLiteral("timeZone")).toString(), QStringLiteral("Europe/Berlin"));
        QVERIFY(!fields.contains(QStringLiteral("specificDate")));
        const QJsonObject once
            = windowFields(utc(2026, 7, 6, 7), utc(2026, 7, 6, 9), berlin, false, QStringLiteral("online"));
        QCOMPARE(once.value(QStringLiteral("specificDate")).toString(), QStringLiteral("2026-07-06"));
        // Across midnight: refused (one window is one day).
        QVERIFY(
            windowFields(utc(2026, 7, 6, 21), utc(2026, 7, 6, 23), berlin, true, QStringLiteral("online")).isEmpty());
    }

    void earnings()
    {
        Format::setDisplayZone(QTimeZone("Europe/Berlin"));
        EarningsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto slot = [](const char *starts, const char *status) {
            return QJsonObject {{QStringLiteral("startsAt"), QLatin1String(starts)},
                                {QStringLiteral("status"), QLatin1String(status)}};
        };
        const QList<QJsonObject> enrollments {
            {{QStringLiteral("totalAmount"), 120.0},
             {QStringLiteral("paymentStatus"), QStringLiteral("paid")},
             {QStringLiteral("enrollmentStatus"), QStringLiteral("active")},
             {QStringLiteral("enrolledAt"), QStringLiteral("2026-10-31T23:30:00Z")},
             {QStringLiteral("lessonSlots"),
              QJsonArray {slot("2026-10-20T10:00:00Z", "completed"), slot("2026-12-02T10:00:00Z", "booked"),
                          slot("2026-12-09T10:00:00Z", "booked")}}},
            {{QStringLiteral("totalAmount"), 50.0},
             {QStringLiteral("paymentStatus"), QStringLiteral("refunded")},
             {QStringLiteral("enrollmentStatus"), QStringLiteral("canceled")},
             {QStringLiteral("enrolledAt"), QStringLiteral("2026-09-10T10:00:00Z")},
             {QStringLiteral("updatedAt"), QStringLiteral("2026-10-05T10:00:00Z")},
             {QStringLiteral("lessonSlots"), QJsonArray {slot("2026-12-02T12:00:00Z", "booked")}}},
            {{QStringLiteral("totalAmount"), 30.0},
             {QStringLiteral("paymentStatus"), QStringLiteral("pending")},
             {QStringLiteral("enrollmentStatus"), QStringLiteral("pending")},
             {QStringLiteral("createdAt"), QStringLiteral("2026-11-20T10:00:00Z")},
             {QStringLiteral("lessonSlots"), QJsonArray {slot("2027-01-05T10:00:00Z", "booked")}}},
        };
        model.setEnrollments(enrollments, utc(2026, 11, 23, 12));
        // Months: Jan 2027 (upcoming 30), Dec 2026 (upcoming 80), Nov 2026 (paid 120: 23:30 UTC is 00:30
        // in Berlin), Oct 2026 (refunded 50), Sep: nothing (the refunded one was never "paid" now) + Total.
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, EarningsModel::MonthColumn).data(EarningsModel::MonthRole).toDate(), QDate(2027, 1, 1));
        QCOMPARE(model.index(0, EarningsModel::UpcomingColumn).data(EarningsModel::AmountRole).toDouble(), 30.0);
        QCOMPARE(model.index(1, EarningsModel::UpcomingColumn).data(EarningsModel::AmountRole).toDouble(), 80.0);
        QCOMPARE(model.index(2, EarningsModel::MonthColumn).data(EarningsModel::MonthRole).toDate(),
                 QDate(2026, 11, 1));
        QCOMPARE(model.index(2, EarningsModel::PaidColumn).data(EarningsModel::AmountRole).toDouble(), 120.0);
        QCOMPARE(model.index(3, EarningsModel::RefundedColumn).data(EarningsModel::AmountRole).toDouble(), 50.0);
        QCOMPARE(model.index(4, EarningsModel::MonthColumn).data().toString(), tr("Total"));
        QCOMPARE(model.index(4, EarningsModel::PaidColumn).data(EarningsModel::AmountRole).toDouble(), 120.0);
        QCOMPARE(model.index(4, EarningsModel::UpcomingColumn).data(EarningsModel::AmountRole).toDouble(), 110.0);
        model.setEnrollments({});
        QCOMPARE(model.rowCount(), 0);
        Format::setDisplayZone({});
    }

    void forms()
    {
        QStringList problems;
        TutorForms::PackDraft d;
        d.schedulingType = QStringLiteral("strict");
        TutorForms::packBody(d, &problems);
        QCOMPARE(problems.size(), 5); // title, category, price, count, period
        problems.clear();
        d.title = QStringLiteral(" Algebra ");
        d.category = QStringLiteral("Mathematics");
        d.price = 25.456;
        d.requiredClassesCount = 8;
        d.maxPeriodValue = 2;
        d.maxPeriodUnit = QStringLiteral("months");
        const QJsonObject body = TutorForms::packBody(d, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char(' '))));
        QCOMPARE(body.value(QStringLiteral("title")).toString(), QStringLiteral("Algebra"));
        QCOMPARE(body.value(QStringLiteral("price")).toDouble(), 25.46);
        QVERIFY(body.value(QStringLiteral("minWeeklyClasses")).isNull());
        QCOMPARE(TutorForms::packDraft(body).requiredClassesCount, 8);

        QCOMPARE(TutorForms::fileTypeOfName(QStringLiteral("intro.MP4")), QStringLiteral("video"));
        QCOMPARE(TutorForms::fileTypeOfName(QStringLiteral("notes.pdf")), QStringLiteral("document"));
        QVERIFY(!TutorForms::fileProblem(QStringLiteral("virus.exe"), 100).isEmpty());
        QVERIFY(!TutorForms::fileProblem(QStringLiteral("big.mp4"), TutorForms::maxMaterialBytes() + 1).isEmpty());
        QVERIFY(TutorForms::fileProblem(QStringLiteral("ok.pdf"), 1000).isEmpty());

        problems.clear();
        TutorForms::materialBody(QStringLiteral("Slides"), QStringLiteral("externalLink"), QStringLiteral("ftp://x"),
                                 {}, {QStringLiteral("slides")}, &problems);
        QCOMPARE(problems.size(), 2); // title taken, not http
        problems.clear();
        const QJsonObject link = TutorForms::materialBody(QStringLiteral("Video"), QStringLiteral("externalLink"),
                                                          QStringLiteral("https://example.org/v"), {}, {}, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(link.value(QStringLiteral("linkUrl")).toString(), QStringLiteral("https://example.org/v"));
        // A document without an address: with uploads the sentence offers both; without (C68) only the address.
        problems.clear();
        TutorForms::materialBody(QStringLiteral("Notes"), QStringLiteral("document"), {}, {}, {}, &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("upload"))
                && !problems.first().contains(QStringLiteral("does not")));
        problems.clear();
        TutorForms::materialBody(QStringLiteral("Notes"), QStringLiteral("document"), {}, {}, {}, &problems, false);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("does not take uploads")));

        problems.clear();
        TutorForms::singleSlotBody(QStringLiteral("p"), utc(2026, 1, 1, 10), 60, QStringLiteral("online"),
                                   utc(2026, 2, 1, 0), &problems);
        QCOMPARE(problems.size(), 1); // in the past
        problems.clear();
        const QJsonObject slot = TutorForms::singleSlotBody(QStringLiteral("p"), utc(2026, 3, 1, 10, 30), 45,
                                                            QStringLiteral("online"), utc(2026, 2, 1, 0), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(slot.value(QStringLiteral("scheduledTime")).toString(), QStringLiteral("10:30"));
        problems.clear();
        TutorForms::generateBody(QStringLiteral("p"), QDate(2026, 1, 1), QDate(2026, 1, 5), 60, {}, QDate(2026, 2, 1),
                                 &problems);
        QCOMPARE(problems.size(), 1);
        problems.clear();
        TutorForms::applicationBody({}, {}, QStringLiteral("short"), {}, QStringLiteral("not-a-url"), &problems);
        QCOMPARE(problems.size(), 4);
    }

    // The tutor's lists against the server, each under the tester while it loads.
    void serverLists()
    {
        std::unique_ptr<PagedListModel> packs(createCoursePacksModel(m_client, m_profileId, nullptr));
        QAbstractItemModelTester t1(packs.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitIdle(*packs));
        QVERIFY2(packs->errorText().isEmpty(), qPrintable(packs->errorText()));
        QVERIFY(packs->rowCount() > 0);
        for (int r = 0; r < packs->rowCount(); ++r)
            QCOMPARE(Format::str(packs->object(r), "tutorProfileId"), m_profileId);

        std::unique_ptr<PagedListModel> materials(createMaterialsModel(m_client, packs->idAt(0), nullptr));
        QAbstractItemModelTester t2(materials.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitIdle(*materials));
        QVERIFY2(materials->errorText().isEmpty(), qPrintable(materials->errorText()));

        std::unique_ptr<PagedListModel> windows(createAvailabilityModel(m_client, m_profileId, nullptr));
        QAbstractItemModelTester t3(windows.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitIdle(*windows));
        QVERIFY2(windows->errorText().isEmpty(), qPrintable(windows->errorText()));
        QVERIFY(windows->rowCount() > 0);

        auto lookup = std::make_shared<LessonLookup>();
        std::unique_ptr<PagedListModel> enrollments(createEnrollmentsModel(m_client, m_profileId, nullptr));
        QAbstractItemModelTester t4(enrollments.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitIdle(*enrollments));
        QVERIFY2(enrollments->errorText().isEmpty(), qPrintable(enrollments->errorText()));
        QVERIFY(enrollments->rowCount() > 0);
        QList<QJsonObject> rows;
        for (int r = 0; r < enrollments->rowCount(); ++r)
            rows << enrollments->object(r);
        lookup->addEnrollments(rows);
        QList<QJsonObject> packRows;
        for (int r = 0; r < packs->rowCount(); ++r)
            packRows << packs->object(r);
        lookup->addPacks(packRows);

        std::unique_ptr<PagedListModel> lessons(createSlotsModel(m_client, m_profileId, lookup, nullptr));
        QAbstractItemModelTester t5(lessons.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitIdle(*lessons));
        QVERIFY2(lessons->errorText().isEmpty(), qPrintable(lessons->errorText()));
        QVERIFY(lessons->rowCount() > 0);
        bool namedStudent = false;
        const int studentColumn = lessons->columnOf(QStringLiteral("student"));
        const int packColumn = lessons->columnOf(QStringLiteral("pack"));
        for (int r = 0; r < lessons->rowCount(); ++r) {
            QVERIFY(!lessons->index(r, packColumn).data().toString().isEmpty());
            if (!Format::str(lessons->object(r), "studentId").isEmpty())
                namedStudent = namedStudent || !lessons->index(r, studentColumn).data().toString().isEmpty();
        }
        QVERIFY(namedStudent);

        std::unique_ptr<PagedListModel> screening(createScreeningModel(m_client, lookup, nullptr));
        QAbstractItemModelTester t6(screening.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitIdle(*screening));
        QVERIFY2(screening->errorText().isEmpty(), qPrintable(screening->errorText()));
    }
    // C52: the client's plan of lessons (the fallback for servers without generateLessonSlots) is exactly
    // what the server's generation creates: Maria's Berlin windows over two weeks around a clock change
    // at least 120 days ahead (so nothing of other tests or the demo schedule is in the way).
    void plannerMatchesServerGeneration()
    {
        const QTimeZone berlin("Europe/Berlin");
        QDate change = QDate::currentDate().addDays(120);
        while (berlin.offsetFromUtc(QDateTime(change, QTime(12, 0), berlin))
               == berlin.offsetFromUtc(QDateTime(change.addDays(1), QTime(12, 0), berlin)))
            change = change.addDays(1);
        const QDate from = change.addDays(-6), to = change.addDays(7);

        QList<QJsonObject> windows, lessons, packs;
        api::ApiError error;
        bool done = false;
        const auto collect = [&](QList<QJsonObject> *into) {
            return [&, into](const QList<QJsonObject> &rows, const api::ApiError &e) {
                *into = rows;
                error = e;
                done = true;
            };
        };
        fetchAll(m_client,
                 api::ApiRequest::get(api::Service::CourseScheduling,
                                      QStringLiteral("/v1/listavailabilities/") + m_profileId),
                 this, collect(&windows));
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY2(error.isNone(), qPrintable(error.userMessage()));
        done = false;
        fetchAll(m_client, api::ApiRequest::get(api::Service::CourseScheduling, QStringLiteral("/v1/lessonslots")),
                 this, collect(&lessons));
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY2(error.isNone(), qPrintable(error.userMessage()));
        done = false;
        fetchAll(m_client, api::ApiRequest::get(api::Service::TutorCatalog, QStringLiteral("/v1/coursepacks")), this,
                 collect(&packs));
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY2(error.isNone(), qPrintable(error.userMessage()));
        QList<QJsonObject> mine;
        for (const QJsonObject &s : lessons)
            if (Format::str(s, "tutorProfileId") == m_profileId)
                mine.append(s);
        QString packId;
        for (const QJsonObject &p : packs)
            if (Format::str(p, "tutorProfileId") == m_profileId && packId.isEmpty())
                packId = Format::str(p, "id");
        QVERIFY(!windows.isEmpty());
        QVERIFY(!packId.isEmpty());

        int skipped = 0;
        const QList<models::PlannedLesson> plan = models::withoutConflicts(
            models::plannedLessons(windows, from, to, 60, berlin), 60, mine, QDateTime::currentDateTimeUtc(), &skipped);
        QVERIFY(!plan.isEmpty());
        // Both sides of the change have lessons, an hour apart in UTC for the same Berlin wall-clock time.
        QVERIFY(plan.first().startUtc.date() < change && plan.last().startUtc.date() > change);

        QJsonObject answer;
        done = false;
        api::ApiRequest gen
            = api::ApiRequest::post(api::Service::CourseScheduling, QStringLiteral("/v1/generatelessonslots"),
                                    QJsonObject {{QStringLiteral("coursePackId"), packId},
                                                 {QStringLiteral("from"), from.toString(Qt::ISODate)},
                                                 {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                                 {QStringLiteral("durationMinutes"), 60}});
        api::callJson(m_client, gen, this, [&](const api::Result<api::JsonAnswer> &r) {
            if (r.ok())
                answer = r.value().envelope;
            else
                error = r.error();
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY2(error.isNone(), qPrintable(error.userMessage()));
        QList<QDateTime> created;
        for (const QJsonValue &v : answer.value(QStringLiteral("lessonSlots")).toArray())
            created.append(Format::slotStart(v.toObject()));
        std::sort(created.begin(), created.end());
        QList<QDateTime> planned;
        for (const models::PlannedLesson &p : plan)
            planned.append(p.startUtc);
        QCOMPARE(planned, created);
        QCOMPARE(skipped, answer.value(QStringLiteral("skippedCount")).toInt());
    }
    // C52: "Generate lessons" without the generateLessonSlots extension plans on the client and creates each lesson
    // through createLessonSlot; run twice it skips what it made; the server's own generation over the same days then
    // finds every one of them taken (the same times) and creates nothing.
    void generatorWithoutTheExtension()
    {
        QVERIFY(!m_client->serverFeatures().supports(api::Route::generateLessonSlots)); // never asked: documented only
        QString packId;
        {
            bool done = false;
            fetchAll(m_client, api::ApiRequest::to(api::Route::listCoursePacks), this,
                     [&](const QList<QJsonObject> &rows, const api::ApiError &) {
                         for (const QJsonObject &p : rows)
                             if (Format::str(p, "tutorProfileId") == m_profileId && packId.isEmpty())
                                 packId = Format::str(p, "id");
                         done = true;
                     });
            QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        }
        QVERIFY(!packId.isEmpty());
        const QDate from = QDate::currentDate().addDays(250), to = from.addDays(13);
        const QJsonObject body {{QStringLiteral("coursePackId"), packId},
                                {QStringLiteral("from"), from.toString(Qt::ISODate)},
                                {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                {QStringLiteral("durationMinutes"), 60}};
        const auto run = [&](const QJsonObject &b) {
            api::Result<api::JsonAnswer> out = api::Result<api::JsonAnswer>::failure(api::ApiError::canceled());
            bool done = false;
            models::tutor::generateLessons(m_client, b, QTimeZone("Europe/Berlin"), this,
                                           [&](const api::Result<api::JsonAnswer> &r) {
                                               out = r;
                                               done = true;
                                           });
            return QTest::qWaitFor([&] { return done; }, 60000)
                       ? out
                       : api::Result<api::JsonAnswer>::failure(api::ApiError::canceled());
        };
        const auto first = run(body);
        QVERIFY2(first.ok(), qPrintable(first.error().userMessage()));
        const int created = first.value().envelope.value(QStringLiteral("createdCount")).toInt();
        QVERIFY(created >= 4); // Maria's windows over two weeks
        QCOMPARE(first.value().array().size(), created);
        for (const QJsonValue &v : first.value().array())
            QCOMPARE(Format::str(v.toObject(), "status"), QStringLiteral("free"));
        const auto again = run(body);
        QVERIFY(again.ok());
        QCOMPARE(again.value().envelope.value(QStringLiteral("createdCount")).toInt(), 0);
        QVERIFY(again.value().envelope.value(QStringLiteral("skippedCount")).toInt() >= created);

        api::ServerFeatures withExtension;
        withExtension.known = true;
        withExtension.extensions.insert(QStringLiteral("generateLessonSlots"));
        m_client->setServerFeatures(withExtension);
        const auto server = run(body);
        m_client->setServerFeatures({});
        QVERIFY2(server.ok(), qPrintable(server.error().userMessage()));
        QCOMPARE(server.value().envelope.value(QStringLiteral("createdCount")).toInt(), 0);
        QCOMPARE(server.value().envelope.value(QStringLiteral("skippedCount")).toInt(),
                 again.value().envelope.value(QStringLiteral("skippedCount")).toInt());
    }
};

QTEST_GUILESS_MAIN(TestTutorModels)
#include "tst_tutor_models.moc"
