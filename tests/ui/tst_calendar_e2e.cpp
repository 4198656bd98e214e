// The Calendar page end to end (issue 15 item 2, U30-U37) against the real local server: the demo student Lena and
// her tutor Maria each open their Calendar page; two of Lena's booked lessons are moved onto the clock changes
// (2027-03-28 00:30 UTC: Berlin's spring change; 2027-11-07 05:30 UTC: New York's autumn change) and a screening
// meeting is requested and approved. Both see each lesson and the meeting at the same instant, placed on the same
// local day and wall-clock minutes of the system zone (ctest runs this with TZ=Europe/Berlin and TZ=America/New_York;
// also against --contract strict). The tutor's calendar also shows availability windows.
#include "api/contract.h"
#include "calendar/calendarpage.h"
#include "calendar/calendarview.h"
#include "models/format.h"
#include "models/reminders/upcominglessons.h"
#include "common/weekview.h"
#include "mainwindow.h"
#include "student/mylearningpage.h"
#include "student/studentpages.h"
#include "studenttesthelpers.h"
#include "tutor/lessonspage.h"
#include "tutor/tutorpages.h"

#include "lessontime.h"
#include "testserver.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tutorhub;
using models::Format;
using models::calendar::ApiCalendarLoader;
using models::calendar::CalendarEvent;
using models::calendar::CalendarModel;
using models::calendar::DaySegment;

namespace {
QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}
const QDateTime kSpring = utc("2027-03-28T00:30:00Z");
const QDateTime kAutumn = utc("2027-11-07T05:30:00Z");
const QDateTime kMeeting = utc("2027-11-07T15:00:00Z");
} // namespace

class TestCalendarE2e : public QObject
{
    Q_OBJECT

    test::TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<testing::SignedInUser> m_lena, m_maria;
    QString m_springId, m_autumnId, m_meetingId;
    QByteArray m_zone;

