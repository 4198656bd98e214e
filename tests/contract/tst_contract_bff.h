// Contract tests of the BFF (API.md §3.7, G50-G53): the generic routes on every index, the named and
// aggregated views, saved filters, and the same visibility as the business services.
#pragma once

#include "adminfixture.h"

#include <QTest>

namespace contract {

inline const QString kBff = QStringLiteral("/bff-api/");

// Every data object of the platform is an index (API.md §3.7: index names = data-object names).
struct IndexAccess
{
    const char *name;
    const char *access; // public, signedIn, admin
};
inline const QList<IndexAccess> &objectIndices()
{
    static const QList<IndexAccess> l {
        {"user", "signedIn"},
        {"userAvatarsFile", "signedIn"},
        {"tutorProfile", "public"},
        {"coursePack", "public"},
        {"courseMaterial", "signedIn"},
        {"courseCategory", "public"},
        {"availability", "signedIn"},
        {"lessonSlot", "signedIn"},
        {"preliminaryMeeting", "signedIn"},
        {"enrollment", "signedIn"},
        {"refundRequest", "signedIn"},
        {"sys_enrollmentPayment", "signedIn"},
        {"sys_paymentCustomer", "signedIn"},
        {"sys_paymentMethod", "signedIn"},
        {"adminIssue", "signedIn"},
        {"adminModerationAction", "admin"},
        {"adminAnalyticsReport", "admin"},
        {"conversation", "signedIn"},
        {"chatMessage", "signedIn"},
        {"chatModeration", "admin"},
        {"notification", "signedIn"},
        {"device", "signedIn"},
        {"sys_agentOverride", "admin"},
        {"sys_agentExecution", "admin"},
        {"sys_toolCatalog", "admin"},
    };
    return l;
}
inline const QList<IndexAccess> &namedViews()
{
    static const QList<IndexAccess> l {
        {"publicTutorProfileView", "public"},     {"publicCoursePackView", "public"},
        {"publicCourseCategoryView", "public"},   {"issueReportStatusChangedView", "signedIn"},
        {"contentModerationActionView", "admin"}, {"adminDashboardStatsView", "admin"},
    };
    return l;
}
inline const QList<IndexAccess> &aggregatedViews()
{
    static const QList<IndexAccess> l {
        {"studentEnrollmentDashboardView", "signedIn"},
        {"tutorDashboardCoursesView", "signedIn"},
        {"enrollmentNotificationView", "signedIn"},
        {"refundNotificationView", "signedIn"},
        {"preliminaryScreeningDecisionView", "signedIn"},
        {"enrollmentRequiresScreeningView", "signedIn"},
        {"deneme", "signedIn"},
    };
    return l;
}

// The count envelope: the documented keys with `count` a number.
inline QString countProblem(const Reply &r, const QByteArray &method)
{
    if (r.status != 200)
        return QStringLiteral("expected HTTP 200") + where(r);
    Reply copy = r;
    QJsonObject o = r.obj();
    if (!isInteger(o.value(QStringLiteral("count"))))
        return QStringLiteral("count is not an integer number") + where(r);
    o.insert(QStringLiteral("count"), QJsonObject {});
    copy.doc = QJsonDocument(o);
    return envelopeProblem(copy, 200, QStringLiteral("count"), method, QStringLiteral("count"), Shape::Single, false);
}

inline int totalOf(const Reply &r)
{
    return r.value(QStringLiteral("paging")).toObject().value(QStringLiteral("totalRowCount")).toInt();
}

inline QJsonArray rowsOf(const Reply &r)
{
    return r.payload().toArray();
}

} // namespace contract

class TstContractBff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }

    // tst_contract_bff.cpp: generic routes, access, paging, sorting, q, filters
    void everyIndexHasItsRoutes();
    void unknownIndexAndMethod();
    void accessMatrixOfEveryIndex();
    void listEnvelopeAndPaging();
    void pagingBadInput();
    void sortByAndSortOrder();
    void fullTextQ();
    void filtersBody();
    void filtersBadInput();
    void countMatchesList();
    void getOneDocument();
    void schemaDescribesVisibleFields();
    void rule34_enrollmentVisibility();
    void rule44_refundAndPaymentVisibility();
    void userIndexNeverLeaksPasswordsOrOthers();
    void rule62_adminNoteHiddenFromReporter();
    void rule20_materialsVisibility();
    void privateInboxesAreOwnOnly();

    // tst_contract_bff_views.cpp: named and aggregated views, saved filters
    void publicCoursePackViewIsACatalogCard();
    void publicTutorProfileAndCategoryViews();
    void issueReportStatusChangedView();
    void contentModerationActionView();
    void adminDashboardStatsView();
    void studentEnrollmentDashboardView();
    void tutorDashboardCoursesView();
    void notificationViews();
    void screeningViews();
    void aggregatedViewsAreGetOnly();
    void denemeIsAnEmptyView();
    void savedFiltersPerUser();
    void savedFiltersBadInput();
    void savedFilterAppliedToList();

private:
    contract::Reply list(const QString &index, const contract::Actor *a, const contract::Query &q = {});
    contract::Reply postList(const QString &index, const contract::Actor *a, const QJsonObject &body,
                             const contract::Query &q = {});
    QString token(const contract::Actor *a) const { return a ? a->token : QString(); }

    contract::Server m_server;
    contract::Actors m_actors {m_server};
    contract::Actor m_admin, m_maria, m_james, m_lena, m_tom, m_aiko, m_fresh;
};
