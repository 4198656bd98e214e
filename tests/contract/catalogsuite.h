// The common base of the tutorCatalog contract suites (tst_contract_catalog, tst_contract_materials,
// tst_contract_tutorprofiles): one server with demo data and the demo accounts signed in (CatalogFixture), started
// before the first test and stopped after the last.
#pragma once

#include "catalogfixture.h"

#include <QObject>

namespace contract {

class CatalogSuite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString error = f.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanupTestCase() { f.server.stop(); }

protected:
    CatalogFixture f;
};

} // namespace contract
