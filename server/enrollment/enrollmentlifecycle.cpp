// Enrollment state after creation: payment state from the gateway, cancellation with refunds,
// refund eligibility, completion and the clean-up of stale unpaid enrollments.
#include "enrollment/enrollmentrules.h"

#include "core/apierror.h"
#include "core/util.h"
#include "enrollment/enrollmentschema.h"
#include "notification/notify.h"
#include "payments/gateway.h"
#include "scheduling/scheduling.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tutorhub::server::enrollment {

namespace {

// statusLiteral (application level) of a ticket's gateway status.
QString literalFor(const QString &gatewayStatus)
{
    if (gatewayStatus == gateway::requiresAction)
        return QStringLiteral("actionRequired");
    if (gatewayStatus == gateway::processing || gatewayStatus == gateway::requiresConfirmation)
        return QStringLiteral("processing");
    if (gatewayStatus == gateway::succeeded)
        return QStringLiteral("paid");
    if (gatewayStatus == gateway::declined)
        return QStringLiteral("failed");
    if (gatewayStatus == refunded)
        return refunded;
    return canceled;
}

void setTicket(Repository &repo, const QVariantMap &ticket, const QString &status)
{
    const QString literal = literalFor(status);
    if (str(ticket, "paymentStatus") != status || str(ticket, "statusLiteral") != literal)
        repo.update(enrollmentPaymentSchema(), idOf(ticket),
                    {{QStringLiteral("paymentStatus"), status}, {QStringLiteral("statusLiteral"), literal}});
}

// Applies only the changes that differ, so replays leave recordVersion alone.
QVariantMap applyChanges(Repository &repo, const QVariantMap &row, const QVariantMap &changes)
{
    QVariantMap diff;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        if (row.value(it.key()) != it.value())
            diff.insert(it.key(), it.value());
    return diff.isEmpty() ? row : repo.update(enrollmentSchema(), idOf(row), diff);
}

QString packTitle(Repository &repo, const QVariantMap &e)
{
    const auto p = coursePack(repo, str(e, "coursePackId"));
    return p ? str(*p, "title") : QStringLiteral("your course");
}

QJsonObject refsOf(const QVariantMap &e)
{
    return {{QStringLiteral("enrollmentId"), idOf(e)}, {QStringLiteral("coursePackId"), str(e, "coursePackId")}};
}

QString money(double amount, const QString &currency)
{
    return QStringLiteral("%1 %2").arg(amount, 0, 'f', 2).arg(currency);
}

} // namespace

std::optional<QVariantMap> ticketOf(Repository &repo, const QString &orderId)
{
    return repo.findOne(enrollmentPaymentSchema(), QStringLiteral("orderId = ? AND isActive = 1"), {orderId});
}

