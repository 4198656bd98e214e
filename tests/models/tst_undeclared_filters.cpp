// PagedListModel and undeclared filters (C44): against a fake server that ignores every filter, as the
// documented cloud and `--contract strict` do, a list filtered by a field its route does not declare still
// shows only the matching rows (every row asked once with pageNumber=0, selected, sorted and paged here);
// with the undeclaredFilters extension the filter and the paging go to the server.
#include "api/contract.h"
#include "api/apiclient.h"
#include "models/format.h"
#include "models/pagedlistmodel.h"
#include "models/student/studentlists.h"
#include "models/tutor/tutorlists.h"
#include "../api/fakehttpserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace tutorhub;
using models::ListSource;
using models::PagedListModel;

namespace {

QJsonArray lessonSlotRows()
{
    QJsonArray rows;
    const char *packs[] = {"P1", "P2", "P1", "P2", "P1", "P1"};
    for (int i = 0; i < 6; ++i)
        rows.append(QJsonObject {
            {QStringLiteral("id"), QStringLiteral("s%1").arg(i)},
            {QStringLiteral("coursePackId"), QLatin1String(packs[i])},
            {QStringLiteral("status"), i == 4 ? QStringLiteral("booked") : QStringLiteral("free")},
            {QStringLiteral("scheduledDate"), i == 0 ? QStringLiteral("2026-11-30") : QStringLiteral("2026-12-01")},
            {QStringLiteral("scheduledTime"), QStringLiteral("%1:00").arg(20 - i)}});
    return rows;
}

// Ignores filters and sorting; pages as asked (pageNumber=0: every row).
test::FakeResponse answer(const test::FakeRequest &req)
{
    const QUrlQuery q(QUrl(QString::fromLatin1(req.target)).query());
    const QJsonArray all = lessonSlotRows();
    const int pageNumber = q.queryItemValue(QStringLiteral("pageNumber")).toInt();
    const int size = q.hasQueryItem(QStringLiteral("pageRowCount"))
                         ? q.queryItemValue(QStringLiteral("pageRowCount")).toInt()
                         : 25;
    QJsonArray rows;
    int pageCount = 1;
    if (pageNumber == 0) {
        rows = all;
    } else {
        for (int i = (pageNumber - 1) * size; i < qMin(int(all.size()), pageNumber * size); ++i)
            rows.append(all.at(i));
        pageCount = int((all.size() + size - 1) / size);
    }
    const QJsonObject o {{QStringLiteral("status"), QStringLiteral("OK")},
                         {QStringLiteral("dataName"), QStringLiteral("lessonSlots")},
                         {QStringLiteral("lessonSlots"), rows},
                         {QStringLiteral("paging"), QJsonObject {{QStringLiteral("pageNumber"), pageNumber},
                                                                 {QStringLiteral("pageRowCount"), int(rows.size())},
                                                                 {QStringLiteral("totalRowCount"), int(all.size())},
                                                                 {QStringLiteral("pageCount"), pageCount}}}};
    return test::FakeResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QStringList ids(const PagedListModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.idAt(r));
    return out;
}

QList<models::ListColumn> columns()
{
    return {{QStringLiteral("scheduledTime"), QStringLiteral("Time"),
             [](const QJsonObject &o) { return o.value(QStringLiteral("scheduledTime")).toString(); },
             QStringLiteral("scheduledTime")}};
}

} // namespace

class TestUndeclaredFilters : public QObject
{
    Q_OBJECT

    test::FakeHttpServer m_fake;
    api::ApiClient *m_client = nullptr;

