// Contract tests of the conventions every segment shares (API.md §1, decisions D1-D6, D15, D16).
// One server per run. The slots are implemented in tst_contract_core*.cpp by area.
#pragma once

#include "contractchecks.h"

#include <QObject>

class TstContractCore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void startupLine();
    void healthOnEverySegment_data();
    void healthOnEverySegment();
    void sessionRoutesOnEverySegment_data();
    void sessionRoutesOnEverySegment();
    void permissionRoutes();

    void successEnvelopeGet();
    void successEnvelopeList();
    void successEnvelopeCreate();
    void errorUnknownRoute();
    void errorWrongMethod();
    void errorMalformedJson();
    void errorRequestTooLarge();
    void errorBadShapes();
    void concurrentRequests();
    void missingToken();

    void tokenLocations_data();
    void tokenLocations();
    void tokenInUrlRefused();
    void tokenLookupOrder();
    void forgedToken();
    void loggedOutToken();
    void publicKey();
    void jwtIsRs256();

    // Lists: paging, filters, sorting, payload fields (tst_contract_core_lists.cpp)
    void pagingDefaults();
    void pagingPages();
    void pagingAll();
    void pagingBadValue();
    void filterEmailPartialCaseInsensitive();
    void filterFullname();
    void filterRoleIdAndRepeatedValues();
    void filterNull();
    void filterUnknownIgnored();
    void sorting();
    void userPayloadFields();
    void passwordNeverPresent();

    void serverOutput(); // keep last: stops the server and checks its stdout/stderr

public:
    struct Login
    {
        QString token, userId, sessionId, roleId;
    };

private:
    void login(Login &out, const QString &email);
    QJsonArray listUsers(const contract::Query &query, contract::Reply *reply = nullptr);
    static QStringList field(const QJsonArray &rows, const QString &name);

    contract::Server m_server;
    Login m_admin;
    Login m_lena;
};
