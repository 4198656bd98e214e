#include "tutorpages.h"

#include "availabilitypage.h"
#include "becometutorpage.h"
#include "busytimesdialog.h"
#include "coursepackspage.h"
#include "earningspage.h"
#include "lessonspage.h"
#include "packdialogs.h"
#include "profilepage.h"

#include "calendar/calendarpage.h"
#include "models/format.h"
#include "models/pagedlistmodel.h"
#include "ui/workspacecontext.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTreeWidget>
#include <QTabWidget>
#include <QTableView>
#include <QThread>

namespace tutorhub::ui::tutor {

namespace {

template<typename Page>
PageFactory factory()
{
    return [](const WorkspaceContext &context, QWidget *parent) -> QWidget * { return new Page(context, parent); };
}

// Screenshot states wait (bounded) for the page's data before opening their dialog.
// Processes events until `ready` holds or the time is up (screenshot mode only).
template<typename Ready>
bool waitUntil(Ready ready, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!ready()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return true;
}
// Selects a screening request and waits (briefly) for its proposed times, so a dialog opened next lists them.
void selectWithTimes(LessonsPage *page, const QString &id)
{
    bool loaded = false;
    const auto c = QObject::connect(page, &LessonsPage::screeningStateLoaded, page, [&loaded] { loaded = true; });
    page->selectScreening(id);
    waitUntil([&loaded] { return loaded; }, 3000); // no proposals routes (strict): the documented state stays
    QObject::disconnect(c);
}

template<typename Page, typename Ready>
bool waitFor(Page *page, Ready ready)
{
    return waitUntil([&] { return ready(page); }, 10000);
}

// A calendar file for the import dialog's screenshot: a weekly choir rehearsal (Tuesdays 18:00-20:00 in
// the display zone, from next week on), a dentist's appointment and a holiday, one cancelled meeting.
QString sampleCalendarFile()
{
    const QDate monday = QDate::currentDate().addDays(8 - QDate::currentDate().dayOfWeek());
    const QString zone = QString::fromUtf8(models::Format::displayZone().id());
    auto local
        = [](const QDate &d, int h) { return QDateTime(d, QTime(h, 0)).toString(QStringLiteral("yyyyMMdd'T'HHmmss")); };
    const QString ics
        = QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//TutorHub//screenshot//EN\r\n"
                         "BEGIN:VEVENT\r\nUID:choir@example\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;TZID=%1:%2\r\nDTEND;"
                         "TZID=%1:%3\r\n"
                         "RRULE:FREQ=WEEKLY;COUNT=6\r\nSUMMARY:@CHOIR@\r\nEND:VEVENT\r\n"
                         "BEGIN:VEVENT\r\nUID:dentist@example\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;TZID=%1:%"
                         "4\r\nDTEND;TZID=%1:%5\r\n"
                         "SUMMARY:@DENTIST@\r\nEND:VEVENT\r\n"
                         "BEGIN:VEVENT\r\nUID:holiday@example\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:%6\r\n"
                         "SUMMARY:@FAMILY@\r\nEND:VEVENT\r\n"
                         "BEGIN:VEVENT\r\nUID:meeting@example\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;TZID=%1:%"
                         "7\r\nDTEND;TZID=%1:%8\r\n"
                         "STATUS:CANCELLED\r\nSUMMARY:@MEETING@\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
              .arg(zone, local(monday.addDays(1), 18), local(monday.addDays(1), 20), local(monday.addDays(3), 10),
                   local(monday.addDays(3), 11), monday.addDays(11).toString(QStringLiteral("yyyyMMdd")),
                   local(monday.addDays(2), 17), local(monday.addDays(2), 18));
    // The sample's titles in the screenshot's language (TEXT values: commas and semicolons escaped).
    auto text = [](const char *source) {
        return QCoreApplication::translate("tutorhub::ui::tutor::AvailabilityPage", source)
            .replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char(','), QStringLiteral("\\,"))
            .replace(QLatin1Char(';'), QStringLiteral("\\;"));
    };
    QString content = ics;
    content
        .replace(QStringLiteral("@CHOIR@"),
                 text(QT_TRANSLATE_NOOP("tutorhub::ui::tutor::AvailabilityPage", "Choir rehearsal")))
        .replace(QStringLiteral("@DENTIST@"),
                 text(QT_TRANSLATE_NOOP("tutorhub::ui::tutor::AvailabilityPage", "Dentist")))
        .replace(QStringLiteral("@FAMILY@"),
                 text(QT_TRANSLATE_NOOP("tutorhub::ui::tutor::AvailabilityPage", "Family visit")))
        .replace(QStringLiteral("@MEETING@"),
                 text(QT_TRANSLATE_NOOP("tutorhub::ui::tutor::AvailabilityPage", "Parents' meeting")));
    const QString path = QDir::temp().filePath(QStringLiteral("tutorhub-screenshot-calendar.ics"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content.toUtf8()) < 0)
        return {};
    return path;
}

} // namespace

