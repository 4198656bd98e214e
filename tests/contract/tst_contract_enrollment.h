// Contract tests of enrollmentManagement's enrollment and refund APIs (API.md §3.3, rules 28-45 and
// 53-56 of §4, ARCHITECTURE decisions 7 and 9). One server per run with demo data; every case makes
// its own packs, slots and students so that cases do not depend on each other.
#pragma once

#include "enrollmentfixture.h"

#include <QObject>

class TstContractEnrollment : public QObject
{
    Q_OBJECT

private:
    QString raceForSlot(const QJsonObject &pack, const QString &slotId, const QList<contract::Actor> &students,
                        const QStringList &bases, QString *winner);

private slots:
    void initTestCase();
    void cleanupTestCase();

    void demoEnrollments(); // first: later cases (cleanup) change the demo state
    void rule42_adminDecidesPendingRefundRequests(); // the demo's pending request (C28, C29)

    // createEnrollment (tst_contract_enrollment.cpp)
    void createEnrollmentBooksSlots();
    void createEnrollmentServerOwnsAmountAndStatuses();
    void createEnrollmentBadInput();
    void createEnrollmentUnknownIds();
    void rule29_packMustBePublishedAndApproved();
    void rule29_tutorAccountMustBeActive();
    void rule29_slotsMustExistBelongToPackAndBeFree();
    void rule29_screeningMeetingRequired();
    void rule29_schedulingLimits();
    void rule29_noDuplicateEnrollment();
    void rule28_studentIsTheCaller();
    void decision7_bookingRaceOneSlot();
    void decision7_bookingRaceOverlappingSets();
    void decision7_bookingRaceTwoInstances(); // issue 18 item 2, on PostgreSQL
    void decision7_bookingRacesAcrossCheckpoints(); // F50
    void getEnrollmentAccess();
    void listEnrollmentsScoping();
    void listEnrollmentsWrittenAsQtWould();
    void listPagesAndCountsFollowWrites(); // F41-F43: remembered positions, counts and pages

    // Refunds, admin overrides, cascades, housekeeping (tst_contract_enrollment_refunds.cpp)
    void rule37_refundOnlyAfterFirstLesson();
    void rule37_noRefundAfterLaterLesson();
    void rule39_refundAutoApprovedAndProcessed();
    void rule41_refundNotifiesStudentTutorAndAdmins();
    void rule38_oneRefundPerEnrollment();
    void rule37_onlyTheStudentRequestsRefund();
    void createRefundRequestBadInput();
    void refundRequestVisibility();
    void rule42_updateRefundRequestAdminOnly();
    void rule43_adminRefundSkipsEligibility();
    void rule53_cancelEnrollmentAdminOnly();
    void rule54_cascadeTutorBan();
    void rule55_cascadeCourseRemoval();
    void rule18_adminPackDeleteCascades();
    void rule35_cleanupPendingEnrollments();
    void rule36_checkEnrollmentCompletion();

    void serverOutput(); // keep last

private:
    contract::EnrollmentFixture f;
};
