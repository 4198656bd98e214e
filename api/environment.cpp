#include "environment.h"

#include <QHostAddress>

namespace tutorhub::api {

QString serviceSegment(Service service)
{
    switch (service) {
    case Service::Auth:
        return QStringLiteral("auth-api");
    case Service::TutorCatalog:
        return QStringLiteral("tutorcatalog-api");
    case Service::CourseScheduling:
        return QStringLiteral("coursescheduling-api");
    case Service::EnrollmentManagement:
        return QStringLiteral("enrollmentmanagement-api");
    case Service::PlatformAdmin:
        return QStringLiteral("platformadmin-api");
    case Service::Messaging:
        return QStringLiteral("messaging-api");
    case Service::AgentHub:
        return QStringLiteral("agenthub-api");
    case Service::Bff:
        return QStringLiteral("bff-api");
    case Service::Notification:
        return QStringLiteral("notification-api");
    }
    return {};
}

QList<Service> allServices()
{
    return {Service::Auth,          Service::TutorCatalog, Service::CourseScheduling, Service::EnrollmentManagement,
            Service::PlatformAdmin, Service::Messaging,    Service::AgentHub,         Service::Bff,
            Service::Notification};
}

QString Environment::displayName() const
{
    switch (kind) {
    case EnvironmentKind::Local:
        return tr("Local (on this computer)");
    case EnvironmentKind::Preview:
        return tr("Preview");
    case EnvironmentKind::Staging:
        return tr("Staging");
    case EnvironmentKind::Production:
        return tr("Production");
    case EnvironmentKind::Custom:
        if (host.isValid() && !host.host().isEmpty())
            //: %1 is a server address such as https://tutorhub.example.org
            return tr("Custom server (%1)").arg(host.toString(QUrl::RemoveUserInfo));
        return tr("Custom server");
    }
    return {};
}

QUrl Environment::serviceUrl(Service service) const
{
    if (!isValid())
        return {};
    QUrl u = host;
    QString base = u.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + QLatin1Char('/') + serviceSegment(service));
    u.setQuery(QString());
    u.setFragment(QString());
    return u;
}

QUrl Environment::url(Service service, const QString &path, const QUrlQuery &query) const
{
    QUrl u = serviceUrl(service);
    if (u.isEmpty())
        return {};
    QString p = path;
    if (!p.isEmpty() && !p.startsWith(QLatin1Char('/')))
        p.prepend(QLatin1Char('/'));
    u.setPath(u.path() + p);
    if (!query.isEmpty()) {
        // Encode every reserved character ourselves: QUrlQuery leaves '+' alone, which servers
        // read as a space (e-mail filters such as "a+b@x.org").
        QString encoded;
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto &item : items) {
            if (!encoded.isEmpty())
                encoded += QLatin1Char('&');
            encoded += QString::fromLatin1(QUrl::toPercentEncoding(item.first)) + QLatin1Char('=')
                       + QString::fromLatin1(QUrl::toPercentEncoding(item.second));
        }
        u.setQuery(encoded, QUrl::StrictMode);
    }
    return u;
}

bool Environment::isValid() const
{
    const QString scheme = host.scheme();
    return host.isValid() && !host.host().isEmpty()
           && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
           && (kind != EnvironmentKind::Custom || hasSafeTransport());
}

bool Environment::hasSafeTransport() const
{
    return host.scheme() == QLatin1String("https")
           || (host.scheme() == QLatin1String("http") && isLoopbackHost(host.host()));
}

bool Environment::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString Environment::keyPrefix() const
{
    if (kind == EnvironmentKind::Custom)
        return QStringLiteral("custom:") + host.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    return id;
}

QString Environment::idFor(EnvironmentKind kind)
{
    switch (kind) {
    case EnvironmentKind::Local:
        return QStringLiteral("local");
    case EnvironmentKind::Preview:
        return QStringLiteral("preview");
    case EnvironmentKind::Staging:
        return QStringLiteral("staging");
    case EnvironmentKind::Production:
        return QStringLiteral("production");
    case EnvironmentKind::Custom:
        return QStringLiteral("custom");
    }
    return QStringLiteral("local");
}

EnvironmentKind Environment::kindFor(const QString &id, bool *ok)
{
    const QString key = id.trimmed().toLower();
    static const EnvironmentKind kinds[] = {EnvironmentKind::Local, EnvironmentKind::Preview, EnvironmentKind::Staging,
                                            EnvironmentKind::Production, EnvironmentKind::Custom};
    for (EnvironmentKind k : kinds) {
        if (idFor(k) == key) {
            if (ok)
                *ok = true;
            return k;
        }
    }
    if (ok)
        *ok = false;
    return EnvironmentKind::Local;
}

QUrl Environment::defaultHost(EnvironmentKind kind)
{
    switch (kind) {
    case EnvironmentKind::Preview:
        return QUrl(QStringLiteral("https://tutorhub.prw.mindbricks.com"));
    case EnvironmentKind::Staging:
        return QUrl(QStringLiteral("https://tutorhub-stage.mindbricks.co"));
    case EnvironmentKind::Production:
        return QUrl(QStringLiteral("https://tutorhub.mindbricks.co"));
    case EnvironmentKind::Local:
    case EnvironmentKind::Custom:
        break;
    }
    return {};
}

Environment Environment::fromId(const QString &id, const QUrl &customHost)
{
    Environment e;
    e.kind = kindFor(id);
    e.id = idFor(e.kind);
    if (e.kind == EnvironmentKind::Local || e.kind == EnvironmentKind::Custom)
        e.host = customHost;
    else
        e.host = defaultHost(e.kind);
    return e;
}

Environment Environment::local(const QUrl &host)
{
    return fromId(QStringLiteral("local"), host);
}

Environment Environment::local(quint16 port)
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port);
    return local(u);
}

Environment Environment::custom(const QUrl &host)
{
    return fromId(QStringLiteral("custom"), host);
}

QList<Environment> Environment::all()
{
    return {fromId(QStringLiteral("local")), fromId(QStringLiteral("preview")), fromId(QStringLiteral("staging")),
            fromId(QStringLiteral("production")), fromId(QStringLiteral("custom"))};
}

QUrl Environment::normalizeHost(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (!t.contains(QLatin1String("://")))
        t.prepend(QStringLiteral("https://"));
    QUrl u(t, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty())
        return {};
    if (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https"))
        return {};
    if (!u.userInfo().isEmpty() || u.hasQuery() || u.hasFragment())
        return {};
    QString path = u.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    u.setPath(path);
    return u;
}

} // namespace tutorhub::api
