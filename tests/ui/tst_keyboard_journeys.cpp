// Issue 16 item 3 (decision P31): one journey per role done with the keyboard only, in the app's main window
// against the real local server. Every step is a key pressed in the focused widget (tests/ui/keyboard.h): Tab,
// typing, Space/Return, arrows, the app's shortcuts (Ctrl+1…9 for the pages). The test only reads the state
// to know when to go on, and plays what is not the user: the card holder's bank is the Stripe simulator, and
// time passing for the lesson the tutor completes (tests/support/lessontime.h).
//   student: find a course pack in the catalog, book a lesson in the week calendar, pay with a new test card;
//   tutor:   add a weekly availability window, mark a lesson that has taken place completed;
//   admin:   triage an open issue (start investigating it, then resolve it).
#include "keyboard.h"
#include "lessontime.h"
#include "uitesthelpers.h"

#include "api/appsettings.h"
#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/session.h"
#include "api/tokenstore.h"
#include "models/format.h"
#include "models/pagedlistmodel.h"
#include "models/workspacenavigationmodel.h"
#include "ui/common/prompter.h"
#include "ui/common/theme.h"
#include "ui/common/weekview.h"
#include "ui/mainwindow.h"
#include "ui/student/bookingdialog.h"
#include "ui/student/findtutorpage.h"
#include "ui/student/packview.h"
#include "ui/student/paymentdialog.h"
#include "ui/tutor/availabilitypage.h"
#include "ui/tutor/lessonspage.h"
#include "workspaces.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSqlError>
#include <QTableView>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeEdit>

#include <memory>

using namespace tutorhub;
using namespace tutorhub::testing::keyboard;
using models::Format;

namespace {

struct Signed
{
    std::unique_ptr<api::AppSettings> settings;
    std::unique_ptr<api::ApiClient> client;
    std::unique_ptr<api::AuthApi> auth;
    std::unique_ptr<api::MemoryTokenStore> store;
    std::unique_ptr<api::Session> session;
    ui::ScriptedPrompter prompter; // records the dialogs the pages open (K70); they still show, worked by keyboard
    ui::PageRegistry registry;
    std::unique_ptr<ui::MainWindow> window;
};

template<typename T>
T *activeDialog()
{
    return qobject_cast<T *>(QApplication::activeWindow());
}

// The week calendar's canvas (it has the keyboard focus inside a WeekView: arrows move, Space chooses).
bool inWeekCalendar(QWidget *w)
{
    if (!(w->focusPolicy() & Qt::TabFocus) || qobject_cast<QAbstractButton *>(w))
        return false;
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<ui::WeekView *>(p))
            return true;
    return false;
}

// Ctrl+<n> opens the n-th page of the navigation (the main window's shortcuts).
bool openPage(ui::MainWindow *window, const QString &pageId)
{
    const int row = window->navigationModel()->rowOf(pageId);
    if (row < 0 || row > 8 || !press(Qt::Key(Qt::Key_1 + row), Qt::ControlModifier))
        return false;
    return QTest::qWaitFor([&] { return window->currentPageId() == pageId; }, 5000);
}

} // namespace

