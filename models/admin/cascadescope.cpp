#include "cascadescope.h"

#include "api/adminapi.h"
#include "api/authapi.h"
#include "models/format.h"

#include <QJsonObject>
#include <QPointer>
#include <QSet>

#include <memory>

namespace tutorhub::models::admin {

namespace {

constexpr int kMaxPages = 100000;

struct Pager : std::enable_shared_from_this<Pager>
{
    ListCall list;
    QUrlQuery query;
    RowsCallback done;
    int rowsPerPage = 500;
    QJsonArray rows;
    QSet<QString> seen;

    void page(int number)
    {
        QUrlQuery q = query;
        q.addQueryItem(QStringLiteral("pageNumber"), QString::number(number));
        q.addQueryItem(QStringLiteral("pageRowCount"), QString::number(rowsPerPage));
        auto self = shared_from_this();
        list(q, [self, number](const api::Result<api::JsonAnswer> &r) {
            if (!r)
                return self->done(api::Result<QJsonArray>::failure(r.error()));
            if (!r.value().payload.isArray())
                return self->done(api::Result<QJsonArray>::failure(
                    api::ApiError::invalidResponse(r.value().httpStatus, QStringLiteral("a list answered no array"))));
            const QJsonArray page = r.value().array();
            int fresh = 0;
            for (const QJsonValue &v : page) {
                const QString id = Format::str(v.toObject(), "id");
                if (!id.isEmpty() && self->seen.contains(id))
                    continue;
                self->seen.insert(id);
                self->rows.append(v);
                ++fresh;
            }
            if (!page.isEmpty() && fresh == 0)
                return self->done(api::Result<QJsonArray>::failure(
                    api::ApiError(api::ApiError::Kind::Http, 200, QStringLiteral("errMsg_PagingIgnored"),
                                  QStringLiteral("page %1 repeated earlier rows").arg(number))));
            const bool hasPaging = r.value().envelope.contains(QLatin1String("paging"));
            const int pageCount = hasPaging ? r.value().paging().pageCount : 0;
            const bool more = hasPaging && pageCount > 0 ? number < pageCount : page.size() >= self->rowsPerPage;
            if (more && number < kMaxPages && !page.isEmpty())
                return self->page(number + 1);
            self->done(api::Result<QJsonArray>::success(self->rows));
        });
    }
};

} // namespace

void fetchAllPages(ListCall list, const QUrlQuery &query, RowsCallback done, int rowsPerPage)
{
    auto pager = std::make_shared<Pager>();
    pager->list = std::move(list);
    pager->query = query;
    pager->done = std::move(done);
    pager->rowsPerPage = qMax(1, rowsPerPage);
    pager->page(1);
}

QString EnrollmentScope::field() const
{
    switch (by) {
    case By::Student:
        return QStringLiteral("studentId");
    case By::TutorProfile:
        return QStringLiteral("tutorProfileId");
    case By::CoursePack:
        return QStringLiteral("coursePackId");
    }
    return {};
}

bool EnrollmentScope::contains(const QJsonObject &e) const
{
    if (e.value(field()).toString() != id)
        return false;
    if (!statuses.isEmpty() && !statuses.contains(Format::str(e, "enrollmentStatus")))
        return false;
    return paymentStatus.isEmpty() || Format::str(e, "paymentStatus") == paymentStatus;
}

void collectEnrollments(api::AdminApi *admin, QObject *context, const EnrollmentScope &scope, RowsCallback done)
{
    if (scope.id.isEmpty())
        return done(api::Result<QJsonArray>::success({}));
    QUrlQuery q;
    q.addQueryItem(scope.field(), scope.id); // declared (tutorProfileId) or a hint
    for (const QString &s : scope.statuses)
        q.addQueryItem(QStringLiteral("enrollmentStatus"), s); // hint
    if (!scope.paymentStatus.isEmpty())
        q.addQueryItem(QStringLiteral("paymentStatus"), scope.paymentStatus); // hint
    QPointer<api::AdminApi> api(admin);
    auto list = [api, context](const QUrlQuery &query, api::JsonCallback cb) {
        if (!api)
            return cb(api::Result<api::JsonAnswer>::failure(api::ApiError::canceled()));
        api->listEnrollments(query, context, std::move(cb));
    };
    fetchAllPages(list, q, [scope, done](const api::Result<QJsonArray> &r) {
        if (!r)
            return done(r);
        QJsonArray selected;
        for (const QJsonValue &v : r.value()) {
            const QJsonObject e = v.toObject();
            if (scope.declared() && e.value(scope.field()).toString() != scope.id)
                return done(api::Result<QJsonArray>::failure(api::ApiError(
                    api::ApiError::Kind::Http, 200, QStringLiteral("errMsg_ForeignRows:") + scope.field(),
                    QStringLiteral("enrollment %1 has %2 %3, asked for %4")
                        .arg(Format::str(e, "id"), scope.field(), e.value(scope.field()).toString(), scope.id))));
            if (scope.contains(e))
                selected.append(e);
        }
        done(api::Result<QJsonArray>::success(selected));
    });
}

void tutorProfilesOfUser(api::AdminApi *admin, QObject *context, const QString &userId, RowsCallback done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("tutorId"), userId); // a hint: listTutorProfiles declares no filter
    QPointer<api::AdminApi> api(admin);
    auto list = [api, context](const QUrlQuery &query, api::JsonCallback cb) {
        if (!api)
            return cb(api::Result<api::JsonAnswer>::failure(api::ApiError::canceled()));
        api->listTutorProfiles(query, context, std::move(cb));
    };
    fetchAllPages(list, q, [userId, done](const api::Result<QJsonArray> &r) {
        if (!r)
            return done(r);
        QJsonArray mine;
        for (const QJsonValue &v : r.value())
            if (Format::str(v.toObject(), "tutorId") == userId)
                mine.append(v);
        done(api::Result<QJsonArray>::success(mine));
    });
}

