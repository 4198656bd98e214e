#include "adminlists.h"

#include "api/contract.h"
#include "models/format.h"
#include "models/labels.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tutorhub::models::admin {

namespace {
using api::Service;

ListSource business(api::Route route)
{
    return ListSource(route);
}
ListSource bffList(const char *index)
{
    return ListSource(api::Route::bffListPost, {QString::fromLatin1(index)}, PagingStyle::Bff);
}

constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;

ListColumn text(const char *id, const QString &title, const char *field, bool sortable = true)
{
    const QByteArray key(field);
    return {QString::fromLatin1(id), title, [key](const QJsonObject &o) { return Format::str(o, key.constData()); },
            sortable ? QString::fromLatin1(field) : QString()};
}
ListColumn enumColumn(const char *id, const QString &title, const char *object, const char *field)
{
    const QByteArray obj(object), key(field);
    return {QString::fromLatin1(id), title,
            [obj, key](const QJsonObject &o) { return AdminLists::enumText(o, obj.constData(), key.constData()); },
            QString::fromLatin1(field)};
}
ListColumn when(const char *id, const QString &title, const char *field)
{
    const QByteArray key(field);
    return {QString::fromLatin1(id), title,
            [key](const QJsonObject &o) { return Format::dateTime(Format::when(o, key.constData())); },
            QString::fromLatin1(field)};
}
ListColumn person(const char *id, const QString &title, const char *joinKey)
{
    const QByteArray key(joinKey);
    return {QString::fromLatin1(id),
            title,
            [key](const QJsonObject &o) { return AdminLists::personName(o, key.constData()); },
            {}};
}
ListColumn money(const char *id, const QString &title, const char *field)
{
    const QByteArray key(field);
    return {QString::fromLatin1(id), title,
            [key](const QJsonObject &o) {
                return Format::money(Format::num(o, key.constData()), Format::str(o, "currency").isEmpty()
                                                                          ? QStringLiteral("EUR")
                                                                          : Format::str(o, "currency"));
            },
            QString::fromLatin1(field), kRight};
}
QString joinedTitle(const QJsonObject &o, const char *joinKey, const char *field)
{
    return Format::str(Format::join(o, joinKey), field);
}
QString firstLine(const QString &s, int max = 90)
{
    QString line = s.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() > max)
        line = line.left(max - 1) + QChar(0x2026);
    return line;
}
} // namespace

QString AdminLists::personName(const QJsonObject &row, const char *joinKey)
{
    const QJsonObject p = Format::join(row, joinKey);
    const QString name = Format::str(p, "fullname");
    const QString email = Format::str(p, "email");
    if (name.isEmpty())
        return email;
    return email.isEmpty() ? name : tr("%1 (%2)").arg(name, email);
}

QString AdminLists::enumText(const QJsonObject &row, const char *object, const char *field)
{
    const QString v = Format::str(row, field);
    return v.isEmpty() ? QString() : Labels::enumLabel(QString::fromLatin1(object), QString::fromLatin1(field), v);
}

ListSource AdminLists::source(AdminList list)
{
    switch (list) {
    case AdminList::Issues:
        return business(api::Route::listAdminIssues);
    case AdminList::Users:
    case AdminList::TutorApplications:
        return bffList("user");
    case AdminList::Courses:
        return business(api::Route::listCoursePacks);
    case AdminList::Enrollments:
        return bffList("enrollment"); // indexed at scale (M11); names resolved per page
    case AdminList::RefundRequests:
        return business(api::Route::listRefundRequests);
    case AdminList::ModerationLog:
        return business(api::Route::listAdminModerationActions);
    case AdminList::AnalyticsReports:
        return business(api::Route::listAdminAnalyticsReports);
    case AdminList::AgentOverrides:
        return business(api::Route::listAgentOverrides);
    case AdminList::ToolCatalog:
        return business(api::Route::listToolCatalog);
    case AdminList::AgentExecutions:
        return business(api::Route::listAgentExecutions);
    }
    return {};
}