class TestKeyboardJourneys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    app::LocalServer m_server;

    std::unique_ptr<Signed> open(const QString &email, const QString &tag)
    {
        auto s = std::make_unique<Signed>();
        s->settings = std::make_unique<api::AppSettings>(
            std::make_unique<QSettings>(m_dir.filePath(tag + QStringLiteral(".ini")), QSettings::IniFormat));
        s->client = std::make_unique<api::ApiClient>();
        s->client->setEnvironment(api::Environment::local(m_server.url()));
        s->client->setRetryDelays({20, 40});
        s->auth = std::make_unique<api::AuthApi>(s->client.get());
        s->store = std::make_unique<api::MemoryTokenStore>();
        s->session = std::make_unique<api::Session>(s->client.get(), s->auth.get(), s->store.get(), s->settings.get());
        QSignalSpy signedIn(s->session.get(), &api::Session::signedIn);
        s->session->signIn(email, testing::demoPassword, false);
        if (!QTest::qWaitFor([&] { return signedIn.count() > 0; }, 20000))
            return nullptr;
        s->registry = app::buildPageRegistry();
        s->registry.setDataDirectory(m_dir.filePath(tag));
        s->registry.setPrompter(&s->prompter);
        s->window = std::make_unique<ui::MainWindow>(s->session.get(), s->client.get(), s->client->environment(),
                                                     &s->registry, s->settings.get());
        s->window->resize(1366, 768);
        s->window->show();
        if (!QTest::qWaitForWindowActive(s->window.get()))
            return nullptr;
        return s;
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

    void studentFindsBooksAndPays()
    {
        auto s = open(testing::demoStudent, QStringLiteral("student"));
        QVERIFY(s);
        ui::MainWindow *window = s->window.get();
        QVERIFY2(focused(), "nothing has the keyboard focus in the main window");
        QVERIFY(openPage(window, QStringLiteral("find-tutor")));
        auto *find = qobject_cast<ui::student::FindTutorPage *>(window->pageWidget(QStringLiteral("find-tutor")));
        QVERIFY(find);

        // Find: type the title into the catalog search.
        const QString title = QStringLiteral("English Conversation Club");
        QVERIFY2(tabToObject(QStringLiteral("catalogSearch")), qPrintable(describe(focused())));
        QVERIFY(type(title));
        QTRY_VERIFY_WITH_TIMEOUT(find->packs()->filter(QStringLiteral("title")) == title && find->packs()->hasLoaded()
                                     && !find->packs()->isLoading() && find->packs()->rowCount() == 1,
                                 15000);
        // Tab into the cards (the first card becomes current) and open it with Return.
        QVERIFY2(tabToObject(QStringLiteral("catalogCardView")), qPrintable(describe(focused())));
        QVERIFY(press(Qt::Key_Return));
        QTRY_COMPARE(find->currentView(), static_cast<QWidget *>(find->packView()));

        // Book: the pack's "Choose lessons" opens the week calendar.
        QTRY_VERIFY_WITH_TIMEOUT(
            testing::findByName<QPushButton>(find->packView(), QStringLiteral("Choose lessons"))
                && testing::findByName<QPushButton>(find->packView(), QStringLiteral("Choose lessons"))->isEnabled(),
            15000);
        QVERIFY2(pressButton(QStringLiteral("Choose lessons")), qPrintable(describe(focused())));
        QTRY_VERIFY_WITH_TIMEOUT(activeDialog<ui::student::BookingDialog>(), 10000);
        auto *booking = activeDialog<ui::student::BookingDialog>();
        QCOMPARE(s->prompter.opened().size(), 1); // through the seam (K70)
        QCOMPARE(s->prompter.opened().last().title, booking->windowTitle());
        // It opens on the week of the first free lesson (D55); Tab into the calendar, Space chooses a lesson.
        QTRY_VERIFY_WITH_TIMEOUT(booking->firstFreeUtc().isValid() && booking->freeSlots()->hasLoaded()
                                     && !booking->freeSlots()->isLoading()
                                     && !booking->weekView()->visibleItems().isEmpty(),
                                 15000);
        QVERIFY2(tabTo(inWeekCalendar), qPrintable(describe(focused())));
        QVERIFY(press(Qt::Key_Space));
        QTRY_COMPARE(int(booking->chosenIds().size()), 1);
        QTRY_VERIFY(booking->canSubmit());
        QVERIFY2(pressButton(QStringLiteral("Book and pay")), qPrintable(describe(focused())));

        // Pay: Lena's saved card is preselected; the arrow key moves to "new card" and the test card is typed in.
        QTRY_VERIFY_WITH_TIMEOUT(activeDialog<ui::student::PaymentDialog>(), 15000);
        auto *payment = activeDialog<ui::student::PaymentDialog>();
        QCOMPARE(s->prompter.opened().size(), 2);
        QCOMPARE(s->prompter.opened().last().title, payment->windowTitle());
        QTRY_VERIFY_WITH_TIMEOUT(payment->stage() == ui::student::PaymentDialog::Stage::Choosing
                                     && payment->savedCards()->hasLoaded() && !payment->savedCards()->isLoading(),
                                 15000);
        auto *newCard = testing::findByName<QRadioButton>(payment, QStringLiteral("Pay with a new card"));
        QVERIFY(newCard);
        if (!newCard->isChecked()) {
            QVERIFY2(tabTo([](QWidget *w) { return qobject_cast<QRadioButton *>(w) != nullptr; }),
                     qPrintable(describe(focused())));
            QVERIFY(press(focused() == newCard ? Qt::Key_Space : Qt::Key_Down));
            QTRY_VERIFY(newCard->isChecked());
        }
        QVERIFY2(tabToObject(QStringLiteral("cardNumber")), qPrintable(describe(focused())));
        QVERIFY(type(QStringLiteral("4242 4242 4242 4242")));
        QVERIFY(press(Qt::Key_Tab));
        QCOMPARE(focused()->objectName(), QStringLiteral("cardExpiry"));
        QVERIFY(type(QStringLiteral("11/%1").arg(QDate::currentDate().year() % 100 + 2, 2, 10, QLatin1Char('0'))));
        QVERIFY(press(Qt::Key_Tab));
        QCOMPARE(focused()->objectName(), QStringLiteral("cardCvc"));
        QVERIFY(type(QStringLiteral("424")));
        QVERIFY(press(Qt::Key_Return)); // "Pay" is the dialog's default button
        QTRY_COMPARE_WITH_TIMEOUT(payment->stage(), ui::student::PaymentDialog::Stage::Paid, 20000);
        QPointer<ui::student::PaymentDialog> closing(payment);
        QVERIFY(press(Qt::Key_Escape));
        QTRY_VERIFY(!closing || !closing->isVisible());
    }

    void tutorAddsAvailabilityAndCompletesALesson()
    {
        // The demo tutor's windows are in Berlin; the page shows Berlin times so that the new window (20:00–21:00)
        // never meets one of them, whatever zone the test runs in.
        Format::setDisplayZone(QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        auto restoreZone = qScopeGuard([] { Format::setDisplayZone(QTimeZone()); });
        // A booked demo lesson of hers starts a minute ago (time passing, SEC43).
        QString lessonId;
        {
            const QString name = QStringLiteral("journey-db");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(
                    QDir(m_dir.filePath(QStringLiteral("server"))).filePath(QStringLiteral("tutorhub.sqlite")));
                db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
                QVERIFY2(db.open(), qPrintable(db.lastError().text()));
                QSqlQuery q(db);
                QVERIFY2(q.exec(QStringLiteral(
                                    "SELECT s.id FROM lessonSlots s JOIN tutorProfiles p ON p.id = s.tutorProfileId "
                                    "JOIN users u ON u.id = p.tutorId WHERE u.email = '%1' AND s.status = 'booked' "
                                    "ORDER BY s.startsAt LIMIT 1")
                                    .arg(testing::demoTutor)),
                         qPrintable(q.lastError().text()));
                QVERIFY2(q.next(), "the demo tutor has no booked lesson");
                lessonId = q.value(0).toString();
                QCOMPARE(tutorhub::test::moveSlotIntoPast(db, lessonId, 1), QString());
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }

        auto s = open(testing::demoTutor, QStringLiteral("tutor"));
        QVERIFY(s);
        ui::MainWindow *window = s->window.get();
        QVERIFY(openPage(window, QStringLiteral("availability")));
        auto *availability
            = qobject_cast<ui::tutor::AvailabilityPage *>(window->pageWidget(QStringLiteral("availability")));
        QVERIFY(availability);
        QTRY_VERIFY_WITH_TIMEOUT(availability->isReady() && availability->windows()->hasLoaded()
                                     && !availability->windows()->isLoading(),
                                 15000);
        const int windowsBefore = availability->windows()->rowCount();
        // "Every week" stays; the date's weekday stays today's; From 20:00, Until 21:00.
        QVERIFY2(tabToName(QStringLiteral("From")), qPrintable(describe(focused())));
        QVERIFY(type(QStringLiteral("2000")));
        QVERIFY2(tabToName(QStringLiteral("Until")), qPrintable(describe(focused())));
        QVERIFY(type(QStringLiteral("2100")));
        auto *from = testing::findByName<QTimeEdit>(availability, QStringLiteral("From"));
        auto *until = testing::findByName<QTimeEdit>(availability, QStringLiteral("Until"));
        QVERIFY(from && until);
        QCOMPARE(from->time(), QTime(20, 0));
        QCOMPARE(until->time(), QTime(21, 0));
        QVERIFY2(pressButton(QStringLiteral("Add availability window")), qPrintable(describe(focused())));
        QTRY_COMPARE_WITH_TIMEOUT(availability->windows()->rowCount(), windowsBefore + 1, 15000);

        // Lessons: Tab into the week's list, the arrow keys select the lesson, "Mark completed".
        QVERIFY(openPage(window, QStringLiteral("lessons")));
        auto *lessons = qobject_cast<ui::tutor::LessonsPage *>(window->pageWidget(QStringLiteral("lessons")));
        QVERIFY(lessons);
        QTRY_VERIFY_WITH_TIMEOUT(lessons->isLoaded(), 15000);
        if (lessons->weekSlots()->rowOfId(lessonId) < 0) { // it started in last week (a Monday just after midnight)
            QVERIFY2(tabTo(inWeekCalendar), qPrintable(describe(focused())));
            QVERIFY(press(Qt::Key_PageUp));
            QTRY_VERIFY_WITH_TIMEOUT(lessons->isLoaded() && lessons->weekSlots()->rowOfId(lessonId) >= 0, 15000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(lessons->weekSlots()->rowOfId(lessonId) >= 0, 15000);
        QVERIFY2(tabToName(QStringLiteral("Lessons of the week")), qPrintable(describe(focused())));
        for (int i = 0; i < 50 && Format::str(lessons->selectedSlot(), "id") != lessonId; ++i)
            QVERIFY(press(Qt::Key_Down));
        QCOMPARE(Format::str(lessons->selectedSlot(), "id"), lessonId);
        QVERIFY2(pressButton(QStringLiteral("Mark lesson completed")), qPrintable(describe(focused())));
        QTRY_COMPARE_WITH_TIMEOUT(
            Format::str(lessons->weekSlots()->object(lessons->weekSlots()->rowOfId(lessonId)), "status"),
            QStringLiteral("completed"), 15000);
    }

    void adminTriagesAnIssue()
    {
        auto s = open(testing::demoAdmin, QStringLiteral("admin"));
        QVERIFY(s);
        ui::MainWindow *window = s->window.get();
        QVERIFY(openPage(window, QStringLiteral("issues")));
        QWidget *page = window->pageWidget(QStringLiteral("issues"));
        QVERIFY(page);
        auto *investigate = testing::findByName<QPushButton>(page, QStringLiteral("Start investigating"), false);
        auto *resolve = testing::findByName<QPushButton>(page, QStringLiteral("Resolve"), false);
        QVERIFY(investigate && resolve);
        // Tab into the issues table; the arrow keys go down to the first open issue.
        QVERIFY2(tabTo([](QWidget *w) { return qobject_cast<QTableView *>(w) && w->isVisible(); }),
                 qPrintable(describe(focused())));
        auto *table = qobject_cast<QTableView *>(focused());
        QTRY_VERIFY_WITH_TIMEOUT(table->model() && table->model()->rowCount() > 0, 15000);
        for (int i = 0; i < 40 && !investigate->isEnabled(); ++i)
            QVERIFY(press(Qt::Key_Down)); // the detail follows the current row at once (no request)
        QVERIFY2(investigate->isEnabled(), "no open issue in the demo data");
        auto *chip = page->findChild<QLabel *>(QStringLiteral("StatusChip"));
        QVERIFY2(pressButton(QStringLiteral("Start investigating")), qPrintable(describe(focused())));
        QTRY_VERIFY_WITH_TIMEOUT(resolve->isEnabled() && !investigate->isEnabled(), 15000);
        if (chip)
            QTRY_VERIFY(chip->text().contains(QLatin1String("nvestigat")));
        // Resolve: the dialog takes a resolution; Return confirms (its default button).
        QVERIFY2(pressButton(QStringLiteral("Resolve")), qPrintable(describe(focused())));
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QDialog *>(QApplication::activeWindow()), 10000);
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeWindow());
        QVERIFY2(tabToName(QStringLiteral("Resolution")), qPrintable(describe(focused())));
        QVERIFY(qobject_cast<QComboBox *>(focused()));
        QVERIFY(press(Qt::Key_Down)); // the second resolution
        QVERIFY(press(Qt::Key_Tab));
        QVERIFY(type(QStringLiteral("Checked with the tutor; the course text is fixed.")));
        QVERIFY2(pressButton(QStringLiteral("Confirm resolution")), qPrintable(describe(focused())));
        QPointer<QDialog> closing(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!closing || !closing->isVisible(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!resolve->isEnabled() && !investigate->isEnabled(), 15000);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    ui::applyTheme(app);
    TestKeyboardJourneys test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keyboard_journeys.moc"
