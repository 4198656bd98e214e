// Widget tests of the student workspace's screens against the real local server: the catalog
// (filters with debounce, cards and list, pack page, tutor profile), booking (limits before
// submit, a lesson taken meanwhile), payment (declined, 3-D Secure in the browser, saved card, recovery),
// my learning (statuses, refund enabled exactly when allowed, reason otherwise) and help (report a
// problem, notifications). Every model the screens use is under QAbstractItemModelTester.
#include "studenttesthelpers.h"
#include "stripebrowser.h"

#include "api/catalogapi.h"
#include "api/enrollmentapi.h"
#include "models/format.h"
#include "models/icalendar.h"
#include "models/student/mylearning.h"
#include "models/student/studentlists.h"
#include "ui/common/weekview.h"
#include "ui/student/bookingdialog.h"
#include "ui/student/findtutorpage.h"
#include "ui/student/helppage.h"
#include "ui/student/mylearningpage.h"
#include "ui/student/packview.h"
#include "ui/student/screeningdialog.h"
#include "ui/student/paymentdialog.h"
#include "ui/student/studentpages.h"

#include <QAbstractItemModelTester>
#include <QDesktopServices>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTextDocument>
#include <QUrlQuery>

using namespace tutorhub;
using models::Format;
using models::PagedListModel;
using testing::SignedInUser;
using namespace tutorhub::ui::student;