QVariantMap applyGatewayState(Repository &repo, const QString &enrollmentId)
{
    const QVariantMap e = loadEnrollment(repo, enrollmentId);
    const auto ticket = ticketOf(repo, enrollmentId);
    if (!ticket)
        return e;
    const auto pi = gateway::intent(repo, str(*ticket, "paymentId"));
    if (!pi)
        return e;
    const QString status = str(*pi, "status");
    const bool refundedAtGateway = pi->value(QStringLiteral("amountRefunded")).toLongLong() > 0;
    setTicket(repo, *ticket, status == gateway::succeeded && refundedAtGateway ? refunded : status);

    const bool failed = status == gateway::declined || status == gateway::canceled;
    const bool inFlight
        = status == gateway::processing || status == gateway::requiresAction || status == gateway::requiresConfirmation;
    const QString title = packTitle(repo, e);
    if (str(e, "enrollmentStatus") == canceled) {
        if (status == gateway::succeeded && str(e, "paymentStatus") == pending) {
            // Paid after the enrollment was canceled (e.g. cleaned up while the card was confirmed): give it back.
            gateway::refundIntent(repo, str(*pi, "id"), pi->value(QStringLiteral("amount")).toLongLong(),
                                  QStringLiteral("enrollment canceled"));
            setTicket(repo, *ticketOf(repo, enrollmentId), refunded);
            notifyUser(
                repo, str(e, "studentId"), QStringLiteral("refundProcessed"), QStringLiteral("Payment refunded"),
                QStringLiteral(
                    "Your payment for %1 arrived after the enrollment was canceled and has been refunded in full.")
                    .arg(title),
                refsOf(e));
            return applyChanges(repo, e,
                                {{QStringLiteral("paymentStatus"), refunded},
                                 {QStringLiteral("refundStatus"), processed},
                                 {QStringLiteral("paymentConfirmation"), paid}});
        }
        if (failed)
            return applyChanges(repo, e, {{QStringLiteral("paymentConfirmation"), canceled}});
        return e;
    }
    if (str(e, "paymentStatus") != pending)
        return e; // paid or refunded: final as far as the gateway is concerned
    if (status == gateway::succeeded) {
        const QVariantMap row = applyChanges(repo, e,
                                             {{QStringLiteral("paymentStatus"), paid},
                                              {QStringLiteral("paymentConfirmation"), paid},
                                              {QStringLiteral("enrollmentStatus"), active},
                                              {QStringLiteral("enrolledAt"), isoNow()}});
        const QString amount = money(e.value(QStringLiteral("totalAmount")).toDouble(), str(e, "currency"));
        notifyUser(
            repo, str(e, "studentId"), QStringLiteral("enrollmentPaid"), QStringLiteral("Enrollment confirmed"),
            QStringLiteral("Your payment of %1 for %2 went through; your lessons are booked.").arg(amount, title),
            refsOf(e));
        notifyUser(repo, tutorUserOf(repo, str(e, "tutorProfileId")), QStringLiteral("enrollmentPaid"),
                   QStringLiteral("New enrollment"),
                   QStringLiteral("A student enrolled in %1 and paid %2.").arg(title, amount), refsOf(e));
        return row;
    }
    if (inFlight)
        return applyChanges(repo, e, {{QStringLiteral("paymentConfirmation"), processing}});
    if (failed && str(e, "paymentConfirmation") != canceled) {
        notifyUser(repo, str(e, "studentId"), QStringLiteral("paymentFailed"), QStringLiteral("Payment failed"),
                   QStringLiteral("The payment for %1 did not go through. Try another card before the booking expires.")
                       .arg(title),
                   refsOf(e));
        return applyChanges(repo, e, {{QStringLiteral("paymentConfirmation"), canceled}});
    }
    return e;
}

