// Small shared widgets: message banner and busy indicator (the 200 ms rule).
#include "common/busyindicator.h"
#include "common/messagebanner.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace tutorhub::ui;

class TestCommon : public QObject
{
    Q_OBJECT

private slots:
    void bannerShowsAndClears()
    {
        QWidget top;
        auto *banner = new MessageBanner(&top);
        top.show();
        QVERIFY(!banner->isVisible());
        QSignalSpy changed(banner, &MessageBanner::messageChanged);
        banner->showMessage(MessageBanner::Kind::Error, QStringLiteral("The password is wrong."));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), QStringLiteral("The password is wrong."));
        QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
        QCOMPARE(banner->accessibleDescription(), banner->text());
        QVERIFY(!banner->accessibleName().isEmpty());
        banner->clear();
        QVERIFY(!banner->isVisible());
        QVERIFY(!banner->hasMessage());
        QCOMPARE(changed.count(), 2);
        banner->showMessage(MessageBanner::Kind::Info, QString()); // empty = clear
        QVERIFY(!banner->isVisible());
    }

    void busyIndicatorWaits200ms()
    {
        QWidget top;
        auto *busy = new BusyIndicator(&top);
        top.show();
        busy->start();
        QVERIFY(busy->isRunning());
        QVERIFY(!busy->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(busy->isVisible(), 1000);
        busy->stop();
        QVERIFY(!busy->isVisible());
        // A quick job never shows it.
        busy->start();
        QTest::qWait(50);
        busy->stop();
        QTest::qWait(250);
        QVERIFY(!busy->isVisible());
    }
};

QTEST_MAIN(TestCommon)
#include "tst_common.moc"
