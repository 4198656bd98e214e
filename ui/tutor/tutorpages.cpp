#include "tutorpages.h"

#include "availabilitypage.h"
#include "becometutorpage.h"
#include "coursepackspage.h"
#include "earningspage.h"
#include "lessonspage.h"
#include "packdialogs.h"
#include "profilepage.h"

#include "models/format.h"
#include "models/pagedlistmodel.h"
#include "ui/workspacecontext.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTabWidget>
#include <QTableView>
#include <QThread>

namespace tutorhub::ui::tutor {

namespace {

template <typename Page>
PageFactory factory()
{
    return [](const WorkspaceContext &context, QWidget *parent) -> QWidget * { return new Page(context, parent); };
}

// Screenshot states wait (bounded) for the page's data before opening their dialog.
// Processes events until `ready` holds or the time is up (screenshot mode only).
template <typename Ready>
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

template <typename Page, typename Ready>
bool waitFor(Page *page, Ready ready)
{
    return waitUntil([&] { return ready(page); }, 10000);
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

    registry.addScreenshotState(QStringLiteral("course-packs"), {QStringLiteral("pack-editor"), [](QWidget *w) {
        auto *page = qobject_cast<CoursePacksPage *>(w);
        if (!page || !waitFor(page, [](CoursePacksPage *p) { return p->packs() && p->packs()->rowCount() > 0; }))
            return;
        page->packView()->selectRow(0);
        if (auto *d = page->editPack())
            waitUntil([d] { return d->categoriesLoaded(); }, 5000);
    }});
    registry.addScreenshotState(QStringLiteral("course-packs"), {QStringLiteral("material-dialog"), [](QWidget *w) {
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
    registry.addScreenshotState(QStringLiteral("lessons"), {QStringLiteral("slot-generation"), [](QWidget *w) {
        auto *page = qobject_cast<LessonsPage *>(w);
        if (!page || !waitFor(page, [](LessonsPage *p) { return p->isLoaded(); }))
            return;
        page->generate();
    }});
    registry.addScreenshotState(QStringLiteral("lessons"), {QStringLiteral("screening-decision"), [](QWidget *w) {
        auto *page = qobject_cast<LessonsPage *>(w);
        if (!page || !waitFor(page, [](LessonsPage *p) { return p->screening() && p->screening()->hasLoaded(); }))
            return;
        page->tabs()->setCurrentIndex(1);
        for (int r = 0; r < page->screening()->rowCount(); ++r) {
            if (models::Format::str(page->screening()->object(r), "tutorDecision") == QLatin1String("pending")) {
                page->selectScreening(page->screening()->idAt(r));
                page->decideScreening(true);
                return;
            }
        }
    }});
}

} // namespace tutorhub::ui::tutor
