// Lesson reminders (issue 15 item 2b, U14-U19) against the real local server: the signed-in user's upcoming
// lessons as the server has them (the demo student Lena's paid enrollment with Maria Keller), one of them
// moved to a few minutes from now; the reminder comes once, not again after a restart (a new instance on
// the same data directory), again when the lesson is rescheduled; the timer aims at the due time (an
// injected clock); a lesson that already started gets none; the lead time comes from the settings.
#include "api/appsettings.h"
#include "api/contract.h"
#include "models/format.h"
#include "models/reminders/lessonreminders.h"
#include "models/reminders/upcominglessons.h"
#include "../ui/studenttesthelpers.h"

#include "lessontime.h"
#include "testserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tutorhub;
using models::LessonReminder;
using models::LessonReminders;
using models::UpcomingLesson;
using models::UpcomingLessons;

class TestLessonReminders : public QObject
{
    Q_OBJECT

    test::TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<testing::SignedInUser> m_lena;

    QList<UpcomingLesson> readLessons(testing::SignedInUser *user)
    {
        UpcomingLessons lessons(user->client.get(), user->userId());
        QSignalSpy changed(&lessons, &UpcomingLessons::lessonsChanged);
        QSignalSpy failed(&lessons, &UpcomingLessons::failed);
        lessons.refresh();
        if (!QTest::qWaitFor([&] { return changed.count() + failed.count() > 0; }, 15000) || failed.count() > 0) {
            qWarning() << "reading the lessons failed:"
                       << (failed.isEmpty() ? QStringLiteral("timeout") : failed.first().first().toString());
            return {};
        }
        return changed.first().first().value<QList<UpcomingLesson>>();
    }
    // A whole minute `minutes` from now (slots start on whole minutes).
    static QDateTime minutesAhead(int minutes)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), QTimeZone::utc())
            .addSecs(60LL * minutes);
    }
    QString stateFile() const { return m_dir.filePath(QStringLiteral("data/reminders/lena.json")); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<QList<UpcomingLesson>>();
        qRegisterMetaType<LessonReminder>();
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_lena = testing::signIn(m_server.baseUrl(), m_dir.filePath(QStringLiteral("lena.ini")), testing::demoStudent);
        QVERIFY(m_lena->session->currentUser().isValid());
    }

    void readsTheUpcomingLessonsOfTheEnrollments()
    {
        const QList<UpcomingLesson> lessons = readLessons(m_lena.get());
        // The demo's paid enrollment: two booked lessons ahead (the completed one is not upcoming).
        QCOMPARE(lessons.size(), 2);
        for (const UpcomingLesson &l : lessons) {
            QCOMPARE(l.title, QStringLiteral("GCSE Maths Exam Preparation"));
            QCOMPARE(l.withWhom, QStringLiteral("Maria Keller"));
            QVERIFY(l.start > QDateTime::currentDateTimeUtc());
            QVERIFY(l.end > l.start);
        }
        // The tutor sees the same lessons, with the student's name.
        auto maria
            = testing::signIn(m_server.baseUrl(), m_dir.filePath(QStringLiteral("maria.ini")), testing::demoTutor);
        QVERIFY(maria->session->currentUser().isValid());
        const QList<UpcomingLesson> tutorLessons = readLessons(maria.get());
        QStringList ids;
        for (const UpcomingLesson &l : tutorLessons)
            ids << l.id;
        for (const UpcomingLesson &l : lessons) {
            QVERIFY2(ids.contains(l.id), qPrintable(l.id));
            const auto it = std::find_if(tutorLessons.begin(), tutorLessons.end(),
                                         [&](const UpcomingLesson &t) { return t.id == l.id; });
            QCOMPARE(it->withWhom, QStringLiteral("Lena Fischer"));
        }
    }

    void remindsOnceAlsoAcrossARestartAndAgainWhenRescheduled()
    {
        QList<UpcomingLesson> lessons = readLessons(m_lena.get());
        QCOMPARE(lessons.size(), 2);
        const QString soonId = lessons.first().id;
        const QDateTime soon = minutesAhead(10);
        QCOMPARE(test::moveSlotTo(m_server.dataDir(), soonId, soon), QString());
        lessons = readLessons(m_lena.get());
        QCOMPARE(lessons.first().id, soonId);
        QCOMPARE(lessons.first().start, soon);

        QSettings settings(m_dir.filePath(QStringLiteral("reminders.ini")), QSettings::IniFormat);

        api::AppSettings settingsApp(&settings);
        QCOMPARE(LessonReminders(&settingsApp, {}).leadMinutes(),
                 LessonReminders::DefaultLeadMinutes); // 15 unless chosen
        {
            LessonReminders reminders(&settingsApp, stateFile());
            QSignalSpy due(&reminders, &LessonReminders::reminderDue);
            reminders.setLessons(lessons); // due since 5 minutes: shown at once (the app was not running)
            QCOMPARE(due.count(), 1);
            const auto r = due.first().first().value<LessonReminder>();
            QCOMPARE(r.lesson.id, soonId);
            QCOMPARE(r.key, soonId + QLatin1Char('@') + models::Format::toIsoUtc(soon));
            QVERIFY2(r.title.contains(models::Format::time(soon)), qPrintable(r.title)); // in the user's zone
            QVERIFY2(r.body.contains(QStringLiteral("GCSE Maths Exam Preparation")), qPrintable(r.body));
            QVERIFY2(r.body.contains(QStringLiteral("Maria Keller")), qPrintable(r.body));
            QVERIFY2(r.body.contains(models::Format::displayZoneName(soon)), qPrintable(r.body));
            // The other lesson is weeks ahead: the timer waits for it (at most MaxWaitMs at a time).
            QCOMPARE(reminders.nextDue(), lessons.at(1).start.addSecs(-15 * 60));
            QCOMPARE(reminders.timerInterval(), LessonReminders::MaxWaitMs);
            reminders.check();
            reminders.setLessons(lessons); // a refresh with the same lessons
            QCOMPARE(due.count(), 1);
        }
        QVERIFY(QFile::exists(stateFile()));
        {
            LessonReminders restarted(&settingsApp, stateFile()); // the app started again
            QSignalSpy due(&restarted, &LessonReminders::reminderDue);
            restarted.setLessons(readLessons(m_lena.get()));
            QCOMPARE(due.count(), 0);
            QVERIFY(restarted.wasShown(lessons.first()));
        }
        // The tutor moves the lesson: a new time, a new reminder.
        const QDateTime moved = minutesAhead(12);
        QCOMPARE(test::moveSlotTo(m_server.dataDir(), soonId, moved), QString());
        {
            LessonReminders restarted(&settingsApp, stateFile());
            QSignalSpy due(&restarted, &LessonReminders::reminderDue);
            restarted.setLessons(readLessons(m_lena.get()));
            QCOMPARE(due.count(), 1);
            QCOMPARE(due.first().first().value<LessonReminder>().lesson.start, moved);
        }
    }

    void timerAimsAtTheDueTimeWithAnInjectedClock()
    {
        const QList<UpcomingLesson> lessons = readLessons(m_lena.get());
        QVERIFY(lessons.size() >= 2);
        const UpcomingLesson later = lessons.last(); // weeks ahead
        QSettings settings(m_dir.filePath(QStringLiteral("clock.ini")), QSettings::IniFormat);
        api::AppSettings settingsApp(&settings);
        settings.setValue(QLatin1String(api::AppSettings::Keys::reminderLeadMinutes), 30);
        QTemporaryDir state;
        LessonReminders reminders(&settingsApp, state.filePath(QStringLiteral("r.json")));
        QCOMPARE(reminders.leadMinutes(), 30);
        QDateTime now = later.start.addSecs(-33 * 60);
        reminders.setClock([&now] { return now; });
        QSignalSpy due(&reminders, &LessonReminders::reminderDue);
        reminders.setLessons({later});
        QCOMPARE(due.count(), 0);
        QCOMPARE(reminders.nextDue(), later.start.addSecs(-30 * 60));
        QCOMPARE(reminders.timerInterval(), 3 * 60 * 1000); // exactly to the due time, no polling
        now = later.start.addSecs(-30 * 60); // the timer fires
        reminders.check();
        QCOMPARE(due.count(), 1);
        QVERIFY(!reminders.nextDue().isValid());
        QCOMPARE(reminders.timerInterval(), -1);
        // A longer lead chosen later does not remind again of the same lesson.
        reminders.setLeadMinutes(60);
        QCOMPARE(settings.value(QLatin1String(api::AppSettings::Keys::reminderLeadMinutes)).toInt(), 60);
        QCOMPARE(due.count(), 1);

        // Off: nothing planned.
        QTemporaryDir state2;
        LessonReminders off(&settingsApp, state2.filePath(QStringLiteral("r.json")));
        off.setClock([&now] { return now; });
        QSignalSpy followed(&reminders, &LessonReminders::leadMinutesChanged);
        off.setLeadMinutes(0);
        // The other plan over the same settings follows the choice (AppSettings::reminderLeadMinutesChanged, K54).
        QCOMPARE(followed.count(), 1);
        QCOMPARE(followed.at(0).at(0).toInt(), 0);
        QCOMPARE(reminders.leadMinutes(), 0);
        QSignalSpy offDue(&off, &LessonReminders::reminderDue);
        off.setLessons({later});
        QCOMPARE(offDue.count(), 0);
        QCOMPARE(off.timerInterval(), -1);
        settings.setValue(QLatin1String(api::AppSettings::Keys::reminderLeadMinutes), 15);
    }

    void noReminderOnceTheLessonStartedAndOldEntriesArePruned()
    {
        const QList<UpcomingLesson> lessons = readLessons(m_lena.get());
        QVERIFY(!lessons.isEmpty());
        const UpcomingLesson later = lessons.last();
        QTemporaryDir state;
        const QString file = state.filePath(QStringLiteral("r.json"));
        { // a leftover entry of a lesson three days ago
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QDateTime old = later.start.addDays(-3);
            f.write(
                QJsonDocument(QJsonObject {{QStringLiteral("version"), 1},
                                           {QStringLiteral("shown"),
                                            QJsonObject {{QStringLiteral("old@x"), models::Format::toIsoUtc(old)}}}})
                    .toJson());
        }
        LessonReminders reminders(nullptr, file);
        QDateTime now = later.start.addSecs(60); // the app starts a minute after the lesson began
        reminders.setClock([&now] { return now; });
        QSignalSpy due(&reminders, &LessonReminders::reminderDue);
        reminders.setLessons({later});
        QCOMPARE(due.count(), 0);
        now = later.start.addSecs(-5 * 60); // the clock before it: due, shown, the file saved and pruned
        reminders.check();
        QCOMPARE(due.count(), 1);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject shown
            = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("shown")).toObject();
        QVERIFY(!shown.contains(QStringLiteral("old@x")));
        QVERIFY(shown.contains(LessonReminders::keyOf(later)));
    }

    void aCanceledLessonIsNoLongerUpcoming()
    {
        QList<UpcomingLesson> lessons = readLessons(m_lena.get());
        QCOMPARE(lessons.size(), 2);
        const QString id = lessons.last().id;
        auto maria
            = testing::signIn(m_server.baseUrl(), m_dir.filePath(QStringLiteral("maria2.ini")), testing::demoTutor);
        const auto canceled = testing::callNow(
            maria->client.get(),
            api::ApiRequest::to(api::Route::updateLessonSlot, {id},
                                QJsonObject {{QStringLiteral("status"), QStringLiteral("canceled")}}));
        QVERIFY2(canceled.ok(), qPrintable(canceled.error().debugString()));
        lessons = readLessons(m_lena.get());
        QCOMPARE(lessons.size(), 1);
        QVERIFY(lessons.first().id != id);
    }
};

QTEST_MAIN(TestLessonReminders)
#include "tst_lesson_reminders.moc"
