// End to end against the real local server: a new user registers and applies to teach; an admin
// approves (API); the session sees the new role without signing in again and the main window shows
// the tutor workspace; the new tutor creates a published pack with a material, sets a weekly window,
// sees it at the same wall-clock time on both sides of the next DST change, generates lessons across
// that change (same local time, shifted UTC); a one-off window a minute ahead gives a lesson that a
// student books (API); once it has started the tutor marks it completed; the .ics export is checked
// against RFC 5545 (read back, zone present, the lesson named by its student).
#include "lessontime.h"
#include "tutortesthelpers.h"

#include "models/format.h"
#include "models/icalendar.h"
#include "models/workspacenavigationmodel.h"
#include "ui/common/weekview.h"
#include "ui/mainwindow.h"
#include "ui/tutor/availabilitypage.h"
#include "ui/tutor/becometutorpage.h"
#include "ui/tutor/coursepackspage.h"
#include "ui/tutor/lessonspage.h"
#include "ui/tutor/packdialogs.h"
#include "ui/tutor/tutorpages.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QUrlQuery>

using namespace tutorhub;
using models::Format;
using namespace tutorhub::ui::tutor;
using testing::tutor::User;

namespace {
const QTimeZone kBerlin("Europe/Berlin");

// The first DST change of Europe/Berlin after `from`.
QDateTime nextTransition(const QDateTime &from)
{
    return kBerlin.nextTransition(from).atUtc;
}

template<typename T>
api::Result<T> await(const std::function<void(api::Callback<T>)> &start)
{
    std::optional<api::Result<T>> out;
    start([&out](const api::Result<T> &r) { out = r; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 20000);
    return out ? *out : api::Result<T>::failure(api::ApiError(api::ApiError::Kind::Timeout));
}
} // namespace

class TestTutorE2E : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    app::LocalServer m_server;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why;
        if (!testing::startDemoServer(m_server, m_dir, &why))
            QSKIP(qPrintable(why));
        Format::setDisplayZone(kBerlin);
    }
    void cleanupTestCase() { m_server.stop(); }

    void applyApproveTeachBookComplete()
    {
        // --- a new user registers (public) and verifies the e-mail -----------------------------------
        const QString email = QStringLiteral("new.tutor.%1@example.org").arg(QDateTime::currentMSecsSinceEpoch());
        const QString password = QStringLiteral("a-good-password-1");
        {
            api::ApiClient client;
            client.setEnvironment(api::Environment::local(m_server.url()));
            api::AuthApi auth(&client);
            QObject ctx;
            QVERIFY(await<api::User>([&](auto done) {
                        auth.registerUser(QStringLiteral("Nora Lindqvist"), email, password, &ctx, done);
                    }).ok());
            const auto start
                = await<api::VerificationStart>([&](auto done) { auth.emailVerificationStart(email, &ctx, done); });
            QVERIFY(start.ok() && start.value().hasSecretCode());
            QVERIFY(await<api::VerificationComplete>([&](auto done) {
                        auth.emailVerificationComplete(email, start.value().secretCode, &ctx, done);
                    }).ok());
        }
        auto nora = testing::tutor::signIn(m_server.url(), m_dir.filePath(QStringLiteral("nora.ini")), email, password);
        QVERIFY(nora->session->isSignedIn());
        QCOMPARE(nora->session->currentUser().workspace(), api::Workspace::Student);
        // tst_tutor_e2e_strict meets a server of the documented contract only (C9, C42): no extension is assumed.
        const bool strict = qEnvironmentVariable("TUTORHUB_SERVER_CONTRACT") == QLatin1String("strict");
        QCOMPARE(nora->client->serverFeatures().undeclaredFilters(), !strict);
        QCOMPARE(nora->client->serverFeatures().supports(api::Route::generateLessonSlots), !strict);

        // --- she applies on the become-tutor page ------------------------------------------------------
        {
            BecomeTutorPage apply(nora->context(), nullptr);
            apply.show();
            testing::findByName<QLineEdit>(&apply, QStringLiteral("Subjects"))
                ->setText(QStringLiteral("Swedish, Music theory"));
            testing::findByName<QPlainTextEdit>(&apply, QStringLiteral("Biography"))
                ->setPlainText(QStringLiteral("Conservatory graduate who has taught Swedish to adults for six years."));
            testing::findByName<QPlainTextEdit>(&apply, QStringLiteral("Qualifications"))
                ->setPlainText(QStringLiteral("MA Music, Stockholm"));
            QSignalSpy changed(nora->session.get(), &api::Session::userChanged);
            apply.submit();
            QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 15000);
            QCOMPARE(nora->session->currentUser().tutorApplicationStatus, QStringLiteral("pending"));
        }

        // --- an admin approves (API) ---------------------------------------------------------------------
        auto admin
            = testing::tutor::signIn(m_server.url(), m_dir.filePath(QStringLiteral("admin.ini")), testing::demoAdmin);
        QVERIFY(admin->session->isSignedIn());
        {
            QObject ctx;
            QVERIFY(await<api::User>([&](auto done) {
                        admin->auth->reviewTutorApplication(nora->id(), true, QStringLiteral("Welcome aboard!"), &ctx,
                                                            done);
                    }).ok());
        }

        // --- no new sign-in: the page re-reads the user; the window switches to the tutor workspace -------
        ui::PageRegistry registry;
        registerPages(registry);
        auto window = std::make_unique<ui::MainWindow>(nora->session.get(), nora->client.get(),
                                                       nora->client->environment(), &registry);
        QCOMPARE(window->navigationModel()->workspace(), api::Workspace::Student);
        {
            BecomeTutorPage status(nora->context(), nullptr);
            QSignalSpy changed(nora->session.get(), &api::Session::userChanged);
            status.checkStatus();
            QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 15000);
            QCOMPARE(nora->session->currentUser().workspace(), api::Workspace::Tutor);
            QCOMPARE(nora->session->currentUser().applicationReviewNote, QStringLiteral("Welcome aboard!"));
        }
        // (app::Application replaces the window on this change; the replacement is built like this.)
        window = std::make_unique<ui::MainWindow>(nora->session.get(), nora->client.get(), nora->client->environment(),
                                                  &registry);
        QCOMPARE(window->navigationModel()->workspace(), api::Workspace::Tutor);
        QVERIFY(window->navigationModel()->rowOf(QStringLiteral("lessons")) >= 0);

        // --- a published pack with a material ------------------------------------------------------------
        CoursePacksPage packsPage(nora->context(), nullptr);
        packsPage.show();
        QTRY_VERIFY_WITH_TIMEOUT(packsPage.isReady(), 15000);
        QAbstractItemModelTester packsTester(packsPage.packs(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        PackEditorDialog *editor = packsPage.newPack();
        QTRY_VERIFY_WITH_TIMEOUT(editor->categoriesLoaded(), 10000);
        editor->setTitle(QStringLiteral("Swedish for Beginners"));
        editor->setCategory(QStringLiteral("Music")); // a demo category
        editor->setPrice(32);
        QSignalSpy created(editor, &PackEditorDialog::saved);
        editor->save();
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 15000);
        const QJsonObject pack = created.first().first().toJsonObject();
        const QString packId = Format::str(pack, "id");
        QTRY_COMPARE_WITH_TIMEOUT(packsPage.selectedPackId(), packId, 15000);
        packsPage.setPublished(true);
        QTRY_VERIFY_WITH_TIMEOUT(
            Format::flag(packsPage.packs()->object(packsPage.packs()->rowOfId(packId)), "isPublished"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(testing::tutor::loaded(packsPage.materials()), 15000);
        MaterialDialog *material = packsPage.addMaterial();
        material->setTitle(QStringLiteral("Pronunciation guide"));
        material->setKind(QStringLiteral("externalLink"));
        material->setUrl(QStringLiteral("https://example.org/swedish-pronunciation"));
        QSignalSpy materialAdded(material, &MaterialDialog::saved);
        material->save();
        QTRY_COMPARE_WITH_TIMEOUT(materialAdded.count(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(packsPage.materials()->rowCount(), 1, 15000);

        // --- a weekly window, the same wall-clock time on both sides of the next DST change ---------------
        // The first change at least two weeks ahead: the whole week before it lies in the future, also on the days
        // just before a change (the date matrix runs this test then).
        const QDateTime change = nextTransition(QDateTime::currentDateTimeUtc().addDays(14));
        QVERIFY(change.isValid());
        const QDate changeDay = change.toTimeZone(kBerlin).date();
        const QDate weekBefore = changeDay.addDays(-7 - (changeDay.dayOfWeek() - 1));
        const QDate weekAfter = weekBefore.addDays(14);
        AvailabilityPage availability(nora->context(), nullptr);
        availability.resize(1100, 760);
        availability.show();
        QTRY_VERIFY_WITH_TIMEOUT(availability.isReady(), 15000);
        QAbstractItemModelTester windowsTester(availability.windows(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        availability.setDraft(weekBefore.addDays(2), QTime(10, 0), QTime(12, 0), true,
                              QStringLiteral("online")); // Wednesdays
        availability.addWindow();
        QTRY_COMPARE_WITH_TIMEOUT(availability.windows()->rowCount(), 1, 15000);
        QList<QDateTime> shownUtc;
        for (const QDate &week : {weekBefore, weekAfter}) {
            availability.week()->setWeek(week);
            const auto items = availability.week()->visibleItems();
            QCOMPARE(items.size(), 1);
            QCOMPARE(items.first().startUtc.toTimeZone(kBerlin).time(), QTime(10, 0));
            shownUtc << items.first().startUtc;
        }
        QVERIFY(shownUtc.at(0).time() != shownUtc.at(1).time()); // the UTC time moved, the local one did not

        // --- generate lessons across the change: same local times, shifted UTC -----------------------------
        LessonsPage lessons(nora->context(), nullptr);
        lessons.resize(1200, 800);
        lessons.show();
        QTRY_VERIFY_WITH_TIMEOUT(lessons.isReady() && lessons.isLoaded(), 20000);
        QAbstractItemModelTester slotsTester(lessons.weekSlots(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        GenerateSlotsDialog *generate = lessons.generate();
        QVERIFY(generate);
        generate->setRange(packId, weekBefore, weekAfter.addDays(6), 60);
        generate->send();
        QTRY_VERIFY_WITH_TIMEOUT(lessons.messages()->text().contains(QStringLiteral("6 lessons opened")),
                                 20000); // 3 weeks x 2
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("coursePackId"), packId);
        q.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("0")); // every row (API.md §1.6)
        const auto generated
            = testing::tutor::call(nora->client.get(), api::ApiRequest::get(api::Service::CourseScheduling,
                                                                            QStringLiteral("/v1/lessonslots"), q));
        QVERIFY(generated.ok());
        QSet<int> utcHours;
        for (const QJsonValue &v : generated.value().array()) {
            if (Format::str(v.toObject(), "coursePackId") != packId)
                continue; // coursePackId is no declared filter of listLessonSlots: a strict server ignores it (C44)
            const QDateTime start = Format::slotStart(v.toObject());
            const QTime local = start.toTimeZone(kBerlin).time();
            QVERIFY2(local == QTime(10, 0) || local == QTime(11, 0), qPrintable(start.toString(Qt::ISODate)));
            utcHours << start.time().hour();
        }
        QCOMPARE(utcHours.size(), 3); // 09+10 UTC on one side, 08 or 10 on the other: three distinct hours

        // --- a lesson tomorrow at 14:00 in Berlin (a one-off window), booked by a student ---------------------
        // Not a Wednesday (the weekly window above opens lessons then), never near midnight: the same steps on
        // every date of the matrix. The week shown is the lesson's week in the viewer's zone.
        QDate lessonDay = QDateTime::currentDateTimeUtc().toTimeZone(kBerlin).date().addDays(1);
        if (lessonDay.dayOfWeek() == Qt::Wednesday)
            lessonDay = lessonDay.addDays(1);
        const QTime lessonTime(14, 0);
        const QDateTime lessonStart = QDateTime(lessonDay, lessonTime, kBerlin).toUTC();
        const QDate lessonWeek = Format::local(lessonStart).date();
        availability.setDraft(lessonDay, lessonTime, lessonTime.addSecs(15 * 60), false, QStringLiteral("online"));
        availability.addWindow();
        QTRY_COMPARE_WITH_TIMEOUT(availability.windows()->rowCount(), 2, 15000);
        generate = lessons.generate();
        generate->setRange(packId, lessonDay, lessonDay, 15);
        generate->send();
        QTRY_VERIFY_WITH_TIMEOUT(lessons.messages()->text().contains(QStringLiteral("1 lesson opened")), 20000);
        lessons.week()->nextWeek();
        lessons.week()->setWeek(lessonWeek);
        QString soonId;
        QTRY_VERIFY_WITH_TIMEOUT(
            lessons.isLoaded() &&
                [&] {
                    for (int r = 0; r < lessons.weekSlots()->rowCount(); ++r)
                        if (Format::str(lessons.weekSlots()->object(r), "coursePackId") == packId
                            && Format::slotStart(lessons.weekSlots()->object(r)) == lessonStart)
                            soonId = lessons.weekSlots()->idAt(r);
                    return !soonId.isEmpty();
                }(),
            20000);

        auto tom = testing::tutor::signIn(m_server.url(), m_dir.filePath(QStringLiteral("tom.ini")),
                                          QStringLiteral("tom.baker@tutorhub.local"));
        QVERIFY(tom->session->isSignedIn());
        const QJsonObject booking {{QStringLiteral("coursePackId"), packId},
                                   {QStringLiteral("tutorProfileId"), Format::str(pack, "tutorProfileId")},
                                   {QStringLiteral("lessonSlotIds"), QJsonArray {soonId}},
                                   {QStringLiteral("totalAmount"), 32.0},
                                   {QStringLiteral("currency"), QStringLiteral("EUR")},
                                   {QStringLiteral("refundStatus"), QStringLiteral("notRequested")}};
        const auto enrolled = testing::tutor::call(
            tom->client.get(),
            api::ApiRequest::post(api::Service::EnrollmentManagement, QStringLiteral("/v1/enrollments"), booking));
        QVERIFY2(enrolled.ok(), qPrintable(enrolled.error().userMessage()));

        // The tutor sees the booking with the student's name (names are reloaded after a change).
        lessons.week()->nextWeek();
        lessons.week()->setWeek(lessonWeek);
        QTRY_VERIFY_WITH_TIMEOUT(lessons.isLoaded() && lessons.weekSlots()->rowOfId(soonId) >= 0, 20000);
        GenerateSlotsDialog *noop = lessons.generate(); // reloads the names through afterChange when done
        noop->setRange(packId, lessonDay, lessonDay, 15);
        noop->send();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const ui::WeekItem &i : lessons.week()->items())
                    if (i.id == soonId)
                        return i.title == QStringLiteral("Tom Baker");
                return false;
            }(),
            20000);

        // Completing before the start is refused with a sentence; after it, it works.
        lessons.selectSlot(soonId);
        QCOMPARE(Format::str(lessons.selectedSlot(), "status"), QStringLiteral("booked"));
        if (Format::slotStart(lessons.selectedSlot()) > QDateTime::currentDateTimeUtc()) {
            lessons.markCompleted();
            QVERIFY(lessons.messages()->text().contains(QStringLiteral("not started")));
        }
        // Time passes (SEC43): the lesson now started a minute ago; the page reloads the week.
        QCOMPARE(tutorhub::test::moveSlotIntoPast(m_dir.filePath(QStringLiteral("server")), soonId, 1), QString());
        lessons.week()->nextWeek();
        lessons.week()->setWeek(Format::local(QDateTime::currentDateTimeUtc().addSecs(-60)).date());
        QTRY_VERIFY_WITH_TIMEOUT(lessons.isLoaded() && lessons.weekSlots()->rowOfId(soonId) >= 0, 20000);
        lessons.selectSlot(soonId);
        QVERIFY(Format::slotStart(lessons.selectedSlot()) <= QDateTime::currentDateTimeUtc());
        lessons.markCompleted();
        QTRY_COMPARE_WITH_TIMEOUT(Format::str(lessons.selectedSlot(), "status"), QStringLiteral("completed"), 15000);

        // --- the calendar export --------------------------------------------------------------------------
        const QString ics = m_dir.filePath(QStringLiteral("nora.ics"));
        QSignalSpy exported(&lessons, &LessonsPage::exportFinished);
        lessons.exportCalendar(ics);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 20000);
        QVERIFY(exported.first().first().toBool());
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        const models::ICalendar::Parsed parsed = models::ICalendar::parse(data);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.timeZoneIds, QStringList {QStringLiteral("Europe/Berlin")});
        QCOMPARE(parsed.referencedZones, QStringList {QStringLiteral("Europe/Berlin")});
        QCOMPARE(parsed.events.size(), 1); // the completed lesson (free slots are not appointments)
        QCOMPARE(parsed.events.first().uid, soonId + QStringLiteral("@tutorhub"));
        QCOMPARE(parsed.events.first().summary, QStringLiteral("Swedish for Beginners – Tom Baker"));
        QCOMPARE(parsed.events.first().startUtc, Format::slotStart(lessons.selectedSlot()));
        QVERIFY(data.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"));
    }
};

QTEST_MAIN(TestTutorE2E)
#include "tst_tutor_e2e.moc"