class TestStudentScreens : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    app::LocalServer m_server;
    int m_counter = 0;
    QJsonObject m_aikoPending;

    std::unique_ptr<SignedInUser> login(const QString &email)
    {
        auto u = testing::signIn(m_server.url(), m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_counter)), email);
        return u;
    }
    static void test(QObject *owner, PagedListModel *m)
    {
        new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::QtTest, owner);
    }
    // The id of the public pack titled `title` (through the list route).
    QString packId(SignedInUser *u, const QString &title)
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("title"), title);
        const auto r = testing::callNow(
            u->client.get(), api::ApiRequest::get(api::Service::TutorCatalog, QStringLiteral("/v1/coursepacks"), q));
        return r ? Format::str(r.value().array().first().toObject(), "id") : QString();
    }
    QJsonObject pack(SignedInUser *u, const QString &id)
    {
        const auto r = testing::callNow(
            u->client.get(), api::ApiRequest::get(api::Service::TutorCatalog, QStringLiteral("/v1/coursepacks/") + id));
        return r ? r.value().object() : QJsonObject();
    }
    // Free slots of a pack from now on (ascending).
    QJsonArray freeSlots(SignedInUser *u, const QString &packId)
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("coursePackId"), packId);
        q.addQueryItem(QStringLiteral("status"), QStringLiteral("free"));
        q.addQueryItem(QStringLiteral("from"), Format::toIsoUtc(QDateTime::currentDateTimeUtc().addSecs(3600)));
        q.addQueryItem(QStringLiteral("pageRowCount"), QStringLiteral("100"));
        const auto r = testing::callNow(u->client.get(), api::ApiRequest::get(api::Service::CourseScheduling,
                                                                              QStringLiteral("/v1/lessonslots"), q));
        return r ? r.value().array() : QJsonArray();
    }
    QJsonObject enrollNow(SignedInUser *u, const QJsonObject &pack, const QStringList &slotIds)
    {
        api::EnrollmentApi api(u->client.get());
        std::optional<api::Result<api::JsonAnswer>> out;
        api.createEnrollment(Format::str(pack, "id"), Format::str(pack, "tutorProfileId"), slotIds, 0, this,
                             [&](const api::Result<api::JsonAnswer> &r) { out = r; });
        (void)QTest::qWaitFor([&] { return out.has_value(); }, 15000);
        if (!out || !*out)
            qWarning() << (out ? out->error().debugString() : QStringLiteral("no answer"));
        return out && *out ? out->value().object() : QJsonObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why;
        if (!testing::startDemoServer(m_server, m_dir, &why))
            QSKIP(qPrintable(why));
    }
    void cleanupTestCase() { m_server.stop(); }

    void pagesAreRegistered()
    {
        ui::PageRegistry registry;
        registerPages(registry);
        for (const char *id : {"find-tutor", "my-learning", "help"})
            QVERIFY(registry.hasPage(QLatin1String(id)));
        QStringList states;
        for (const char *id : {"find-tutor", "my-learning", "help"})
            for (const ui::ScreenshotState &s : registry.screenshotStates(QLatin1String(id)))
                states << s.name;
        for (const char *s : {"pack-detail", "booking", "payment", "refund", "tutor-profile"})
            QVERIFY2(states.contains(QLatin1String(s)), s);
    }

    // Catalog: filters go to the server (the search after a debounce), cards and list show the same rows.
    void findTutorCatalog()
    {
        auto lena = login(testing::demoStudent);
        QVERIFY(lena->session->isSignedIn());
        FindTutorPage page(lena->context());
        test(&page, page.packs());
        test(&page, page.categories());
        test(&page, page.tutors());
        page.resize(1000, 700);
        page.show();
        QVERIFY(testing::waitLoaded(page.packs()));
        const int all = page.packs()->rowCount();
        QVERIFY(all >= 6);
        QVERIFY(page.isShowingCards());
        auto *cards = page.findChild<QListView *>(QStringLiteral("catalogCardView"));
        auto *list = page.findChild<QTableView *>(QStringLiteral("catalogListView"));
        QVERIFY(cards && cards->isVisible() && !list->isVisible());
        testing::findByName<QAbstractButton>(&page, QStringLiteral("Show as list"))->click();
        QVERIFY(!page.isShowingCards());
        QVERIFY(list->isVisible());
        QCOMPARE(list->model()->rowCount(), all);

        // Search: typing several letters asks the server once, after the debounce.
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("catalogSearch"));
        QSignalSpy loaded(page.packs(), &PagedListModel::pageLoaded);
        QTest::keyClicks(search, QStringLiteral("physics"));
        QCOMPARE(page.packs()->filter(QStringLiteral("title")), QString()); // not yet: debounced
        QTRY_COMPARE_WITH_TIMEOUT(page.packs()->filter(QStringLiteral("title")), QStringLiteral("physics"), 3000);
        QVERIFY(testing::waitLoaded(page.packs()));
        QCOMPARE(page.packs()->rowCount(), 1);
        QCOMPARE(loaded.count(), 1);
        search->clear();
        QTRY_VERIFY_WITH_TIMEOUT(page.packs()->filter(QStringLiteral("title")).isEmpty(), 3000);

        // Category and scheduling type from the combo boxes; price range.
        QVERIFY(testing::waitLoaded(page.categories()));
        auto *category = page.findChild<QComboBox *>(QStringLiteral("catalogCategory"));
        QTRY_VERIFY(category->count() > 1);
        category->setCurrentIndex(category->findData(QStringLiteral("English")));
        QVERIFY(category->currentIndex() > 0);
        QVERIFY(testing::waitLoaded(page.packs()));
        QCOMPARE(page.packs()->rowCount(), 2);
        auto *scheduling = page.findChild<QComboBox *>(QStringLiteral("catalogScheduling"));
        scheduling->setCurrentIndex(scheduling->findData(QStringLiteral("strict")));
        QVERIFY(testing::waitLoaded(page.packs()));
        QCOMPARE(page.packs()->rowCount(), 1);
        QCOMPARE(Format::str(page.packs()->object(0), "title"), QStringLiteral("Cambridge C1 Advanced Preparation"));
        category->setCurrentIndex(0);
        scheduling->setCurrentIndex(0);
        page.findChild<QSpinBox *>(QStringLiteral("catalogMaxPrice"))->setValue(40);
        QTRY_COMPARE_WITH_TIMEOUT(page.packs()->filter(QStringLiteral("maxPrice")), QStringLiteral("40"), 3000);
        QVERIFY(testing::waitLoaded(page.packs()));
        QVERIFY(page.packs()->rowCount() >= 1);
        for (int row = 0; row < page.packs()->rowCount(); ++row)
            QVERIFY(Format::num(page.packs()->object(row), "price") <= 40);
        auto *tutor = page.findChild<QComboBox *>(QStringLiteral("catalogTutor"));
        QTRY_VERIFY(tutor->count() > 2);
        page.findChild<QSpinBox *>(QStringLiteral("catalogMaxPrice"))->setValue(0);
        tutor->setCurrentIndex(1);
        QTRY_COMPARE_WITH_TIMEOUT(page.packs()->filter(QStringLiteral("tutorProfileId")),
                                  tutor->currentData().toString(), 3000);
        QVERIFY(testing::waitLoaded(page.packs()));
        QCOMPARE(page.packs()->rowCount(), 3);
    }

    // Pack page: description, price, rules, materials (enrolled only), screening; tutor profile.
    void packAndTutorPages()
    {
        auto aiko = login(QStringLiteral("aiko.tanaka@tutorhub.local"));
        FindTutorPage page(aiko->context());
        test(&page, page.packs());
        test(&page, page.tutorView()->packs());
        page.show();
        page.packs()->setFilter(QStringLiteral("title"), QStringLiteral("Calculus"));
        QVERIFY(testing::waitLoaded(page.packs()));
        QCOMPARE(page.packs()->rowCount(), 1);
        page.openPack(page.packs()->object(0));
        QCOMPARE(page.currentView(), page.packView());
        PackView *view = page.packView();
        auto text = [&](const char *name) { return view->findChild<QLabel *>(QLatin1String(name))->text(); };
        QTRY_VERIFY_WITH_TIMEOUT(text("packMaterialsNote").contains(QStringLiteral("once you are enrolled")), 10000);
        QVERIFY(text("packPrice").contains(QStringLiteral("65")));
        QVERIFY(text("packDescription").contains(QStringLiteral("screening")));
        QVERIFY(!text("packRules").isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(text("packScreening").contains(QStringLiteral("requires")), 10000);
        // Screening required and not requested: booking is blocked with the reason.
        QTRY_VERIFY_WITH_TIMEOUT(
            !view->canBook() && view->bookBlockedReason().contains(QStringLiteral("Request a screening")), 10000);
        auto *book = testing::findByName<QPushButton>(view, QStringLiteral("Choose lessons"));
        QVERIFY(book && !book->isEnabled());
        auto *request = testing::findByName<QPushButton>(view, QStringLiteral("Request a screening meeting"));
        QVERIFY(request);
        request->click();
        auto *times = view->findChild<ui::student::ScreeningTimesDialog *>();
        QVERIFY(times); // one to three candidate times (issue 15 item 1); the defaults lie ahead
        times->accept();
        QTRY_COMPARE_WITH_TIMEOUT(view->screeningDecision(), QStringLiteral("pending"), 10000);
        QVERIFY(view->bookBlockedReason().contains(QStringLiteral("approves")));
        QVERIFY(!book->isEnabled());
        QVERIFY(!aiko->banner->text().isEmpty());

        // The tutor profile lists the tutor's packs.
        testing::findByName<QPushButton>(view, QStringLiteral("Tutor profile"))->click();
        QCOMPARE(page.currentView(), page.tutorView());
        QTRY_VERIFY_WITH_TIMEOUT(!page.tutorView()->findChild<QLabel *>(QStringLiteral("tutorName"))->text().isEmpty(),
                                 10000);
        QVERIFY(testing::waitLoaded(page.tutorView()->packs()));
        QCOMPARE(page.tutorView()->packs()->rowCount(), 3);
        testing::findByName<QPushButton>(page.tutorView(), QStringLiteral("Back from the tutor profile"))->click();
        QVERIFY(page.currentView() != page.tutorView());
    }

    // SEC49: markup in a pack's title and description and in a tutor's bio is shown literally.
    void serverMarkupIsShownLiterally()
    {
        const QString title = QStringLiteral("<a href=\"https://evil.example/\">Markup pack</a>");
        const QString description = QStringLiteral("<img src=\"https://evil.example/p.png\"> Read <b>this</b>");
        const QString bio
            = QStringLiteral("<img src=\"https://evil.example/b.png\"><a href=\"https://evil.example/\">Bio link</a>");
        auto maria = login(QStringLiteral("maria.keller@tutorhub.local"));
        QUrlQuery mine;
        mine.addQueryItem(QStringLiteral("tutorId"), maria->session->currentUser().id);
        const auto profiles
            = testing::callNow(maria->client.get(), api::ApiRequest::get(api::Service::TutorCatalog,
                                                                         QStringLiteral("/v1/tutorprofiles"), mine));
        QVERIFY2(profiles && !profiles.value().array().isEmpty(), "no tutor profile");
        const QJsonObject profile = profiles.value().array().first().toObject();
        QVERIFY(
            testing::callNow(maria->client.get(),
                             api::ApiRequest::patch(api::Service::TutorCatalog,
                                                    QStringLiteral("/v1/tutorprofiles/") + Format::str(profile, "id"),
                                                    QJsonObject {{QStringLiteral("bio"), bio}})));
        const auto pack = testing::callNow(
            maria->client.get(),
            api::ApiRequest::post(api::Service::TutorCatalog, QStringLiteral("/v1/coursepacks"),
                                  QJsonObject {{QStringLiteral("tutorProfileId"), Format::str(profile, "id")},
                                               {QStringLiteral("title"), title},
                                               {QStringLiteral("description"), description},
                                               {QStringLiteral("price"), 20.0},
                                               {QStringLiteral("category"), QStringLiteral("Mathematics")},
                                               {QStringLiteral("schedulingType"), QStringLiteral("flexible")},
                                               {QStringLiteral("preliminaryMeetingRequired"), false},
                                               {QStringLiteral("isPublished"), true}}));
        QVERIFY2(pack, qPrintable(pack.error().debugString()));

        auto aiko = login(QStringLiteral("aiko.tanaka@tutorhub.local"));
        FindTutorPage page(aiko->context());
        page.show();
        page.openPack(pack.value().object());
        PackView *view = page.packView();
        auto label = [&](QWidget *w, const char *name) { return w->findChild<QLabel *>(QLatin1String(name)); };
        QTRY_COMPARE_WITH_TIMEOUT(label(view, "packTitle")->text(), title, 10000);
        for (const char *name : {"packTitle", "packDescription", "packTutor"})
            QCOMPARE(label(view, name)->textFormat(), Qt::PlainText);
        QCOMPARE(label(view, "packDescription")->text(), description);

        testing::findByName<QPushButton>(view, QStringLiteral("Tutor profile"))->click();
        QLabel *details = label(page.tutorView(), "tutorDetails");
        QTRY_VERIFY_WITH_TIMEOUT(!details->text().isEmpty(), 10000);
        QTextDocument shown; // the label's markup is ours; the bio inside it is escaped text
        if (details->textFormat() == Qt::PlainText)
            shown.setPlainText(details->text());
        else
            shown.setHtml(details->text());
        QVERIFY2(shown.toPlainText().contains(bio), qPrintable(shown.toPlainText()));
        QCOMPARE(label(page.tutorView(), "tutorName")->textFormat(), Qt::PlainText);
    }

    // Booking: limits before submit; a lesson taken meanwhile is explained and nothing is booked.
    void bookingLimitsAndLostRace()
    {
        auto tom = login(QStringLiteral("tom.baker@tutorhub.local"));
        auto aiko = login(QStringLiteral("aiko.tanaka@tutorhub.local"));
        const QJsonObject strict = pack(tom.get(), packId(tom.get(), QStringLiteral("Cambridge C1")));
        QVERIFY(!strict.isEmpty());
        {
            BookingDialog dialog(tom->context(), strict);
            test(&dialog, dialog.freeSlots());
            dialog.show();
            QVERIFY(testing::waitLoaded(dialog.freeSlots()));
            if (dialog.weekView()->visibleItems().size() < 2) {
                dialog.weekView()->nextWeek();
                QVERIFY(testing::waitLoaded(dialog.freeSlots()));
            }
            const auto items = dialog.weekView()->visibleItems();
            QVERIFY(items.size() >= 2);
            QVERIFY(!dialog.canSubmit());
            dialog.choose({items.at(0).id});
            QVERIFY(dialog.checkText().contains(QStringLiteral("exactly 10")));
            QVERIFY(!dialog.canSubmit());
        }

        // Tom has a pending English enrollment and Aiko an active one (demo data): GCSE Maths is free for both.
        const QJsonObject flexible = pack(tom.get(), packId(tom.get(), QStringLiteral("GCSE Maths")));
        BookingDialog dialog(tom->context(), flexible);
        test(&dialog, dialog.freeSlots());
        QSignalSpy enrolled(&dialog, &BookingDialog::enrolled);
        dialog.show();
        QVERIFY(testing::waitLoaded(dialog.freeSlots()));
        if (dialog.weekView()->visibleItems().isEmpty()) {
            dialog.weekView()->nextWeek();
            QVERIFY(testing::waitLoaded(dialog.freeSlots()));
        }
        const auto items = dialog.weekView()->visibleItems();
        QVERIFY(!items.isEmpty());
        const QString taken = items.first().id;
        dialog.choose({taken});
        QVERIFY(dialog.canSubmit());
        // Aiko books the same lesson first.
        m_aikoPending = enrollNow(aiko.get(), flexible, {taken});
        QVERIFY(!m_aikoPending.isEmpty());
        testing::findByName<QPushButton>(&dialog, QStringLiteral("Book and pay"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.errorText().contains(QStringLiteral("Someone else")), 10000);
        QCOMPARE(enrolled.count(), 0);
        QVERIFY(dialog.chosenIds().isEmpty());
        QVERIFY(testing::waitLoaded(dialog.freeSlots()));
        QCOMPARE(dialog.freeSlots()->rowOfId(taken), -1); // the calendar shows what is still free
        QVERIFY(dialog.isVisible());
        // Nothing was booked for Tom.
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("coursePackId"), Format::str(flexible, "id"));
        const auto mine
            = testing::callNow(tom->client.get(), api::ApiRequest::get(api::Service::EnrollmentManagement,
                                                                       QStringLiteral("/v1/enrollments"), q));
        QVERIFY(mine);
        for (const QJsonValue &v : mine.value().array())
            QVERIFY(Format::str(v.toObject(), "enrollmentStatus") != QStringLiteral("pending"));
        // Retry with another lesson works.
        const auto again = dialog.weekView()->visibleItems();
        if (!again.isEmpty()) {
            dialog.choose({again.first().id});
            QVERIFY(dialog.canSubmit());
            dialog.submit();
            QTRY_COMPARE_WITH_TIMEOUT(enrolled.count(), 1, 10000);
            QCOMPARE(Format::str(enrolled.first().first().toJsonObject(), "enrollmentStatus"),
                     QStringLiteral("pending"));
        }
    }

    // Payment: declined (nothing charged, another card), the extra confirmation, saved cards; a
    // dialog opened again shows the real state (recovery after a restart).
    void paymentDeclinedThenConfirmed()
    {
        auto aiko = login(QStringLiteral("aiko.tanaka@tutorhub.local"));
        const QJsonObject enrollment = m_aikoPending; // booked in bookingLimitsAndLostRace
        QVERIFY(!enrollment.isEmpty());
        const int year = QDate::currentDate().year() + 3;
        {
            PaymentDialog dialog(aiko->context(), enrollment);
            test(&dialog, dialog.savedCards());
            dialog.show();
            QCOMPARE(dialog.stage(), PaymentDialog::Stage::Choosing);
            // Bad input is a sentence, before anything is sent.
            dialog.enterCard(QStringLiteral("4242"), 12, year, QStringLiteral("123"), true);
            dialog.pay();
            QCOMPARE(dialog.stage(), PaymentDialog::Stage::Choosing);
            QVERIFY(dialog.statusText().contains(QStringLiteral("digits")));
            dialog.enterCard(QStringLiteral("4000 0000 0000 0002"), 12, year, QStringLiteral("123"), false);
            testing::findByName<QPushButton>(&dialog, QStringLiteral("Pay"))->click();
            QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), PaymentDialog::Stage::Declined, 15000);
            QVERIFY(dialog.statusText().contains(QStringLiteral("declined")));
            QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("cardNumber"))->text().isEmpty()); // never kept
            // 3-D Secure: the bank's page opens in the browser; failing it there is a sentence, then
            // the card holder opens the page again and completes it.
            testing::UrlCatcher browser;
            QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
            dialog.enterCard(QStringLiteral("4000 0025 0000 3155"), 12, year, QStringLiteral("123"), true);
            dialog.pay();
            QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), PaymentDialog::Stage::NeedsConfirmation, 15000);
            QTRY_COMPARE(browser.opened.size(), 1);
            QVERIFY(testing::completeInBrowser(browser.opened.first(), false) / 100 == 2);
            QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), PaymentDialog::Stage::Declined, 15000);
            QVERIFY2(dialog.statusText().contains(QStringLiteral("bank did not confirm")),
                     qPrintable(dialog.statusText()));
            dialog.enterCard(QStringLiteral("4000 0025 0000 3155"), 12, year, QStringLiteral("123"), true);
            dialog.pay();
            QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), PaymentDialog::Stage::NeedsConfirmation, 15000);
            QTRY_COMPARE(browser.opened.size(), 2);
            testing::findByName<QPushButton>(&dialog, QStringLiteral("Open the bank's confirmation page"))
                ->click(); // keyboard/mouse path
            QCOMPARE(browser.opened.size(), 3);
            QVERIFY(testing::completeInBrowser(browser.opened.last()) / 100 == 2);
            QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), PaymentDialog::Stage::Paid, 15000);
            QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
            QCOMPARE(Format::str(dialog.enrollment(), "paymentStatus"), QStringLiteral("paid"));
            // The saved card shows as brand and last four digits only.
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    for (int row = 0; row < dialog.savedCards()->rowCount(); ++row)
                        if (dialog.savedCards()->index(row, 0).data().toString().contains(QStringLiteral("•••• 3155")))
                            return true;
                    return false;
                }(),
                10000);
        }
        // Opened again on the stale JSON (as after a restart), it shows the real state.
        QJsonObject stale = enrollment;
        stale.insert(QStringLiteral("paymentConfirmation"), QStringLiteral("processing"));
        PaymentDialog again(aiko->context(), stale);
        test(&again, again.savedCards());
        QTRY_COMPARE_WITH_TIMEOUT(again.stage(), PaymentDialog::Stage::Paid, 15000);
    }

    // Network lost mid-flow: a sentence, the Pay button stays for a retry, and the retry pays once.
    void networkLostThenRetry()
    {
        auto tom = login(QStringLiteral("tom.baker@tutorhub.local"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("paymentConfirmation"), QStringLiteral("pending"));
        const auto list
            = testing::callNow(tom->client.get(), api::ApiRequest::get(api::Service::EnrollmentManagement,
                                                                       QStringLiteral("/v1/enrollments"), q));
        QVERIFY(list);
        QJsonObject pending;
        for (const QJsonValue &v : list.value().array())
            if (Format::str(v.toObject(), "enrollmentStatus") == QStringLiteral("pending"))
                pending = v.toObject();
        QVERIFY2(!pending.isEmpty(), "Tom has a pending demo enrollment");
        PaymentDialog dialog(tom->context(), pending);
        test(&dialog, dialog.savedCards());
        dialog.show();
        QCOMPARE(dialog.stage(), PaymentDialog::Stage::Choosing);
        const api::Environment online = tom->client->environment();
        tom->client->setEnvironment(api::Environment::local(QUrl(QStringLiteral("http://127.0.0.1:1"))));
        dialog.enterCard(QStringLiteral("4242 4242 4242 4242"), 10, QDate::currentDate().year() + 1,
                         QStringLiteral("321"), false);
        dialog.pay();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), PaymentDialog::Stage::Failed, 20000);
        QVERIFY(!dialog.statusText().isEmpty());
        QVERIFY(!dialog.statusText().contains(QStringLiteral("errMsg")));
        auto *pay = testing::findByName<QPushButton>(&dialog, QStringLiteral("Pay"));
        QVERIFY(pay && pay->isVisible() && pay->isEnabled());
        tom->client->setEnvironment(online);
        dialog.enterCard(QStringLiteral("4242 4242 4242 4242"), 10, QDate::currentDate().year() + 1,
                         QStringLiteral("321"), false);
        pay->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), PaymentDialog::Stage::Paid, 20000);
        // Charged once: one payment record for the order.
        const auto ticket
            = testing::callNow(tom->client.get(), api::ApiRequest::get(api::Service::EnrollmentManagement,
                                                                       QStringLiteral("/v1/enrollmentpaymentbyorderid/")
                                                                           + Format::str(pending, "id")));
        QVERIFY(ticket);
        QCOMPARE(Format::str(ticket.value().object(), "statusLiteral"), QStringLiteral("paid"));
    }

    // My learning: statuses, lessons, materials of a paid pack; refund enabled exactly when allowed.
    void myLearning()
    {
        auto lena = login(testing::demoStudent);
        MyLearningPage page(lena->context());
        test(&page, page.enrollments());
        test(&page, page.lessons());
        test(&page, page.refunds());
        page.show();
        QVERIFY(testing::waitLoaded(page.enrollments()));
        QVERIFY(page.enrollments()->rowCount() >= 1);
        int eligible = -1;
        for (int row = 0; row < page.enrollments()->rowCount(); ++row)
            if (Format::str(page.enrollments()->object(row), "refundStatus") == QStringLiteral("eligible"))
                eligible = row;
        QVERIFY2(eligible >= 0, "Lena's demo enrollment is eligible for a refund");
        page.selectEnrollment(page.enrollments()->idAt(eligible));
        QTRY_VERIFY(page.refundEnabled());
        QVERIFY(page.refundReasonText().contains(QStringLiteral("first lesson")));
        QVERIFY(testing::waitLoaded(page.lessons()));
        QVERIFY(page.lessons()->rowCount() >= 1);
        const int where = page.lessons()->columnOf(QStringLiteral("where"));
        QVERIFY(!page.lessons()->index(0, where).data().toString().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(page.materials()->count() >= 1, 10000);

        // A new unpaid enrollment: Pay is offered, the refund is not, with the reason.
        const QJsonObject english = pack(lena.get(), packId(lena.get(), QStringLiteral("English Conversation")));
        const QJsonArray free = freeSlots(lena.get(), Format::str(english, "id"));
        QVERIFY(!free.isEmpty());
        const QJsonObject pending = enrollNow(lena.get(), english, {Format::str(free.last().toObject(), "id")});
        QVERIFY(!pending.isEmpty());
        page.reload();
        QVERIFY(testing::waitLoaded(page.enrollments()));
        page.selectEnrollment(Format::str(pending, "id"));
        QCOMPARE(Format::str(page.currentEnrollment(), "id"), Format::str(pending, "id"));
        QVERIFY(!page.refundEnabled());
        QVERIFY(page.refundReasonText().contains(QStringLiteral("Only paid")));
        auto *pay = testing::findByName<QPushButton>(&page, QStringLiteral("Pay now"));
        QVERIFY(pay && pay->isVisible());
        PaymentDialog *dialog = page.openPayment();
        QVERIFY(dialog);
        QCOMPARE(dialog->stage(), PaymentDialog::Stage::Choosing);
        dialog->reject();
    }

    // My learning: the student's lessons as an iCalendar file that reads back (RFC 5545, zones present);
    // outside the chat window the Message button says where to write instead.
    void exportCalendarAndMessageFallback()
    {
        auto lena = login(testing::demoStudent);
        MyLearningPage page(lena->context());
        page.show();
        QVERIFY(testing::waitLoaded(page.enrollments()));
        page.selectEnrollment(page.enrollments()->idAt(0));
        auto *message = testing::findByName<QPushButton>(&page, QStringLiteral("Message the tutor"));
        QVERIFY(message && message->isVisible() && message->isEnabled());
        message->click();
        QVERIFY(page.outcomeText().contains(QStringLiteral("Messages")));

        // "Export calendar…" asks for the file through the prompter (K2); cancelling exports nothing.
        const QString file = m_dir.filePath(QStringLiteral("lena.ics"));
        QSignalSpy done(&page, &MyLearningPage::exportFinished);
        auto *exportButton
            = testing::findByName<QPushButton>(&page, QStringLiteral("Export lessons as a calendar file"));
        QVERIFY(exportButton);
        lena->prompter->answer(QString());
        exportButton->click();
        QCOMPARE(lena->prompter->asked().size(), 1);
        QCOMPARE(lena->prompter->asked().first().kind, ui::Question::Kind::SaveFile);
        QCOMPARE(lena->prompter->asked().first().title, QStringLiteral("Export lessons"));
        QVERIFY(!page.learning()->isBusy()); // nothing asked of the server
        QCOMPARE(done.count(), 0);
        lena->prompter->answer(file);
        exportButton->click();
        QCOMPARE(lena->prompter->asked().size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 15000);
        QCOMPARE(done.first().at(1).toString(), file);
        QVERIFY2(done.first().first().toBool(), qPrintable(page.outcomeText()));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const models::ICalendar::Parsed parsed = models::ICalendar::parse(f.readAll());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QVERIFY(!parsed.events.isEmpty());
        for (const QString &zone : parsed.referencedZones)
            QVERIFY(parsed.timeZoneIds.contains(zone));
        bool named = false;
        for (const models::CalendarEvent &e : parsed.events)
            named |= e.summary.contains(QStringLiteral("Maria Keller"))
                     || e.summary.contains(QStringLiteral("James Okafor"));
        QVERIFY2(named, "events name the tutor");
        // An unwritable path is explained, nothing is claimed.
        done.clear();
        page.exportCalendar(QStringLiteral("/nonexistent-dir/x.ics"));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 15000);
        QVERIFY(!done.first().first().toBool());
        QVERIFY(page.outcomeText().contains(QStringLiteral("could not be written")));
    }

    // Help: a report about a course, its status in the list; notifications and mark-as-seen.
    void help()
    {
        auto aiko = login(QStringLiteral("aiko.tanaka@tutorhub.local"));
        HelpPage page(aiko->context());
        test(&page, page.issues());
        test(&page, page.notifications());
        test(&page, page.enrollments());
        page.show();
        QVERIFY(testing::waitLoaded(page.enrollments()));
        QVERIFY(testing::waitLoaded(page.issues()));
        const int before = page.issues()->rowCount();
        page.setReport(QStringLiteral("content"), 0, QString());
        page.sendReport();
        QCOMPARE(page.formMessage(), QStringLiteral("Describe the problem."));
        page.setReport(QStringLiteral("content"), 0, QStringLiteral("The materials link is broken."));
        testing::findByName<QPushButton>(&page, QStringLiteral("Send report"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.formMessage().startsWith(QStringLiteral("Thank you")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page.issues()->rowCount(), before + 1, 10000);
        const int status = page.issues()->columnOf(QStringLiteral("status"));
        QCOMPARE(page.issues()->index(0, status).data().toString(), QStringLiteral("Open"));
        QVERIFY(!page.issues()->index(0, 0).data().toString().isEmpty());

        // Aiko was notified of her payment (paymentDeclinedThenConfirmed): unread, then seen.
        QVERIFY(testing::waitLoaded(page.notifications()));
        QTRY_VERIFY_WITH_TIMEOUT(page.unseenCount() >= 1, 10000);
        page.markAllSeen();
        QTRY_COMPARE_WITH_TIMEOUT(page.unseenCount(), 0, 10000);
    }
};

QTEST_MAIN(TestStudentScreens)
#include "tst_student_screens.moc"