    struct Seen
    {
        bool found = false;
        CalendarEvent event;
        DaySegment segment;
        QList<CalendarEvent> all;
    };
    // Opens the viewer's Calendar page on the local day of `at` in the day view and reads event `id` there.
    Seen see(testing::SignedInUser *user, ApiCalendarLoader::Viewer viewer, const QString &id, const QDateTime &at,
             CalendarModel::Mode mode = CalendarModel::Day)
    {
        ui::WorkspaceContext context = user->context();
        context.dataDirectory = m_dir.filePath(QStringLiteral("data"));
        ui::CalendarPage page(context, viewer, {});
        page.resize(1100, 800);
        page.show();
        CalendarModel *model = page.model();
        model->setMode(mode);
        const QDate day = Format::local(at).date();
        model->setSelectedDate(day);
        Seen seen;
        if (!QTest::qWaitFor([&] { return page.isLoaded(); }, 20000)) {
            qWarning() << "the calendar did not load";
            return seen;
        }
        if (!page.errorText().isEmpty())
            qWarning() << "calendar error:" << page.errorText();
        seen.all = model->events();
        const int row = model->rowOfId(id);
        if (row < 0)
            return seen;
        seen.found = true;
        seen.event = model->event(row);
        for (const DaySegment &s : model->segmentsOn(day))
            if (s.event == row)
                seen.segment = s;
        if (mode != CalendarModel::Month && page.view()->eventRect(id).isEmpty())
            seen.found = false; // in the model but not drawn
        return seen;
    }

private slots:
    void initTestCase()
    {
        m_zone = qgetenv("TZ");
        QVERIFY2(m_zone == "Europe/Berlin" || m_zone == "America/New_York", "run through ctest: TZ is set there");
        QCOMPARE(Format::displayZone().id(), m_zone); // the viewer's zone: the system zone, no override
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_lena = testing::signIn(m_server.baseUrl(), m_dir.filePath(QStringLiteral("lena.ini")), testing::demoStudent);
        m_maria = testing::signIn(m_server.baseUrl(), m_dir.filePath(QStringLiteral("maria.ini")), testing::demoTutor);
        QVERIFY(m_lena->session->currentUser().isValid());
        QVERIFY(m_maria->session->currentUser().isValid());

        // Lena's two upcoming lessons with Maria (the demo's paid enrollment), moved onto the clock changes.
        models::UpcomingLessons upcoming(m_lena->client.get(), m_lena->userId());
        QSignalSpy changed(&upcoming, &models::UpcomingLessons::lessonsChanged);
        upcoming.refresh();
        QVERIFY(changed.wait(15000));
        const auto lessons = changed.first().first().value<QList<models::UpcomingLesson>>();
        QCOMPARE(lessons.size(), 2);
        m_springId = lessons.at(0).id;
        m_autumnId = lessons.at(1).id;
        QCOMPARE(test::moveSlotTo(m_server.dataDir(), m_springId, kSpring), QString());
        QCOMPARE(test::moveSlotTo(m_server.dataDir(), m_autumnId, kAutumn), QString());

        // A screening meeting for Maria's "University Calculus Bootcamp": Lena asks, Maria approves with a date.
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("pageRowCount"), QStringLiteral("1000"));
        const auto packs
            = testing::callNow(m_lena->client.get(), api::ApiRequest::to(api::Route::listCoursePacks, {}, q));
        QVERIFY(packs.ok());
        QString packId;
        for (const QJsonValue &v : packs.value().array())
            if (Format::str(v.toObject(), "title") == QLatin1String("University Calculus Bootcamp"))
                packId = Format::str(v.toObject(), "id");
        QVERIFY(!packId.isEmpty());
        const auto asked = testing::callNow(
            m_lena->client.get(),
            api::ApiRequest::to(api::Route::createPreliminaryMeeting, {},
                                QJsonObject {{QStringLiteral("coursePackId"), packId},
                                             {QStringLiteral("studentId"), m_lena->userId()},
                                             {QStringLiteral("tutorDecision"), QStringLiteral("pending")}}));
        QVERIFY2(asked.ok(), qPrintable(asked.ok() ? QString() : asked.error().userMessage()));
        m_meetingId = Format::str(asked.value().object(), "id");
        const auto approved = testing::callNow(
            m_maria->client.get(),
            api::ApiRequest::to(
                api::Route::updatePreliminaryMeeting, {m_meetingId},
                QJsonObject {{QStringLiteral("tutorDecision"), QStringLiteral("approved")},
                             {QStringLiteral("scheduledDatetime"), Format::toIsoUtc(kMeeting)},
                             {QStringLiteral("meetingLink"), QStringLiteral("https://meet.example.org/calculus")}}));
        QVERIFY2(approved.ok(), qPrintable(approved.ok() ? QString() : approved.error().userMessage()));
    }

    void studentAndTutorSeeTheLessonsAtTheSameInstant_data()
    {
        QTest::addColumn<int>("lesson"); // 0: spring, 1: autumn
        QTest::addColumn<int>("mode");
        QTest::newRow("spring change, day") << 0 << int(CalendarModel::Day);
        QTest::newRow("spring change, week") << 0 << int(CalendarModel::Week);
        QTest::newRow("autumn change, day") << 1 << int(CalendarModel::Day);
        QTest::newRow("autumn change, month") << 1 << int(CalendarModel::Month);
    }
    void studentAndTutorSeeTheLessonsAtTheSameInstant()
    {
        QFETCH(int, lesson);
        QFETCH(int, mode);
        const QString id = lesson == 0 ? m_springId : m_autumnId;
        const QDateTime at = lesson == 0 ? kSpring : kAutumn;
        const Seen student = see(m_lena.get(), ApiCalendarLoader::Viewer::Student, id, at, CalendarModel::Mode(mode));
        const Seen tutor = see(m_maria.get(), ApiCalendarLoader::Viewer::Tutor, id, at, CalendarModel::Mode(mode));
        QVERIFY2(student.found, "the student's calendar shows the lesson");
        QVERIFY2(tutor.found, "the tutor's calendar shows the lesson");
        QCOMPARE(student.event.startUtc, at);
        QCOMPARE(tutor.event.startUtc, at);
        QCOMPARE(student.event.endUtc, tutor.event.endUtc);
        QCOMPARE(student.event.status, QStringLiteral("booked"));
        QCOMPARE(tutor.event.status, QStringLiteral("booked"));
        QCOMPARE(student.event.withWhom, QStringLiteral("Maria Keller"));
        QCOMPARE(tutor.event.withWhom, QStringLiteral("Lena Fischer"));
        QCOMPARE(student.event.title, tutor.event.title);
        QVERIFY(!student.event.enrollmentId.isEmpty()); // a click opens it in My learning
        // The same place on the same local day, and the wall clock of the system zone.
        QCOMPARE(student.segment.startMinute, tutor.segment.startMinute);
        QCOMPARE(student.segment.endMinute, tutor.segment.endMinute);
        struct Expect
        {
            const char *zone;
            int lesson;
            int start, end;
        };
        const Expect table[] = {
            {"Europe/Berlin", 0, 90, 210}, // 01:30 CET - 03:30 CEST (02:00-03:00 does not exist)
            {"Europe/Berlin", 1, 390, 450}, // 06:30 - 07:30 CET, an ordinary morning
            {"America/New_York", 0, 1230, 1290}, // 20:30 - 21:30 EDT on the 27th
            {"America/New_York", 1, 90, 150}, // 01:30 EDT - 01:30 EST: an hour long
        };
        for (const Expect &e : table)
            if (m_zone == e.zone && lesson == e.lesson) {
                QCOMPARE(student.segment.startMinute, e.start);
                QCOMPARE(student.segment.endMinute, e.end);
            }
    }

    void bothSeeTheApprovedScreeningMeeting()
    {
        const Seen student = see(m_lena.get(), ApiCalendarLoader::Viewer::Student, m_meetingId, kMeeting);
        const Seen tutor = see(m_maria.get(), ApiCalendarLoader::Viewer::Tutor, m_meetingId, kMeeting);
        QVERIFY2(student.found, "the student's calendar shows the meeting");
        QVERIFY2(tutor.found, "the tutor's calendar shows the meeting");
        QCOMPARE(student.event.kind, CalendarEvent::Screening);
        QCOMPARE(student.event.startUtc, kMeeting);
        QCOMPARE(tutor.event.startUtc, kMeeting);
        QCOMPARE(student.event.title, QStringLiteral("University Calculus Bootcamp"));
        QCOMPARE(tutor.event.title, QStringLiteral("University Calculus Bootcamp"));
        QCOMPARE(student.segment.startMinute, Format::local(kMeeting).time().hour() * 60);
        // The autumn lesson is on that day too, for both.
        auto has = [](const QList<CalendarEvent> &all, const QString &id) {
            return std::any_of(all.begin(), all.end(), [&](const CalendarEvent &e) { return e.id == id; });
        };
        QVERIFY(has(student.all, m_autumnId));
        QVERIFY(has(tutor.all, m_autumnId));
    }

    // A click (or Enter) on a lesson opens it where it lives: the tutor's Lessons page with the lesson selected on its
    // week, the student's My learning with its enrollment selected (U35), in the real main window.
    void openingALessonShowsItWhereItLives_data()
    {
        QTest::addColumn<bool>("tutor");
        QTest::newRow("tutor") << true;
        QTest::newRow("student") << false;
    }
    void openingALessonShowsItWhereItLives()
    {
        QFETCH(bool, tutor);
        testing::SignedInUser *user = tutor ? m_maria.get() : m_lena.get();
        ui::PageRegistry registry;
        ui::student::registerPages(registry);
        ui::tutor::registerPages(registry);
        registry.setDataDirectory(m_dir.filePath(QStringLiteral("data")));
        ui::MainWindow window(user->session.get(), user->client.get(), user->client->environment(), &registry);
        window.resize(1366, 768);
        window.show();
        auto *page = qobject_cast<ui::CalendarPage *>(
            window.context().openPage(tutor ? QStringLiteral("tutor-calendar") : QStringLiteral("student-calendar")));
        QVERIFY(page);
        page->model()->setMode(CalendarModel::Day);
        page->model()->setSelectedDate(Format::local(kAutumn).date());
        QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded() && page->model()->rowOfId(m_autumnId) >= 0, 20000);
        const CalendarEvent event = page->model()->event(page->model()->rowOfId(m_autumnId));
        // With the keyboard: Down selects the day's first lesson, Enter opens it.
        page->view()->setFocus();
        QTest::keyClick(page->view(), Qt::Key_Down);
        QCOMPARE(page->model()->selectedEventId(), m_autumnId);
        QTest::keyClick(page->view(), Qt::Key_Return);
        if (tutor) {
            QCOMPARE(window.currentPageId(), QStringLiteral("lessons"));
            auto *lessons = qobject_cast<ui::tutor::LessonsPage *>(window.pageWidget(QStringLiteral("lessons")));
            QVERIFY(lessons);
            QTRY_COMPARE_WITH_TIMEOUT(Format::str(lessons->selectedSlot(), "id"), m_autumnId, 20000);
            QCOMPARE(lessons->week()->weekStart(),
                     Format::local(kAutumn).date().addDays(1 - Format::local(kAutumn).date().dayOfWeek()));
        } else {
            QCOMPARE(window.currentPageId(), QStringLiteral("my-learning"));
            auto *learning
                = qobject_cast<ui::student::MyLearningPage *>(window.pageWidget(QStringLiteral("my-learning")));
            QVERIFY(learning);
            QVERIFY(!event.enrollmentId.isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(Format::str(learning->currentEnrollment(), "id"), event.enrollmentId, 20000);
        }
    }

    void tutorSeesAvailabilityAndNoFreeSlots()
    {
        // The demo tutor's weekly availability: a week ahead has windows; free slots are offers, not shown.
        const QDateTime nextWeek = QDateTime::currentDateTimeUtc().addDays(7);
        const Seen tutor
            = see(m_maria.get(), ApiCalendarLoader::Viewer::Tutor, QString(), nextWeek, CalendarModel::Week);
        int windows = 0;
        for (const CalendarEvent &e : tutor.all) {
            if (e.kind == CalendarEvent::Availability)
                ++windows;
            if (e.kind == CalendarEvent::Lesson)
                QVERIFY2(e.status != QLatin1String("free"), qPrintable(e.id));
        }
        QVERIFY(windows > 0);
        // The student's calendar has no availability.
        const Seen student
            = see(m_lena.get(), ApiCalendarLoader::Viewer::Student, QString(), nextWeek, CalendarModel::Week);
        for (const CalendarEvent &e : student.all)
            QVERIFY(e.kind == CalendarEvent::Lesson || e.kind == CalendarEvent::Screening);
    }
};

QTEST_MAIN(TestCalendarE2e)
#include "tst_calendar_e2e.moc"
