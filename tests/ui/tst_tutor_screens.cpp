// The tutor workspace's screens against the real local server (demo data), one test per screen:
// become-tutor, profile, course packs + materials (upload with progress, bad files, refused delete),
// availability (overlap refused, one-off window on the week grid), lessons (generate with skipped
// count, slot in the past, cancel with reason, place, screening decision, iCalendar export) and
// students & earnings. Every model the pages show runs under QAbstractItemModelTester.
#include "tutortesthelpers.h"
#include "../support/scopedcontract.h"

#include "api/contract.h"

#include "models/format.h"
#include "models/icalendar.h"
#include "models/tutor/earningsmodel.h"
#include "models/tutor/tutorcommands.h"
#include "ui/common/weekview.h"
#include "ui/tutor/availabilitypage.h"
#include "ui/tutor/becometutorpage.h"
#include "ui/tutor/coursepackspage.h"
#include "ui/tutor/earningspage.h"
#include "ui/tutor/lessonspage.h"
#include "ui/tutor/packdialogs.h"
#include "ui/tutor/profilepage.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QUrlQuery>

using namespace tutorhub;
using models::Format;
using models::PagedListModel;
using namespace tutorhub::ui::tutor;
using testing::tutor::User;

class TestTutorScreens : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    app::LocalServer m_server;
    int m_counter = 0;

    std::unique_ptr<User> login(const QString &email)
    {
        return testing::tutor::signIn(m_server.url(), m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_counter)),
                                      email);
    }
    static void test(QObject *owner, QAbstractItemModel *m)
    {
        if (m)
            new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::QtTest, owner);
    }
    static QString bannerText(TutorPage *page) { return page->messages()->text(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why;
        if (!testing::startDemoServer(m_server, m_dir, &why))
            QSKIP(qPrintable(why));
        models::Format::setDisplayZone(QTimeZone("Europe/Berlin"));
    }
    void cleanupTestCase() { m_server.stop(); }

    void becomeTutorApplication()
    {
        auto aiko = login(QStringLiteral("aiko.tanaka@tutorhub.local"));
        QVERIFY(aiko->session->isSignedIn());
        BecomeTutorPage page(aiko->context(), nullptr);
        page.show();
        QVERIFY(page.statusText().contains(QStringLiteral("not applied")));
        // Incomplete: explained, nothing sent.
        page.submit();
        QVERIFY(bannerText(&page).contains(QStringLiteral("subject")));
        QCOMPARE(aiko->session->currentUser().tutorApplicationStatus, QStringLiteral("none"));
        testing::findByName<QLineEdit>(&page, QStringLiteral("Subjects"))->setText(QStringLiteral("Japanese"));
        testing::findByName<QPlainTextEdit>(&page, QStringLiteral("Biography"))
            ->setPlainText(QStringLiteral("Native speaker, five years of teaching."));
        testing::findByName<QPlainTextEdit>(&page, QStringLiteral("Qualifications"))
            ->setPlainText(QStringLiteral("BA Linguistics"));
        testing::findByName<QPlainTextEdit>(&page, QStringLiteral("Document links"))
            ->setPlainText(QStringLiteral("not a link"));
        page.submit();
        QVERIFY(bannerText(&page).contains(QStringLiteral("not a web address")));
        testing::findByName<QPlainTextEdit>(&page, QStringLiteral("Document links"))
            ->setPlainText(QStringLiteral("https://example.org/ba.pdf"));
        QSignalSpy changed(aiko->session.get(), &api::Session::userChanged);
        page.submit();
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 15000);
        QCOMPARE(aiko->session->currentUser().tutorApplicationStatus, QStringLiteral("pending"));
        QVERIFY(page.statusText().contains(QStringLiteral("being reviewed")));
    }

    void profileLivePreviewAndSave()
    {
        auto maria = login(testing::demoTutor);
        ProfilePage page(maria->context(), nullptr);
        page.show();
        QSignalSpy ready(&page, &TutorPage::ready);
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 15000);
        auto *name = testing::findByName<QLineEdit>(&page, QStringLiteral("Display name"));
        QCOMPARE(name->text(), QStringLiteral("Maria Keller"));
        QVERIFY(page.offersUpload()); // this server names the upload extension (C68)
        QVERIFY(testing::findByName<QPushButton>(&page, QStringLiteral("Upload photo")));
        QVERIFY(!testing::findByName<QLabel>(&page, QStringLiteral("Why there is no photo upload")));
        QTRY_VERIFY_WITH_TIMEOUT(page.previewText().contains(QStringLiteral("Teaches:")), 10000);
        name->setText(QStringLiteral("Dr. Maria Keller"));
        QVERIFY(page.previewText().contains(QStringLiteral("Dr. Maria Keller"))); // live
        testing::findByName<QLineEdit>(&page, QStringLiteral("Photo link"))->setText(QStringLiteral("not a link"));
        page.save();
        QVERIFY(bannerText(&page).contains(QStringLiteral("web address")));
        testing::findByName<QLineEdit>(&page, QStringLiteral("Photo link"))->clear();
        page.save();
        QTRY_VERIFY_WITH_TIMEOUT(bannerText(&page).contains(QStringLiteral("saved")), 15000);
        const auto r = testing::tutor::call(
            maria->client.get(), api::ApiRequest::get(api::Service::TutorCatalog,
                                                      QStringLiteral("/v1/tutorprofiles/") + page.tutorProfileId()));
        QVERIFY(r.ok());
        QCOMPARE(Format::str(r.value().object(), "displayName"), QStringLiteral("Dr. Maria Keller"));
        name->setText(QStringLiteral("Maria Keller"));
        page.save();
        QTRY_VERIFY_WITH_TIMEOUT(page.tutorProfile().value(QStringLiteral("displayName")).toString()
                                     == QStringLiteral("Maria Keller"),
                                 15000);
    }

    void coursePacksAndMaterials()
    {
        auto maria = login(testing::demoTutor);
        CoursePacksPage page(maria->context(), nullptr);
        page.resize(1000, 700);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 15000);
        test(this, page.packs());
        QVERIFY(testing::tutor::loaded(page.packs()));
        const int before = page.packs()->rowCount();
        QVERIFY(before >= 3);

        // New pack: problems explained in the dialog, then created and selected.
        PackEditorDialog *editor = page.newPack();
        QVERIFY(editor);
        // Opened through the prompter seam (K24), not waited for: the page returned at once.
        QCOMPARE(maria->prompter->opened().size(), 1);
        QCOMPARE(maria->prompter->opened().last().title, editor->windowTitle());
        QVERIFY(editor->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(editor->categoriesLoaded(), 10000);
        editor->save();
        QVERIFY(editor->errorText().contains(QStringLiteral("title")));
        QVERIFY(editor->isVisible());
        editor->setTitle(QStringLiteral("Statistics Crash Course"));
        editor->setCategory(QStringLiteral("Mathematics"));
        editor->setPrice(30);
        editor->setStrict(6, 3, QStringLiteral("weeks"));
        QSignalSpy created(editor, &PackEditorDialog::saved);
        editor->save();
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 15000);
        const QString packId = Format::str(created.first().first().toJsonObject(), "id");
        QTRY_COMPARE_WITH_TIMEOUT(page.selectedPackId(), packId, 15000);
        QCOMPARE(page.packs()->rowCount(), before + 1);
        QVERIFY(page.moderationText().contains(QStringLiteral("Approved")));

        // Publish, then unpublish.
        page.setPublished(true);
        QTRY_VERIFY_WITH_TIMEOUT(Format::flag(page.packs()->object(page.packs()->rowOfId(packId)), "isPublished"),
                                 15000);
        page.setPublished(false);
        QTRY_VERIFY_WITH_TIMEOUT(!Format::flag(page.packs()->object(page.packs()->rowOfId(packId)), "isPublished"),
                                 15000);

        // Materials: a link, a duplicate title refused before sending, an uploaded file with progress.
        QTRY_VERIFY_WITH_TIMEOUT(testing::tutor::loaded(page.materials()), 15000);
        test(this, page.materials());
        MaterialDialog *m = page.addMaterial();
        QVERIFY(m);
        QVERIFY(m->offersUpload()); // C68
        QVERIFY(testing::findByName<QPushButton>(m, QStringLiteral("Choose file to upload")));
        m->setTitle(QStringLiteral("Course overview"));
        m->setKind(QStringLiteral("externalLink"));
        m->setUrl(QStringLiteral("https://example.org/overview"));
        QSignalSpy added(m, &MaterialDialog::saved);
        m->save();
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(page.materials()->rowCount(), 1, 15000);
        m = page.addMaterial();
        m->setTitle(QStringLiteral("course OVERVIEW"));
        m->setKind(QStringLiteral("externalLink"));
        m->setUrl(QStringLiteral("https://example.org/other"));
        m->save();
        QVERIFY(m->errorText().contains(QStringLiteral("already has a material")));
        // Bad files: unknown type, too large (a sparse file) — refused at once, nothing uploaded.
        QFile exe(m_dir.filePath(QStringLiteral("tool.exe")));
        QVERIFY(exe.open(QIODevice::WriteOnly) && exe.write("MZ") == 2);
        exe.close();
        QVERIFY(!m->setFile(exe.fileName()));
        QVERIFY(m->errorText().contains(QStringLiteral("not a file type")));
        QFile big(m_dir.filePath(QStringLiteral("lecture.mp4")));
        QVERIFY(big.open(QIODevice::WriteOnly) && big.resize(21 * 1024 * 1024));
        big.close();
        QVERIFY(!m->setFile(big.fileName()));
        QVERIFY(m->errorText().contains(QStringLiteral("MB")));
        QFile pdf(m_dir.filePath(QStringLiteral("Worksheet 1.pdf")));
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write("%PDF-1.4\n" + QByteArray(600 * 1024, 'a'));
        pdf.close();
        QVERIFY(m->setFile(pdf.fileName()));
        m->setTitle(QStringLiteral("Worksheet 1"));
        QSignalSpy uploaded(m, &MaterialDialog::saved);
        QSignalSpy progress(m, &MaterialDialog::uploadProgressed);
        m->save();
        QTRY_COMPARE_WITH_TIMEOUT(uploaded.count(), 1, 30000);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first().toInt(), 100);
        const QJsonObject file = uploaded.first().first().toJsonObject();
        QCOMPARE(Format::str(file, "fileType"), QStringLiteral("document"));
        QVERIFY(Format::str(file, "fileUrl").contains(QStringLiteral("/coursematerialfiles/")));
        QTRY_COMPARE_WITH_TIMEOUT(page.materials()->rowCount(), 2, 15000);
        // Reorder: the worksheet moves up (one request, the server renumbers).
        page.selectMaterial(Format::str(file, "id"));
        page.moveMaterial(-1);
        QTRY_VERIFY_WITH_TIMEOUT(
            page.materials()->rowCount() == 2 && page.materials()->idAt(0) == Format::str(file, "id"), 15000);
        // Delete the link.
        page.selectMaterial(page.materials()->idAt(1));
        page.deleteMaterial();
        QTRY_COMPARE_WITH_TIMEOUT(page.materials()->rowCount(), 1, 15000);

        // A pack with active enrollments cannot be deleted: explained, still listed.
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("tutorProfileId"), page.tutorProfileId());
        const auto enrollments
            = testing::tutor::call(maria->client.get(), api::ApiRequest::get(api::Service::EnrollmentManagement,
                                                                             QStringLiteral("/v1/enrollments"), q));
        QVERIFY(enrollments.ok());
        QString heldPack;
        for (const QJsonValue &v : enrollments.value().array())
            if (Format::str(v.toObject(), "enrollmentStatus") == QLatin1String("active"))
                heldPack = Format::str(v.toObject(), "coursePackId");
        QVERIFY(!heldPack.isEmpty());
        page.selectPack(heldPack);
        QCOMPARE(page.selectedPackId(), heldPack);
        page.deletePack();
        QTRY_VERIFY_WITH_TIMEOUT(bannerText(&page).contains(QStringLiteral("Unpublish")), 15000);
        QVERIFY(page.packs()->rowOfId(heldPack) >= 0);
        // The new pack (no enrollments) is deleted from the Delete button, after a question (K2) that names it
        // and whose safe answer is the default; answered No first, nothing is deleted.
        page.selectPack(packId);
        auto *deleteButton = page.findChild<QPushButton *>(QStringLiteral("deletePack"));
        QVERIFY(deleteButton);
        maria->prompter->answer(false);
        deleteButton->click();
        QCOMPARE(maria->prompter->asked().size(), 1);
        QCOMPARE(maria->prompter->asked().last().kind, ui::Question::Kind::Confirm);
        QVERIFY(maria->prompter->asked().last().destructive);
        QVERIFY(maria->prompter->asked().last().text.contains(QStringLiteral("Delete “")));
        QVERIFY(page.packs()->rowOfId(packId) >= 0); // the answer is synchronous: nothing was sent
        maria->prompter->answer(true);
        deleteButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.packs()->rowOfId(packId) < 0, 15000);
        QCOMPARE(maria->prompter->unanswered(), 0);
    }

    // C68: against a server without the upload extensions (--contract strict) the photo and a material are web
    // addresses the tutor pastes: no file picker, a sentence why, a file refused with it; the link is saved.
    void uploadsBecomeLinksWithoutTheExtension()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        app::LocalServer strict;
        QString why;
        {
            test::ScopedContractProfile profile("strict");
            QVERIFY2(testing::startDemoServer(strict, dir, &why), qPrintable(why));
        }
        auto maria = testing::tutor::signIn(strict.url(), dir.filePath(QStringLiteral("m.ini")), testing::demoTutor);
        QVERIFY(maria->session->isSignedIn());
        QVERIFY(maria->client->serverFeatures().asked);
        QVERIFY(!maria->client->serverFeatures().supports(api::Route::uploadUserAvatarsFile));

        ProfilePage page(maria->context(), nullptr);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 15000);
        QVERIFY(!page.offersUpload());
        QVERIFY(!testing::findByName<QPushButton>(&page, QStringLiteral("Upload photo")));
        auto *reason = testing::findByName<QLabel>(&page, QStringLiteral("Why there is no photo upload"));
        QVERIFY(reason);
        QVERIFY(reason->text().contains(QStringLiteral("paste the web address")));
        QFile png(dir.filePath(QStringLiteral("me.png")));
        QVERIFY(png.open(QIODevice::WriteOnly) && png.write("\x89PNG\r\n") > 0);
        png.close();
        page.uploadPhoto(png.fileName());
        QVERIFY(bannerText(&page).contains(QStringLiteral("does not accept photo uploads")));
        const QString photo = QStringLiteral("https://example.org/maria.png");
        testing::findByName<QLineEdit>(&page, QStringLiteral("Photo link"))->setText(photo);
        page.save();
        QTRY_VERIFY_WITH_TIMEOUT(bannerText(&page).contains(QStringLiteral("saved")), 15000);
        const auto saved = testing::tutor::call(
            maria->client.get(), api::ApiRequest::to(api::Route::getTutorProfile, {page.tutorProfileId()}));
        QVERIFY(saved.ok());
        QCOMPARE(Format::str(saved.value().object(), "profilePhoto"), photo);

        // A material: one of Maria's packs (selected by the documented tutorProfileId).
        QString packId;
        const auto packs = testing::tutor::call(maria->client.get(), api::ApiRequest::to(api::Route::listCoursePacks));
        QVERIFY(packs.ok());
        for (const QJsonValue &v : packs.value().array())
            if (Format::str(v.toObject(), "tutorProfileId") == page.tutorProfileId())
                packId = Format::str(v.toObject(), "id");
        QVERIFY(!packId.isEmpty());
        models::tutor::TutorCommands commands(maria->client.get());
        MaterialDialog m(&commands, maria->prompter.get(), packId, {}, {}, nullptr);
        m.show();
        QVERIFY(!m.offersUpload());
        QVERIFY(!testing::findByName<QPushButton>(&m, QStringLiteral("Choose file to upload")));
        auto *noUpload = testing::findByName<QLabel>(&m, QStringLiteral("Why there is no upload"));
        QVERIFY(noUpload);
        QFile pdf(dir.filePath(QStringLiteral("Worksheet.pdf")));
        QVERIFY(pdf.open(QIODevice::WriteOnly) && pdf.write("%PDF-1.4\n") > 0);
        pdf.close();
        QVERIFY(!m.setFile(pdf.fileName()));
        QVERIFY(m.errorText().contains(QStringLiteral("does not accept file uploads")));
        m.setTitle(QStringLiteral("Worksheet online"));
        m.setKind(QStringLiteral("document"));
        m.setUrl(QStringLiteral("https://example.org/worksheet.pdf"));
        QSignalSpy added(&m, &MaterialDialog::saved);
        m.save();
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 15000);
        const QJsonObject material = added.first().first().toJsonObject();
        QCOMPARE(Format::str(material, "fileType"), QStringLiteral("document"));
        QCOMPARE(Format::str(material, "fileUrl"), QStringLiteral("https://example.org/worksheet.pdf"));
        strict.stop();
    }

    void availabilityWeek()
    {
        auto maria = login(testing::demoTutor);
        AvailabilityPage page(maria->context(), nullptr);
        page.resize(1100, 760);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 15000);
        test(this, page.windows());
        QVERIFY(testing::tutor::loaded(page.windows()));
        const int windows = page.windows()->rowCount();
        QCOMPARE(windows, 3);
        // Maria's Monday 09:00-12:00 Berlin window shows on this week's Monday at 09:00 Berlin.
        QDate monday = QDate::currentDate().addDays(7);
        monday = monday.addDays(1 - monday.dayOfWeek());
        page.week()->setWeek(monday);
        QTRY_VERIFY_WITH_TIMEOUT(!page.week()->visibleItems().isEmpty(), 10000);
        bool mondayNine = false;
        for (const ui::WeekItem &i : page.week()->visibleItems())
            mondayNine
                = mondayNine || Format::local(i.startUtc) == QDateTime(monday, QTime(9, 0), QTimeZone("Europe/Berlin"));
        QVERIFY(mondayNine);
        // Overlap with it: explained, nothing saved.
        page.setDraft(monday, QTime(11, 0), QTime(13, 0), true);
        page.addWindow();
        QTRY_VERIFY_WITH_TIMEOUT(bannerText(&page).contains(QStringLiteral("overlaps")), 15000);
        QCOMPARE(page.windows()->rowCount(), windows);
        // A window ending before it starts: refused before sending.
        page.setDraft(monday, QTime(15, 0), QTime(14, 0), true);
        page.addWindow();
        QVERIFY(bannerText(&page).contains(QStringLiteral("end after")));
        // A one-off window on Friday: on the grid, then deleted again.
        const QDate friday = monday.addDays(4);
        page.setDraft(friday, QTime(8, 0), QTime(10, 30), false, QStringLiteral("faceToFace"));
        page.addWindow();
        QTRY_COMPARE_WITH_TIMEOUT(page.windows()->rowCount(), windows + 1, 15000);
        QString added;
        for (const ui::WeekItem &i : page.week()->visibleItems())
            if (Format::local(i.startUtc) == QDateTime(friday, QTime(8, 0), QTimeZone("Europe/Berlin")))
                added = i.id;
        QVERIFY(!added.isEmpty());
        page.week()->setSelectedIds({added});
        QVERIFY(!page.selectedWindowId().isEmpty());
        page.deleteSelectedWindow();
        QTRY_COMPARE_WITH_TIMEOUT(page.windows()->rowCount(), windows, 15000);
    }

    void lessonsScreen()
    {
        auto maria = login(testing::demoTutor);
        LessonsPage page(maria->context(), nullptr);
        page.resize(1200, 800);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 15000);
        test(this, page.weekSlots());
        test(this, page.screening());
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 20000);
        // Next week: the demo slots, booked ones named by their student.
        page.week()->nextWeek();
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded() && !page.week()->visibleItems().isEmpty(), 20000);

        // Generate two weeks from the availability, then again: all skipped, counted.
        GenerateSlotsDialog *g = page.generate();
        QVERIFY(g);
        QCOMPARE(maria->prompter->opened().size(), 1);
        QCOMPARE(maria->prompter->opened().last().title, QStringLiteral("Generate lessons"));
        const QDate from = QDate::currentDate().addDays(100);
        QUrlQuery pq;
        pq.addQueryItem(QStringLiteral("tutorProfileId"), page.tutorProfileId());
        pq.addQueryItem(QStringLiteral("title"), QStringLiteral("GCSE"));
        const auto packs
            = testing::tutor::call(maria->client.get(), api::ApiRequest::get(api::Service::TutorCatalog,
                                                                             QStringLiteral("/v1/coursepacks"), pq));
        QVERIFY(packs.ok() && !packs.value().array().isEmpty());
        const QString packId = Format::str(packs.value().array().first().toObject(), "id");
        g->setRange(packId, from, from.addDays(13), 60);
        g->send();
        QTRY_VERIFY_WITH_TIMEOUT(bannerText(&page).contains(QStringLiteral("opened")), 20000);
        QVERIFY(!bannerText(&page).contains(QStringLiteral("skipped")));
        g = page.generate();
        g->setRange(packId, from, from.addDays(13), 60);
        g->send();
        QTRY_VERIFY_WITH_TIMEOUT(bannerText(&page).contains(QStringLiteral("skipped")), 20000);
        QVERIFY(bannerText(&page).contains(QStringLiteral("No lessons were opened")));

        // A single lesson in the past: refused in the dialog.
        SingleSlotDialog *single = page.addSlot();
        QVERIFY(single);
        single->setStart(packId, QDateTime::currentDateTimeUtc().addDays(-1), 60);
        single->send();
        QVERIFY(single->errorText().contains(QStringLiteral("future")));
        const QDateTime at(from.addDays(20), QTime(7, 15), QTimeZone("Europe/Berlin"));
        single->setStart(packId, at.toUTC(), 45);
        QSignalSpy opened(single, &LessonDialog::done);
        single->send();
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15000);
        const QJsonObject slot = opened.first().first().toJsonObject();
        QCOMPARE(Format::when(slot, "startsAt"), at.toUTC());

        // Show its week, select it, set a place, then cancel it with a reason.
        page.week()->setWeek(at.date());
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded() && page.weekSlots()->rowOfId(Format::str(slot, "id")) >= 0, 20000);
        page.selectSlot(Format::str(slot, "id"));
        LocationDialog *place = page.editLocation();
        QVERIFY(place);
        place->setValues(QStringLiteral("tutorHome"), QString(), QString());
        place->send();
        QVERIFY(place->errorText().contains(QStringLiteral("address")));
        place->setValues(QStringLiteral("tutorHome"), QStringLiteral("Hauptstraße 1, Berlin"), QString());
        place->send();
        QTRY_VERIFY_WITH_TIMEOUT(
            Format::str(page.selectedSlot(), "locationDetails") == QStringLiteral("Hauptstraße 1, Berlin"), 15000);
        CancelSlotDialog *cancel = page.cancelSlot();
        QVERIFY(cancel);
        cancel->setReason(QStringLiteral("Holiday"));
        cancel->send();
        QTRY_VERIFY_WITH_TIMEOUT(Format::str(page.selectedSlot(), "status") == QStringLiteral("canceled"), 15000);
        QCOMPARE(Format::str(page.selectedSlot(), "cancelReason"), QStringLiteral("Holiday"));
        page.deleteSlot();
        QTRY_VERIFY_WITH_TIMEOUT(page.weekSlots()->rowOfId(Format::str(slot, "id")) < 0, 15000);

        // Screening: Tom asks (API) for the calculus bootcamp; the tutor approves with a date and a link. (The demo
        // also has Noah's pending request for it.)
        QString tomId;
        {
            auto tom = login(QStringLiteral("tom.baker@tutorhub.local"));
            tomId = tom->id();
            QUrlQuery cq;
            cq.addQueryItem(QStringLiteral("title"), QStringLiteral("Calculus"));
            const auto calculus
                = testing::tutor::call(tom->client.get(), api::ApiRequest::get(api::Service::TutorCatalog,
                                                                               QStringLiteral("/v1/coursepacks"), cq));
            QVERIFY(calculus.ok() && !calculus.value().array().isEmpty());
            const auto asked = testing::tutor::call(
                tom->client.get(),
                api::ApiRequest::post(api::Service::CourseScheduling, QStringLiteral("/v1/preliminarymeetings"),
                                      QJsonObject {{QStringLiteral("coursePackId"),
                                                    Format::str(calculus.value().array().first().toObject(), "id")}}));
            QVERIFY2(asked.ok(), qPrintable(asked.error().userMessage()));
        }
        page.screening()->refresh();
        QVERIFY(testing::tutor::loaded(page.screening()));
        QString tomRequest;
        for (int r = 0; r < page.screening()->rowCount(); ++r)
            if (Format::str(page.screening()->object(r), "tutorDecision") == QLatin1String("pending")
                && Format::str(page.screening()->object(r), "studentId") == tomId)
                tomRequest = page.screening()->idAt(r);
        QVERIFY(!tomRequest.isEmpty());
        page.tabs()->setCurrentIndex(1);
        page.selectScreening(tomRequest);
        // The list names the student (brief user) and the pack.
        QTRY_COMPARE_WITH_TIMEOUT(
            page.screening()
                ->index(page.screening()->rowOfId(tomRequest), page.screening()->columnOf(QStringLiteral("student")))
                .data()
                .toString(),
            QStringLiteral("Tom Baker"), 15000);
        QVERIFY(page.screening()
                    ->index(page.screening()->rowOfId(tomRequest), page.screening()->columnOf(QStringLiteral("pack")))
                    .data()
                    .toString()
                    .contains(QStringLiteral("Calculus")));
        ScreeningDecisionDialog *decide = page.decideScreening(ScreeningDecisionDialog::Mode::Approve);
        QVERIFY(decide);
        if (!qEnvironmentVariableIsEmpty("TUTORHUB_TUTOR_SHOTS")) { // the decision dialog for the screenshot set (T7)
            decide->setValues(
                QDateTime(QDate::currentDate().addDays(3), QTime(16, 0), QTimeZone("Europe/Berlin")).toUTC(),
                QStringLiteral("https://meet.example.org/tom"), QStringLiteral("Looking forward to meeting you."));
            decide->adjustSize();
            decide->grab().save(qEnvironmentVariable("TUTORHUB_TUTOR_SHOTS")
                                + QStringLiteral("/tutor-lessons-screening-decision.png"));
        }
        decide->setValues(QDateTime::currentDateTimeUtc().addDays(2), QStringLiteral("no link"), QString());
        decide->send();
        QVERIFY(decide->errorText().contains(QStringLiteral("meeting link")));
        decide->setValues(QDateTime::currentDateTimeUtc().addDays(2), QStringLiteral("https://meet.example.org/tom"),
                          QStringLiteral("See you!"));

        decide->send();
        QTRY_VERIFY_WITH_TIMEOUT(
            Format::str(page.screening()->object(page.screening()->rowOfId(tomRequest)), "tutorDecision")
                == QStringLiteral("approved"),
            15000);

        // Export: a valid iCalendar file with the zone.
        const QString ics = m_dir.filePath(QStringLiteral("lessons.ics"));
        QSignalSpy exported(&page, &LessonsPage::exportFinished);
        page.exportCalendar(ics);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 20000);
        QVERIFY(exported.first().first().toBool());
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const models::ICalendar::Parsed parsed = models::ICalendar::parse(file.readAll());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QVERIFY(!parsed.events.isEmpty()); // the demo bookings
        QCOMPARE(parsed.timeZoneIds, QStringList {QStringLiteral("Europe/Berlin")});
    }

    void studentsAndEarnings()
    {
        auto maria = login(testing::demoTutor);
        EarningsPage page(maria->context(), nullptr);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 15000);
        test(this, page.enrollments());
        test(this, page.earnings());
        QVERIFY(testing::tutor::loaded(page.enrollments()));
        QVERIFY(page.enrollments()->rowCount() > 0);
        const int studentColumn = page.enrollments()->columnOf(QStringLiteral("student"));
        QVERIFY(!page.enrollments()->index(0, studentColumn).data().toString().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 15000);
        QVERIFY(page.earnings()->rowCount() > 1);
        const auto total = page.earnings()->total();
        QVERIFY(total.paid > 0);
    }
};

QTEST_MAIN(TestTutorScreens)
#include "tst_tutor_screens.moc"
