// The tutor workspace's view-models (issue 17 item 1, K20-K22) against the real in-process server, logged in as
// the demo tutor Maria: the commands a page hands them and the sentences and signals they answer with — no widget.
#include "api/apiclient.h"
#include "api/authapi.h"
#include "models/format.h"
#include "models/pagedlistmodel.h"
#include "models/tutor/lessonsviewmodel.h"
#include "models/tutor/packsviewmodel.h"
#include "models/tutor/tutorforms.h"
#include "models/tutor/tutorlists.h"
#include "models/tutor/tutorpagemodels.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tutorhub;
using namespace tutorhub::models::tutor;
using models::Format;
using models::PagedListModel;

class TestTutorViewModels : public QObject
{
    Q_OBJECT

    test::TestServer m_server;
    api::ApiClient *m_client = nullptr;
    QJsonObject m_profile;

    static bool waitIdle(PagedListModel *m, int ms = 15000)
    {
        return m && QTest::qWaitFor([&] { return m->hasLoaded() && m->state() != PagedListModel::State::Loading; }, ms);
    }
    template<class VM>
    void ready(VM &vm)
    {
        vm.setProfile(m_profile); // the page's lookUpProfile() (through the session) does this in the app
    }
    // One command's outcome, waited for.
    template<class Start>
    static Outcome run(Start start)
    {
        Outcome out;
        bool done = false;
        start([&](const Outcome &o) { out = o, done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            out.error = QStringLiteral("timeout");
        return out;
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
        TutorCommands commands(m_client);
        bool found = false;
        commands.findProfile(userId, this, [&](const QJsonObject &p, const QString &e) {
            QVERIFY2(e.isEmpty(), qPrintable(e));
            m_profile = p;
            found = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(found, 15000);
        QVERIFY(!m_profile.isEmpty());
    }

    // Course packs: publish/unpublish reaches the server and says so; a pack with students is not deleted and the
    // sentence says what to do instead; a new empty pack is deleted and leaves the list.
    void coursePacks()
    {
        CoursePacksViewModel vm(m_client, nullptr, nullptr);
        ready(vm);
        QSignalSpy failed(&vm, &TutorViewModel::failed);
        QSignalSpy succeeded(&vm, &TutorViewModel::succeeded);
        QSignalSpy busy(&vm, &TutorViewModel::busyChanged);
        vm.load();
        QVERIFY(waitIdle(vm.packs()));
        QVERIFY(vm.packs()->rowCount() > 0);

        // The demo pack with enrollments cannot be deleted.
        QJsonObject enrolled;
        TutorCommands commands(m_client);
        QList<QJsonObject> enrollments;
        bool done = false;
        commands.enrollmentsOf(
            Format::str(m_profile, "id"), false, this,
            [&](const QList<QJsonObject> &rows, const QString &) { enrollments = rows, done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        for (const QJsonObject &e : std::as_const(enrollments))
            if (Format::str(e, "enrollmentStatus") == QLatin1String("active"))
                for (int r = 0; r < vm.packs()->rowCount(); ++r)
                    if (vm.packs()->idAt(r) == Format::str(e, "coursePackId"))
                        enrolled = vm.packs()->object(r);
        QVERIFY2(!enrolled.isEmpty(), "the demo data has a pack of Maria's with an active enrollment");
        {
            const int rows = vm.packs()->rowCount();
            vm.deletePack(enrolled);
            QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
            QVERIFY2(failed.last().first().toString().contains(QStringLiteral("Unpublish it instead")),
                     qPrintable(failed.last().first().toString()));
            QCOMPARE(vm.packs()->rowCount(), rows);
            QVERIFY(!vm.isBusy());
        }

        // A new pack: unpublished, then published through the view-model, then deleted.
        TutorForms::PackDraft draft;
        draft.title = QStringLiteral("View-model pack %1").arg(QDateTime::currentMSecsSinceEpoch());
        draft.description = QStringLiteral("Made by tst_tutor_viewmodels.");
        draft.category = QStringLiteral("Mathematics");
        draft.price = 40;
        QStringList problems;
        QJsonObject body = TutorForms::packBody(draft, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char(' '))));
        body.insert(QStringLiteral("tutorProfileId"), Format::str(m_profile, "id"));
        const Outcome created = run([&](OutcomeFn fn) { vm.commands()->createPack(body, this, fn); });
        QVERIFY2(created.ok(), qPrintable(created.error));
        QSignalSpy select(&vm, &CoursePacksViewModel::selectPackRequested);
        vm.packCreated(created.object);
        QTRY_COMPARE_WITH_TIMEOUT(select.count(), 1, 15000);
        QCOMPARE(select.first().first().toString(), Format::str(created.object, "id"));
        const int row = vm.packs()->rowOfId(Format::str(created.object, "id"));
        QVERIFY(row >= 0);
        QVERIFY(!Format::flag(vm.packs()->object(row), "isPublished"));

        succeeded.clear();
        vm.setPublished(vm.packs()->object(row), true);
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 15000);
        QVERIFY(succeeded.first().first().toString().contains(QStringLiteral("is published")));
        QVERIFY(
            Format::flag(vm.packs()->object(vm.packs()->rowOfId(Format::str(created.object, "id"))), "isPublished"));
        QVERIFY(busy.count() >= 2); // on, then off
        QVERIFY(!vm.isBusy());

        // Materials of the new pack: none; showing another pack builds another list.
        vm.showMaterials(Format::str(created.object, "id"));
        QVERIFY(waitIdle(vm.materials()));
        QCOMPARE(vm.materials()->rowCount(), 0);
        QCOMPARE(vm.materialTitles({}), QStringList());

        succeeded.clear();
        vm.deletePack(vm.packs()->object(vm.packs()->rowOfId(Format::str(created.object, "id"))));
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 15000);
        QCOMPARE(vm.packs()->rowOfId(Format::str(created.object, "id")), -1);
        QVERIFY(succeeded.first().first().toString().contains(QStringLiteral("was deleted")));
    }

    // Lessons: the names arrive, the packs offered are the tutor's, a lesson that has not started cannot be
    // completed (a sentence, no request), a free lesson is deleted, and the export writes the calendar.
    void lessons()
    {
        QTemporaryDir dir;
        LessonsViewModel vm(m_client, nullptr, dir.path(), nullptr);
        ready(vm);
        QSignalSpy names(&vm, &LessonsViewModel::namesLoaded);
        QSignalSpy failed(&vm, &TutorViewModel::failed);
        QSignalSpy succeeded(&vm, &TutorViewModel::succeeded);
        vm.load();
        QTRY_COMPARE_WITH_TIMEOUT(names.count(), 1, 15000);
        QVERIFY(!vm.packChoices().isEmpty());
        QVERIFY(vm.canOpenLessons());

        // A free lesson far ahead, opened through the commands, then completed too early and deleted.
        const QDateTime start = QDateTime(QDate::currentDate().addDays(200), QTime(10, 0), QTimeZone::utc());
        QStringList problems;
        const QJsonObject body
            = TutorForms::singleSlotBody(vm.packChoices().first().second, start, 60, QStringLiteral("online"),
                                         QDateTime::currentDateTimeUtc(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char(' '))));
        const Outcome slot = run([&](OutcomeFn fn) { vm.commands()->createSlot(body, this, fn); });
        QVERIFY2(slot.ok(), qPrintable(slot.error));
        vm.slotAdded(slot.object);
        QTRY_COMPARE_WITH_TIMEOUT(names.count(), 2, 15000); // a change reloads the names
        QVERIFY(succeeded.first().first().toString().startsWith(QStringLiteral("A lesson was opened on")));

        QJsonObject booked = slot.object;
        booked.insert(QStringLiteral("status"), QStringLiteral("booked"));
        vm.markCompleted(booked);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("has not started yet")));
        QVERIFY(!vm.isBusy());

