// The student workspace's and the change-password view-models (issue 17 item 1, decisions K10-K12) against the
// real local server, without widgets: booking (first free lesson, the choice across weeks, the pack's limits, a
// lesson taken meanwhile, the enrollment), payment (a card problem before anything is sent, then paid), My
// learning (what may be done with an enrollment, the calendar export), the pack page (materials for enrolled
// students only, the screening request that blocks booking), the tutor profile, Help (reports and
// notifications), the password change (rules, a wrong current password, the change) and sign-in (the checks
// before sending, a wrong password, registration with the e-mail code and the automatic sign-in after it).
#include "../ui/studenttesthelpers.h"

#include "api/appsettings.h"
#include "models/auth/passwordchange.h"
#include "models/auth/signin.h"
#include "models/format.h"
#include "models/pagedlistmodel.h"
#include "models/student/booking.h"
#include "models/student/helpcenter.h"
#include "models/student/mylearning.h"
#include "models/student/packdetails.h"
#include "models/student/payment.h"
#include "models/student/studentlists.h"
#include "models/student/tutordetails.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tutorhub;
using models::Format;
using models::PagedListModel;
using testing::SignedInUser;
namespace sm = models::student;

class TestStudentViewModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    app::LocalServer m_server;
    int m_counter = 0;
    QJsonObject m_aikoEnrollment; // booked in booking(), paid in payment()

    std::unique_ptr<SignedInUser> login(const QString &email, const QString &password = testing::demoPassword)
    {
        return testing::signIn(m_server.url(), m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_counter)), email,
                               password);
    }
    static void tested(QObject *owner, PagedListModel *m)
    {
        new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::QtTest, owner);
    }
    // The catalog row of the public pack titled `title`.
    QJsonObject catalogPack(SignedInUser *u, const QString &title)
    {
        QObject owner;
        PagedListModel *packs = sm::coursePacksModel(u->client.get(), &owner);
        packs->setFilter(QStringLiteral("title"), title);
        packs->refresh();
        if (!testing::waitLoaded(packs) || packs->rowCount() < 1)
            return {};
        return packs->object(0);
    }
    // The free lessons of the week of the pack's first free lesson, loaded into booking->freeSlots().
    static bool showFirstWeek(sm::Booking *booking)
    {
        QSignalSpy first(booking, &sm::Booking::firstFreeLessonKnown);
        booking->start(QDateTime::currentDateTimeUtc());
        if (!first.wait(15000) && first.isEmpty())
            return false;
        const QDateTime at = first.first().first().toDateTime();
        if (!at.isValid() || at != booking->firstFreeUtc())
            return false;
        booking->showWeek(at.addSecs(-3600), at.addDays(7));
        return testing::waitLoaded(booking->freeSlots()) && booking->freeSlots()->rowCount() > 0;
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

    // Booking: limits and totals as sentences, a lesson taken meanwhile is explained, then the enrollment.
    void booking()
    {
        auto aiko = login(QStringLiteral("aiko.tanaka@tutorhub.local"));
        auto tom = login(QStringLiteral("tom.baker@tutorhub.local"));
        QVERIFY(aiko->session->isSignedIn() && tom->session->isSignedIn());
        // Tom has a pending English enrollment and Aiko an active one (demo data): GCSE Maths is free for both.
        const QJsonObject pack = catalogPack(aiko.get(), QStringLiteral("GCSE Maths"));
        QVERIFY(!pack.isEmpty());

        sm::Booking mine(aiko->client.get(), pack, aiko->userId());
        tested(&mine, mine.freeSlots());
        QVERIFY(showFirstWeek(&mine));
        QVERIFY(!mine.canSubmit()); // nothing chosen yet
        QCOMPARE(mine.summaryText(), QStringLiteral("0 lessons chosen, %1 in total").arg(Format::money(0)));
        const QString taken = Format::str(mine.freeSlots()->object(0), "id");
        QSignalSpy changed(&mine, &sm::Booking::changed);
        mine.choose({taken});
        QVERIFY(changed.count() >= 1);
        QCOMPARE(mine.chosenIds(), QStringList {taken});
        QVERIFY(mine.summaryText().startsWith(QStringLiteral("1 lesson chosen")));
        QVERIFY2(mine.canSubmit(), qPrintable(mine.checkText()));
        QVERIFY(mine.checkText().contains(QStringLiteral("Ready to book")));
        // The week's selection replaces the choice of that week only.
        mine.setWeekSelection({taken}, {});
        QVERIFY(mine.chosenIds().isEmpty());
        QVERIFY(!mine.canSubmit());
        mine.choose({taken});

        // Tom books the same lesson first, through his own view-model.
        sm::Booking other(tom->client.get(), pack, tom->userId());
        QVERIFY(showFirstWeek(&other));
        other.choose({taken});
        QSignalSpy tomEnrolled(&other, &sm::Booking::enrolled);
        other.submit();
        QVERIFY(other.isSubmitting());
        QVERIFY(!other.canSubmit()); // no second request while one is under way
        QTRY_COMPARE_WITH_TIMEOUT(tomEnrolled.count(), 1, 15000);
        // The create answer has no joins: the view-model adds the pack's title for the payment.
        QCOMPARE(sm::packTitleOf(tomEnrolled.first().first().toJsonObject()), Format::str(pack, "title"));

        QSignalSpy enrolled(&mine, &sm::Booking::enrolled);
        mine.submit();
        QTRY_VERIFY_WITH_TIMEOUT(mine.errorText().contains(QStringLiteral("Someone else")), 15000);
        QCOMPARE(enrolled.count(), 0);
        QVERIFY(mine.chosenIds().isEmpty());
        QVERIFY(testing::waitLoaded(mine.freeSlots()));
        QCOMPARE(mine.freeSlots()->rowOfId(taken), -1); // the list now shows what is still free

        // Another lesson books.
        QVERIFY(mine.freeSlots()->rowCount() > 0);
        mine.choose({Format::str(mine.freeSlots()->object(0), "id")});
        QVERIFY(mine.canSubmit());
        mine.submit();
        QTRY_COMPARE_WITH_TIMEOUT(enrolled.count(), 1, 15000);
        m_aikoEnrollment = enrolled.first().first().toJsonObject();
        QCOMPARE(Format::str(m_aikoEnrollment, "enrollmentStatus"), QStringLiteral("pending"));
        QVERIFY(mine.errorText().isEmpty());
    }

    // Payment: a card problem is a sentence before anything is sent; a good card pays.
    void payment()
    {
        QVERIFY(!m_aikoEnrollment.isEmpty());
        auto aiko = login(QStringLiteral("aiko.tanaka@tutorhub.local"));
        sm::Payment pay(aiko->client.get(), aiko->settings.get(), m_aikoEnrollment, aiko->userId());
        tested(&pay, pay.savedCards());
        pay.begin();
        QCOMPARE(pay.stage(), sm::Payment::Stage::Choosing);
        QVERIFY(pay.canPay());
        QVERIFY(pay.amountText().contains(QStringLiteral("1 lesson")));
        QVERIFY(pay.showsTestCards()); // the local server
        const QString expiry = QStringLiteral("12/%1").arg((QDate::currentDate().year() + 2) % 100);
        QSignalSpy focus(&pay, &sm::Payment::cardNumberFocus);
        pay.payWithNewCard(QStringLiteral("4242"), expiry, QStringLiteral("123"), QStringLiteral("Aiko"), false);
        QCOMPARE(pay.stage(), sm::Payment::Stage::Choosing);
        QVERIFY(pay.statusText().contains(QStringLiteral("digits")));
        QCOMPARE(focus.count(), 1);

        QSignalSpy paid(&pay, &sm::Payment::paid);
        QSignalSpy accepted(&pay, &sm::Payment::cardAccepted);
        pay.payWithNewCard(QStringLiteral("4242 4242 4242 4242"), expiry, QStringLiteral("123"), QStringLiteral("Aiko"),
                           false);
        QCOMPARE(pay.stage(), sm::Payment::Stage::Processing);
        QVERIFY(pay.isWorking() && !pay.canPay());
        QTRY_COMPARE_WITH_TIMEOUT(pay.stage(), sm::Payment::Stage::Paid, 20000);
        QCOMPARE(paid.count(), 1);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(Format::str(pay.enrollment(), "paymentStatus"), QStringLiteral("paid"));
        QVERIFY(!pay.canPay() && !pay.canCheckAgain());

        // Started again on the stale enrollment (as after a restart), it reads the real state first.
        QJsonObject stale = m_aikoEnrollment;
        stale.insert(QStringLiteral("paymentConfirmation"), QStringLiteral("processing"));
        sm::Payment again(aiko->client.get(), aiko->settings.get(), stale, aiko->userId());
        again.begin();
        QCOMPARE(again.stage(), sm::Payment::Stage::Processing);
        QTRY_COMPARE_WITH_TIMEOUT(again.stage(), sm::Payment::Stage::Paid, 15000);
    }

    // My learning: what may be done with an enrollment follows its state; the calendar export writes a file or
    // says why not.
    void myLearning()
    {
        auto tom = login(QStringLiteral("tom.baker@tutorhub.local"));
        sm::MyLearning learning(tom->client.get(), tom->userId());
        tested(&learning, learning.enrollments());
        tested(&learning, learning.refunds());
        tested(&learning, learning.lessons());
        learning.refresh();
        QVERIFY(testing::waitLoaded(learning.enrollments()));
        QVERIFY(testing::waitLoaded(learning.refunds()));
        QJsonObject pending;
        for (int row = 0; row < learning.enrollments()->rowCount(); ++row)
            if (Format::str(learning.enrollments()->object(row), "paymentStatus") == QStringLiteral("pending"))
                pending = learning.enrollments()->object(row);
        QVERIFY2(!pending.isEmpty(), "Tom has pending enrollments");
        QSignalSpy materials(&learning, &sm::MyLearning::materialsChanged);
        learning.setCurrent(pending);
        QVERIFY(learning.canPay());
        QVERIFY(!learning.canRequestRefund());
        QVERIFY(!learning.refundText().isEmpty());
        QVERIFY(learning.currentTitle().contains(sm::packTitleOf(pending)));
        QCOMPARE(learning.lessons()->filter(QStringLiteral("coursePackId")), Format::str(pending, "coursePackId"));
        QCOMPARE(learning.materialsNote(), QStringLiteral("Loading the materials…"));
        // Materials open once the enrollment is paid (403 before).
        QTRY_VERIFY_WITH_TIMEOUT(learning.materialsNote() != QStringLiteral("Loading the materials…"), 15000);
        QVERIFY2(learning.materials().isEmpty(), qPrintable(learning.materialsNote()));
        QVERIFY(materials.count() >= 2);

        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("lessons.ics"));
        QSignalSpy exported(&learning, &sm::MyLearning::exportFinished);
        learning.exportCalendar(file);
        QVERIFY(learning.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 15000);
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(2).toString()));
        QVERIFY(exported.first().at(2).toString().contains(QStringLiteral("exported")));
        QFile ics(file);
        QVERIFY(ics.open(QIODevice::ReadOnly));
        QVERIFY(ics.readAll().startsWith("BEGIN:VCALENDAR"));
        learning.exportCalendar(QStringLiteral("/nonexistent-dir/x.ics"));
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, 15000);
        QVERIFY(!exported.last().at(0).toBool());
        QVERIFY(exported.last().at(2).toString().contains(QStringLiteral("could not be written")));
        QVERIFY(!learning.isBusy());
    }

    // The pack page: materials for enrolled students only, the screening request that blocks booking; the tutor.
    void packAndTutor()
    {
        auto lena = login(testing::demoStudent);
        const QJsonObject row = catalogPack(lena.get(), QStringLiteral("Calculus"));
        QVERIFY(!row.isEmpty());
        sm::PackDetails details(lena->client.get(), lena->userId());
        QSignalSpy known(&details, &sm::PackDetails::screeningStateKnown);
        details.setPack(row);
        QVERIFY(!details.canBook());
        QVERIFY(details.bookBlockedReason().contains(QStringLiteral("Checking")));
        QTRY_COMPARE_WITH_TIMEOUT(known.count(), 1, 15000);
        QVERIFY(details.screeningRequired());
        QVERIFY(details.screeningText().contains(QStringLiteral("requires")));
        QVERIFY(details.bookBlockedReason().contains(QStringLiteral("Request a screening")));
        QVERIFY(details.canRequestScreening());
        QVERIFY(!details.canAcceptScreeningTime());
        // D32: not enrolled, the materials stay closed (a 403 with its sentence; a strict server lists none).
        QTRY_VERIFY_WITH_TIMEOUT(details.materialsNote() != QStringLiteral("Loading the materials…"), 15000);
        QVERIFY2(details.materialsNote().contains(QStringLiteral("once you are enrolled"))
                     || details.materialsNote().contains(QStringLiteral("no materials yet")),
                 qPrintable(details.materialsNote()));
        QVERIFY(details.materials().isEmpty());
        QVERIFY(!details.materialsAvailable());
        QTRY_VERIFY_WITH_TIMEOUT(details.pack().contains(QStringLiteral("description")), 15000);

        QSignalSpy succeeded(&details, &sm::PackDetails::succeeded);
        QSignalSpy failed(&details, &sm::PackDetails::failed);
        const QDateTime when = QDateTime::currentDateTimeUtc().addDays(3);
        QVERIFY(models::student::Screening::timesProblem({when}, false, QDateTime::currentDateTimeUtc()).isEmpty());
        details.requestScreening({QDateTime(when.date(), QTime(when.time().hour(), 0), Qt::UTC)});
        QVERIFY(details.isRequesting());
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(known.count(), 2, 15000); // the request read back (with its proposals)
        QCOMPARE(details.screeningDecision(), QStringLiteral("pending"));
        QCOMPARE(failed.count(), 0);
        QVERIFY(details.bookBlockedReason().contains(QStringLiteral("approves")));
        QVERIFY(!details.canRequestScreening()); // one request per pack
        QVERIFY(details.screeningText().contains(QStringLiteral("Waiting for the tutor")));

        sm::TutorDetails tutor(lena->client.get());
        tested(&tutor, tutor.packs());
        QSignalSpy loaded(&tutor, &sm::TutorDetails::loaded);
        tutor.setTutor(Format::str(row, "tutorProfileId"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
        QVERIFY(!tutor.name().isEmpty());
        QVERIFY(tutor.detailsHtml().contains(QStringLiteral("<b>")));
        QVERIFY(testing::waitLoaded(tutor.packs()));
        QVERIFY(tutor.packs()->rowOfId(Format::str(row, "id")) >= 0);
        QSignalSpy missing(&tutor, &sm::TutorDetails::failed);
        tutor.setTutor(QStringLiteral("no-such-profile"));
        QTRY_COMPARE_WITH_TIMEOUT(missing.count(), 1, 15000);
        QVERIFY(!missing.first().first().toString().isEmpty());
        QVERIFY(tutor.name().isEmpty());
    }

    // Help: a report needs its subject and a description, then it is sent and listed; notifications.
    void helpCenter()
    {
        auto lena = login(testing::demoStudent);
        sm::HelpCenter help(lena->client.get(), lena->userId());
        tested(&help, help.issues());
        tested(&help, help.notifications());
        tested(&help, help.enrollments());
        QSignalSpy unseen(&help, &sm::HelpCenter::unseenChanged);
        help.refresh();
        QVERIFY(testing::waitLoaded(help.enrollments()));
        QVERIFY(testing::waitLoaded(help.issues()));
        QVERIFY(!help.targets(QStringLiteral("content")).isEmpty());
        QVERIFY(!help.targets(QStringLiteral("user")).isEmpty());
        QVERIFY(help.targets(QStringLiteral("other")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(unseen.count() >= 1, 15000);
        QVERIFY(!help.unseenText().isEmpty());

        QSignalSpy failed(&help, &sm::HelpCenter::reportFailed);
        QSignalSpy sent(&help, &sm::HelpCenter::reportSent);
        help.sendReport(QStringLiteral("content"), QString(), QStringLiteral("The video does not play."));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.last().at(0).value<sm::HelpCenter::Field>(), sm::HelpCenter::Field::Target);
        help.sendReport(QStringLiteral("other"), QString(), QStringLiteral("   "));
        QCOMPARE(failed.count(), 2);
        QCOMPARE(failed.last().at(0).value<sm::HelpCenter::Field>(), sm::HelpCenter::Field::Description);
        QCOMPARE(sent.count(), 0);
        const int before = help.issues()->totalCount();
        const sm::HelpCenter::Target course = help.targets(QStringLiteral("content")).first();
        help.sendReport(QStringLiteral("content"), course.value, QStringLiteral("The second video does not play."));
        QVERIFY(help.isSending());
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 15000);
        QVERIFY(sent.first().first().toString().contains(QStringLiteral("Thank you")));
        QTRY_COMPARE_WITH_TIMEOUT(help.issues()->totalCount(), before + 1, 15000);

        QSignalSpy message(&help, &sm::HelpCenter::notificationMessage);
        help.markSeen({});
        QCOMPARE(message.count(), 1);
        QVERIFY(message.first().first().toString().contains(QStringLiteral("Select")));
    }

    // Change password: the rules before sending, the server's answer to a wrong current password, the change.
    void passwordChange_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("fresh");
        QTest::addColumn<QString>("confirm");
        QTest::addColumn<int>("field");
        using F = models::auth::PasswordChange::Field;
        QTest::newRow("no current") << QString() << "new-password-1"
                                    << "new-password-1" << int(F::Current);
        QTest::newRow("too short") << "old-password"
                                   << "short"
                                   << "short" << int(F::New);
        QTest::newRow("too long") << "old-password" << QString(129, QLatin1Char('x')) << QString(129, QLatin1Char('x'))
                                  << int(F::New);
        QTest::newRow("not confirmed") << "old-password"
                                       << "new-password-1"
                                       << "new-password-2" << int(F::Confirm);
        QTest::newRow("unchanged") << "same-password"
                                   << "same-password"
                                   << "same-password" << int(F::New);
        QTest::newRow("fine") << "old-password"
                              << "new-password-1"
                              << "new-password-1" << int(F::None);
    }
    void passwordChange()
    {
        QFETCH(QString, current);
        QFETCH(QString, fresh);
        QFETCH(QString, confirm);
        QFETCH(int, field);
        const models::auth::PasswordChange::Problem p = models::auth::PasswordChange::check(current, fresh, confirm);
        QCOMPARE(int(p.field), field);
        QCOMPARE(p.sentence.isEmpty(), field == int(models::auth::PasswordChange::Field::None));
    }
    void passwordChangeAgainstServer()
    {
        using models::auth::PasswordChange;
        auto tom = login(QStringLiteral("tom.baker@tutorhub.local"));
        PasswordChange change(tom->client.get(), tom->userId());
        QSignalSpy failed(&change, &PasswordChange::failed);
        QSignalSpy changed(&change, &PasswordChange::changed);
        QSignalSpy busy(&change, &PasswordChange::busyChanged);
        QVERIFY(!change.submit(QStringLiteral("x"), QStringLiteral("short"), QStringLiteral("short")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(busy.count(), 0); // nothing was sent
        const QString fresh = QStringLiteral("a-new-password-42");
        QVERIFY(change.submit(QStringLiteral("not-the-password"), fresh, fresh));
        QVERIFY(change.isBusy());
        QVERIFY(!change.submit(QStringLiteral("not-the-password"), fresh, fresh)); // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 15000);
        const auto wrong = failed.last().first().value<PasswordChange::Problem>();
        QCOMPARE(wrong.field, PasswordChange::Field::Current);
        QVERIFY(!wrong.sentence.isEmpty() && !wrong.sentence.contains(QStringLiteral("errMsg")));
        QVERIFY(change.submit(testing::demoPassword, fresh, fresh));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 15000);
        QVERIFY(!change.isBusy());
        auto again = login(QStringLiteral("tom.baker@tutorhub.local"), fresh);
        QVERIFY(again->session->isSignedIn());
    }

    // Sign-in: what is checked before anything is sent, and each flow against the server.
    void signInChecks()
    {
        using models::auth::SignIn;
        QCOMPARE(SignIn::signInProblem(QStringLiteral(" "), QStringLiteral("x")).field, SignIn::Field::Email);
        QCOMPARE(SignIn::signInProblem(QStringLiteral("a@b.org"), QString()).field, SignIn::Field::Password);
        QVERIFY(SignIn::signInProblem(QStringLiteral("a@b.org"), QStringLiteral("x")).sentence.isEmpty());
        QCOMPARE(SignIn::registerProblem(QString(), QStringLiteral("a@b.org"), QStringLiteral("long-enough")).field,
                 SignIn::Field::Name);
        QCOMPARE(SignIn::registerProblem(QStringLiteral("A"), QStringLiteral("not-an-address"),
                                         QStringLiteral("long-enough"))
                     .field,
                 SignIn::Field::Email);
        QCOMPARE(SignIn::registerProblem(QStringLiteral("A"), QStringLiteral("a@b.org"), QStringLiteral("short")).field,
                 SignIn::Field::Password);
        QVERIFY(SignIn::registerProblem(QStringLiteral("A"), QStringLiteral("a@b.org"), QStringLiteral("long-enough"))
                    .sentence.isEmpty());
        QCOMPARE(SignIn::codeProblem(QStringLiteral("12345")).field, SignIn::Field::Code);
        QVERIFY(SignIn::codeProblem(QStringLiteral(" 123456 ")).sentence.isEmpty());
        api::Environment custom = api::Environment::custom(QUrl(QStringLiteral("http://tutorhub.example.org")));
        QCOMPARE(SignIn::environmentProblem(custom).field, SignIn::Field::Host);
        QVERIFY(SignIn::environmentProblem(custom).sentence.contains(QStringLiteral("https://")));
        custom.host = QUrl(QStringLiteral("https://tutorhub.example.org"));
        QVERIFY(SignIn::environmentProblem(custom).sentence.isEmpty());
        QVERIFY(SignIn::environmentProblem(api::Environment::local(m_server.url())).sentence.isEmpty());
    }
    void signInFlows()
    {
        using models::auth::SignIn;
        QSettings settings(m_dir.filePath(QStringLiteral("signin.ini")), QSettings::IniFormat);
        api::AppSettings settingsApp(&settings);
        api::ApiClient client;
        client.setEnvironment(api::Environment::local(m_server.url()));
        api::AuthApi auth(&client);
        api::MemoryTokenStore store;
        api::Session session(&client, &auth, &store, &settingsApp);
        SignIn signIn(&session, &auth, &settingsApp);

        // The environment is remembered (never a token).
        signIn.rememberEnvironment(api::Environment::local(m_server.url()));
        QCOMPARE(signIn.rememberedEnvironmentId(), api::Environment::local(m_server.url()).id);

        QSignalSpy failedSignIn(&signIn, &SignIn::signInFailed);
        signIn.signIn(testing::demoStudent, QStringLiteral("not-the-password"), false);
        QVERIFY(signIn.isSigningIn());
        QTRY_COMPARE_WITH_TIMEOUT(failedSignIn.count(), 1, 15000);
        QVERIFY(!signIn.isSigningIn());
        QVERIFY(!failedSignIn.first().at(0).toString().isEmpty());
        QVERIFY(!failedSignIn.first().at(0).toString().contains(QStringLiteral("errMsg")));
        QCOMPARE(failedSignIn.first().at(1).toBool(), false);

        // An address already registered points at the e-mail field.
        QSignalSpy failed(&signIn, &SignIn::failed);
        signIn.registerUser(QStringLiteral("Lena Again"), testing::demoStudent, QStringLiteral("a-long-password"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
        QCOMPARE(failed.first().at(0).value<SignIn::Field>(), SignIn::Field::Email);

        // Register, verify with the code the development server hands over, then signed in with that password.
        const QString email = QStringLiteral("vm.student.%1@example.org").arg(QDateTime::currentMSecsSinceEpoch());
        QSignalSpy registered(&signIn, &SignIn::registered);
        signIn.registerUser(QStringLiteral("View Model"), email, QStringLiteral("a-long-password"));
        QTRY_COMPARE_WITH_TIMEOUT(registered.count(), 1, 15000);
        QCOMPARE(signIn.pendingPassword(), QStringLiteral("a-long-password"));
        QSignalSpy sent(&signIn, &SignIn::verificationCodeSent);
        signIn.startVerification(email);
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 15000);
        const QString code = sent.first().at(1).toString();
        QCOMPARE(code.size(), 6);
        QSignalSpy verified(&signIn, &SignIn::verified);
        signIn.completeVerification(email, QStringLiteral("000000") == code ? QStringLiteral("111111")
                                                                            : QStringLiteral("000000"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 15000); // a wrong code: the code field
        QCOMPARE(failed.last().at(0).value<SignIn::Field>(), SignIn::Field::Code);
        signIn.completeVerification(email, code);
        QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 15000);
        QSignalSpy signedIn(&signIn, &SignIn::signedIn);
        signIn.signInAfterVerification(email, false);
        QVERIFY(signIn.pendingPassword().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 15000);
        QCOMPARE(session.currentUser().email, email);
        QVERIFY(!signIn.hasPendingSecondFactor());
    }
};

QTEST_MAIN(TestStudentViewModels)
#include "tst_student_viewmodels.moc"
