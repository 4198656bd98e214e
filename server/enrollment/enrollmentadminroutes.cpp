// Admin overrides and system actions of enrollmentManagement (API.md §3.3, rules 35-36, 43, 53-55):
// cancelEnrollment, adminRefundEnrollment, cascadeTutorBan, cascadeCourseRemoval,
// cleanupPendingEnrollments, checkEnrollmentCompletion.
#include "enrollment/enrollment.h"

#include "core/apierror.h"
#include "core/util.h"
#include "enrollment/enrollmentrules.h"
#include "enrollment/enrollmentschema.h"
#include "http/envelope.h"
#include "core/handler.h"

namespace tutorhub::server {

using namespace enrollment;

namespace {

// The `paymentConfirmation` list filter of the action APIs (G38): any of the given values.
QStringList confirmationFilter(const Request &req)
{
    const QStringList values = req.queryValues(QStringLiteral("paymentConfirmation"));
    const Field *f = enrollmentSchema().field(QStringLiteral("paymentConfirmation"));
    for (const QString &v : values) {
        bool ok = false;
        for (const QString &e : f->enumValues)
            ok = ok || e.compare(v, Qt::CaseInsensitive) == 0;
        if (!ok)
            throw HttpError::invalid(
                QStringLiteral("paymentConfirmation"),
                QStringLiteral("'%1' is not a valid value for filter 'paymentConfirmation'.").arg(v));
    }
    return values;
}

bool matches(const QStringList &filter, const QVariantMap &e)
{
    if (filter.isEmpty())
        return true;
    for (const QString &v : filter)
        if (v.compare(str(e, "paymentConfirmation"), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// An optional String body field (reason texts).
QString optionalText(const QJsonObject &body, const QString &name)
{
    const QJsonValue v = body.value(name);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        throw HttpError::invalid(name, QStringLiteral("'%1' must be a string.").arg(name));
    if (v.toString().size() > kMaxString)
        throw HttpError::tooLong(name, kMaxString);
    return v.toString().trimmed();
}

Response listAnswer(Context ctx, const Request &req, const QList<QVariantMap> &rows)
{
    QJsonArray out;
    for (const QVariantMap &row : rows)
        out.append(enrollmentJson(*ctx.repo, row, req.baseUrl, false, true));
    Paging p;
    p.pageNumber = 0;
    p.pageRowCount = int(out.size());
    p.totalRowCount = int(out.size());
    p.pageCount = 1;
    return envelope::list(req, enrollmentSchema().plural, out, p);
}

} // namespace

namespace {

Response cancelEnrollment(const Context &ctx, Request &req)
{
    const QString reason = optionalText(req.json(), QStringLiteral("cancelReason"));
    const QVariantMap e = loadEnrollment(*ctx.repo, req.param(QStringLiteral("enrollmentId")));
    QVariantMap row;
    inTransaction(*ctx.repo, [&] {
        CancelSpec spec;
        spec.reason = reason;
        spec.notificationType = QStringLiteral("enrollmentCanceled");
        spec.notifyAdmins = false;
        row = cancelEnrollment(*ctx.repo, e, spec);
    });
    return envelope::ok(req, enrollmentSchema().name, QStringLiteral("update"),
                        enrollmentJson(*ctx.repo, row, req.baseUrl, false, false));
}

Response adminRefundEnrollment(const Context &ctx, Request &req)
{
    const QJsonObject body = req.json();
    const QString id = requireUuid(body.value(QStringLiteral("enrollmentId")), QStringLiteral("enrollmentId"));
    QString reason = optionalText(body, QStringLiteral("reason"));
    const QVariantMap e = loadEnrollment(*ctx.repo, id);
    if (ctx.repo->findOne(refundRequestSchema(), QStringLiteral("enrollmentId = ?"), {id}))
        throw HttpError(409, QStringLiteral("errMsg_RefundAlreadyRequested"),
                        QStringLiteral("This enrollment already has a refund request."));
    if (str(e, "paymentStatus") != paid || str(e, "enrollmentStatus") == canceled)
        throw HttpError(400, QStringLiteral("errMsg_EnrollmentNotPaid"),
                        QStringLiteral("Only a paid enrollment that is not canceled can be refunded; use "
                                       "cancelEnrollment otherwise."));
    if (reason.isEmpty())
        reason = QStringLiteral("Refunded by an administrator.");
    QVariantMap created;
    inTransaction(*ctx.repo, [&] {
        const QString now = isoNow();
        created
            = ctx.repo->insert(refundRequestSchema(),
                               {{QStringLiteral("enrollmentId"), id},
                                {QStringLiteral("requestedBy"), req.caller().userId},
                                {QStringLiteral("requestedAt"), now},
                                {QStringLiteral("processedAt"), now},
                                {QStringLiteral("status"), QStringLiteral("autoApproved")},
                                {QStringLiteral("reason"), reason},
                                {QStringLiteral("firstLessonCompleted"), firstLessonCompleted(*ctx.repo, e) ? 1 : 0},
                                {QStringLiteral("adminNote"), QStringLiteral("Admin override: no eligibility check.")}},
                               req.caller().userId);
        CancelSpec spec;
        spec.reason = reason;
        spec.notificationType = QStringLiteral("refundProcessed");
        spec.notifyAdmins = true;
        cancelEnrollment(*ctx.repo, e, spec);
    });
    return envelope::ok(req, refundRequestSchema().name, QStringLiteral("create"),
                        refundRequestSchema().toJson(created), 201);
}

Response cascadeTutorBan(const Context &ctx, Request &req)
{
    const QJsonObject body = req.json();
    const QString profileId
        = requireUuid(body.value(QStringLiteral("tutorProfileId")), QStringLiteral("tutorProfileId"));
    QString reason = optionalText(body, QStringLiteral("reason"));
    const QStringList filter = confirmationFilter(req);
    if (!tutorProfile(*ctx.repo, profileId))
        throw HttpError::notFound(QStringLiteral("tutorProfile"));
    if (reason.isEmpty())
        reason = QStringLiteral("The tutor can no longer teach on TutorHub.");
    return listAnswer(
        ctx, req, cascadeCancel(*ctx.repo, QStringLiteral("tutorProfileId = ?"), {profileId}, filter, reason, true));
}

Response cascadeCourseRemoval(const Context &ctx, Request &req)
{
    const QJsonObject body = req.json();
    const QString packId = requireUuid(body.value(QStringLiteral("coursePackId")), QStringLiteral("coursePackId"));
    QString reason = optionalText(body, QStringLiteral("reason"));
    const QStringList filter = confirmationFilter(req);
    if (!coursePack(*ctx.repo, packId))
        throw HttpError::notFound(QStringLiteral("coursePack"));
    if (reason.isEmpty())
        reason = QStringLiteral("The course pack was removed from TutorHub.");
    return listAnswer(ctx, req,
                      cascadeCancel(*ctx.repo, QStringLiteral("coursePackId = ?"), {packId}, filter, reason, true));
}

Response cleanupPendingEnrollments(const Context &ctx, Request &req)
{
    const QJsonObject body = req.json();
    int maxAge = 60;
    const QJsonValue v = body.value(QStringLiteral("maxAgeMinutes"));
    if (!v.isUndefined() && !v.isNull()) {
        const std::optional<qint64> n = v.isDouble() ? exactInteger(v.toDouble()) : std::nullopt;
        if (!n || *n < 0 || *n > 525600)
            throw HttpError::invalid(QStringLiteral("maxAgeMinutes"),
                                     QStringLiteral("'maxAgeMinutes' must be an integer between 0 and 525600."));
        maxAge = int(*n);
    }
    const QStringList filter = confirmationFilter(req);
    // Housekeeping from a client only touches the caller's own enrollments.
    const QString scope = req.caller().isAdmin() ? QString() : req.caller().userId;
    return listAnswer(ctx, req, cleanupPending(*ctx.repo, maxAge, scope, filter));
}

Response checkEnrollmentCompletion(const Context &ctx, Request &req)
{
    const QJsonObject body = req.json();
    const QString id = requireUuid(body.value(QStringLiteral("enrollmentId")), QStringLiteral("enrollmentId"), false);
    const QStringList filter = confirmationFilter(req);
    QList<QVariantMap> candidates;
    if (!id.isEmpty()) {
        const QVariantMap e = loadEnrollment(*ctx.repo, id);
        requireCanSee(*ctx.repo, req.caller(), e);
        candidates << e;
    } else if (req.caller().isAdmin()) {
        candidates
            = ctx.repo->select(enrollmentSchema(), QStringLiteral("enrollmentStatus = 'active' AND isActive = 1"), {});
    } else {
        candidates = ctx.repo->select(enrollmentSchema(),
                                      QStringLiteral("enrollmentStatus = 'active' AND isActive = 1 AND "
                                                     "(studentId = ? OR tutorProfileId = ?)"),
                                      {req.caller().userId, tutorProfileOfUser(*ctx.repo, req.caller().userId)});
    }
    QList<QVariantMap> out;
    for (const QVariantMap &e : std::as_const(candidates)) {
        if (!matches(filter, e))
            continue;
        inTransaction(*ctx.repo, [&] { out << checkCompletion(*ctx.repo, e); });
    }
    return listAnswer(ctx, req, out);
}

} // namespace

QList<Route> enrollmentroutes::admin(Context ctx)
{
    QList<Route> r;
    r.append(route(R::cancelEnrollment, ctx, cancelEnrollment));

    r.append(route(R::adminRefundEnrollment, ctx, adminRefundEnrollment));

    r.append(route(R::cascadeTutorBan, ctx, cascadeTutorBan));

    r.append(route(R::cascadeCourseRemoval, ctx, cascadeCourseRemoval));

    r.append(route(R::cleanupPendingEnrollments, ctx, cleanupPendingEnrollments));

    r.append(route(R::checkEnrollmentCompletion, ctx, checkEnrollmentCompletion));
    return r;
}

} // namespace tutorhub::server
