// PagedListModel against the real local server (in-process, demo data), under
// QAbstractItemModelTester for the whole test; plus the enum labels and formatters it relies on.
#include "api/contract.h"
#include "api/apiclient.h"
#include "api/authapi.h"
#include "models/format.h"
#include "models/labels.h"
#include "models/pagedlistmodel.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace tutorhub;
using models::Format;
using models::ListColumn;
using models::ListSource;
using models::PagedListModel;

namespace {
QList<ListColumn> packColumns()
{
    return {
        {QStringLiteral("title"), QStringLiteral("Title"), [](const QJsonObject &o) { return Format::str(o, "title"); },
         QStringLiteral("title")},
        {QStringLiteral("tutor"),
         QStringLiteral("Tutor"),
         [](const QJsonObject &o) { return Format::str(Format::join(o, "tutorProfile"), "displayName"); },
         {}},
        {QStringLiteral("price"), QStringLiteral("Price"),
         [](const QJsonObject &o) { return Format::money(Format::num(o, "price")); }, QStringLiteral("price"),
         Qt::AlignRight | Qt::AlignVCenter},
    };
}
ListSource packSource()
{
    ListSource s(api::Route::listCoursePacks);
    s.attachToken = false;
    return s;
}
} // namespace

class TestPagedListModel : public QObject
{
    Q_OBJECT

    test::TestServer m_server;
    api::ApiClient *m_client = nullptr;
    std::unique_ptr<PagedListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_publicPacks = 0;

    bool waitIdle(PagedListModel &m, int ms = 15000)
    {
        return QTest::qWaitFor([&] { return m.hasLoaded() && m.state() != PagedListModel::State::Loading; }, ms);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_client = new api::ApiClient(nullptr, this);
        m_client->setEnvironment(api::Environment::local(m_server.baseUrl()));
        // These tests exercise the local server's own filters (tutorProfileId, minPrice on coursepacks are not
        // declared by the contract): the client sends them only to a server naming undeclaredFilters (C44).
        m_client->setServerFeatures(api::ServerFeatures::fromJson(R"({"extensions":["undeclaredFilters"]})"));
        m_model = std::make_unique<PagedListModel>(m_client, packSource(), packColumns());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_model.reset();
        m_server.stop();
    }

    void firstPageThenFetchMoreUntilAll()
    {
        m_model->setPageSize(2);
        m_model->refresh();
        QVERIFY(waitIdle(*m_model));
        QCOMPARE(m_model->rowCount(), 2);
        m_publicPacks = m_model->totalCount();
        QVERIFY2(m_publicPacks > 2, "the demo data has more than two public course packs");
        QCOMPARE(m_model->columnCount(), 3);
        QCOMPARE(m_model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Price"));
        // Joined tutor name, not an id.
        QVERIFY(!m_model->index(0, 1).data().toString().isEmpty());
        QVERIFY(!m_model->index(0, 0).data(PagedListModel::IdRole).toString().isEmpty());
        QVERIFY(m_model->index(0, 0)
                    .data(PagedListModel::ObjectRole)
                    .value<QJsonObject>()
                    .contains(QStringLiteral("price")));
        while (m_model->canFetchMore()) {
            m_model->fetchMore();
            QVERIFY(!m_model->canFetchMore()); // one page at a time
            QVERIFY(QTest::qWaitFor([&] { return m_model->state() == PagedListModel::State::Idle; }, 15000));
        }
        QCOMPARE(m_model->rowCount(), m_publicPacks);
        QSet<QString> ids;
        for (int r = 0; r < m_model->rowCount(); ++r)
            ids.insert(m_model->idAt(r));
        QCOMPARE(int(ids.size()), m_publicPacks); // no page loaded twice
    }

    void boundedWindowReleasesFarPagesAndFetchesThemAgain()
    {
        // F34: a window of pages. One pack per page so that the demo data gives several pages.
        PagedListModel model(m_client, packSource(), packColumns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.beginQueryChange();
        model.setPageSize(1);
        model.setSort(QStringLiteral("title"), Qt::AscendingOrder);
        model.endQueryChange();
        model.setResidentPages(1);
        QStringList ids; // each row's id as it arrives (the tester asks for pages too)
        connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) {
            for (int row = first; row <= last; ++row)
                ids << model.idAt(row);
        });
        connect(&model, &QAbstractItemModel::modelReset, this, [&] {
            ids.clear();
            for (int row = 0; row < model.rowCount(); ++row)
                ids << model.idAt(row);
        });
        QVERIFY(waitIdle(model));
        while (model.canFetchMore()) {
            model.fetchMore();
            QVERIFY(QTest::qWaitFor([&] { return model.state() == PagedListModel::State::Idle; }, 15000));
        }
        const int pages = int(ids.size());
        QVERIFY2(pages >= 4,
                 qPrintable(QStringLiteral("the demo data has at least four public course packs, not %1").arg(pages)));
        QCOMPARE(model.rowCount(), pages); // the row count keeps every row
        // No view has reported: the newest page and the one before stay, with one more (the visible pages
        // and one on either side are the least a window holds); the oldest were released.
        QCOMPARE(model.residentPageCount(), 3);
        QVERIFY(!model.isRowResident(0));
        QVERIFY(model.object(0).isEmpty());
        QVERIFY(model.index(0, 0).data().toString().isEmpty());
        QVERIFY(model.isRowResident(pages - 1));
        QVERIFY(!model.idAt(pages - 1).isEmpty());

        // The view is back at the top: the first pages are asked for again and show the same packs; the
        // far end is released in turn.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setVisibleRows(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(model.isRowResident(0) && model.isRowResident(1), 15000);
        QCOMPARE(model.idAt(0), ids.at(0));
        QCOMPARE(model.idAt(1), ids.at(1));
        QVERIFY(!model.index(0, 0).data().toString().isEmpty());
        QVERIFY(changed.count() >= 2);
        QCOMPARE(model.residentPageCount(), 3);
        QVERIFY(!model.isRowResident(pages - 1));
        QVERIFY(model.object(pages - 1).isEmpty());

        // Without a bound every page comes back.
        model.setResidentPages(0);
        QTRY_COMPARE_WITH_TIMEOUT(model.residentPageCount(), pages, 15000);
        for (int row = 0; row < pages; ++row)
            QCOMPARE(model.idAt(row), ids.at(row));
    }

