#include "studentpages.h"

#include "bookingdialog.h"
#include "findtutorpage.h"
#include "helppage.h"
#include "mylearningpage.h"
#include "packview.h"
#include "paymentdialog.h"
#include "screeningdialog.h"
#include "studentcommon.h"

#include "calendar/calendarpage.h"
#include "common/busyindicator.h"
#include "common/messagebanner.h"
#include "common/weekview.h"
#include "models/format.h"
#include "models/pagedlistmodel.h"

#include <QTabWidget>
#include <QTimer>

namespace tutorhub::ui::student {

namespace {
using models::Format;

// While a screenshot state waits for data, a running busy indicator keeps the script waiting.
BusyIndicator *holdScreenshot(QWidget *page)
{
    auto *busy = new BusyIndicator(page);
    busy->setShowDelay(0);
    busy->start();
    return busy;
}
void release(BusyIndicator *busy)
{
    busy->stop();
    busy->deleteLater();
}
// The first catalog pack of the given scheduling type (any when empty), else the first.
QJsonObject firstPack(models::PagedListModel *packs, const QString &schedulingType)
{
    for (int row = 0; row < packs->rowCount(); ++row)
        if (schedulingType.isEmpty() || Format::str(packs->object(row), "schedulingType") == schedulingType)
            if (!Format::flag(packs->object(row), "preliminaryMeetingRequired"))
                return packs->object(row);
    return packs->rowCount() > 0 ? packs->object(0) : QJsonObject();
}
// Runs `then` once the booking dialog shows the week of the pack's first free lesson with its lessons loaded.
void onFirstFreeWeek(BookingDialog *dialog, std::function<void()> then)
{
    QObject::connect(
        dialog, &BookingDialog::firstFreeLessonKnown, dialog,
        [dialog, then] { whenLoaded(dialog->freeSlots(), dialog, then); }, Qt::SingleShotConnection);
}
// The enrollment a state shows: the first whose JSON satisfies `pick`, else the first.
void selectEnrollment(MyLearningPage *page, const std::function<bool(const QJsonObject &)> &pick)
{
    for (int row = 0; row < page->enrollments()->rowCount(); ++row)
        if (pick(page->enrollments()->object(row))) {
            page->selectEnrollment(page->enrollments()->idAt(row));
            return;
        }
}
} // namespace

void registerPages(PageRegistry &registry)
{
    registry.addPage(QStringLiteral("find-tutor"), [](const WorkspaceContext &c, QWidget *parent) -> QWidget * {
        return new FindTutorPage(c, parent);
    });
    registry.addPage(QStringLiteral("my-learning"), [](const WorkspaceContext &c, QWidget *parent) -> QWidget * {
        return new MyLearningPage(c, parent);
    });
    // Issue 15 item 2: the Calendar; a lesson opens its enrollment in My learning, a meeting says when and where (U35).
    registry.addPage(QStringLiteral("student-calendar"), [](const WorkspaceContext &c, QWidget *parent) -> QWidget * {
        const WorkspaceContext context = c;
        return new CalendarPage(
            c, models::calendar::ApiCalendarLoader::Viewer::Student,
            [context](const models::calendar::CalendarEvent &event) {
                if (event.kind != models::calendar::CalendarEvent::Lesson) {
                    if (context.banner)
                        context.banner->showMessage(
                            MessageBanner::Kind::Info,
                            QCoreApplication::translate("tutorhub::ui::student::StudentPages",
                                                        "Screening meeting for %1 with %2: %3.")
                                .arg(event.title, event.withWhom, Format::dateTime(event.startUtc)));
                    return;
                }
                auto *page = context.openPage
                                 ? qobject_cast<MyLearningPage *>(context.openPage(QStringLiteral("my-learning")))
                                 : nullptr;
                if (!page)
                    return;
                const QString enrollmentId = event.enrollmentId;
                whenLoaded(page->enrollments(), page, [page, enrollmentId] { page->selectEnrollment(enrollmentId); });
            },
            parent);
    });
    CalendarPage::addScreenshotStates(registry, QStringLiteral("student-calendar"));
    registry.addPage(QStringLiteral("help"),
                     [](const WorkspaceContext &c, QWidget *parent) -> QWidget * { return new HelpPage(c, parent); });

    auto withPack = [](const QString &type, std::function<void(FindTutorPage *, const QJsonObject &)> then) {
        return [type, then](QWidget *w) {
            auto *page = qobject_cast<FindTutorPage *>(w);
            if (!page)
                return;
            BusyIndicator *busy = holdScreenshot(page);
            whenLoaded(page->packs(), page, [page, busy, type, then] {
                then(page, firstPack(page->packs(), type));
                release(busy);
            });
        };
    };
    registry.addScreenshotState(QStringLiteral("find-tutor"), {QStringLiteral("list"), [](QWidget *w) {
                                                                   if (auto *page = qobject_cast<FindTutorPage *>(w))
                                                                       page->showCards(false);
                                                               }});
    registry.addScreenshotState(QStringLiteral("find-tutor"),
                                {QStringLiteral("pack-detail"),
                                 withPack(QStringLiteral("strict"), [](FindTutorPage *p, const QJsonObject &pack) {
                                     p->showCards(true);
                                     p->openPack(pack);
                                 })});
    registry.addScreenshotState(
        QStringLiteral("find-tutor"),
        {QStringLiteral("tutor-profile"), withPack({}, [](FindTutorPage *p, const QJsonObject &pack) {
             p->openTutor(Format::str(pack, "tutorProfileId"));
         })});
    registry.addScreenshotState(
        QStringLiteral("find-tutor"),
        {QStringLiteral("booking"), withPack(QStringLiteral("flexible"), [](FindTutorPage *p, const QJsonObject &pack) {
             p->openPack(pack);
             BookingDialog *dialog = p->openBooking(pack);
             BusyIndicator *busy = holdScreenshot(dialog);
             onFirstFreeWeek(dialog, [dialog, busy] {
                 const auto visible = dialog->weekView()->visibleItems();
                 if (!visible.isEmpty())
                     dialog->choose({visible.first().id});
                 release(busy);
             });
         })});
    // The whole flow on the screenshot server's own data: book the first free lesson, the payment opens.
    registry.addScreenshotState(
        QStringLiteral("find-tutor"),
        {QStringLiteral("payment"), withPack(QStringLiteral("flexible"), [](FindTutorPage *p, const QJsonObject &pack) {
             p->openPack(pack);
             BookingDialog *dialog = p->openBooking(pack);
             BusyIndicator *busy = holdScreenshot(p);
             QObject::connect(dialog, &BookingDialog::enrolled, busy,
                              [busy] { QTimer::singleShot(300, busy, [busy] { release(busy); }); });
             onFirstFreeWeek(dialog, [dialog, busy] {
                 const auto visible = dialog->weekView()->visibleItems();
                 if (visible.isEmpty()) {
                     release(busy); // no free lesson: the page is shot as it is
                     return;
                 }
                 dialog->choose({visible.first().id});
                 dialog->submit();
             });
         })});
    // Issue 15 item 1: the screening proposal of a pack that requires screening, two times filled in.
    registry.addScreenshotState(
        QStringLiteral("find-tutor"),
        {QStringLiteral("screening-proposal"), [](QWidget *w) {
             auto *page = qobject_cast<FindTutorPage *>(w);
             if (!page)
                 return;
             BusyIndicator *busy = holdScreenshot(page);
             whenLoaded(page->packs(), page, [page, busy] {
                 for (int row = 0; row < page->packs()->rowCount(); ++row) {
                     if (!Format::flag(page->packs()->object(row), "preliminaryMeetingRequired"))
                         continue;
                     page->openPack(page->packs()->object(row));
                     ScreeningTimesDialog *d = page->packView()->requestScreening();
                     const QDate day = QDate::currentDate().addDays(3);
                     d->setTimes({QDateTime(day, QTime(17, 0), Format::displayZone()).toUTC(),
                                  QDateTime(day.addDays(1), QTime(18, 30), Format::displayZone()).toUTC()});
                     break;
                 }
                 release(busy);
             });
         }});
    registry.addScreenshotState(QStringLiteral("find-tutor"), {QStringLiteral("back-to-catalog"), [](QWidget *w) {
                                                                   if (auto *page = qobject_cast<FindTutorPage *>(w))
                                                                       page->showCatalog();
                                                               }});

    auto withEnrollment
        = [](std::function<bool(const QJsonObject &)> pick, std::function<void(MyLearningPage *)> then) {
              return [pick, then](QWidget *w) {
                  auto *page = qobject_cast<MyLearningPage *>(w);
                  if (!page)
                      return;
                  BusyIndicator *busy = holdScreenshot(page);
                  whenLoaded(page->enrollments(), page, [page, busy, pick, then] {
                      selectEnrollment(page, pick);
                      then(page);
                      release(busy);
                  });
              };
          };
    registry.addScreenshotState(
        QStringLiteral("my-learning"),
        {QStringLiteral("payment"),
         withEnrollment(
             [](const QJsonObject &e) { return Format::str(e, "paymentStatus") == QLatin1String("pending"); },
             [](MyLearningPage *p) {
                 if (Format::str(p->currentEnrollment(), "paymentStatus") == QLatin1String("pending"))
                     p->openPayment();
             })});
    registry.addScreenshotState(
        QStringLiteral("my-learning"),
        {QStringLiteral("refund"),
         withEnrollment(
             [](const QJsonObject &e) { return Format::str(e, "refundStatus") == QLatin1String("eligible"); },
             [](MyLearningPage *p) {
                 if (p->refundEnabled())
                     p->openRefundDialog();
             })});
    registry.addScreenshotState(QStringLiteral("help"), {QStringLiteral("notifications"), [](QWidget *w) {
                                                             if (auto *tabs = w->findChild<QTabWidget *>())
                                                                 tabs->setCurrentIndex(1);
                                                         }});
}

} // namespace tutorhub::ui::student
