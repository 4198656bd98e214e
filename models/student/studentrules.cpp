#include "studentrules.h"

#include "models/format.h"
#include "models/labels.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QtMath>

namespace tutorhub::models::student {

namespace {
QDate dateOf(const QJsonObject &slot)
{
    const QString d = Format::str(slot, "scheduledDate");
    if (!d.isEmpty())
        return QDate::fromString(d.left(10), Qt::ISODate);
    return Format::slotStart(slot).date();
}
int intOf(const QJsonObject &o, const char *key)
{
    return int(Format::num(o, key));
}
RuleAnswer no(const QString &reason)
{
    return {false, reason};
}
} // namespace

RuleAnswer StudentRules::refundEligibility(const QJsonObject &e, bool hasRefundRequest)
{
    const QString status = Format::str(e, "enrollmentStatus");
    const QString refund = Format::str(e, "refundStatus");
    if (refund == QLatin1String("processed") || Format::str(e, "paymentStatus") == QLatin1String("refunded"))
        return no(tr("This enrollment has been refunded."));
    if (hasRefundRequest)
        return no(tr("A refund was already requested for this enrollment."));
    if (status == QLatin1String("canceled"))
        return no(tr("The enrollment is canceled."));
    if (Format::str(e, "paymentStatus") != QLatin1String("paid"))
        return no(tr("Only paid enrollments can be refunded."));
    if (refund == QLatin1String("eligible"))
        return {true, {}};
    if (refund == QLatin1String("ineligible"))
        return no(tr("A refund cannot be requested once a later lesson has taken place."));
    return no(tr("A refund can be requested after your first lesson has taken place."));
}

RuleAnswer StudentRules::bookingCheck(const QJsonObject &pack, const QList<QJsonObject> &chosen,
                                      const QStringList &alreadyBooked)
{
    if (chosen.isEmpty())
        return no(tr("Choose at least one free lesson in the calendar."));
    const int maxDaily = intOf(pack, "maxDailyLessons");
    if (maxDaily > 0) {
        QHash<QDate, int> perDay;
        for (const QJsonObject &s : chosen)
            ++perDay[dateOf(s)];
        for (const QString &d : alreadyBooked)
            ++perDay[QDate::fromString(d.left(10), Qt::ISODate)];
        for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
            if (it.value() > maxDaily)
                return no(tr("At most %1 of this pack's lessons per day; %2 has %3.")
                              .arg(maxDaily)
                              .arg(QLocale().toString(it.key(), QLocale::ShortFormat))
                              .arg(it.value()));
    }
    if (Format::str(pack, "schedulingType") != QLatin1String("strict"))
        return {true, {}};
    const int required = intOf(pack, "requiredClassesCount");
    if (required > 0 && chosen.size() != required)
        return no(tr("This pack is booked as a whole: choose exactly %1 lessons (%2 chosen).")
                      .arg(required)
                      .arg(chosen.size()));
    QDate first = dateOf(chosen.first()), last = first;
    for (const QJsonObject &s : chosen) {
        first = qMin(first, dateOf(s));
        last = qMax(last, dateOf(s));
    }
    const int period = intOf(pack, "maxPeriodValue");
    if (period > 0) {
        const bool months = Format::str(pack, "maxPeriodUnit") == QLatin1String("months");
        const QDate limit = months ? first.addMonths(period) : first.addDays(7 * period);
        if (last > limit)
            return no(tr("All lessons must lie within %1 %2 of the first one.")
                          .arg(period)
                          .arg(Labels::enumLabel(QStringLiteral("coursePack"), QStringLiteral("maxPeriodUnit"),
                                                 Format::str(pack, "maxPeriodUnit"))));
    }
    const int minWeekly = intOf(pack, "minWeeklyClasses");
    if (minWeekly > 0) {
        QHash<QDate, int> perWeek;
        for (const QJsonObject &s : chosen) {
            const QDate d = dateOf(s);
            ++perWeek[d.addDays(1 - d.dayOfWeek())];
        }
        for (QDate monday = first.addDays(1 - first.dayOfWeek()); monday <= last; monday = monday.addDays(7))
            if (perWeek.value(monday) < minWeekly)
                return no(tr("At least %1 lessons in every week; the week of %2 has %3.")
                              .arg(minWeekly)
                              .arg(QLocale().toString(monday, QLocale::ShortFormat))
                              .arg(perWeek.value(monday)));
    }
    return {true, {}};
}

QString StudentRules::schedulingRules(const QJsonObject &pack)
{
    QStringList parts;
    const bool strict = Format::str(pack, "schedulingType") == QLatin1String("strict");
    parts << (strict ? tr("Fixed schedule") : tr("Flexible: book lessons whenever they suit you"));
    if (strict && intOf(pack, "requiredClassesCount") > 0)
        parts << tr("exactly %1 lessons").arg(intOf(pack, "requiredClassesCount"));
    if (strict && intOf(pack, "minWeeklyClasses") > 0)
        parts << tr("at least %1 per week").arg(intOf(pack, "minWeeklyClasses"));
    if (intOf(pack, "maxDailyLessons") > 0)
        parts << tr("at most %1 per day").arg(intOf(pack, "maxDailyLessons"));
    if (strict && intOf(pack, "maxPeriodValue") > 0)
        parts << tr("within %1 %2")
                     .arg(intOf(pack, "maxPeriodValue"))
                     .arg(Labels::enumLabel(QStringLiteral("coursePack"), QStringLiteral("maxPeriodUnit"),
                                            Format::str(pack, "maxPeriodUnit")));
    return parts.join(QStringLiteral(", "));
}

double StudentRules::totalAmount(const QJsonObject &pack, int lessons)
{
    return qRound64(Format::num(pack, "price") * lessons * 100.0) / 100.0;
}

QString StudentRules::cardInputProblem(const QString &number, int expMonth, int expYear, const QString &cvc)
{
    QString digits = number;
    digits.remove(QRegularExpression(QStringLiteral("[\\s-]")));
    if (digits.isEmpty())
        return tr("Enter the card number.");
    if (!QRegularExpression(QStringLiteral("^\\d{12,19}$")).match(digits).hasMatch())
        return tr("The card number has 12 to 19 digits.");
    if (expMonth < 1 || expMonth > 12)
        return tr("Enter the expiry month (1-12).");
    const QDate today = QDate::currentDate();
    if (expYear < today.year() || (expYear == today.year() && expMonth < today.month()))
        return tr("The card has expired.");
    if (!QRegularExpression(QStringLiteral("^\\d{3,4}$")).match(cvc).hasMatch())
        return tr("Enter the 3 or 4 digit security code.");
    return {};
}

} // namespace tutorhub::models::student
