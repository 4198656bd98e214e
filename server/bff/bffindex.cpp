// The BFF's index table: one index per data object (named by its ObjectSchema) with the business
// service's visibility, followed by the named and aggregated views (bffviews.cpp).
#include "bff/bff.h"

#include "admin/admin.h"
#include "agenthub/agenthub.h"
#include "auth/userschema.h"
#include "catalog/catalog.h"
#include "catalog/tutorprofile.h"
#include "enrollment/enrollmentschema.h"
#include "messaging/messaging.h"
#include "notification/notify.h"
#include "scheduling/scheduling.h"

namespace tutorhub::server {

const ObjectSchema &savedFilterSchema()
{
    static const ObjectSchema s {QStringLiteral("savedFilter"),
                                 QStringLiteral("savedFilters"),
                                 QStringLiteral("savedFilters"),
                                 {
                                     {QStringLiteral("userId"), FieldType::ID, {}, true, false, false, 0},
                                     {QStringLiteral("indexName"), FieldType::String, {}, true, true, false, 100},
                                     {QStringLiteral("filterName"), FieldType::String, {}, true, false, false, 100},
                                     {QStringLiteral("conditions"), FieldType::Object, {}, false, false, false, 20000},
                                 }};
    return s;
}

namespace bff {

namespace {

using ScopeFn = std::function<Scope(Repository &, const AuthContext *)>;

bool isAdmin(const AuthContext *c)
{
    return c && c->isAdmin();
}

QString myProfileId(Repository &repo, const AuthContext *c)
{
    if (!c)
        return {};
    const auto p = catalog::tutorProfileOfUser(repo, c->userId);
    return p ? p->value(QStringLiteral("id")).toString() : QString();
}

// Admins all rows; others the rows where `column` is their user id.
ScopeFn ownRows(const QString &column)
{
    return [column](Repository &, const AuthContext *c) -> Scope {
        if (isAdmin(c))
            return {};
        return {QStringLiteral("\"%1\" = ?").arg(column), {c ? c->userId : QString()}};
    };
}

// Own rows even for admins (private inboxes: notifications, devices, saved filters).
ScopeFn strictlyOwn(const QString &column)
{
    return [column](Repository &, const AuthContext *c) -> Scope {
        return {QStringLiteral("\"%1\" = ?").arg(column), {c ? c->userId : QString()}};
    };
}

Scope all(Repository &, const AuthContext *)
{
    return {};
}

const QString kMyPacks = QStringLiteral(
    "(SELECT id FROM coursePacks WHERE tutorProfileId IN (SELECT id FROM tutorProfiles WHERE tutorId = ?))");

Scope tutorProfileScope(Repository &, const AuthContext *c)
{
    if (isAdmin(c))
        return {};
    if (!c)
        return {QStringLiteral("(isActive = 1 AND profileStatus = 'approved')"), {}};
    return {QStringLiteral("((isActive = 1 AND profileStatus = 'approved') OR tutorId = ?)"), {c->userId}};
}

// G18 as listPacks/getCoursePack: public packs, the tutor's own, the packs a student is enrolled in.
Scope coursePackScope(Repository &, const AuthContext *c)
{
    if (isAdmin(c))
        return {};
    if (!c)
        return {catalog::publicPackSql(), {}};
    return {QStringLiteral("(%1 OR tutorProfileId IN (SELECT id FROM tutorProfiles WHERE tutorId = ?) OR "
                           "(isActive = 1 AND id IN (SELECT coursePackId FROM enrollments WHERE studentId = ? "
                           "AND enrollmentStatus IN ('active', 'completed'))))")
                .arg(catalog::publicPackSql()),
            {c->userId, c->userId}};
}

// Rule 20: the pack's tutor and its enrolled students.
Scope courseMaterialScope(Repository &, const AuthContext *c)
{
    if (isAdmin(c))
        return {};
    return {QStringLiteral(
                "(coursePackId IN %1 OR coursePackId IN (SELECT coursePackId FROM enrollments WHERE studentId = ? "
                "AND enrollmentStatus IN ('active', 'completed')))")
                .arg(kMyPacks),
            {c->userId, c->userId}};
}

// G26 as listavailabilities: windows of approved tutors (signed in), the tutor's own.
Scope availabilityScope(Repository &, const AuthContext *c)
{
    if (isAdmin(c))
        return {};
    return {QStringLiteral(
                "tutorProfileId IN (SELECT id FROM tutorProfiles WHERE (isActive = 1 AND profileStatus = 'approved') "
                "OR tutorId = ?)"),
            {c->userId}};
}

// As listLessonSlots: own booked slots, free slots of public packs, the tutor's slots.
Scope lessonSlotScope(Repository &repo, const AuthContext *c)
{
    if (isAdmin(c))
        return {};
    Scope s {
        QStringLiteral("(studentId = ? OR (status = 'free' AND coursePackId IN (SELECT id FROM coursePacks WHERE %1))")
            .arg(catalog::publicPackSql()),
        {c->userId}};
    const QString own = myProfileId(repo, c);
    if (!own.isEmpty()) {
        s.where += QStringLiteral(" OR tutorProfileId = ?");
        s.binds << own;
    }
    s.where += QLatin1Char(')');
    return s;
}

// Rule 27: the student's own meetings and the meetings of the tutor's packs.
Scope meetingScope(Repository &, const AuthContext *c)
{
    if (isAdmin(c))
        return {};
    return {QStringLiteral("(studentId = ? OR coursePackId IN %1)").arg(kMyPacks), {c->userId, c->userId}};
}

// Rule 34: the student's own enrollments, the tutor's by tutorProfileId.
Scope enrollmentScope(Repository &repo, const AuthContext *c)
{
    if (isAdmin(c))
        return {};
    const QString own = myProfileId(repo, c);
    if (own.isEmpty())
        return {QStringLiteral("studentId = ?"), {c->userId}};
    return {QStringLiteral("(studentId = ? OR tutorProfileId = ?)"), {c->userId, own}};
}

// Rule 44.
Scope refundScope(Repository &repo, const AuthContext *c)
{
    if (isAdmin(c))
        return {};
    return {QStringLiteral("(requestedBy = ? OR enrollmentId IN (SELECT id FROM enrollments WHERE studentId = ? OR "
                           "tutorProfileId = ?))"),
            {c->userId, c->userId, myProfileId(repo, c)}};
}

Scope paymentTicketScope(Repository &repo, const AuthContext *c)
{
    if (isAdmin(c))
        return {};
    return {QStringLiteral(
                "(ownerId = ? OR orderId IN (SELECT id FROM enrollments WHERE studentId = ? OR tutorProfileId = ?))"),
            {c->userId, c->userId, myProfileId(repo, c)}};
}

// Rule 60-61: the reporter's own issues; admins all.
Scope issueScope(Repository &, const AuthContext *c)
{
    if (isAdmin(c))
        return {};
    return {QStringLiteral("reportedBy = ?"), {c->userId}};
}

// Rule 66-67: the participants' conversations and their messages.
Scope conversationScope(Repository &, const AuthContext *c)
{
    if (isAdmin(c))
        return {};
    return {QStringLiteral("(participantA = ? OR participantB = ?)"), {c->userId, c->userId}};
}

Scope chatMessageScope(Repository &, const AuthContext *c)
{
    if (isAdmin(c))
        return {};
    return {QStringLiteral("roomId IN (SELECT id FROM conversations WHERE participantA = ? OR participantB = ?)"),
            {c->userId, c->userId}};
}

Index objectIndex(const ObjectSchema &s, Access access, ScopeFn scope, QStringList adminOnly = {})
{
    Index i;
    i.name = s.name;
    i.kind = Kind::Object;
    i.schema = &s;
    i.access = access;
    i.scope = std::move(scope);
    i.adminOnlyFields = std::move(adminOnly);
    return i;
}

QList<Index> objectIndices()
{
    QList<Index> l;
    Index user = objectIndex(userSchema(), Access::SignedIn, ownRows(QStringLiteral("id")));
    user.json = [](Repository &, const Request &req, const QVariantMap &row) { return userToJson(row, req.baseUrl); };
    l << user;
    l << objectIndex(userAvatarsFileSchema(), Access::SignedIn, ownRows(QStringLiteral("ownerId")));
    l << objectIndex(tutorProfileSchema(), Access::Public, tutorProfileScope);
    l << objectIndex(coursePackSchema(), Access::Public, coursePackScope);
    l << objectIndex(courseMaterialSchema(), Access::SignedIn, courseMaterialScope);
    l << objectIndex(courseCategorySchema(), Access::Public, all);
    l << objectIndex(availabilitySchema(), Access::SignedIn, availabilityScope);
    l << objectIndex(lessonSlotSchema(), Access::SignedIn, lessonSlotScope);
    l << objectIndex(preliminaryMeetingSchema(), Access::SignedIn, meetingScope);
    l << objectIndex(enrollmentSchema(), Access::SignedIn, enrollmentScope);
    l << objectIndex(refundRequestSchema(), Access::SignedIn, refundScope);
    l << objectIndex(enrollmentPaymentSchema(), Access::SignedIn, paymentTicketScope);
    l << objectIndex(paymentCustomerSchema(), Access::SignedIn, ownRows(QStringLiteral("userId")));
    l << objectIndex(paymentMethodSchema(), Access::SignedIn, ownRows(QStringLiteral("userId")));
    l << objectIndex(adminIssueSchema(), Access::SignedIn, issueScope, {QStringLiteral("adminNote")});
    l << objectIndex(adminModerationActionSchema(), Access::Admin, all);
    l << objectIndex(adminAnalyticsReportSchema(), Access::Admin, all);
    l << objectIndex(conversationSchema(), Access::SignedIn, conversationScope);
    l << objectIndex(chatMessageSchema(), Access::SignedIn, chatMessageScope);
    l << objectIndex(chatModerationSchema(), Access::Admin, all);
    l << objectIndex(notificationSchema(), Access::SignedIn, strictlyOwn(QStringLiteral("userId")));
    l << objectIndex(deviceSchema(), Access::SignedIn, strictlyOwn(QStringLiteral("userId")));
    l << objectIndex(agentOverrideSchema(), Access::Admin, all);
    l << objectIndex(agentExecutionSchema(), Access::Admin, all);
    l << objectIndex(toolCatalogSchema(), Access::Admin, all);
    return l;
}

} // namespace

QString Index::listDataName() const
{
    return kind == Kind::Object && schema ? schema->plural : name;
}

QString Index::getDataName() const
{
    return kind == Kind::Object && schema ? schema->name : name;
}

const QList<Index> &indices()
{
    static const QList<Index> l = objectIndices() + namedViews() + aggregatedViews();
    return l;
}

const Index *findIndex(const QString &name)
{
    for (const Index &i : indices())
        if (i.name == name)
            return &i;
    return nullptr;
}

QList<Field> visibleFields(const Index &idx, bool admin)
{
    QList<Field> out;
    if (!idx.schema)
        return out;
    for (const Field &f : idx.schema->allFields()) {
        if (f.hidden || (!admin && idx.adminOnlyFields.contains(f.name)))
            continue;
        out << f;
    }
    return out;
}

QJsonObject rowJson(Repository &repo, const Index &idx, const Request &req, const QVariantMap &row)
{
    QJsonObject o = idx.json ? idx.json(repo, req, row) : idx.schema->toJson(row);
    if (!(req.auth && req.auth->isAdmin()))
        for (const QString &k : idx.adminOnlyFields) {
            o.remove(k);
            o.remove(k + QStringLiteral("_idx"));
        }
    return o;
}

} // namespace bff
} // namespace tutorhub::server