void registerPages(PageRegistry &registry)
{
    registry.addPage(QStringLiteral("become-tutor"), factory<BecomeTutorPage>());
    registry.addPage(QStringLiteral("profile"), factory<ProfilePage>());
    registry.addPage(QStringLiteral("course-packs"), factory<CoursePacksPage>());
    registry.addPage(QStringLiteral("availability"), factory<AvailabilityPage>());
    registry.addPage(QStringLiteral("lessons"), factory<LessonsPage>());
    registry.addPage(QStringLiteral("students-earnings"), factory<EarningsPage>());
    // Issue 15 item 2: the Calendar; a lesson opens on the Lessons page, a meeting among the screening requests,
    // a busy time or an availability window on the Availability page (U35).
    registry.addPage(QStringLiteral("tutor-calendar"), [](const WorkspaceContext &c, QWidget *parent) -> QWidget * {
        const WorkspaceContext context = c;
        return new CalendarPage(
            c, models::calendar::ApiCalendarLoader::Viewer::Tutor,
            [context](const models::calendar::CalendarEvent &event) {
                using models::calendar::CalendarEvent;
                if (!context.openPage)
                    return;
                if (event.kind == CalendarEvent::Busy || event.kind == CalendarEvent::Availability) {
                    context.openPage(QStringLiteral("availability"));
                    return;
                }
                auto *page = qobject_cast<LessonsPage *>(context.openPage(QStringLiteral("lessons")));
                if (!page)
                    return;
                if (event.kind == CalendarEvent::Lesson) {
                    page->showSlot(event.id, event.startUtc);
                } else {
                    page->tabs()->setCurrentIndex(1);
                    page->selectScreening(event.id);
                }
            },
            parent);
    });
    CalendarPage::addScreenshotStates(registry, QStringLiteral("tutor-calendar"));

    registry.addScreenshotState(
        QStringLiteral("course-packs"),
        {QStringLiteral("pack-editor"), [](QWidget *w) {
             auto *page = qobject_cast<CoursePacksPage *>(w);
             if (!page || !waitFor(page, [](CoursePacksPage *p) { return p->packs() && p->packs()->rowCount() > 0; }))
                 return;
             page->packView()->selectRow(0);
             if (auto *d = page->editPack())
                 waitUntil([d] { return d->categoriesLoaded(); }, 5000);
         }});
    registry.addScreenshotState(
        QStringLiteral("course-packs"),
        {QStringLiteral("material-dialog"), [](QWidget *w) {
             auto *page = qobject_cast<CoursePacksPage *>(w);
             if (!page || !waitFor(page, [](CoursePacksPage *p) { return p->packs() && p->packs()->rowCount() > 0; }))
                 return;
             page->packView()->selectRow(0);
             if (auto *d = page->addMaterial()) {
                 d->setTitle(QObject::tr("Worked examples, chapter 3"));
                 d->setKind(QStringLiteral("externalLink"));
                 d->setUrl(QStringLiteral("https://example.org/chapter-3"));
             }
         }});
    registry.addScreenshotState(
        QStringLiteral("availability"),
        {QStringLiteral("import-busy-times"), [](QWidget *w) {
             auto *page = qobject_cast<AvailabilityPage *>(w);
             if (!page || !waitFor(page, [](AvailabilityPage *p) { return p->isReady(); }))
                 return;
             if (auto *d = page->openImportDialog()) {
                 d->setFile(sampleCalendarFile());
                 waitUntil([d] { return d->preview()->topLevelItemCount() > 0 || !d->errorText().isEmpty(); }, 5000);
             }
         }});
    registry.addScreenshotState(QStringLiteral("lessons"),
                                {QStringLiteral("slot-generation"), [](QWidget *w) {
                                     auto *page = qobject_cast<LessonsPage *>(w);
                                     if (!page || !waitFor(page, [](LessonsPage *p) { return p->isLoaded(); }))
                                         return;
                                     page->generate();
                                 }});
    registry.addScreenshotState(
        QStringLiteral("lessons"),
        {QStringLiteral("screening-decision"), [](QWidget *w) {
             auto *page = qobject_cast<LessonsPage *>(w);
             if (!page || !waitFor(page, [](LessonsPage *p) { return p->screening() && p->screening()->hasLoaded(); }))
                 return;
             page->tabs()->setCurrentIndex(1);
             for (int r = 0; r < page->screening()->rowCount(); ++r) {
                 if (models::Format::str(page->screening()->object(r), "tutorDecision") == QLatin1String("pending")) {
                     selectWithTimes(page, page->screening()->idAt(r));
                     page->decideScreening(ScreeningDecisionDialog::Mode::Approve);
                     return;
                 }
             }
         }});
    // Issue 15 item 1: another time proposed back to the student (when a request is pending).
    registry.addScreenshotState(
        QStringLiteral("lessons"),
        {QStringLiteral("screening-propose"), [](QWidget *w) {
             auto *page = qobject_cast<LessonsPage *>(w);
             if (!page || !waitFor(page, [](LessonsPage *p) { return p->screening() && p->screening()->hasLoaded(); }))
                 return;
             page->tabs()->setCurrentIndex(1);
             for (int r = 0; r < page->screening()->rowCount(); ++r) {
                 if (models::Format::str(page->screening()->object(r), "tutorDecision") == QLatin1String("pending")) {
                     selectWithTimes(page, page->screening()->idAt(r));
                     if (auto *d = page->decideScreening(ScreeningDecisionDialog::Mode::Propose))
                         d->setValues(
                             QDateTime(QDate::currentDate().addDays(4), QTime(18, 0), models::Format::displayZone())
                                 .toUTC(),
                             QStringLiteral("https://meet.example.org/screening"),
                             QObject::tr("Could we meet a little later?"));
                     return;
                 }
             }
         }});
}

} // namespace tutorhub::ui::tutor