    QUrlQuery lastQuery() const
    {
        return QUrlQuery(QUrl(QString::fromLatin1(m_fake.requests().last().target)).query());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fake.listen());
        m_fake.setHandler(answer);
        m_client = new api::ApiClient(nullptr, this);
        m_client->setEnvironment(api::Environment::custom(m_fake.baseUrl()));
        m_client->setRetryDelays({});
    }

    void init() { m_client->setServerFeatures({}); }

    void withoutTheExtensionRowsAreSelectedHere()
    {
        PagedListModel m(m_client, ListSource(api::Route::listLessonSlots), columns());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&m, &PagedListModel::pageLoaded);
        m.beginQueryChange();
        m.setFilter(QStringLiteral("coursePackId"), QStringLiteral("P1"));
        m.setFilter(QStringLiteral("status"), QStringLiteral("free"));
        m.endQueryChange();
        QVERIFY(loaded.wait(3000));
        QCOMPARE(ids(m), (QStringList {QStringLiteral("s0"), QStringLiteral("s2"), QStringLiteral("s5")}));
        QVERIFY(m.isSelectingLocally());
        QCOMPARE(m.totalCount(), 3);
        QVERIFY(!m.canFetchMore());
        const QUrlQuery q = lastQuery();
        QVERIFY(!q.hasQueryItem(QStringLiteral("coursePackId")));
        QVERIFY(!q.hasQueryItem(QStringLiteral("status")));
        QCOMPARE(q.queryItemValue(QStringLiteral("pageNumber")), QStringLiteral("0"));
    }

    void sortedAndPagedHereToo()
    {
        PagedListModel m(m_client, ListSource(api::Route::listLessonSlots), columns());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&m, &PagedListModel::pageLoaded);
        m.beginQueryChange();
        m.setMode(PagedListModel::Mode::Paged);
        m.setPageSize(2);
        m.setFilter(QStringLiteral("coursePackId"), QStringLiteral("P1"));
        m.setSort(QStringLiteral("scheduledTime"), Qt::AscendingOrder);
        m.endQueryChange();
        QVERIFY(loaded.wait(3000));
        // P1 rows s0 (20:00), s2 (18:00), s4 (16:00), s5 (15:00); ascending by time, two a page.
        QCOMPARE(ids(m), (QStringList {QStringLiteral("s5"), QStringLiteral("s4")}));
        QCOMPARE(m.pageCount(), 2);
        QCOMPARE(m.totalCount(), 4);
        m.goToPage(2);
        QVERIFY(loaded.wait(3000));
        QCOMPARE(ids(m), (QStringList {QStringLiteral("s2"), QStringLiteral("s0")}));
        QCOMPARE(m.currentPage(), 2);
    }

    void declaredFiltersAndNoFiltersPageOnTheServer()
    {
        PagedListModel m(m_client, ListSource(api::Route::listLessonSlots), columns());
        QSignalSpy loaded(&m, &PagedListModel::pageLoaded);
        m.setPageSize(4);
        QVERIFY(loaded.wait(3000));
        QVERIFY(!m.isSelectingLocally());
        QCOMPARE(lastQuery().queryItemValue(QStringLiteral("pageNumber")), QStringLiteral("1"));
        QCOMPARE(m.rowCount(), 4);
        QVERIFY(m.canFetchMore());
    }

    // C55: the documented lessonSlot has no tutorProfileId. The tutor's slot list selects the slots of the tutor's
    // packs (the lookup's) and sorts them by their documented scheduledDate + scheduledTime (no startsAt).
    void tutorSlotsAreThoseOfTheTutorsPacks()
    {
        auto lookup = std::make_shared<models::tutor::LessonLookup>();
        lookup->addPacks({QJsonObject {{QStringLiteral("id"), QStringLiteral("P1")},
                                       {QStringLiteral("title"), QStringLiteral("Algebra")}}});
        std::unique_ptr<PagedListModel> m(
            models::tutor::createSlotsModel(m_client, QStringLiteral("T1"), lookup, nullptr));
        QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(m.get(), &PagedListModel::pageLoaded);
        QVERIFY(loaded.wait(3000));
        QVERIFY(m->isSelectingLocally());
        QVERIFY(!lastQuery().hasQueryItem(QStringLiteral("tutorProfileId")));
        // P1: s0 (30 Nov 20:00), s2 (1 Dec 18:00), s4 (16:00), s5 (15:00): by start, the day before first.
        QCOMPARE(ids(*m), (QStringList {QStringLiteral("s0"), QStringLiteral("s5"), QStringLiteral("s4"),
                                        QStringLiteral("s2")}));
        const int starts = m->columnOf(QStringLiteral("startsAt"));
        QCOMPARE(m->index(0, starts).data().toString(),
                 models::Format::dateTime(QDateTime(QDate(2026, 11, 30), QTime(20, 0), QTimeZone::utc())));
        QCOMPARE(m->index(0, m->columnOf(QStringLiteral("pack"))).data().toString(), QStringLiteral("Algebra"));
    }

    // C56: a student's free lessons of a pack in a week: from/to read the documented scheduledDate +
    // scheduledTime, and the rows come in the order of their start.
    void freeLessonsOfAWeekByTheirDocumentedTime()
    {
        std::unique_ptr<PagedListModel> m(models::student::freeSlotsModel(m_client, nullptr));
        QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(m.get(), &PagedListModel::pageLoaded);
        models::student::setSlotWeek(m.get(), QStringLiteral("P1"),
                                     QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc()),
                                     QDateTime(QDate(2026, 12, 8), QTime(0, 0), QTimeZone::utc()));
        QVERIFY(loaded.wait(3000));
        QVERIFY(m->isSelectingLocally());
        // Free P1 lessons from 1 Dec on: s2 (18:00) and s5 (15:00); s0 is the day before, s4 is booked.
        QCOMPARE(ids(*m), (QStringList {QStringLiteral("s5"), QStringLiteral("s2")}));
    }

    void withTheExtensionTheServerFilters()
    {
        m_client->setServerFeatures(
            api::ServerFeatures::fromJson(R"({"profile":"local","extensions":["undeclaredFilters"]})"));
        PagedListModel m(m_client, ListSource(api::Route::listLessonSlots), columns());
        QSignalSpy loaded(&m, &PagedListModel::pageLoaded);
        m.setFilter(QStringLiteral("coursePackId"), QStringLiteral("P1"));
        QVERIFY(loaded.wait(3000));
        QVERIFY(!m.isSelectingLocally());
        const QUrlQuery q = lastQuery();
        QCOMPARE(q.queryItemValue(QStringLiteral("coursePackId")), QStringLiteral("P1"));
        QCOMPARE(q.queryItemValue(QStringLiteral("pageNumber")), QStringLiteral("1"));
        QCOMPARE(m.rowCount(), 6); // this fake ignores it; a server with the extension filters
    }
};

QTEST_GUILESS_MAIN(TestUndeclaredFilters)
#include "tst_undeclared_filters.moc"
