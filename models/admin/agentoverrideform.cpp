#include "agentoverrideform.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace tutorhub::models::admin {

namespace {
QString numberText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 10);
    return v.isString() ? v.toString() : QString();
}
// A JSON value that may come as an object/array or as its JSON text.
QJsonValue parsed(const QJsonValue &v)
{
    if (v.isString()) {
        const QJsonDocument d = QJsonDocument::fromJson(v.toString().toUtf8());
        if (d.isArray())
            return d.array();
        if (d.isObject())
            return d.object();
    }
    return v;
}
// "" -> ok and unset; a number in C or the user's locale.
bool readDouble(const QString &text, double *out)
{
    bool ok = false;
    double d = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        d = QLocale::c().toDouble(text.trimmed(), &ok);
    *out = d;
    return ok;
}
bool readInt(const QString &text, qint64 *out)
{
    bool ok = false;
    qint64 i = QLocale().toLongLong(text.trimmed(), &ok);
    if (!ok)
        i = QLocale::c().toLongLong(text.trimmed(), &ok);
    *out = i;
    return ok;
}
} // namespace

AgentOverrideForm AgentOverrideForm::fromJson(const QJsonObject &row)
{
    AgentOverrideForm f;
    f.provider = row.value(QStringLiteral("provider")).toString();
    f.model = row.value(QStringLiteral("model")).toString();
    f.systemPrompt = row.value(QStringLiteral("systemPrompt")).toString();
    f.temperature = numberText(row.value(QStringLiteral("temperature")));
    f.maxTokens = numberText(row.value(QStringLiteral("maxTokens")));
    f.responseFormat = row.value(QStringLiteral("responseFormat")).toString();
    const QJsonValue tools = parsed(row.value(QStringLiteral("selectedTools")));
    f.toolsSet = tools.isArray();
    for (const QJsonValue &t : tools.toArray())
        f.selectedTools.append(t.toString());
    const QJsonObject g = parsed(row.value(QStringLiteral("guardrails"))).toObject();
    f.maxToolCalls = numberText(g.value(QStringLiteral("maxToolCalls")));
    f.timeoutSeconds = numberText(g.value(QStringLiteral("timeout")));
    f.maxTokenBudget = numberText(g.value(QStringLiteral("maxTokenBudget")));
    f.enabled = row.value(QStringLiteral("enabled")).toBool(true);
    return f;
}

QList<AgentOverrideForm::Problem> AgentOverrideForm::validate(const QStringList &catalogTools) const
{
    QList<Problem> out;
    if (provider.trimmed().size() > 64)
        out.append({QStringLiteral("provider"), tr("The provider name is too long: use at most 64 characters.")});
    if (model.trimmed().size() > 128)
        out.append({QStringLiteral("model"), tr("The model name is too long: use at most 128 characters.")});
    if (systemPrompt.size() > 10000)
        out.append(
            {QStringLiteral("systemPrompt"), tr("The system prompt is too long: use at most 10,000 characters.")});
    if (!temperature.trimmed().isEmpty()) {
        double t = 0;
        if (!readDouble(temperature, &t) || t < 0.0 || t > 2.0)
            out.append(
                {QStringLiteral("temperature"),
                 tr("Enter a temperature between 0 and 2 (for example 0.7), or leave it empty for the default.")});
    }
    if (!maxTokens.trimmed().isEmpty()) {
        qint64 n = 0;
        if (!readInt(maxTokens, &n) || n <= 0)
            out.append({QStringLiteral("maxTokens"), tr("Enter the maximum number of tokens as a whole number above 0, "
                                                        "or leave it empty for the default.")});
    }
    if (!responseFormat.isEmpty() && responseFormat != QLatin1String("text") && responseFormat != QLatin1String("json"))
        out.append(
            {QStringLiteral("responseFormat"), tr("Choose text or JSON as the response format, or the default.")});
    if (toolsSet && !catalogTools.isEmpty()) {
        for (const QString &tool : selectedTools)
            if (!catalogTools.contains(tool))
                out.append(
                    {QStringLiteral("selectedTools"),
                     tr("The tool “%1” is not in the tool catalog any more: clear it before saving.").arg(tool)});
    }
    const struct
    {
        const char *field;
        const QString *text;
        const char *sentence;
    } guards[]
        = {{"guardrails.maxToolCalls", &maxToolCalls,
            QT_TR_NOOP("Enter the maximum number of tool calls as a whole number of 0 or more, or leave it empty for "
                       "the default.")},
           {"guardrails.timeout", &timeoutSeconds,
            QT_TR_NOOP("Enter the timeout in whole seconds (0 or more), or leave it empty for the default.")},
           {"guardrails.maxTokenBudget", &maxTokenBudget,
            QT_TR_NOOP("Enter the token budget as a whole number of 0 or more, or leave it empty for the default.")}};
    for (const auto &g : guards) {
        if (g.text->trimmed().isEmpty())
            continue;
        qint64 n = 0;
        if (!readInt(*g.text, &n) || n < 0)
            out.append({QString::fromLatin1(g.field), tr(g.sentence)});
    }
    return out;
}

QJsonObject AgentOverrideForm::toPatch() const
{
    const auto textOrNull = [](const QString &s) {
        return s.trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.trimmed());
    };
    QJsonObject o;
    o.insert(QStringLiteral("provider"), textOrNull(provider));
    o.insert(QStringLiteral("model"), textOrNull(model));
    o.insert(QStringLiteral("systemPrompt"),
             systemPrompt.trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(systemPrompt));
    double t = 0;
    o.insert(QStringLiteral("temperature"), !temperature.trimmed().isEmpty() && readDouble(temperature, &t)
                                                ? QJsonValue(t)
                                                : QJsonValue(QJsonValue::Null));
    qint64 n = 0;
    o.insert(QStringLiteral("maxTokens"),
             !maxTokens.trimmed().isEmpty() && readInt(maxTokens, &n) ? QJsonValue(n) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("responseFormat"), textOrNull(responseFormat));
    if (toolsSet)
        o.insert(QStringLiteral("selectedTools"), QJsonArray::fromStringList(selectedTools));
    else
        o.insert(QStringLiteral("selectedTools"), QJsonValue(QJsonValue::Null));
    QJsonObject g;
    const auto guard = [&g](const char *key, const QString &text) {
        qint64 v = 0;
        if (!text.trimmed().isEmpty() && readInt(text, &v))
            g.insert(QLatin1String(key), v);
    };
    guard("maxToolCalls", maxToolCalls);
    guard("timeout", timeoutSeconds);
    guard("maxTokenBudget", maxTokenBudget);
    o.insert(QStringLiteral("guardrails"), g.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(g));
    o.insert(QStringLiteral("enabled"), enabled);
    return o;
}

} // namespace tutorhub::models::admin