        vm.showRange(start.addDays(-1), start.addDays(1));
        QVERIFY(waitIdle(vm.lessonSlots()));
        QVERIFY(vm.lessonSlots()->rowOfId(Format::str(slot.object, "id")) >= 0);
        QVERIFY(vm.describe(slot.object).contains(vm.packChoices().first().first));
        QSignalSpy deleted(&vm, &LessonsViewModel::slotDeleted);
        vm.deleteSlot(slot.object);
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, 15000);
        QCOMPARE(vm.lessonSlots()->rowOfId(Format::str(slot.object, "id")), -1);

        // The export: the file exists and holds the tutor's booked demo lessons.
        QSignalSpy exported(&vm, &LessonsViewModel::exportFinished);
        const QString file = dir.filePath(QStringLiteral("lessons.ics"));
        vm.exportCalendar(file);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 15000);
        QVERIFY(exported.first().first().toBool());
        QFile ics(file);
        QVERIFY(ics.open(QIODevice::ReadOnly));
        QVERIFY(ics.readAll().contains("BEGIN:VEVENT"));
        // A place that cannot be written: a sentence, and exportFinished(false).
        vm.exportCalendar(dir.filePath(QStringLiteral("missing/dir/lessons.ics")));
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, 15000);
        QVERIFY(!exported.last().first().toBool());
        QVERIFY(failed.last().first().toString().contains(QStringLiteral("could not be written")));
    }

    // Availability: a new window is added and said so; the same window again overlaps and the sentence says
    // nothing was saved; deleting it says lessons opened from it stay.
    void availability()
    {
        QTemporaryDir dir;
        AvailabilityViewModel vm(m_client, nullptr, dir.path(), nullptr);
        ready(vm);
        QSignalSpy failed(&vm, &TutorViewModel::failed);
        QSignalSpy succeeded(&vm, &TutorViewModel::succeeded);
        vm.load();
        QVERIFY(waitIdle(vm.windows()));
        const int before = vm.windows()->rowCount();
        const QDate day = QDate::currentDate().addDays(300);
        QJsonObject fields {{QStringLiteral("dayOfWeek"), QStringLiteral("monday")},
                            {QStringLiteral("startTime"), QStringLiteral("05:00")},
                            {QStringLiteral("endTime"), QStringLiteral("06:00")},
                            {QStringLiteral("timeZone"), QStringLiteral("UTC")},
                            {QStringLiteral("isRecurring"), false},
                            {QStringLiteral("specificDate"), day.toString(Qt::ISODate)},
                            {QStringLiteral("teachingMode"), QStringLiteral("online")}};
        fields.insert(QStringLiteral("dayOfWeek"), QLocale::c().dayName(day.dayOfWeek()).toLower());
        vm.saveWindow({}, fields);
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 15000);
        QCOMPARE(succeeded.first().first().toString(), QStringLiteral("The window was added."));
        QTRY_COMPARE_WITH_TIMEOUT(vm.windows()->rowCount(), before + 1, 15000);

        vm.saveWindow({}, fields);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("nothing was saved")),
                 qPrintable(failed.first().first().toString()));

        QString id;
        for (int r = 0; r < vm.windows()->rowCount(); ++r)
            if (Format::str(vm.windows()->object(r), "specificDate").startsWith(day.toString(Qt::ISODate)))
                id = vm.windows()->idAt(r);
        QVERIFY(!id.isEmpty());
        QSignalSpy deleted(&vm, &AvailabilityViewModel::windowDeleted);
        vm.deleteWindow(id);
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, 15000);
        QVERIFY(succeeded.last().first().toString().contains(QStringLiteral("stay")));
        QTRY_COMPARE_WITH_TIMEOUT(vm.windows()->rowCount(), before, 15000);
    }

    // Earnings: every enrollment read for the summary; the list model is the tutor's.
    void earnings()
    {
        EarningsViewModel vm(m_client, nullptr, nullptr);
        vm.reload(); // before the profile: nothing
        QVERIFY(!vm.isLoaded());
        ready(vm);
        QSignalSpy loaded(&vm, &EarningsViewModel::loaded);
        vm.load();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
        QVERIFY(vm.isLoaded());
        QVERIFY(waitIdle(vm.enrollments()));
        QVERIFY(vm.enrollments()->rowCount() > 0);
    }
};

QTEST_GUILESS_MAIN(TestTutorViewModels)
#include "tst_tutor_viewmodels.moc"