    void windowAfterARemovedRowLoadsAgain()
    {
        // A row removed here (a local write) shifts the rows: released pages can no longer be put back at
        // their offsets, so reaching one reloads the list from its first page.
        PagedListModel model(m_client, packSource(), packColumns());
        model.beginQueryChange();
        model.setPageSize(1);
        model.setSort(QStringLiteral("title"), Qt::AscendingOrder);
        model.endQueryChange();
        model.setResidentPages(1);
        QVERIFY(waitIdle(model));
        while (model.canFetchMore()) {
            model.fetchMore();
            QVERIFY(QTest::qWaitFor([&] { return model.state() == PagedListModel::State::Idle; }, 15000));
        }
        const int pages = model.rowCount();
        QVERIFY(!model.isRowResident(0));
        const QString last = model.idAt(pages - 1);
        model.removeId(last);
        QCOMPARE(model.rowCount(), pages - 1);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setVisibleRows(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(reset.count() == 1 && !model.isLoading(), 15000);
        QCOMPARE(model.rowCount(), 1); // the first page again
        QVERIFY(model.isRowResident(0));
        QVERIFY(!model.idAt(0).isEmpty());
    }

    void serverSideSort()
    {
        m_model->setPageSize(100);
        m_model->sort(2, Qt::DescendingOrder);
        QCOMPARE(m_model->sortField(), QStringLiteral("price"));
        QVERIFY(waitIdle(*m_model));
        QCOMPARE(m_model->rowCount(), m_publicPacks);
        for (int r = 1; r < m_model->rowCount(); ++r)
            QVERIFY(Format::num(m_model->object(r - 1), "price") >= Format::num(m_model->object(r), "price"));
        m_model->sort(1, Qt::AscendingOrder); // the tutor column has no sort field: ignored
        QCOMPARE(m_model->sortField(), QStringLiteral("price"));
    }

    void staleAnswersAreDropped()
    {
        const QString wanted = Format::str(m_model->object(0), "title");
        QSignalSpy loaded(m_model.get(), &PagedListModel::pageLoaded);
        // Three queries in a row: only the last one's answer may show.
        m_model->setFilter(QStringLiteral("title"), QStringLiteral("zzz-no-such-pack"));
        m_model->setFilter(QStringLiteral("title"), QStringLiteral("also-not-there"));
        m_model->setFilter(QStringLiteral("title"), wanted);
        QVERIFY(waitIdle(*m_model));
        QTest::qWait(300); // answers to the older queries would have arrived by now
        QCOMPARE(loaded.count(), 1);
        QVERIFY(m_model->rowCount() >= 1);
        for (int r = 0; r < m_model->rowCount(); ++r)
            QVERIFY(Format::str(m_model->object(r), "title").contains(wanted, Qt::CaseInsensitive));
        QCOMPARE(m_model->filter(QStringLiteral("title")), wanted);
    }

    void narrowingATextFilterShowsMatchingRowsAtOnce()
    {
        m_model->beginQueryChange();
        m_model->clearFilters();
        m_model->setPageSize(100);
        m_model->endQueryChange();
        QVERIFY(waitIdle(*m_model));
        m_model->setLocalFilter(QStringLiteral("title"), PagedListModel::containsText(QStringLiteral("title")));
        const QString title = Format::str(m_model->object(0), "title");
        QVERIFY(title.size() >= 4);
        QSignalSpy narrowed(m_model.get(), &PagedListModel::narrowedLocally);
        m_model->setFilter(QStringLiteral("title"), title.left(1)); // no earlier text: nothing to narrow
        QCOMPARE(narrowed.count(), 0);
        QVERIFY(waitIdle(*m_model));
        const int broad = m_model->rowCount();
        m_model->setFilter(QStringLiteral("title"), title.left(4).toUpper()); // narrower: rows leave at once
        QCOMPARE(narrowed.count(), 1);
        QVERIFY(m_model->isLoading());
        QVERIFY(m_model->rowCount() <= broad);
        QVERIFY(m_model->rowCount() >= 1);
        for (int r = 0; r < m_model->rowCount(); ++r)
            QVERIFY(Format::str(m_model->object(r), "title").contains(title.left(4), Qt::CaseInsensitive));
        const int local = m_model->rowCount();
        QVERIFY(waitIdle(*m_model));
        QCOMPARE(m_model->rowCount(), local); // every match was loaded: the server agrees
        m_model->setFilter(QStringLiteral("title"), title.left(2)); // wider: must wait for the server
        QCOMPARE(narrowed.count(), 1);
        QVERIFY(waitIdle(*m_model));
        m_model->setLocalFilter(QStringLiteral("title"), {});
        m_model->setFilter(QStringLiteral("title"), QString());
        QVERIFY(waitIdle(*m_model));
    }

    void batchedQueryChangeSendsOneRequest()
    {
        QSignalSpy loaded(m_model.get(), &PagedListModel::pageLoaded);
        QSignalSpy states(m_model.get(), &PagedListModel::stateChanged);
        m_model->beginQueryChange();
        m_model->clearFilters();
        m_model->setSort(QStringLiteral("title"), Qt::AscendingOrder);
        m_model->setFilter(QStringLiteral("minPrice"), QStringLiteral("0"));
        QCOMPARE(states.count(), 0);
        m_model->endQueryChange();
        QVERIFY(waitIdle(*m_model));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(m_model->rowCount(), m_publicPacks);
    }

    void badFilterShowsASentenceAndRecovers()
    {
        QSignalSpy errors(m_model.get(), &PagedListModel::errorOccurred);
        m_model->setFilter(QStringLiteral("tutorProfileId"), QStringLiteral("not-a-uuid"));
        QVERIFY(QTest::qWaitFor([&] { return m_model->state() == PagedListModel::State::Error; }, 15000));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(m_model->error().httpStatus, 400);
        QVERIFY(!m_model->errorText().isEmpty());
        QVERIFY(!m_model->errorText().contains(QStringLiteral("errMsg")));
        QVERIFY(!m_model->canFetchMore());
        m_model->setFilter(QStringLiteral("tutorProfileId"), QString());
        QVERIFY(QTest::qWaitFor([&] { return m_model->state() == PagedListModel::State::Idle; }, 15000));
        QVERIFY(m_model->errorText().isEmpty());
        QCOMPARE(m_model->rowCount(), m_publicPacks);
    }

    void pagedModeJumpsToTheLastPage()
    {
        m_model->beginQueryChange();
        m_model->setMode(PagedListModel::Mode::Paged);
        m_model->setPageSize(2);
        m_model->endQueryChange();
        QVERIFY(waitIdle(*m_model));
        QCOMPARE(m_model->currentPage(), 1);
        const int pages = m_model->pageCount();
        QCOMPARE(pages, (m_publicPacks + 1) / 2);
        QVERIFY(!m_model->canFetchMore()); // pages are jumped to, not appended
        m_model->goToPage(pages);
        QVERIFY(QTest::qWaitFor(
            [&] { return m_model->state() == PagedListModel::State::Idle && m_model->currentPage() == pages; }, 15000));
        QCOMPARE(m_model->rowCount(), m_publicPacks - (pages - 1) * 2);
    }

    void localWritesUpdateRows()
    {
        QVERIFY(m_model->rowCount() > 0);
        QJsonObject changed = m_model->object(0);
        const QString id = m_model->idAt(0);
        QSignalSpy changedSpy(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->replaceObject(
            QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("title"), QStringLiteral("Renamed")}});
        QCOMPARE(changedSpy.count(), 1);
        QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("Renamed"));
        QVERIFY(!m_model->index(0, 1).data().toString().isEmpty()); // the join survived
        const int before = m_model->rowCount();
        m_model->removeId(id);
        QCOMPARE(m_model->rowCount(), before - 1);
        QCOMPARE(m_model->rowOfId(id), -1);
    }

    // Without the extension the same filter gives the same rows, selected on the client (C44).
    void undeclaredFilterWithoutTheExtension()
    {
        QVERIFY(m_model->rowCount() > 0);
        const QString tutor = m_model->object(0).value(QStringLiteral("tutorProfileId")).toString();
        QVERIFY(!tutor.isEmpty());
        PagedListModel server(m_client, packSource(), packColumns());
        server.setFilter(QStringLiteral("tutorProfileId"), tutor);
        QVERIFY(waitIdle(server) && server.hasLoaded());
        QVERIFY(!server.isSelectingLocally());

        api::ApiClient documented(nullptr);
        documented.setEnvironment(api::Environment::local(m_server.baseUrl()));
        PagedListModel local(&documented, packSource(), packColumns());
        QAbstractItemModelTester tester(&local, QAbstractItemModelTester::FailureReportingMode::QtTest);
        local.setFilter(QStringLiteral("tutorProfileId"), tutor);
        QVERIFY(
            QTest::qWaitFor([&] { return local.hasLoaded() && local.state() == PagedListModel::State::Idle; }, 15000));
        QVERIFY(local.isSelectingLocally());
        QVERIFY(local.rowCount() > 0);
        QVERIFY(local.rowCount() < m_publicPacks);
        QCOMPARE(local.rowCount(), server.rowCount());
        for (int r = 0; r < local.rowCount(); ++r)
            QCOMPARE(local.object(r).value(QStringLiteral("tutorProfileId")).toString(), tutor);
    }

    void labelsAndFormats()
    {
        QCOMPARE(
            models::Labels::enumLabel(QStringLiteral("lessonSlot"), QStringLiteral("status"), QStringLiteral("booked")),
            QStringLiteral("Booked"));
        QCOMPARE(
            models::Labels::enumLabel(QStringLiteral("adminIssue"), QStringLiteral("status"), QStringLiteral("open")),
            QStringLiteral("Open"));
        QCOMPARE(models::Labels::enumLabel(QStringLiteral("enrollment"), QStringLiteral("enrollmentStatus"),
                                           QStringLiteral("pending")),
                 QStringLiteral("Awaiting payment"));
        QCOMPARE(models::Labels::tone(QStringLiteral("x"), QStringLiteral("paymentStatus"), QStringLiteral("paid")),
                 QStringLiteral("positive"));
        QCOMPARE(models::Labels::enumValues(QStringLiteral("x"), QStringLiteral("dayOfWeek")).size(), 7);
        QCOMPARE(
            models::Labels::enumLabel(QStringLiteral("x"), QStringLiteral("paymentStatus"), QStringLiteral("newValue")),
            QStringLiteral("newValue"));

        Format::setDisplayZone(QTimeZone("Europe/Berlin"));
        const QDateTime utc = Format::parseUtc(QStringLiteral("2026-03-29T00:30:00.000Z"));
        QVERIFY(utc.isValid());
        QCOMPARE(Format::local(utc).time(), QTime(1, 30)); // CET, before the change
        const QDateTime after = Format::parseUtc(QStringLiteral("2026-03-29T01:30:00Z"));
        QCOMPARE(Format::local(after).time(), QTime(3, 30)); // CEST, after the change
        QVERIFY(Format::displayZoneName(after).startsWith(QStringLiteral("Europe/Berlin")));
        QCOMPARE(Format::toIsoUtc(after), QStringLiteral("2026-03-29T01:30:00.000Z"));
        Format::setDisplayZone(QTimeZone());
        QVERIFY(Format::money(25.5).contains(QStringLiteral("25")));
        QVERIFY(Format::money(25.5).contains(QStringLiteral("€")));
        const QJsonObject withJoin {
            {QStringLiteral("tutorProfile"),
             QJsonArray {QJsonObject {{QStringLiteral("displayName"), QStringLiteral("Maria")}}}}};
        QCOMPARE(Format::str(Format::join(withJoin, "tutorProfile"), "displayName"), QStringLiteral("Maria"));
        QVERIFY(Format::parseUtc(QStringLiteral("garbage")).isNull());
    }
};

QTEST_MAIN(TestPagedListModel)
#include "tst_pagedlistmodel.moc"
