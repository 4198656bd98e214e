// Issue 15 item 3 end to end against the real local server (and again under --contract strict, where the
// busyTimes routes are absent and the app keeps busy times in its data directory, U4): the demo tutor
// imports an .ics file on the Availability page (preview in her zone, then Import), the busy times exist
// where they are kept, the availability week shows them, a second import recognises them, "Generate
// lessons" leaves them free, and a busy time is deleted from the week. Dates are relative to the day the
// test runs (beyond the demo slots' window); the tutor's zone is Europe/Berlin, whatever the system's.
#include "tutortesthelpers.h"

#include "api/appsettings.h"
#include "api/contract.h"
#include "api/serverfeatures.h"
#include "models/format.h"
#include "models/tutor/busytimes.h"
#include "models/tutor/busytimestore.h"
#include "ui/common/weekview.h"
#include "ui/tutor/availabilitypage.h"
#include "ui/tutor/busytimesdialog.h"
#include "ui/tutor/lessondialogs.h"
#include "ui/tutor/lessonspage.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace tutorhub;
using models::Format;
using namespace tutorhub::ui::tutor;
using testing::tutor::User;

class TestTutorBusyTimes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    app::LocalServer m_server;
    const QTimeZone m_berlin {"Europe/Berlin"};
    QDate m_monday; // a Monday beyond the demo tutors' generated slots
    QString m_ics;

    std::unique_ptr<User> login(const QString &email, int n)
    {
        return testing::tutor::signIn(m_server.url(), m_dir.filePath(QStringLiteral("s%1.ini").arg(n)), email);
    }
    ui::WorkspaceContext contextOf(const User &u) const
    {
        ui::WorkspaceContext c = u.context();
        c.dataDirectory = m_dir.filePath(QStringLiteral("app-data"));
        // The app's settings with the user's folders, as app/ hands them in (K52).
        u.settings->setFolders({c.dataDirectory, m_dir.filePath(QStringLiteral("documents")),
                                m_dir.filePath(QStringLiteral("downloads"))});
        c.settings = u.settings.get();
        return c;
    }
    static bool strictProfile() { return qEnvironmentVariable("TUTORHUB_SERVER_CONTRACT") == QLatin1String("strict"); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why;
        if (!testing::startDemoServer(m_server, m_dir, &why))
            QSKIP(qPrintable(why));
        Format::setDisplayZone(m_berlin);
        const QDate today = QDate::currentDate();
        m_monday = today.addDays(7 * 11 + 1 - today.dayOfWeek()); // 10-11 weeks ahead
        auto at = [](const QDate &d, int h, int m = 0) {
            return QDateTime(d, QTime(h, m)).toString(QStringLiteral("yyyyMMdd'T'HHmmss")).toLatin1();
        };
        // Mondays 09:30-10:30 Berlin for three weeks (inside Maria's Monday 09:00-12:00 window), an all-day
        // event on the Wednesday, a cancelled event and one outside the chosen dates.
        const QByteArray ics
            = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
              "BEGIN:VEVENT\r\nUID:choir@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;TZID=Europe/Berlin:"
              + at(m_monday, 9, 30) + "\r\nDTEND;TZID=Europe/Berlin:" + at(m_monday, 10, 30)
              + "\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\nSUMMARY:Choir\\, Monday\r\nEND:VEVENT\r\n"
                "BEGIN:VEVENT\r\nUID:trip@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:"
              + m_monday.addDays(2).toString(QStringLiteral("yyyyMMdd")).toLatin1()
              + "\r\nSUMMARY:Trip\r\nEND:VEVENT\r\n"
                "BEGIN:VEVENT\r\nUID:off@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:"
              + at(m_monday.addDays(3), 9) + "Z\r\nDTEND:" + at(m_monday.addDays(3), 10)
              + "Z\r\nSTATUS:CANCELLED\r\nSUMMARY:Off\r\nEND:VEVENT\r\n"
                "BEGIN:VEVENT\r\nUID:later@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:"
              + at(m_monday.addDays(60), 9) + "Z\r\nDTEND:" + at(m_monday.addDays(60), 10)
              + "Z\r\nSUMMARY:Later\r\nEND:VEVENT\r\n"
                "END:VCALENDAR\r\n";
        m_ics = m_dir.filePath(QStringLiteral("calendar.ics"));
        QFile f(m_ics);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(ics) == ics.size());
    }
    void cleanupTestCase() { m_server.stop(); }

    void importShowGenerateDelete()
    {
        auto maria = login(testing::demoTutor, 1);
        QVERIFY(maria->session->isSignedIn());
        QTRY_VERIFY_WITH_TIMEOUT(maria->client->serverFeatures().known || strictProfile(), 10000);
        const ui::WorkspaceContext context = contextOf(*maria);
        AvailabilityPage page(context, nullptr);
        page.resize(1100, 760);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 15000);
        const models::tutor::BusyTimeStore store(maria->client.get(), context.dataDirectory, page.tutorProfileId());
        QCOMPARE(store.onServer(), !strictProfile());

        // Preview: four busy times in the range (three Mondays, the all-day Wednesday), the cancelled one left out.
        BusyTimesImportDialog *d = page.openImportDialog();
        QVERIFY(d);
        // "Choose file…" starts in the documents folder from the settings (K52; left unanswered: no file).
        auto *choose = testing::findByName<QPushButton>(d, QStringLiteral("Choose a calendar file"), false);
        QVERIFY(choose);
        choose->click();
        QVERIFY(!maria->prompter->asked().isEmpty());
        QVERIFY(maria->prompter->asked().last().kind == ui::Question::Kind::OpenFile);
        QCOMPARE(maria->prompter->asked().last().initial, m_dir.filePath(QStringLiteral("documents")));
        d->setRange(m_monday, m_monday.addDays(20));
        d->setFile(m_ics);
        QTRY_COMPARE_WITH_TIMEOUT(d->preview()->topLevelItemCount(), 4, 10000);
        QVERIFY2(d->errorText().isEmpty(), qPrintable(d->errorText()));
        QVERIFY(d->summaryText().contains(QStringLiteral("4 busy time")));
        QVERIFY(d->summaryText().contains(QStringLiteral("1 cancelled or free")));
        QVERIFY(d->preview()->topLevelItem(0)->text(0).contains(QStringLiteral("09:30")));
        QCOMPARE(d->preview()->topLevelItem(0)->text(1), QStringLiteral("Choir, Monday"));
        QVERIFY(d->importButton()->isEnabled());
        QSignalSpy imported(d, &BusyTimesImportDialog::imported);
        d->importBusyTimes();
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 15000);
        QCOMPARE(imported.first().first().toInt(), 4);
        QVERIFY(d->summaryText().contains(QStringLiteral("imported.")));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(d->preview()->topLevelItem(i)->text(2), QStringLiteral("Imported"));
        d->close();

        // Where they are kept: the server's busyTimes (read by the tutor; nobody else), else the data directory.
        const QDateTime firstStart(m_monday, QTime(9, 30), m_berlin);
        if (store.onServer()) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("0"));
            const auto rows = testing::tutor::call(
                maria->client.get(), api::ApiRequest::to(api::Route::listBusyTimes, {page.tutorProfileId()}, q));
            QVERIFY2(rows.ok(), qPrintable(rows.error().debugString()));
            QCOMPARE(rows.value().array().size(), 4);
            const models::tutor::BusyTime first
                = models::tutor::busyTimeFromJson(rows.value().array().first().toObject());
            QCOMPARE(first.startUtc, firstStart.toUTC());
            QCOMPARE(first.endUtc, firstStart.toUTC().addSecs(3600));
            QCOMPARE(first.title, QStringLiteral("Choir, Monday"));
            auto lena = login(testing::demoStudent, 2);
            const auto foreign = testing::tutor::call(
                lena->client.get(), api::ApiRequest::to(api::Route::listBusyTimes, {page.tutorProfileId()}, q));
            QVERIFY(!foreign.ok());
            QCOMPARE(foreign.error().httpStatus, 403);
        } else {
            QVERIFY(QFile::exists(store.localFile()));
        }
        QList<models::tutor::BusyTime> kept;
        QString error;
        bool loaded = false;
        store.load(this, [&](const QList<models::tutor::BusyTime> &l, const QString &e) {
            kept = l, error = e, loaded = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 10000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(kept.size(), 4);
        QVERIFY(kept.at(3).allDay || kept.at(1).allDay);

        // The week shows them as busy blocks next to the windows.
        page.week()->setWeek(m_monday);
        QTRY_COMPARE_WITH_TIMEOUT(page.busyTimes().size(), 4, 10000);
        QString busyMonday, busyWednesday;
        for (const ui::WeekItem &i : page.week()->visibleItems()) {
            if (!i.id.startsWith(QLatin1String("busy:")))
                continue;
            if (i.startUtc == firstStart.toUTC())
                busyMonday = i.id;
            if (i.startUtc == QDateTime(m_monday.addDays(2), QTime(0, 0), m_berlin).toUTC())
                busyWednesday = i.id;
        }
        QVERIFY(!busyMonday.isEmpty());
        QVERIFY(!busyWednesday.isEmpty());

        // The same file again: everything imported before, nothing to import.
        d = page.openImportDialog();
        d->setRange(m_monday, m_monday.addDays(20));
        d->setFile(m_ics);
        QTRY_COMPARE_WITH_TIMEOUT(d->preview()->topLevelItemCount(), 4, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(d->summaryText().contains(QStringLiteral("imported before")), 10000);
        QVERIFY(!d->importButton()->isEnabled());
        QVERIFY(d->toImport().isEmpty());
        d->close();

        // Generate lessons for that Monday: the 09:00-12:00 window gives 09:00, 10:00, 11:00; the busy time
        // 09:30-10:30 leaves only 11:00 (the server's generateLessonSlots or the client's plan, C52).
        LessonsPage lessons(context, nullptr);
        lessons.show();
        QTRY_VERIFY_WITH_TIMEOUT(lessons.isLoaded(), 20000);
        GenerateSlotsDialog *g = lessons.generate();
        QVERIFY(g);
        auto *packBox = g->findChild<QComboBox *>();
        QVERIFY(packBox && packBox->count() > 0);
        const QString packId = packBox->itemData(0).toString();
        QSignalSpy generated(g, &LessonDialog::done);
        g->setRange(packId, m_monday, m_monday, 60);
        g->send();
        QTRY_COMPARE_WITH_TIMEOUT(generated.count(), 1, 20000);
        const QJsonObject envelope = generated.first().at(1).toJsonObject();
        QCOMPARE(envelope.value(QStringLiteral("createdCount")).toInt(), 1);
        QCOMPARE(envelope.value(QStringLiteral("skippedCount")).toInt(), 2);
        const QJsonArray created = envelope.value(QStringLiteral("lessonSlots")).toArray();
        QCOMPARE(created.size(), 1);
        QCOMPARE(Format::slotStart(created.first().toObject()),
                 QDateTime(m_monday, QTime(11, 0), m_berlin).toUTC()); // strict: no startsAt

        // Delete the Wednesday busy time from the week.
        page.week()->setSelectedIds({busyWednesday});
        QVERIFY(!page.selectedBusyTimeId().isEmpty());
        QVERIFY(page.selectedWindowId().isEmpty());
        testing::findByName<QPushButton>(&page, QStringLiteral("Delete selected window"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(page.busyTimes().size(), 3, 10000);
        loaded = false;
        store.load(this, [&](const QList<models::tutor::BusyTime> &l, const QString &e) {
            kept = l, error = e, loaded = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 10000);
        QCOMPARE(kept.size(), 3);
        for (const models::tutor::BusyTime &b : kept)
            QVERIFY(!b.allDay);
    }

    // A file that is not a calendar, and one over the size limit: a sentence, no preview, nothing to import.
    void refusedFiles()
    {
        auto maria = login(testing::demoTutor, 3);
        AvailabilityPage page(contextOf(*maria), nullptr);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 15000);
        BusyTimesImportDialog *d = page.openImportDialog();
        const QString notIcs = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(notIcs);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("shopping list\n");
        f.close();
        d->setFile(notIcs);
        QVERIFY(d->errorText().contains(QStringLiteral("not an iCalendar")));
        QCOMPARE(d->preview()->topLevelItemCount(), 0);
        QVERIFY(!d->importButton()->isEnabled());
        const QString big = m_dir.filePath(QStringLiteral("big.ics"));
        QFile b(big);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("BEGIN:VCALENDAR\r\n");
        b.write(QByteArray(int(models::tutor::kMaxIcsBytes), 'x'));
        b.close();
        d->setFile(big);
        QVERIFY(d->errorText().contains(QStringLiteral("larger than 1 MB")));
        QVERIFY(!d->importButton()->isEnabled());
        d->close();
    }
};

QTEST_MAIN(TestTutorBusyTimes)
#include "tst_tutor_busytimes.moc"
