// VisibleRowsTracker with a windowed PagedListModel (F34) in a real table view, offscreen, against the real
// local server (in-process, demo data): scrolling back to the top brings the first pages back, and the rows
// shown are never the released ones.
#include "api/apiclient.h"
#include "models/format.h"
#include "models/pagedlistmodel.h"
#include "testserver.h"
#include "ui/common/visiblerows.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace tutorhub;
using models::PagedListModel;

class TestVisibleRows : public QObject
{
    Q_OBJECT

    test::TestServer m_server;

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void scrollingBackBringsTheShownPagesBack()
    {
        api::ApiClient client;
        client.setEnvironment(api::Environment::local(m_server.baseUrl()));
        models::ListSource source(api::Route::listCoursePacks);
        source.attachToken = false;
        PagedListModel model(
            &client, source,
            {{QStringLiteral("title"), QStringLiteral("Title"),
              [](const QJsonObject &o) { return models::Format::str(o, "title"); }, QStringLiteral("title")}});
        model.beginQueryChange();
        model.setPageSize(1);
        model.setSort(QStringLiteral("title"), Qt::AscendingOrder);
        model.endQueryChange();
        model.setResidentPages(1);
        QTableView view;
        view.verticalHeader()->setDefaultSectionSize(30);
        view.verticalHeader()->hide();
        view.horizontalHeader()->hide();
        view.setModel(&model);
        ui::VisibleRowsTracker::install(&view, &model);
        view.resize(400, 45); // one row and a half shown
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(model.hasLoaded() && !model.isLoading(), 15000);
        // Scrolled to the end, one page at a time (the view also asks for more when it reaches the bottom).
        while (model.canFetchMore() || model.isLoading()) {
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 15000);
            view.scrollToBottom();
            model.fetchMore();
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 15000);
            QTest::qWait(1);
        }
        const int rows = model.rowCount();
        QVERIFY2(rows >= 4, "the demo data has at least four public course packs");
        view.scrollToBottom();
        QTRY_VERIFY(model.isRowResident(rows - 1));
        QTRY_VERIFY(!model.isRowResident(0)); // the top was released

        // Back at the top: the tracker reports it, the first pages come back with their titles.
        view.verticalScrollBar()->setValue(0);
        QTRY_VERIFY_WITH_TIMEOUT(model.isRowResident(0) && model.isRowResident(1), 15000);
        QVERIFY(!model.index(0, 0).data().toString().isEmpty());
        QCOMPARE(view.indexAt(QPoint(5, 5)).row(), 0);
        QTRY_VERIFY(!model.isRowResident(rows - 1)); // and the far end is released in turn
        // Rows 0 and 1 are (partly) shown: those two pages and one on either side stay, the rest is released.
        QVERIFY(model.residentPageCount() <= 4);
        QVERIFY(model.residentPageCount() < rows);
    }
};

QTEST_MAIN(TestVisibleRows)
#include "tst_visiblerows.moc"
