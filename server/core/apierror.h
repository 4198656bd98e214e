// HttpError: the one way a handler reports a client (or server) error. Thrown inside handlers and
// turned into the D2 error envelope by the router; nothing else escapes a handler.
#pragma once

#include <QString>

#include <exception>

namespace tutorhub::server {

class HttpError : public std::exception
{
public:
    HttpError(int status, QString code, QString detail = {})
        : m_status(status),
          m_code(std::move(code)),
          m_detail(std::move(detail))
    { }
    int status() const { return m_status; }
    const QString &code() const { return m_code; }
    const QString &detail() const { return m_detail; }
    const char *what() const noexcept override { return "HttpError"; }
    // > 0: the router adds "Retry-After: <seconds>" (429 answers of the throttle, SEC3).
    int retryAfter() const { return m_retryAfter; }

    static HttpError badRequest(const QString &code, const QString &detail) { return {400, code, detail}; }
    static HttpError missing(const QString &name)
    {
        return {400, QStringLiteral("errMsg_MissingParameter:") + name,
                QStringLiteral("Parameter '%1' is required.").arg(name)};
    }
    static HttpError invalid(const QString &name, const QString &why = {})
    {
        return {400, QStringLiteral("errMsg_InvalidParameter:") + name,
                why.isEmpty() ? QStringLiteral("Parameter '%1' has an invalid value.").arg(name) : why};
    }
    static HttpError tooLong(const QString &name, int max)
    {
        return {400, QStringLiteral("errMsg_ParameterTooLong:") + name,
                QStringLiteral("Parameter '%1' is longer than %2 characters.").arg(name).arg(max)};
    }
    static HttpError loginRequired(const QString &detail = QStringLiteral("A valid access token is required."))
    {
        return {401, QStringLiteral("errMsg_LoginRequired"), detail};
    }
    static HttpError forbidden(const QString &detail = QStringLiteral("You are not allowed to do this."))
    {
        return {403, QStringLiteral("errMsg_Forbidden"), detail};
    }
    static HttpError notFound(const QString &objectName)
    {
        return {404, QStringLiteral("errMsg_FethcedObjectNotFound:") + objectName,
                QStringLiteral("No %1 with this id exists.").arg(objectName)};
    }

    static HttpError tooManyAttempts(int retryAfterSecs)
    {
        HttpError e(429, QStringLiteral("errMsg_TooManyAttempts"),
                    QStringLiteral("Too many failed attempts; try again in %1 seconds.").arg(retryAfterSecs));
        e.m_retryAfter = retryAfterSecs;
        return e;
    }

private:
    int m_status;
    QString m_code;
    QString m_detail;
    int m_retryAfter = 0;
};

} // namespace tutorhub::server
