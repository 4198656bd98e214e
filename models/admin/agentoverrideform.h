// The editable fields of an agentHub override (sys_agentOverride, API.md §3.6; decision U64) as a form the
// AgentHub page edits: what the admin typed, checked field by field with a sentence each, and the PATCH body
// with every documented field (an empty field = null = the agent's design default).
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tutorhub::models::admin {

struct AgentOverrideForm
{
    Q_DECLARE_TR_FUNCTIONS(tutorhub::models::admin::AgentOverrideForm)

public:
    QString provider;
    QString model;
    QString systemPrompt;
    QString temperature; // as typed; "" = design default; 0–2
    QString maxTokens; // as typed; "" = design default; a positive whole number
    QString responseFormat; // "", "text" or "json"
    bool toolsSet = false; // false: the design default's tools (null); true: exactly selectedTools (may be none)
    QStringList selectedTools;
    QString maxToolCalls; // guardrails, each "" or a whole number >= 0
    QString timeoutSeconds;
    QString maxTokenBudget;
    bool enabled = true;

    struct Problem
    {
        QString field; // the wire field ("temperature", "guardrails.timeout", ...)
        QString sentence;
    };

    static AgentOverrideForm fromJson(const QJsonObject &row);
    // Every problem, in form order; empty when the form can be saved. `catalogTools`: the tool names the
    // catalog offers (empty: not loaded, tool names are then left to the server).
    QList<Problem> validate(const QStringList &catalogTools = {}) const;
    // The PATCH body: every documented updatable field, null where the design default applies.
    QJsonObject toPatch() const;
};

} // namespace tutorhub::models::admin
