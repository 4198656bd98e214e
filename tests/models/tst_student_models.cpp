// The student workspace's models (issue 4) against the real server, each under
// QAbstractItemModelTester for the whole test, and the student rules (refund eligibility per
// decision 9 / D47, the D45 pack limits, card input) as pure functions.
#include "api/appsettings.h"
#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/session.h"
#include "api/tokenstore.h"
#include "models/format.h"
#include "models/labels.h"
#include "models/pagedlistmodel.h"
#include "models/student/studentlists.h"
#include "models/student/studentrules.h"
#include "../ui/uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tutorhub;
using models::Format;
using models::PagedListModel;
using models::student::StudentRules;
namespace sm = models::student;

namespace {
QJsonObject slotOn(const QString &date)
{
    return {{QStringLiteral("scheduledDate"), date}, {QStringLiteral("startsAt"), date + QStringLiteral("T10:00:00Z")}};
}
QJsonObject strictPack()
{
    return {{QStringLiteral("schedulingType"), QStringLiteral("strict")},
            {QStringLiteral("requiredClassesCount"), 4},
            {QStringLiteral("minWeeklyClasses"), 2},
            {QStringLiteral("maxDailyLessons"), 1},
            {QStringLiteral("maxPeriodValue"), 2},
            {QStringLiteral("maxPeriodUnit"), QStringLiteral("weeks")},
            {QStringLiteral("price"), 50.0}};
}
QJsonObject enrollment(const char *status, const char *payment, const char *refund)
{
    return {{QStringLiteral("enrollmentStatus"), QLatin1String(status)},
            {QStringLiteral("paymentStatus"), QLatin1String(payment)},
            {QStringLiteral("refundStatus"), QLatin1String(refund)}};
}
} // namespace

class TestStudentModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    app::LocalServer m_server; // the real tutorhub-server with its demo data
    std::unique_ptr<api::AppSettings> m_settings;
    api::ApiClient *m_client = nullptr;
    std::unique_ptr<api::AuthApi> m_auth;
    std::unique_ptr<api::MemoryTokenStore> m_store;
    std::unique_ptr<api::Session> m_session;
    QList<QAbstractItemModelTester *> m_testers;

    PagedListModel *tested(PagedListModel *m)
    {
        m_testers << new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::QtTest, m);
        return m;
    }
    static bool waitIdle(PagedListModel *m, int ms = 15000)
    {
        return QTest::qWaitFor([&] { return m->hasLoaded() && m->state() != PagedListModel::State::Loading; }, ms);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why;
        if (!testing::startDemoServer(m_server, m_dir, &why))
            QSKIP(qPrintable(why));
        m_settings = std::make_unique<api::AppSettings>(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
        m_client = new api::ApiClient(nullptr, this);
        m_client->setEnvironment(api::Environment::local(m_server.url()));
        m_auth = std::make_unique<api::AuthApi>(m_client);
        m_store = std::make_unique<api::MemoryTokenStore>();
        m_session = std::make_unique<api::Session>(m_client, m_auth.get(), m_store.get(), m_settings.get());
        QSignalSpy signedIn(m_session.get(), &api::Session::signedIn);
        m_session->signIn(QStringLiteral("lena.fischer@tutorhub.local"), QStringLiteral("tutorhub-demo"), false);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 15000);
    }
    void cleanupTestCase()
    {
        m_session.reset();
        m_server.stop();
    }

    // --- rules -----------------------------------------------------------------------------------
    void refundEligibility_data()
    {
        QTest::addColumn<QJsonObject>("enrollment");
        QTest::addColumn<bool>("requested");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("eligible") << enrollment("active", "paid", "eligible") << false << true << QString();
        QTest::newRow("before first lesson")
            << enrollment("active", "paid", "notRequested") << false << false << "after your first lesson";
        QTest::newRow("later lesson") << enrollment("active", "paid", "ineligible") << false << false << "later lesson";
        QTest::newRow("unpaid") << enrollment("pending", "pending", "notRequested") << false << false << "Only paid";
        QTest::newRow("canceled") << enrollment("canceled", "paid", "eligible") << false << false << "canceled";
        QTest::newRow("refunded") << enrollment("canceled", "refunded", "processed") << true << false << "refunded";
        QTest::newRow("requested") << enrollment("active", "paid", "eligible") << true << false << "already requested";
    }
    void refundEligibility()
    {
        QFETCH(QJsonObject, enrollment);
        QFETCH(bool, requested);
        QFETCH(bool, allowed);
        QFETCH(QString, reasonPart);
        const sm::RuleAnswer a = StudentRules::refundEligibility(enrollment, requested);
        QCOMPARE(a.allowed, allowed);
        QCOMPARE(a.reason.isEmpty(), allowed);
        if (!allowed)
            QVERIFY2(a.reason.contains(reasonPart), qPrintable(a.reason));
    }

    void bookingLimits()
    {
        const QJsonObject flexible {{QStringLiteral("schedulingType"), QStringLiteral("flexible")},
                                    {QStringLiteral("maxDailyLessons"), 1}};
        QVERIFY(!StudentRules::bookingCheck(flexible, {}).allowed);
        QVERIFY(StudentRules::bookingCheck(flexible, {slotOn("2030-03-04"), slotOn("2030-03-05")}).allowed);
        QVERIFY(!StudentRules::bookingCheck(flexible, {slotOn("2030-03-04"), slotOn("2030-03-04")}).allowed);
        // An already booked lesson of the same day counts.
        QVERIFY(!StudentRules::bookingCheck(flexible, {slotOn("2030-03-04")}, {QStringLiteral("2030-03-04")}).allowed);
        QVERIFY(StudentRules::bookingCheck(QJsonObject {{QStringLiteral("schedulingType"), QStringLiteral("flexible")}},
                                           {slotOn("2030-03-04"), slotOn("2030-03-04")})
                    .allowed);

        const QJsonObject strict = strictPack();
        // 2030-03-04 is a Monday.
        const QList<QJsonObject> good {slotOn("2030-03-04"), slotOn("2030-03-06"), slotOn("2030-03-11"),
                                       slotOn("2030-03-13")};
        QVERIFY(StudentRules::bookingCheck(strict, good).allowed);
        sm::RuleAnswer a = StudentRules::bookingCheck(strict, good.mid(0, 3));
        QVERIFY(!a.allowed);
        QVERIFY2(a.reason.contains(QStringLiteral("exactly 4")), qPrintable(a.reason));
        a = StudentRules::bookingCheck(
            strict, {slotOn("2030-03-04"), slotOn("2030-03-05"), slotOn("2030-03-06"), slotOn("2030-03-12")});
        QVERIFY(!a.allowed); // second week has one lesson
        QVERIFY2(a.reason.contains(QStringLiteral("every week")), qPrintable(a.reason));
        a = StudentRules::bookingCheck(
            strict, {slotOn("2030-03-04"), slotOn("2030-03-06"), slotOn("2030-03-25"), slotOn("2030-03-27")});
        QVERIFY(!a.allowed); // beyond two weeks of the first
        QVERIFY2(a.reason.contains(QStringLiteral("within 2")), qPrintable(a.reason));
        QVERIFY(StudentRules::schedulingRules(strict).contains(QStringLiteral("exactly 4 lessons")));
        QCOMPARE(StudentRules::totalAmount(QJsonObject {{QStringLiteral("price"), 45.5}}, 3), 136.5);
    }

    void cardInput()
    {
        const int year = QDate::currentDate().year() + 2;
        QVERIFY(StudentRules::cardInputProblem(QStringLiteral("4242 4242 4242 4242"), 12, year, QStringLiteral("123"))
                    .isEmpty());
        QVERIFY(!StudentRules::cardInputProblem(QString(), 12, year, QStringLiteral("123")).isEmpty());
        QVERIFY(!StudentRules::cardInputProblem(QStringLiteral("4242 abc"), 12, year, QStringLiteral("123")).isEmpty());
        QVERIFY(!StudentRules::cardInputProblem(QStringLiteral("4242424242424242"), 13, year, QStringLiteral("123"))
                     .isEmpty());
        QVERIFY(!StudentRules::cardInputProblem(QStringLiteral("4242424242424242"), 1, 2000, QStringLiteral("123"))
                     .isEmpty());
        QVERIFY(!StudentRules::cardInputProblem(QStringLiteral("4242424242424242"), 1, year, QStringLiteral("12"))
                     .isEmpty());
    }

    // --- models against the server -----------------------------------------------------------------
    void catalogModels()
    {
        PagedListModel *packs = tested(sm::coursePacksModel(m_client, this));
        packs->setPageSize(100);
        packs->refresh();
        QVERIFY(waitIdle(packs));
        QVERIFY(packs->rowCount() >= 6);
        const int tutorColumn = packs->columnOf(QStringLiteral("tutor"));
        QVERIFY(tutorColumn > 0);
        for (int row = 0; row < packs->rowCount(); ++row)
            QVERIFY(!packs->index(row, tutorColumn).data().toString().isEmpty()); // a name, never an id
        const int schedColumn = packs->columnOf(QStringLiteral("schedulingType"));
        QVERIFY(packs->index(0, schedColumn).data().toString() == QStringLiteral("Flexible")
                || packs->index(0, schedColumn).data().toString() == QStringLiteral("Fixed schedule"));

        packs->beginQueryChange();
        packs->setFilter(QStringLiteral("schedulingType"), QStringLiteral("strict"));
        packs->setFilter(QStringLiteral("minPrice"), QStringLiteral("50"));
        packs->endQueryChange();
        QVERIFY(waitIdle(packs));
        QVERIFY(packs->rowCount() >= 2);
        for (int row = 0; row < packs->rowCount(); ++row) {
            QCOMPARE(Format::str(packs->object(row), "schedulingType"), QStringLiteral("strict"));
            QVERIFY(Format::num(packs->object(row), "price") >= 50);
        }
        packs->clearFilters();
        packs->setFilter(QStringLiteral("title"), QStringLiteral("calculus"));
        QVERIFY(waitIdle(packs));
        QCOMPARE(packs->rowCount(), 1);

        PagedListModel *categories = tested(sm::categoriesModel(m_client, this));
        categories->refresh();
        QVERIFY(waitIdle(categories));
        QVERIFY(categories->rowCount() >= 4);
        PagedListModel *tutors = tested(sm::tutorsModel(m_client, this));
        tutors->refresh();
        QVERIFY(waitIdle(tutors));
        QVERIFY(tutors->rowCount() >= 2);
        QVERIFY(!tutors->index(0, 0).data().toString().isEmpty());
    }

    void freeSlotsOfAWeek()
    {
        PagedListModel *packs = tested(sm::coursePacksModel(m_client, this));
        packs->setFilter(QStringLiteral("title"), QStringLiteral("English Conversation"));
        QVERIFY(waitIdle(packs));
        QCOMPARE(packs->rowCount(), 1);
        PagedListModel *freeLessons = tested(sm::freeSlotsModel(m_client, this));
        const QDateTime from = QDateTime::currentDateTimeUtc();
        const QDateTime to = from.addDays(14);
        sm::setSlotWeek(freeLessons, packs->idAt(0), from, to);
        QVERIFY(waitIdle(freeLessons));
        QVERIFY2(freeLessons->rowCount() > 0, "the demo data has free lessons in the next two weeks");
        for (int row = 0; row < freeLessons->rowCount(); ++row) {
            const QJsonObject s = freeLessons->object(row);
            QCOMPARE(Format::str(s, "status"), QStringLiteral("free"));
            QVERIFY(Format::when(s, "startsAt") >= from && Format::when(s, "startsAt") < to);
        }
        QVERIFY(freeLessons->index(0, 0).data().toString().contains(QStringLiteral("–")));
    }

    void myLists()
    {
        PagedListModel *enrollments = tested(sm::enrollmentsModel(m_client, this));
        enrollments->refresh();
        QVERIFY(waitIdle(enrollments));
        QVERIFY2(enrollments->rowCount() >= 1, "Lena has a demo enrollment");
        const int pack = enrollments->columnOf(QStringLiteral("pack"));
        const int tutor = enrollments->columnOf(QStringLiteral("tutor"));
        const int status = enrollments->columnOf(QStringLiteral("enrollmentStatus"));
        for (int row = 0; row < enrollments->rowCount(); ++row) {
            const QJsonObject e = enrollments->object(row);
            QCOMPARE(enrollments->index(row, pack).data().toString(), sm::packTitleOf(e));
            QVERIFY(!enrollments->index(row, pack).data().toString().isEmpty());
            QVERIFY(!enrollments->index(row, tutor).data().toString().isEmpty());
            QCOMPARE(enrollments->index(row, status).data().toString(),
                     models::Labels::enumLabel(QStringLiteral("enrollment"), QStringLiteral("enrollmentStatus"),
                                               Format::str(e, "enrollmentStatus")));
        }
        PagedListModel *lessons = tested(sm::myLessonsModel(m_client, m_session->currentUser().id, this));
        QVERIFY(waitIdle(lessons));
        QVERIFY(lessons->rowCount() >= 1);
        for (int row = 0; row < lessons->rowCount(); ++row)
            QCOMPARE(Format::str(lessons->object(row), "studentId"), m_session->currentUser().id);

        for (PagedListModel *m : {sm::refundRequestsModel(m_client, this), sm::myIssuesModel(m_client, this),
                                  sm::paymentMethodsModel(m_client, m_session->currentUser().id, this)}) {
            tested(m)->refresh();
            QVERIFY(waitIdle(m));
            QVERIFY2(m->errorText().isEmpty(), qPrintable(m->errorText()));
        }
        PagedListModel *notes = tested(sm::notificationsModel(m_client, this));
        notes->refresh();
        QVERIFY(waitIdle(notes));
        QVERIFY2(notes->errorText().isEmpty(), qPrintable(notes->errorText()));
    }
};

QTEST_MAIN(TestStudentModels)
#include "tst_student_models.moc"