QJsonObject paymentResult(Repository &repo, const QVariantMap &e, const QJsonObject &userParams, bool forPayer,
                          const QString &baseUrl)
{
    const auto ticket = ticketOf(repo, idOf(e));
    const auto pi = ticket ? gateway::intent(repo, str(*ticket, "paymentId")) : std::nullopt;
    auto orNull = [](const std::optional<QVariantMap> &r, const char *key) {
        return r ? QJsonValue(r->value(QLatin1String(key)).toString()) : QJsonValue(QJsonValue::Null);
    };
    const int lessons = int(slotIdsOf(e).size());
    return QJsonObject {
        {QStringLiteral("paymentTicketId"), orNull(ticket, "id")},
        {QStringLiteral("orderId"), idOf(e)},
        {QStringLiteral("paymentId"), orNull(ticket, "paymentId")},
        {QStringLiteral("paymentStatus"), orNull(ticket, "paymentStatus")},
        {QStringLiteral("paymentIntentInfo"),
         pi ? QJsonValue(gateway::intentJson(*pi, forPayer, baseUrl)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("statusLiteral"), orNull(ticket, "statusLiteral")},
        {QStringLiteral("amount"), e.value(QStringLiteral("totalAmount")).toDouble()},
        {QStringLiteral("currency"), str(e, "currency")},
        {QStringLiteral("success"), pi && str(*pi, "status") == gateway::succeeded},
        {QStringLiteral("description"),
         QStringLiteral("TutorHub enrollment: %1 (%2 lessons)").arg(packTitle(repo, e)).arg(lessons)},
        {QStringLiteral("metadata"), QJsonObject {{QStringLiteral("orderId"), idOf(e)},
                                                  {QStringLiteral("coursePackId"), str(e, "coursePackId")},
                                                  {QStringLiteral("studentId"), str(e, "studentId")}}},
        {QStringLiteral("paymentUserParams"), userParams},
    };
}

double untaughtShare(Repository &repo, const QVariantMap &e)
{
    const QList<QVariantMap> lessons = lessonSlotsOf(repo, e);
    if (lessons.isEmpty())
        return 1.0;
    int taught = 0;
    for (const QVariantMap &s : lessons)
        taught += str(s, "status") == completed ? 1 : 0;
    return double(lessons.size() - taught) / double(lessons.size());
}

QVariantMap cancelEnrollment(Repository &repo, const QVariantMap &e, const CancelSpec &spec)
{
    if (str(e, "enrollmentStatus") == canceled)
        return e;
    const QString title = packTitle(repo, e);
    const bool wasPaid = str(e, "paymentStatus") == paid;
    const auto ticket = ticketOf(repo, idOf(e));
    QVariantMap changes {{QStringLiteral("enrollmentStatus"), canceled}};
    double refundedAmount = 0;
    if (wasPaid) {
        refundedAmount
            = std::round(e.value(QStringLiteral("totalAmount")).toDouble() * spec.refundShare * 100.0) / 100.0;
        if (ticket) {
            gateway::refundIntent(repo, str(*ticket, "paymentId"), gateway::minorUnits(refundedAmount),
                                  spec.reason.isEmpty() ? QStringLiteral("requested_by_customer") : spec.reason);
            setTicket(repo, *ticket, refunded);
        }
        changes.insert(QStringLiteral("paymentStatus"), refunded);
        changes.insert(QStringLiteral("refundStatus"), processed);
    } else {
        if (ticket) {
            const QVariantMap pi = gateway::cancelIntent(repo, str(*ticket, "paymentId"));
            if (!pi.isEmpty())
                setTicket(repo, *ticket, str(pi, "status"));
        }
        changes.insert(QStringLiteral("paymentConfirmation"), canceled);
    }
    // The lessons that did not take place go back to the tutor's free lessons and leave this
    // enrollment (SEC41: its student must not see who books them next, or where).
    QStringList kept;
    QStringList freed;
    for (const QVariantMap &s : lessonSlotsOf(repo, e))
        (str(s, "status") == QLatin1String("booked") ? freed : kept) << idOf(s);
    if (!freed.isEmpty()) {
        QStringList ids = slotIdsOf(e);
        ids.removeIf([&](const QString &id) { return freed.contains(id); });
        changes.insert(
            QStringLiteral("lessonSlotIds"),
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
    }
    const QVariantMap row = applyChanges(repo, e, changes);
    for (const QString &id : std::as_const(freed))
        scheduling::freeSlot(repo, id, str(e, "studentId"));

    const QString why = spec.reason.isEmpty() ? QString() : QStringLiteral(" Reason: %1").arg(spec.reason);
    const QString refundText
        = wasPaid ? QStringLiteral(" %1 has been refunded.").arg(money(refundedAmount, str(e, "currency"))) : QString();
    const QString title1
        = wasPaid ? QStringLiteral("Enrollment canceled and refunded") : QStringLiteral("Enrollment canceled");
    notifyUser(repo, str(e, "studentId"), spec.notificationType, title1,
               QStringLiteral("Your enrollment in %1 was canceled.%2%3").arg(title, refundText, why), refsOf(e));
    notifyUser(repo, tutorUserOf(repo, str(e, "tutorProfileId")), spec.notificationType, title1,
               QStringLiteral("An enrollment in %1 was canceled and its remaining lessons were freed.%2%3")
                   .arg(title, refundText, why),
               refsOf(e));
    if (spec.notifyAdmins)
        notifyAdmins(repo, spec.notificationType, title1,
                     QStringLiteral("An enrollment in %1 was canceled.%2%3").arg(title, refundText, why), refsOf(e));
    return row;
}

bool firstLessonCompleted(Repository &repo, const QVariantMap &e)
{
    const QList<QVariantMap> lessons = lessonSlotsOf(repo, e);
    return !lessons.isEmpty() && str(lessons.first(), "status") == completed;
}

QString refundIneligibility(Repository &repo, const QVariantMap &e)
{
    if (str(e, "enrollmentStatus") == canceled)
        return QStringLiteral("The enrollment is already canceled.");
    if (str(e, "paymentStatus") != paid)
        return QStringLiteral("Only paid enrollments can be refunded.");
    const QList<QVariantMap> lessons = lessonSlotsOf(repo, e);
    if (lessons.isEmpty() || str(lessons.first(), "status") != completed)
        return QStringLiteral("A refund can be requested only after the first lesson has taken place.");
    for (qsizetype i = 1; i < lessons.size(); ++i)
        if (str(lessons.at(i), "status") == completed)
            return QStringLiteral("A refund cannot be requested once a later lesson has taken place.");
    return {};
}

QVariantMap checkCompletion(Repository &repo, const QVariantMap &e)
{
    if (str(e, "enrollmentStatus") != active)
        return e;
    const QList<QVariantMap> lessons = lessonSlotsOf(repo, e);
    int done = 0;
    for (const QVariantMap &s : lessons) {
        const QString st = str(s, "status");
        if (st == completed)
            ++done;
        else if (st != canceled)
            return e; // a lesson is still to come
    }
    if (done == 0)
        return e;
    const QVariantMap row = applyChanges(repo, e, {{QStringLiteral("enrollmentStatus"), completed}});
    notifyUser(repo, str(e, "studentId"), QStringLiteral("enrollmentCompleted"), QStringLiteral("Course completed"),
               QStringLiteral("You have completed every lesson of %1.").arg(packTitle(repo, e)), refsOf(e));
    return row;
}

QVariantMap updateRefundEligibility(Repository &repo, const QVariantMap &e)
{
    if (str(e, "paymentStatus") != paid || str(e, "enrollmentStatus") == canceled
        || str(e, "refundStatus") == processed)
        return e;
    QString status = notRequested;
    if (refundIneligibility(repo, e).isEmpty())
        status = eligible;
    else if (firstLessonCompleted(repo, e) || untaughtShare(repo, e) < 1.0)
        status = ineligible;
    return applyChanges(repo, e, {{QStringLiteral("refundStatus"), status}});
}

void checkCompletionOfSlot(Repository &repo, const QString &lessonSlotId)
{
    const QList<QVariantMap> rows = repo.select(
        enrollmentSchema(), QStringLiteral("CAST(lessonSlotIds AS TEXT) LIKE ? AND enrollmentStatus = 'active'"),
        {QStringLiteral("%\"%1\"%").arg(lessonSlotId)});
    for (const QVariantMap &e : rows)
        checkCompletion(repo, updateRefundEligibility(repo, e));
}

void forgetFreedSlot(Repository &repo, const QString &lessonSlotId)
{
    const QList<QVariantMap> rows
        = repo.select(enrollmentSchema(), QStringLiteral("CAST(lessonSlotIds AS TEXT) LIKE ?"),
                      {QStringLiteral("%\"%1\"%").arg(lessonSlotId)});
    for (const QVariantMap &e : rows) {
        QStringList ids = slotIdsOf(e);
        if (ids.removeAll(lessonSlotId) > 0)
            repo.update(
                enrollmentSchema(), idOf(e),
                {{QStringLiteral("lessonSlotIds"),
                  QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact))}});
    }
}

