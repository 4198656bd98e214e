#include "agenthub/agenthub.h"

#include "core/crud.h"

#include "admin/svcutil.h"
#include "core/util.h"
#include "http/envelope.h"
#include "core/handler.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <memory>

namespace tutorhub::server {

const ObjectSchema &agentOverrideSchema()
{
    static const ObjectSchema s {QStringLiteral("sys_agentOverride"),
                                 QStringLiteral("sys_agentOverrides"),
                                 QStringLiteral("sys_agentOverrides"),
                                 {
                                     {QStringLiteral("agentName"), FieldType::String, {}, true, true, false, 128},
                                     {QStringLiteral("provider"), FieldType::String, {}, true, false, false, 64},
                                     {QStringLiteral("model"), FieldType::String, {}, true, false, false, 128},
                                     {QStringLiteral("systemPrompt"), FieldType::Text, {}, false, false, false, 0},
                                     {QStringLiteral("temperature"), FieldType::Double, {}, false, false, false, 0},
                                     {QStringLiteral("maxTokens"), FieldType::Integer, {}, false, false, false, 0},
                                     {QStringLiteral("responseFormat"), FieldType::String, {}, false, true, false, 16},
                                     {QStringLiteral("selectedTools"), FieldType::Object, {}, false, false, false, 0},
                                     {QStringLiteral("guardrails"), FieldType::Object, {}, false, false, false, 2000},
                                     {QStringLiteral("enabled"), FieldType::Boolean, {}, true, false, false, 0},
                                     {QStringLiteral("updatedBy"), FieldType::ID, {}, true, false, false, 0},
                                 }};
    return s;
}

const ObjectSchema &agentExecutionSchema()
{
    static const ObjectSchema s {
        QStringLiteral("sys_agentExecution"),
        QStringLiteral("sys_agentExecutions"),
        QStringLiteral("sys_agentExecutions"),
        {
            {QStringLiteral("agentName"), FieldType::String, {}, true, false, false, 128},
            {QStringLiteral("agentType"),
             FieldType::Enum,
             {QStringLiteral("design"), QStringLiteral("dynamic")},
             true,
             false,
             false,
             0},
            {QStringLiteral("source"),
             FieldType::Enum,
             {QStringLiteral("rest"), QStringLiteral("sse"), QStringLiteral("kafka"), QStringLiteral("agent")},
             true,
             false,
             false,
             0},
            {QStringLiteral("userId"), FieldType::ID, {}, true, false, false, 0},
            {QStringLiteral("input"), FieldType::Object, {}, false, false, false, 0},
            {QStringLiteral("output"), FieldType::Object, {}, false, false, false, 0},
            {QStringLiteral("toolCalls"), FieldType::Integer, {}, false, false, false, 0},
            {QStringLiteral("tokenUsage"), FieldType::Object, {}, false, false, false, 0},
            {QStringLiteral("durationMs"), FieldType::Integer, {}, false, false, false, 0},
            {QStringLiteral("status"),
             FieldType::Enum,
             {QStringLiteral("success"), QStringLiteral("error"), QStringLiteral("timeout")},
             true,
             false,
             false,
             0},
            {QStringLiteral("error"), FieldType::Text, {}, false, false, false, 0},
        }};
    return s;
}

const ObjectSchema &toolCatalogSchema()
{
    static const ObjectSchema s {QStringLiteral("sys_toolCatalog"),
                                 QStringLiteral("sys_toolCatalogs"),
                                 QStringLiteral("sys_toolCatalogs"),
                                 {
                                     {QStringLiteral("toolName"), FieldType::String, {}, true, true, false, 0},
                                     {QStringLiteral("serviceName"), FieldType::String, {}, true, false, false, 0},
                                     {QStringLiteral("description"), FieldType::Text, {}, false, false, false, 0},
                                     {QStringLiteral("parameters"), FieldType::Object, {}, false, false, false, 0},
                                     {QStringLiteral("lastRefreshed"), FieldType::Date, {}, false, false, false, 0},
                                 }};
    return s;
}

namespace {

// Segment -> service name of API.md §1.1 (agentHub's own routes are not tools).
QString serviceOf(const QString &segment)
{
    static const QHash<QString, QString> names {
        {QStringLiteral("auth-api"), QStringLiteral("auth")},
        {QStringLiteral("tutorcatalog-api"), QStringLiteral("tutorCatalog")},
        {QStringLiteral("coursescheduling-api"), QStringLiteral("courseScheduling")},
        {QStringLiteral("enrollmentmanagement-api"), QStringLiteral("enrollmentManagement")},
        {QStringLiteral("platformadmin-api"), QStringLiteral("platformAdmin")},
        {QStringLiteral("messaging-api"), QStringLiteral("messaging")},
        {QStringLiteral("notification-api"), QStringLiteral("notification")},
        {QStringLiteral("bff-api"), QStringLiteral("bff")},
    };
    return names.value(segment);
}

QString capitalized(const QString &s)
{
    return s.isEmpty() ? s : s.at(0).toUpper() + s.mid(1);
}

QStringList pathParams(const QString &pattern)
{
    QStringList out;
    for (const QString &part : pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        if (part.startsWith(QLatin1Char(':')))
            out << part.mid(1);
    return out;
}

QString accessText(Access a)
{
    switch (a) {
    case Access::Public:
        return QStringLiteral("public");
    case Access::SignedIn:
        return QStringLiteral("signed-in users (rules per object)");
    case Access::Admin:
        return QStringLiteral("admin or superAdmin");
    case Access::Machine:
        return QStringLiteral("machine-to-machine only");
    }
    return {};
}

// JSON Schema of the route's inputs that the route table knows: the path parameters (bodies and
// queries are described by each service's schema, not by the table).
QJsonObject parametersOf(const Route &route)
{
    QJsonObject props;
    QJsonArray required;
    for (const QString &p : pathParams(route.pattern)) {
        props.insert(p, QJsonObject {{QStringLiteral("type"), QStringLiteral("string")},
                                     {QStringLiteral("in"), QStringLiteral("path")}});
        required.append(p);
    }
    QJsonObject schema {{QStringLiteral("type"), QStringLiteral("object")},
                        {QStringLiteral("properties"), props},
                        {QStringLiteral("required"), required},
                        {QStringLiteral("x-method"), QString::fromLatin1(route.method)},
                        {QStringLiteral("x-path"), QLatin1Char('/') + route.segment + route.pattern},
                        {QStringLiteral("x-access"), accessText(route.access)}};
    if (route.method != "GET" && route.method != "DELETE")
        schema.insert(QStringLiteral("x-body"), QStringLiteral("application/json object"));
    return schema;
}

} // namespace

QString agenthub::toolName(const Route &route)
{
    const QString service = serviceOf(route.segment);
    if (service.isEmpty() || route.segment == QLatin1String("*"))
        return {};
    QString name = QString::fromLatin1(route.method).toLower();
    QStringList parts = route.pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    while (!parts.isEmpty() && parts.first() == QLatin1String("v1"))
        parts.removeFirst();
    for (const QString &part : std::as_const(parts)) {
        if (part.startsWith(QLatin1Char(':'))) {
            name += QStringLiteral("By") + capitalized(part.mid(1));
            continue;
        }
        for (const QString &word : part.split(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), Qt::SkipEmptyParts))
            name += capitalized(word);
    }
    return service + QLatin1Char(':') + name;
}

int agenthub::refreshToolCatalog(Repository &repo, const QList<Route> &routes)
{
    return inTransaction(repo, [&] {
        const QString now = isoNow();
        QStringList seen;
        for (const Route &route : routes) {
            const QString name = toolName(route);
            if (name.isEmpty() || seen.contains(name))
                continue;
            seen << name;
            const QVariantMap values {
                {QStringLiteral("toolName"), name},
                {QStringLiteral("serviceName"), serviceOf(route.segment)},
                {QStringLiteral("description"),
                 QStringLiteral("%1 /%2%3 (access: %4)")
                     .arg(QString::fromLatin1(route.method), route.segment, route.pattern, accessText(route.access))},
                {QStringLiteral("parameters"), QJsonDocument(parametersOf(route)).toJson(QJsonDocument::Compact)},
                {QStringLiteral("lastRefreshed"), now},
                {QStringLiteral("isActive"), 1},
            };
            const auto existing = repo.findOne(toolCatalogSchema(), QStringLiteral("toolName = ?"), {name});
            if (existing)
                repo.update(toolCatalogSchema(), str(*existing, "id"), values);
            else
                repo.insert(toolCatalogSchema(), values, QString());
        }
        // Tools whose route is gone stay readable by id but leave the active catalog.
        repo.exec(
            QStringLiteral(
                "UPDATE sys_toolCatalogs SET isActive = 0, updatedAt = ? WHERE lastRefreshed <> ? AND isActive = 1"),
            {now, now});
        return int(seen.size());
    });
}

QVariantMap agenthub::recordExecution(Repository &repo, const QVariantMap &values)
{
    return repo.insert(agentExecutionSchema(), values, values.value(QStringLiteral("userId")).toString());
}

namespace {

const QStringList kOverrideInputs {QStringLiteral("provider"),      QStringLiteral("model"),
                                   QStringLiteral("systemPrompt"),  QStringLiteral("temperature"),
                                   QStringLiteral("maxTokens"),     QStringLiteral("responseFormat"),
                                   QStringLiteral("selectedTools"), QStringLiteral("guardrails")};

// Value rules of sys_agentOverride (§3.6): temperature 0-2, maxTokens > 0, responseFormat text|json,
// selectedTools an array of catalog tool names, guardrails {maxToolCalls, timeout, maxTokenBudget} >= 0.
void checkOverride(const Repository &repo, const QVariantMap &in)
{
    if (in.contains(QStringLiteral("temperature")) && !in.value(QStringLiteral("temperature")).isNull()) {
        const double t = in.value(QStringLiteral("temperature")).toDouble();
        if (t < 0.0 || t > 2.0)
            throw HttpError::invalid(QStringLiteral("temperature"),
                                     QStringLiteral("'temperature' must be between 0 and 2."));
    }
    if (in.contains(QStringLiteral("maxTokens")) && !in.value(QStringLiteral("maxTokens")).isNull()
        && in.value(QStringLiteral("maxTokens")).toLongLong() <= 0)
        throw HttpError::invalid(QStringLiteral("maxTokens"),
                                 QStringLiteral("'maxTokens' must be a positive integer."));
    const QString format = str(in, "responseFormat");
    if (!format.isEmpty() && format != QLatin1String("text") && format != QLatin1String("json"))
        throw HttpError::invalid(QStringLiteral("responseFormat"),
                                 QStringLiteral("'responseFormat' must be text or json."));
    if (!in.value(QStringLiteral("selectedTools")).isNull() && in.contains(QStringLiteral("selectedTools"))) {
        const QJsonDocument d = QJsonDocument::fromJson(in.value(QStringLiteral("selectedTools")).toByteArray());
        if (!d.isArray())
            throw HttpError::invalid(QStringLiteral("selectedTools"),
                                     QStringLiteral("'selectedTools' must be an array of tool names."));
        for (const QJsonValue &v : d.array()) {
            if (!v.isString()
                || repo.count(toolCatalogSchema(), QStringLiteral("toolName = ? AND isActive = 1"), {v.toString()})
                       == 0)
                throw HttpError::invalid(QStringLiteral("selectedTools"),
                                         QStringLiteral("'%1' is not a tool of the catalog.").arg(v.toString()));
        }
    }
    if (!in.value(QStringLiteral("guardrails")).isNull() && in.contains(QStringLiteral("guardrails"))) {
        const QJsonDocument d = QJsonDocument::fromJson(in.value(QStringLiteral("guardrails")).toByteArray());
        if (!d.isObject())
            throw HttpError::invalid(QStringLiteral("guardrails"), QStringLiteral("'guardrails' must be an object."));
        const QJsonObject g = d.object();
        for (auto it = g.begin(); it != g.end(); ++it) {
            static const QStringList known {QStringLiteral("maxToolCalls"), QStringLiteral("timeout"),
                                            QStringLiteral("maxTokenBudget")};
            if (!known.contains(it.key()) || !it.value().isDouble() || it.value().toDouble() < 0
                || !exactInteger(it.value().toDouble()))
                throw HttpError::invalid(
                    QStringLiteral("guardrails"),
                    QStringLiteral(
                        "'guardrails' holds maxToolCalls, timeout and maxTokenBudget as non-negative integers."));
        }
    }
}

QVariantMap loadRow(const Repository &repo, const ObjectSchema &s, const QString &id, bool activeOnly = true)
{
    const auto row = repo.get(s, id);
    if (!row || (activeOnly && !row->value(QStringLiteral("isActive")).toBool()))
        throw HttpError::notFound(s.name);
    return *row;
}

Response listRows(const Context &ctx, const Request &req, const ObjectSchema &s, const QStringList &filters)
{
    const ListQuery q = ListQuery::parse(req, s, filters);
    const ListResult res = ctx.repo->list(s, q);
    QJsonArray rows;
    for (const QVariantMap &row : res.rows)
        rows.append(s.toJson(row));
    return envelope::list(req, s.plural, rows, q.paging(res.total));
}

// One override per agent name among the active ones (409); new overrides start enabled (`enabled` is not
// settable on create, §3.6); the admin who writes is recorded.
void checkNewOverride(const Context &ctx, const Request &req, QVariantMap &in)
{
    checkOverride(*ctx.repo, in);
    if (ctx.repo->count(agentOverrideSchema(), QStringLiteral("lower(agentName) = lower(?) AND isActive = 1"),
                        {str(in, "agentName")})
        > 0)
        throw HttpError(409, QStringLiteral("errMsg_AgentOverrideExists"),
                        QStringLiteral("An override for this agent already exists; update it instead."));
    in.insert(QStringLiteral("enabled"), 1);
    in.insert(QStringLiteral("updatedBy"), req.caller().userId);
}

void checkOverrideChange(const Context &ctx, const Request &req, const QVariantMap &, QVariantMap &in)
{
    if (in.contains(QStringLiteral("enabled")) && in.value(QStringLiteral("enabled")).isNull())
        throw HttpError::invalid(QStringLiteral("enabled"), QStringLiteral("'enabled' must be true or false."));
    checkOverride(*ctx.repo, in);
    in.insert(QStringLiteral("updatedBy"), req.caller().userId);
}

// sys_agentOverride (§3.6) as a plain CRUD resource (K62). `ensureCatalog` refreshes the tool catalog that
// selectedTools are checked against before a write reads it.
CrudResource agentOverrides(const std::function<void()> &ensureCatalog)
{
    CrudResource r;
    r.schema = &agentOverrideSchema();
    r.idParam = QStringLiteral("sys_agentOverrideId");
    r.createFields = QStringList {QStringLiteral("agentName")} + kOverrideInputs;
    r.updateFields = kOverrideInputs + QStringList {QStringLiteral("enabled")};
    r.requiredOnCreate = {QStringLiteral("agentName")};
    r.trimmedFields = {QStringLiteral("agentName")};
    r.listFilters
        = {QStringLiteral("agentName"), QStringLiteral("provider"), QStringLiteral("model"), QStringLiteral("enabled")};
    r.readAccess = Access::Admin;
    r.writeAccess = Access::Admin;
    r.routes = {R::listAgentOverrides, R::getAgentOverride, R::createAgentOverride, R::updateAgentOverride,
                R::deleteAgentOverride};
    r.onCreate = [ensureCatalog](const Context &ctx, const Request &req, QVariantMap &in) {
        ensureCatalog();
        checkNewOverride(ctx, req, in);
    };
    r.onUpdate = [ensureCatalog](const Context &ctx, const Request &req, const QVariantMap &row, QVariantMap &in) {
        ensureCatalog();
        checkOverrideChange(ctx, req, row, in);
    };
    return r;
}

} // namespace

namespace {

Response listAgentExecutions(const Context &ctx, Request &req)
{
    return listRows(ctx, req, agentExecutionSchema(),
                    {QStringLiteral("agentName"), QStringLiteral("agentType"), QStringLiteral("source"),
                     QStringLiteral("userId"), QStringLiteral("status")});
}

Response getAgentExecution(const Context &ctx, Request &req)
{
    const ObjectSchema &S = agentExecutionSchema();
    return envelope::ok(req, S.name, QStringLiteral("get"),
                        S.toJson(loadRow(*ctx.repo, S, req.param(QStringLiteral("sys_agentExecutionId")))));
}

} // namespace

QList<Route> agentHubRoutes(Context ctx, const Router *router)
{
    // The catalog is refreshed from the complete route table the first time it is needed.
    auto refreshed = std::make_shared<bool>(false);
    auto ensureCatalog = [ctx, router, refreshed] {
        if (!*refreshed) {
            agenthub::refreshToolCatalog(*ctx.repo, router->servedRoutes());
            *refreshed = true;
        }
    };
    QList<Route> r;
    r.append(crudRoutes(ctx, agentOverrides(ensureCatalog)));
    r.append({R::listToolCatalog, [ctx, ensureCatalog](Request &req) {
                  ensureCatalog();
                  return listRows(ctx, req, toolCatalogSchema(),
                                  {QStringLiteral("serviceName"), QStringLiteral("toolName")});
              }});
    r.append({R::getToolCatalogEntry, [ctx, ensureCatalog](Request &req) {
                  ensureCatalog();
                  const ObjectSchema &S = toolCatalogSchema();
                  return envelope::ok(req, S.name, QStringLiteral("get"),
                                      S.toJson(loadRow(*ctx.repo, S, req.param(QStringLiteral("sys_toolCatalogId")))));
              }});
    r.append(route(R::listAgentExecutions, ctx, listAgentExecutions));
    r.append(route(R::getAgentExecution, ctx, getAgentExecution));
    return r;
}

} // namespace tutorhub::server
