// Issue 15 item 1 end to end against the real local server, and again under --contract strict (U22): a
// student proposes screening times on the pack page (two with the proposals extension, the one documented
// date without), the tutor sees them on the Lessons page and proposes another time, the student accepts it,
// and both see the agreed time (under strict the tutor then approves: agreement is tutorDecision approved).
// The agreed meeting is what the documented list route answers (the calendars read it). Times are days
// ahead of the day the test runs, shown in Europe/Berlin whatever the system's zone.
#include "studenttesthelpers.h"
#include "tutortesthelpers.h"

#include "api/contract.h"
#include "models/format.h"
#include "models/icalendar.h"
#include "models/student/screening.h"
#include "ui/student/findtutorpage.h"
#include "ui/student/packview.h"
#include "ui/student/screeningdialog.h"
#include "ui/tutor/lessondialogs.h"
#include "ui/tutor/lessonspage.h"

#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QUrlQuery>

using namespace tutorhub;
using models::Format;
using models::student::Screening;
using ui::student::FindTutorPage;
using ui::student::PackView;
using ui::student::ScreeningTimesDialog;
using ui::tutor::LessonsPage;
using ui::tutor::ScreeningDecisionDialog;

class TestScreeningE2E : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    app::LocalServer m_server;
    const QTimeZone m_berlin {"Europe/Berlin"};

    static bool strictProfile() { return qEnvironmentVariable("TUTORHUB_SERVER_CONTRACT") == QLatin1String("strict"); }
    QDateTime berlin(int days, int hour) const
    {
        return QDateTime(QDate::currentDate().addDays(days), QTime(hour, 0), m_berlin).toUTC();
    }
    // TUTORHUB_SCREENING_SHOTS=<dir>: the screens of each step as PNG files, for a look at the real states.
    static void shot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("TUTORHUB_SCREENING_SHOTS");
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents();
        w->grab().save(dir + QLatin1Char('/') + name
                       + (strictProfile() ? QStringLiteral("-strict.png") : QStringLiteral(".png")));
    }
    static QString label(QWidget *root, const char *name)
    {
        auto *l = root->findChild<QLabel *>(QLatin1String(name));
        return l ? l->text() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why;
        if (!testing::startDemoServer(m_server, m_dir, &why))
            QSKIP(qPrintable(why));
        Format::setDisplayZone(m_berlin);
    }
    void cleanupTestCase() { m_server.stop(); }

    void proposeCounterAcceptAgree()
    {
        const bool strict = strictProfile();
        auto lena = testing::signIn(m_server.url(), m_dir.filePath(QStringLiteral("lena.ini")), testing::demoStudent);
        auto maria
            = testing::tutor::signIn(m_server.url(), m_dir.filePath(QStringLiteral("maria.ini")), testing::demoTutor);
        QVERIFY(lena->session->isSignedIn() && maria->session->isSignedIn());
        QTRY_VERIFY_WITH_TIMEOUT(lena->client->serverFeatures().asked && maria->client->serverFeatures().asked, 10000);
        QCOMPARE(lena->client->serverFeatures().supports(api::Route::listScreeningProposals), !strict);

        // The student opens Maria's calculus pack, which needs screening, and proposes times.
        FindTutorPage student(lena->context());
        student.resize(1100, 800);
        student.show();
        student.packs()->setFilter(QStringLiteral("title"), QStringLiteral("Calculus"));
        QVERIFY(testing::waitLoaded(student.packs()));
        QJsonObject calculus;
        for (int row = 0; row < student.packs()->rowCount(); ++row)
            if (Format::str(student.packs()->object(row), "title").contains(QStringLiteral("Calculus")))
                calculus = student.packs()->object(row);
        QVERIFY(Format::flag(calculus, "preliminaryMeetingRequired"));
        student.openPack(calculus);
        PackView *view = student.packView();
        QTRY_VERIFY_WITH_TIMEOUT(view->bookBlockedReason().contains(QStringLiteral("Request a screening")), 15000);
        auto *request = testing::findByName<QPushButton>(view, QStringLiteral("Request a screening meeting"));
        QVERIFY(request);
        request->click();
        auto *dialog = view->findChild<ScreeningTimesDialog *>();
        QVERIFY(dialog);
        // A past time is refused with a sentence, nothing is sent.
        dialog->setTimes({QDateTime::currentDateTimeUtc().addDays(-1)});
        dialog->accept();
        QVERIFY(dialog->errorText().contains(QStringLiteral("future")));
        QVERIFY(dialog->isVisible());
        const QList<QDateTime> proposed {berlin(5, 16), berlin(6, 17)};
        dialog->setTimes(proposed);
        QCOMPARE(dialog->times().size(), strict ? 1 : 2);
        shot(dialog, QStringLiteral("student-screening-times-dialog"));
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(view->screeningState().stage, Screening::Stage::WaitingForTutor, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(view->screeningState().open.size(), strict ? 1 : 2, 15000);
        QCOMPARE(view->screeningState().open.first().at, proposed.first());
        QVERIFY(label(view, "packScreening").contains(Format::dateTime(proposed.first())));
        QVERIFY(!view->canBook());
        shot(view, QStringLiteral("student-screening-waiting"));
        const QString meetingId = Format::str(view->screeningMeeting(), "id");
        QVERIFY(!meetingId.isEmpty());

        // The tutor sees the request with the proposed times and proposes another time.
        LessonsPage tutor(maria->context(), nullptr);
        tutor.resize(1100, 800);
        tutor.show();
        QTRY_VERIFY_WITH_TIMEOUT(tutor.screening() && testing::tutor::loaded(tutor.screening()), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(tutor.screening()->rowOfId(meetingId) >= 0, 15000);
        tutor.tabs()->setCurrentIndex(1);
        tutor.selectScreening(meetingId);
        QTRY_COMPARE_WITH_TIMEOUT(tutor.selectedScreeningState().open.size(), strict ? 1 : 2, 15000);
        QCOMPARE(tutor.selectedScreeningState().stage, Screening::Stage::WaitingForTutor);
        QTRY_VERIFY_WITH_TIMEOUT(label(&tutor, "screeningDetail").contains(Format::dateTime(proposed.first())), 15000);
        if (!strict)
            QVERIFY(label(&tutor, "screeningDetail").contains(Format::dateTime(proposed.at(1))));
        const QDateTime counter = berlin(7, 18);
        const QString link = QStringLiteral("https://meet.example.org/lena-screening");
        ScreeningDecisionDialog *propose = tutor.decideScreening(ScreeningDecisionDialog::Mode::Propose);
        QVERIFY(propose);
        QSignalSpy proposedSpy(propose, &ui::tutor::LessonDialog::done);
        propose->setValues(counter, QStringLiteral("not a link"), QString());
        propose->send();
        QVERIFY(propose->errorText().contains(QStringLiteral("meeting link")));
        propose->setValues(counter, link, QStringLiteral("Could we meet a little later?"));
        shot(&tutor, QStringLiteral("tutor-screening-requests"));
        shot(propose, QStringLiteral("tutor-screening-propose-dialog"));
        propose->send();
        QTRY_COMPARE_WITH_TIMEOUT(proposedSpy.count(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(tutor.selectedScreeningState().stage, Screening::Stage::TutorProposed, 15000);
        QCOMPARE(Format::str(tutor.screening()->object(tutor.screening()->rowOfId(meetingId)), "tutorDecision"),
                 QStringLiteral("pending"));

        // The student sees the tutor's time and accepts it.
        view->setPack(view->pack());
        QTRY_COMPARE_WITH_TIMEOUT(view->screeningState().stage, Screening::Stage::TutorProposed, 15000);
        QCOMPARE(view->screeningState().open.first().at, counter);
        QVERIFY(label(view, "packScreening").contains(Format::dateTime(counter)));
        QVERIFY(label(view, "packScreening").contains(QStringLiteral("Could we meet a little later?")));
        auto *accept = testing::findByName<QPushButton>(view, QStringLiteral("Accept the proposed screening time"));
        QVERIFY(accept);
        QCOMPARE(testing::findByName<QPushButton>(view, QStringLiteral("Propose other screening times")) != nullptr,
                 !strict);
        shot(view, QStringLiteral("student-screening-tutor-proposed"));
        QSignalSpy shown(view, &PackView::screeningShown);
        accept->click();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 15000);

        if (strict) {
            // Documented contract: the acceptance is the tutor's date sent back; the tutor approves it.
            QCOMPARE(view->screeningState().stage, Screening::Stage::TutorProposed);
            tutor.screening()->refresh();
            QVERIFY(testing::tutor::loaded(tutor.screening()));
            tutor.selectScreening(meetingId);
            QTRY_COMPARE_WITH_TIMEOUT(tutor.selectedScreeningState().stage, Screening::Stage::TutorProposed, 15000);
            ScreeningDecisionDialog *approve = tutor.decideScreening(ScreeningDecisionDialog::Mode::Approve);
            QVERIFY(approve);
            QSignalSpy approved(approve, &ui::tutor::LessonDialog::done);
            approve->setValues(counter, link, QString());
            approve->send();
            QTRY_COMPARE_WITH_TIMEOUT(approved.count(), 1, 15000);
            view->setPack(view->pack());
        }

        // Both see the agreed time: the student's pack page (booking open), the tutor's list, the documented route.
        QTRY_COMPARE_WITH_TIMEOUT(view->screeningState().stage, Screening::Stage::Agreed, 15000);
        QCOMPARE(view->screeningState().agreedAt, counter);
        QVERIFY(label(view, "packScreening").contains(Format::dateTime(counter)));
        QVERIFY(label(view, "packScreening").contains(link));
        QTRY_VERIFY_WITH_TIMEOUT(view->canBook(), 10000);
        tutor.screening()->refresh();
        QVERIFY(testing::tutor::loaded(tutor.screening()));
        const QJsonObject row = tutor.screening()->object(tutor.screening()->rowOfId(meetingId));
        QCOMPARE(Format::str(row, "tutorDecision"), QStringLiteral("approved"));
        QCOMPARE(Format::when(row, "scheduledDatetime"), counter);
        QCOMPARE(Format::str(row, "meetingLink"), link);
        tutor.selectScreening(meetingId);
        QTRY_VERIFY_WITH_TIMEOUT(label(&tutor, "screeningDetail").contains(Format::dateTime(counter)), 15000);
        shot(view, QStringLiteral("student-screening-agreed"));
        shot(&tutor, QStringLiteral("tutor-screening-agreed"));
        // The tutor's iCalendar export carries the agreed meeting (U23).
        const QString ics = m_dir.filePath(strict ? QStringLiteral("strict.ics") : QStringLiteral("local.ics"));
        QSignalSpy exported(&tutor, &LessonsPage::exportFinished);
        tutor.exportCalendar(ics);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 20000);
        QVERIFY(exported.first().first().toBool());
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const models::ICalendar::Parsed parsed = models::ICalendar::parse(file.readAll());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        bool inCalendar = false;
        for (const models::CalendarEvent &e : parsed.events)
            inCalendar = inCalendar
                         || (e.uid == meetingId + QStringLiteral("@tutorhub-screening") && e.startUtc == counter
                             && e.url == link);
        QVERIFY(inCalendar);
        const auto listed = testing::callNow(lena->client.get(),
                                             api::ApiRequest::to(api::Route::listPreliminaryMeetings, {}, QUrlQuery()));
        QVERIFY2(listed.ok(), qPrintable(listed.error().userMessage()));
        bool found = false;
        for (const QJsonValue &v : listed.value().array())
            if (Format::str(v.toObject(), "id") == meetingId)
                found = Format::str(v.toObject(), "tutorDecision") == QLatin1String("approved")
                        && Format::when(v.toObject(), "scheduledDatetime") == counter;
        QVERIFY(found);
    }
};

QTEST_MAIN(TestScreeningE2E)
#include "tst_screening_e2e.moc"
