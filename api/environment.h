// Environments (ARCHITECTURE settled decision 1): Local, Preview, Staging, Production, Custom.
// Base URL of a service = {host}/{segment} (API.md §1.1, decisions D15).
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace tutorhub::api {

enum class Service {
    Auth,
    TutorCatalog,
    CourseScheduling,
    EnrollmentManagement,
    PlatformAdmin,
    Messaging,
    AgentHub,
    Bff,
    Notification
};

// "auth-api", "tutorcatalog-api", ... "bff-api", "notification-api".
QString serviceSegment(Service service);
QList<Service> allServices();

enum class EnvironmentKind { Local, Preview, Staging, Production, Custom };

struct Environment
{
    Q_DECLARE_TR_FUNCTIONS(tutorhub::api::Environment)

public:
    EnvironmentKind kind = EnvironmentKind::Local;
    QString id = QStringLiteral("local"); // "local", "preview", "staging", "production", "custom"
    QUrl host; // scheme://host[:port], no path; Local: set at runtime

    // Translated name for the environment picker ("Local (on this computer)", "Production", ...).
    QString displayName() const;
    // {host}/{segment}, e.g. https://tutorhub.mindbricks.co/auth-api
    QUrl serviceUrl(Service service) const;
    // {host}/{segment}{path}?{query}; path starts with '/', e.g. "/v1/users/42".
    QUrl url(Service service, const QString &path, const QUrlQuery &query = {}) const;
    // A usable http(s) host is set; for Custom also hasSafeTransport().
    bool isValid() const;
    // SEC47: https, or http to this computer only (localhost, 127.0.0.0/8, ::1). A password or token
    // sent over plain http to another machine can be read by anyone on the network.
    bool hasSafeTransport() const;
    static bool isLoopbackHost(const QString &host);
    bool isLocal() const { return kind == EnvironmentKind::Local; }
    // Part of the keychain key: the id, or for Custom "custom:<host>" (decision 3).
    QString keyPrefix() const;

    static QString idFor(EnvironmentKind kind);
    static EnvironmentKind kindFor(const QString &id, bool *ok = nullptr);
    // Fixed hosts of Preview/Staging/Production; empty for Local and Custom.
    static QUrl defaultHost(EnvironmentKind kind);
    // Unknown id -> Local. customHost is used for Custom and Local (the runtime host of the bundled
    // server); it is ignored for the fixed environments.
    static Environment fromId(const QString &id, const QUrl &customHost = {});
    static Environment local(const QUrl &host = {});
    static Environment local(quint16 port); // http://127.0.0.1:<port>
    static Environment custom(const QUrl &host);
    // All five, in picker order; Local and Custom without a host.
    static QList<Environment> all();
    // Accepts "host", "host:port", "http(s)://host[:port][/]" typed by a user; returns an empty QUrl
    // when the text cannot be a host.
    static QUrl normalizeHost(const QString &text);

    friend bool operator==(const Environment &a, const Environment &b)
    {
        return a.kind == b.kind && a.id == b.id && a.host == b.host;
    }
    friend bool operator!=(const Environment &a, const Environment &b) { return !(a == b); }
};

} // namespace tutorhub::api