QList<ListColumn> AdminLists::columns(AdminList list)
{
    switch (list) {
    case AdminList::Issues:
        return {
            when("createdAt", tr("Reported"), "createdAt"),
            enumColumn("issueType", tr("About"), "adminIssue", "issueType"),
            // The resolution shares the status column (a closed issue says how it ended): nine columns did not fit
            // 1280 px in German and Spanish (L3, U67).
            {QStringLiteral("status"), tr("Status"),
             [](const QJsonObject &o) {
                 const QString status = AdminLists::enumText(o, "adminIssue", "status");
                 const QString resolution = AdminLists::enumText(o, "adminIssue", "resolution");
                 return resolution.isEmpty() ? status : tr("%1: %2").arg(status, resolution);
             },
             QStringLiteral("status")},
            enumColumn("priority", tr("Priority"), "adminIssue", "priority"), // issueTriage extension (U60)
            {QStringLiteral("assignee"), tr("Assigned to"),
             [](const QJsonObject &o) { return Format::str(Format::join(o, "assignee"), "fullname"); },
             QStringLiteral("assigneeId")},
            person("reporter", tr("Reported by"), "reporter"),
            {QStringLiteral("target"),
             tr("Target"),
             [](const QJsonObject &o) {
                 const QString course = joinedTitle(o, "coursePack", "title");
                 const QString user = personName(o, "reportedUser");
                 return course.isEmpty() ? user : (user.isEmpty() ? course : tr("%1 — %2").arg(user, course));
             },
             {}},
            {QStringLiteral("description"),
             tr("Description"),
             [](const QJsonObject &o) { return firstLine(Format::str(o, "description")); },
             {}},
        };
    case AdminList::Users:
    case AdminList::TutorApplications:
        return {
            text("fullname", tr("Name"), "fullname"),
            text("email", tr("E-mail"), "email"),
            enumColumn("roleId", tr("Role"), "user", "roleId"),
            enumColumn("accountStatus", tr("Account"), "user", "accountStatus"),
            enumColumn("tutorApplicationStatus", tr("Tutor application"), "user", "tutorApplicationStatus"),
            when("createdAt", tr("Registered"), "createdAt"),
        };
    case AdminList::Courses:
        return {
            text("title", tr("Title"), "title"),
            {QStringLiteral("tutor"),
             tr("Tutor"),
             [](const QJsonObject &o) { return joinedTitle(o, "tutorProfile", "displayName"); },
             {}},
            text("category", tr("Category"), "category"),
            money("price", tr("Price per lesson"), "price"),
            enumColumn("moderationStatus", tr("Moderation"), "coursePack", "moderationStatus"),
            when("createdAt", tr("Created"), "createdAt"),
        };
    case AdminList::Enrollments:
        return {
            when("enrolledAt", tr("Enrolled"), "createdAt"),
            person("student", tr("Student"), "student"),
            {QStringLiteral("course"),
             tr("Course"),
             [](const QJsonObject &o) { return joinedTitle(o, "coursePack", "title"); },
             {}},
            enumColumn("enrollmentStatus", tr("Status"), "enrollment", "enrollmentStatus"),
            enumColumn("paymentStatus", tr("Payment"), "enrollment", "paymentStatus"),
            enumColumn("refundStatus", tr("Refund"), "enrollment", "refundStatus"),
            money("totalAmount", tr("Total"), "totalAmount"),
        };
    case AdminList::RefundRequests:
        return {
            when("requestedAt", tr("Requested"), "requestedAt"),
            person("requester", tr("Requested by"), "requester"),
            {QStringLiteral("course"),
             tr("Course"),
             [](const QJsonObject &o) { return joinedTitle(o, "coursePack", "title"); },
             {}},
            {QStringLiteral("amount"),
             tr("Paid"),
             [](const QJsonObject &o) {
                 const QJsonObject e = Format::join(o, "enrollment");
                 return e.isEmpty() ? QString() : Format::money(Format::num(e, "totalAmount"));
             },
             {},
             kRight},
            enumColumn("status", tr("Status"), "refundRequest", "status"),
            {QStringLiteral("reason"),
             tr("Reason"),
             [](const QJsonObject &o) { return firstLine(Format::str(o, "reason")); },
             {}},
        };
    case AdminList::ModerationLog:
        return {
            when("actionDate", tr("Date"), "actionDate"),
            enumColumn("actionType", tr("Action"), "adminModerationAction", "actionType"),
            enumColumn("targetType", tr("Target"), "adminModerationAction", "targetType"),
            {QStringLiteral("targetUser"),
             tr("Affected user"),
             [](const QJsonObject &o) {
                 const QString name = personName(o, "targetUser");
                 return name.isEmpty() ? Format::str(o, "targetUserId") : name;
             },
             {}},
            person("admin", tr("By"), "admin"),
            {QStringLiteral("actionReason"),
             tr("Reason"),
             [](const QJsonObject &o) { return firstLine(Format::str(o, "actionReason")); },
             {}},
        };
    case AdminList::AnalyticsReports:
        return {
            when("generatedAt", tr("Generated"), "generatedAt"),
            enumColumn("reportType", tr("Report"), "adminAnalyticsReport", "reportType"),
            text("filterParams", tr("Inputs"), "filterParams", false),
            text("reportUrl", tr("Address"), "reportUrl", false),
        };
    case AdminList::AgentOverrides:
        return {
            text("agentName", tr("Agent"), "agentName"),
            text("provider", tr("Provider"), "provider"),
            text("model", tr("Model"), "model"),
            {QStringLiteral("temperature"), tr("Temperature"),
             [](const QJsonObject &o) { return QString::number(Format::num(o, "temperature"), 'g', 3); },
             QStringLiteral("temperature"), kRight},
            {QStringLiteral("maxTokens"), tr("Max. tokens"),
             [](const QJsonObject &o) { return QString::number(qint64(Format::num(o, "maxTokens"))); },
             QStringLiteral("maxTokens"), kRight},
            {QStringLiteral("enabled"), tr("Enabled"),
             [](const QJsonObject &o) { return Format::flag(o, "enabled") ? tr("Yes") : tr("No"); },
             QStringLiteral("enabled")},
        };
    case AdminList::ToolCatalog:
        return {
            text("toolName", tr("Tool"), "toolName"),
            text("serviceName", tr("Service"), "serviceName"),
            {QStringLiteral("description"),
             tr("Description"),
             [](const QJsonObject &o) { return firstLine(Format::str(o, "description")); },
             {}},
            when("lastRefreshed", tr("Refreshed"), "lastRefreshed"),
        };
    case AdminList::AgentExecutions:
        return {
            when("createdAt", tr("Started"), "createdAt"),
            text("agentName", tr("Agent"), "agentName"),
            enumColumn("agentType", tr("Type"), "sys_agentExecution", "agentType"),
            enumColumn("source", tr("Source"), "sys_agentExecution", "source"),
            enumColumn("status", tr("Result"), "sys_agentExecution", "status"),
            {QStringLiteral("durationMs"), tr("Duration"),
             [](const QJsonObject &o) { return tr("%1 ms").arg(qint64(Format::num(o, "durationMs"))); },
             QStringLiteral("durationMs"), kRight},
        };
    }
    return {};
}

