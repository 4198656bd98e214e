#include "http/requestpolicy.h"

#include "http/envelope.h"

#include <QNetworkInterface>

namespace tutorhub::server {

namespace {

// "name[:port]" or "[v6][:port]" -> name (brackets kept off); false when malformed.
bool splitHostPort(const QByteArray &hostPort, QByteArray *host, bool *bracketed)
{
    QByteArray port;
    *bracketed = hostPort.startsWith('[');
    if (*bracketed) {
        const qsizetype close = hostPort.indexOf(']');
        if (close < 0)
            return false;
        *host = hostPort.mid(1, close - 1);
        const QByteArray rest = hostPort.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(':'))
            return false;
        port = rest.mid(1);
        if (rest.startsWith(':') && port.isEmpty())
            return false;
    } else {
        if (hostPort.count(':') > 1)
            return false;
        const qsizetype colon = hostPort.indexOf(':');
        *host = colon < 0 ? hostPort : hostPort.left(colon);
        if (colon >= 0) {
            port = hostPort.mid(colon + 1);
            if (port.isEmpty())
                return false;
        }
    }
    if (host->isEmpty() || port.size() > 5)
        return false;
    for (char c : std::as_const(port))
        if (c < '0' || c > '9')
            return false;
    return port.isEmpty() || port.toInt() <= 65535;
}

Response refusal(int status, const char *code, const QString &detail)
{
    return envelope::error(status, QString::fromLatin1(code), detail);
}

} // namespace

RequestPolicy::RequestPolicy(const QHostAddress &listenAddress, quint16 port)
    : m_listen(listenAddress),
      m_port(port) { }

bool RequestPolicy::isStateChanging(const QByteArray &method)
{
    return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

bool RequestPolicy::addressAllowed(const QHostAddress &a) const
{
    if (a.isLoopback() || a.isEqual(m_listen, QHostAddress::TolerantConversion))
        return true;
    // Listening on every interface: every address of this computer names it.
    if (m_listen == QHostAddress::Any || m_listen == QHostAddress::AnyIPv4 || m_listen == QHostAddress::AnyIPv6) {
        const QList<QHostAddress> mine = QNetworkInterface::allAddresses();
        for (const QHostAddress &m : mine)
            if (a.isEqual(m, QHostAddress::TolerantConversion))
                return true;
    }
    return false;
}

bool RequestPolicy::hostAllowed(const QByteArray &hostPort) const
{
    QByteArray host;
    bool bracketed = false;
    if (!splitHostPort(hostPort, &host, &bracketed))
        return false;
    if (!bracketed && host.compare("localhost", Qt::CaseInsensitive) == 0)
        return true;
    // Only IP literals otherwise: any other name may be a rebinding attacker's.
    QHostAddress a;
    if (!a.setAddress(QString::fromLatin1(host)))
        return false;
    if (bracketed != (a.protocol() == QAbstractSocket::IPv6Protocol))
        return false;
    if (!bracketed) {
        // Only the dotted quad: setAddress also takes "127.1" or "2130706433".
        if (host.count('.') != 3)
            return false;
    }
    return addressAllowed(a);
}

bool RequestPolicy::originAllowed(const QByteArray &origin) const
{
    // An origin is scheme://host[:port] and nothing else; ours is http with our own port.
    if (!origin.startsWith("http://"))
        return false;
    const QByteArray hostPort = origin.mid(7);
    if (hostPort.contains('/') || hostPort.contains('@') || !hostAllowed(hostPort))
        return false;
    QByteArray host;
    bool bracketed = false;
    splitHostPort(hostPort, &host, &bracketed);
    const QByteArray portPart = hostPort.mid(host.size() + (bracketed ? 2 : 0));
    const int port = portPart.isEmpty() ? 80 : portPart.mid(1).toInt();
    return m_port != 0 && port == m_port;
}

std::optional<Response> RequestPolicy::check(const QByteArray &method,
                                             const QList<QPair<QByteArray, QByteArray>> &headers, bool upgrade) const
{
    QList<QByteArray> hosts, origins;
    for (const auto &h : headers) {
        if (h.first.compare("host", Qt::CaseInsensitive) == 0)
            hosts << h.second.trimmed();
        else if (h.first.compare("origin", Qt::CaseInsensitive) == 0)
            origins << h.second.trimmed();
    }
    if (hosts.size() != 1)
        return refusal(400, "errMsg_BadHost",
                       hosts.isEmpty() ? QStringLiteral("The request has no Host header.")
                                       : QStringLiteral("The request has more than one Host header."));
    if (!hostAllowed(hosts.first()))
        return refusal(
            403, "errMsg_ForeignHost",
            QStringLiteral(
                "This server answers only requests addressed to this computer (127.0.0.1, localhost or [::1]), "
                "not to '%1'.")
                .arg(QString::fromLatin1(hosts.first().left(100))));
    if (!upgrade && !isStateChanging(method))
        return std::nullopt;
    if (origins.size() > 1)
        return refusal(403, "errMsg_ForeignOrigin", QStringLiteral("The request has more than one Origin header."));
    if (!origins.isEmpty() && !originAllowed(origins.first()))
        return refusal(
            403, "errMsg_ForeignOrigin",
            QStringLiteral("%1 from the web page '%2' are refused: only the TutorHub app may change data here.")
                .arg(upgrade ? QStringLiteral("WebSocket connections") : QStringLiteral("Changes"),
                     QString::fromLatin1(origins.first().left(100))));
    return std::nullopt;
}

} // namespace tutorhub::server