void resolveTargetRole(api::AdminApi *admin, api::AuthApi *auth, QObject *context, const QString &userId,
                       const QString &roleIdHint, TargetRoleCallback done)
{
    using R = api::Result<TargetRole>;
    // A tutor: the profile whose tutorId is the user (an active one first; none = a shortcut tutor without one).
    auto withProfile = [admin, context, userId, done](bool shortcut) {
        tutorProfilesOfUser(admin, context, userId, [shortcut, done](const api::Result<QJsonArray> &r) {
            if (!r)
                return done(R::failure(r.error()));
            TargetRole role;
            for (const QJsonValue &v : r.value()) {
                if (role.tutorProfileId.isEmpty() || v.toObject().value(QStringLiteral("isActive")).toBool(true))
                    role.tutorProfileId = Format::str(v.toObject(), "id");
                if (v.toObject().value(QStringLiteral("isActive")).toBool(true))
                    break;
            }
            role.tutor = shortcut || !role.tutorProfileId.isEmpty();
            done(R::success(role));
        });
    };
    if (roleIdHint == api::roles::tutor)
        return withProfile(true);
    if (roleIdHint == api::roles::admin || roleIdHint == api::roles::superAdmin || !auth)
        return done(R::success(TargetRole()));
    QPointer<api::AdminApi> guard(admin);
    auth->getUser(userId, context, [guard, withProfile, done](const api::Result<api::User> &r) {
        if (!r)
            return done(R::failure(r.error()));
        const api::User &u = r.value();
        if (u.isAdmin())
            return done(R::success(TargetRole()));
        if (u.roleId == api::roles::tutor)
            return withProfile(true);
        if (u.applicationStatus() != api::TutorApplicationStatus::Approved)
            return done(R::success(TargetRole()));
        if (!guard)
            return done(R::failure(api::ApiError::canceled()));
        withProfile(false);
    });
}

QStringList foreignRows(const QJsonArray &rows, const char *field, const QString &id)
{
    QStringList out;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        const QString value = Format::str(o, field);
        if (!value.isEmpty() && value != id)
            out.append(Format::str(o, "id"));
    }
    return out;
}

} // namespace tutorhub::models::admin