namespace {
const QJsonObject kPendingApplications {{QStringLiteral("tutorApplicationStatus"), QStringLiteral("pending")}};
}

PagedListModel *AdminLists::create(api::ApiClient *client, AdminList list, QObject *parent)
{
    auto *model = new PagedListModel(client, source(list), columns(list), parent);
    model->beginQueryChange(); // one request for mode + sort + filters
    model->setMode(PagedListModel::Mode::Paged);
    switch (list) {
    case AdminList::TutorApplications:
        model->setBodyFilters(kPendingApplications);
        model->setSort(QStringLiteral("updatedAt"), Qt::AscendingOrder); // oldest application first
        break;
    case AdminList::ModerationLog:
        model->setSort(QStringLiteral("actionDate"), Qt::DescendingOrder);
        break;
    case AdminList::AnalyticsReports:
        model->setSort(QStringLiteral("generatedAt"), Qt::DescendingOrder);
        break;
    case AdminList::ToolCatalog:
        model->setSort(QStringLiteral("toolName"), Qt::AscendingOrder);
        break;
    case AdminList::AgentOverrides:
        model->setSort(QStringLiteral("agentName"), Qt::AscendingOrder);
        break;
    case AdminList::RefundRequests:
        model->setSort(QStringLiteral("requestedAt"), Qt::DescendingOrder);
        break;
    default:
        model->setSort(QStringLiteral("createdAt"), Qt::DescendingOrder);
        break;
    }
    model->endQueryChange();
    if (list == AdminList::Issues) {
        // Rows selected here (C44) sort by priority as the server does: the declared order, low → urgent (U62).
        model->setLocalSortKey(QStringLiteral("priority"), [](const QJsonObject &row) {
            return QVariant(int(Labels::enumValues(QStringLiteral("adminIssue"), QStringLiteral("priority"))
                                    .indexOf(row.value(QStringLiteral("priority")).toString())));
        });
    }
    if (list == AdminList::ModerationLog)
        resolveUserNames(client, model, "targetUserId", "targetUser");
    if (list == AdminList::Enrollments) {
        resolveUserNames(client, model, "studentId", "student");
        resolveJoin(client, model, "coursePackId", "coursePack", "coursePack", {"title", "category", "tutorProfileId"});
    }
    // For the filter bars: BFF lists take their filters as a body on top of these base filters.
    if (source(list).paging == PagingStyle::Bff) {
        model->setProperty("bffFilters", true);
        model->setProperty("baseBodyFilters",
                           list == AdminList::TutorApplications ? kPendingApplications : QJsonObject());
    }
    return model;
}