QList<QVariantMap> cascadeCancel(Repository &repo, const QString &where, const QVariantList &binds,
                                 const QStringList &confirmationFilter, const QString &reason, bool ownTransactions)
{
    QList<QVariantMap> out;
    const QList<QVariantMap> rows = repo.select(
        enrollmentSchema(),
        QStringLiteral("(%1) AND enrollmentStatus IN ('pending', 'active') AND isActive = 1").arg(where), binds);
    for (const QVariantMap &e : rows) {
        bool wanted = confirmationFilter.isEmpty();
        for (const QString &v : confirmationFilter)
            wanted = wanted || v.compare(str(e, "paymentConfirmation"), Qt::CaseInsensitive) == 0;
        if (!wanted)
            continue;
        const auto cancel = [&] {
            CancelSpec spec;
            spec.refundShare = untaughtShare(repo, e);
            spec.reason = reason;
            spec.notificationType = QStringLiteral("enrollmentCanceled");
            out << cancelEnrollment(repo, e, spec);
        };
        if (ownTransactions)
            inTransaction(repo, cancel);
        else
            cancel();
    }
    return out;
}

QList<QVariantMap> cleanupPending(Repository &repo, int maxAgeMinutes, const QString &studentId,
                                  const QStringList &confirmationFilter)
{
    QString where = QStringLiteral(
        "enrollmentStatus = 'pending' AND paymentStatus = 'pending' AND isActive = 1 AND createdAt < ?");
    QVariantList binds {isoTime(QDateTime::currentDateTimeUtc().addSecs(-60LL * maxAgeMinutes))};
    if (!studentId.isEmpty()) {
        where += QStringLiteral(" AND studentId = ?");
        binds << studentId;
    }
    if (!confirmationFilter.isEmpty()) {
        QStringList marks;
        for (const QString &c : confirmationFilter) {
            marks << QStringLiteral("?");
            binds << c.toLower();
        }
        where += QStringLiteral(" AND lower(paymentConfirmation) IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    QList<QVariantMap> out;
    for (const QVariantMap &stale : repo.select(enrollmentSchema(), where, binds)) {
        inTransaction(repo, [&] {
            // A payment that went through meanwhile wins over the clean-up.
            const QVariantMap e = applyGatewayState(repo, idOf(stale));
            if (str(e, "enrollmentStatus") != pending)
                return;
            CancelSpec spec;
            spec.reason = QStringLiteral("The enrollment was not paid within %1 minutes.").arg(maxAgeMinutes);
            spec.notificationType = QStringLiteral("enrollmentExpired");
            out << cancelEnrollment(repo, e, spec);
        });
    }
    return out;
}

} // namespace tutorhub::server::enrollment
