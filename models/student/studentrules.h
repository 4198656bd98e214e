// Rules the student screens apply before asking the server (so buttons are enabled exactly when the
// server would accept), as small named functions of the contract's JSON objects.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tutorhub::models::student {

struct RuleAnswer
{
    bool allowed = false;
    QString reason; // the sentence shown when not allowed (empty when allowed)
};

class StudentRules
{
    Q_DECLARE_TR_FUNCTIONS(tutorhub::models::student::StudentRules)

public:
    // Decision 9 / D47: a refund is possible for a paid, not canceled enrollment whose first lesson
    // took place and no later one, once per enrollment. `enrollment` as listEnrollments sends it;
    // `hasRefundRequest`: a refund request of this enrollment exists.
    static RuleAnswer refundEligibility(const QJsonObject &enrollment, bool hasRefundRequest);

    // D45 pack limits for a selection of free chosen (objects with scheduledDate / startsAt):
    // maxDailyLessons for every pack; for a strict pack exactly requiredClassesCount lessons, all
    // within maxPeriodValue maxPeriodUnit of the first, at least minWeeklyClasses in each week
    // spanned. `alreadyBookedDates`: scheduledDate of the student's booked lessons of this pack.
    static RuleAnswer bookingCheck(const QJsonObject &pack, const QList<QJsonObject> &chosen,
                                   const QStringList &alreadyBookedDates = {});
    // A one-line summary of the pack's scheduling rules for the pack page and the booking view.
    static QString schedulingRules(const QJsonObject &pack);
    // price × lessons, rounded to cents (D44).
    static double totalAmount(const QJsonObject &pack, int lessons);
    // Luhn-free checks of a typed card before it goes to the gateway: a sentence or empty.
    static QString cardInputProblem(const QString &number, int expMonth, int expYear, const QString &cvc);
};

} // namespace tutorhub::models::student