void AdminLists::resolveUserNames(api::ApiClient *client, PagedListModel *model, const char *idField,
                                  const char *joinKey)
{
    resolveJoin(client, model, idField, joinKey, "user", {"fullname", "email"});
}

void AdminLists::resolveJoin(api::ApiClient *client, PagedListModel *model, const char *idField, const char *joinKey,
                             const char *bffIndex, const QList<const char *> &fields)
{
    const QByteArray field(idField), key(joinKey), index(bffIndex);
    QStringList keep;
    for (const char *f : fields)
        keep.append(QString::fromLatin1(f));
    QObject::connect(model, &PagedListModel::pageLoaded, model, [client, model, field, key, index, keep] {
        QStringList ids;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QJsonObject o = model->object(r);
            const QString id = Format::str(o, field.constData());
            if (!id.isEmpty() && !o.contains(QString::fromLatin1(key)) && !ids.contains(id))
                ids.append(id);
        }
        if (ids.isEmpty() || !client)
            return;
        api::ApiRequest r = api::ApiRequest::to(
            api::Route::bffListPost, {QString::fromLatin1(index)},
            QJsonObject {
                {QStringLiteral("filters"), QJsonObject {{QStringLiteral("id"), QJsonArray::fromStringList(ids)}}}});
        r.idempotent = true;
        r.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
        api::callJson(client, r, model, [model, field, key, keep](const api::Result<api::JsonAnswer> &a) {
            if (!a)
                return; // the ids stay; the table is still usable
            QHash<QString, QJsonObject> found;
            for (const QJsonValue &v : a.value().array())
                found.insert(Format::str(v.toObject(), "id"), v.toObject());
            for (int row = 0; row < model->rowCount(); ++row) {
                QJsonObject o = model->object(row);
                const QJsonObject joined = found.value(Format::str(o, field.constData()));
                if (joined.isEmpty() || o.contains(QString::fromLatin1(key)))
                    continue;
                QJsonObject brief {{QStringLiteral("id"), joined.value(QStringLiteral("id"))}};
                for (const QString &k : keep)
                    brief.insert(k, joined.value(k));
                o.insert(QString::fromLatin1(key), QJsonArray {brief});
                model->replaceObject(o);
            }
        });
    });
}

} // namespace tutorhub::models::admin
