// What a server offers beyond the documented contract (C42), and asking it: GET auth-api /extensions, answered
// by the local server with {"profile":"local","extensions":[…]}; 404 (the documented cloud, --contract strict)
// or any error means "the documented contract only". Session asks after every sign-in and restore. This
// header does not include the route table, so ApiClient's users do not recompile when a row changes.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

namespace tutorhub::api {

class ApiClient;
enum class Route; // api/contract.h

// The extension id of the server's undeclared-filter support.
inline constexpr const char *kUndeclaredFiltersExtension = "undeclaredFilters";

// Default: the documented contract only, nothing extra.
struct ServerFeatures
{
    bool known = false; // /extensions answered
    bool asked = false; // fetchServerFeatures has answered, whatever it said (a 404 included; C67)
    QString profile; // "local", ... ; empty when unknown
    QSet<QString> extensions;

    bool has(const QString &extension) const { return extensions.contains(extension); }
    // Documented and Raw routes are always there; an Extension route only when the server names it.
    bool supports(Route route) const;
    // supports(), except that a client whose server was never asked (set up without a Session: some tests, a
    // client before sign-in) keeps the behaviour it had before the features existed and assumes the route (C67).
    bool supportsOrNotAsked(Route route) const { return !asked || supports(route); }
    bool undeclaredFilters() const { return has(QLatin1String(kUndeclaredFiltersExtension)); }
    // Parses the raw JSON of GET /extensions; anything unexpected is "no extensions".
    static ServerFeatures fromJson(const QByteArray &json);

    friend bool operator==(const ServerFeatures &a, const ServerFeatures &b)
    {
        return a.known == b.known && a.asked == b.asked && a.profile == b.profile && a.extensions == b.extensions;
    }
    friend bool operator!=(const ServerFeatures &a, const ServerFeatures &b) { return !(a == b); }
};

// Sends the request and calls `done` with what the server said (never an error: failures are "none").
void fetchServerFeatures(ApiClient *client, QObject *context, std::function<void(const ServerFeatures &)> done);

} // namespace tutorhub::api
