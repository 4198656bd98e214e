// The one error type of the client core (ARCHITECTURE settled decision 11, decisions D2/D3).
// It keeps the machine code for logic and tests, and turns it into a translated sentence the user
// can act on; raw errMsg codes and server details are never meant for the screen.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace tutorhub::api {

class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(tutorhub::api::ApiError)

public:
    enum class Kind {
        None, // no error
        Network, // server unreachable, connection refused/closed, DNS, TLS
        Timeout, // no answer within the request's timeout (after retries)
        Http, // the server answered with an error status (code/detail from the envelope)
        InvalidResponse, // a success status but a body that is not the expected JSON
        Canceled, // aborted by the caller
        SessionExpired // 401 and relogin failed (or was refused): the user must sign in again
    };

    ApiError() = default;
    ApiError(Kind kind, int httpStatus = 0, const QString &code = {}, const QString &detail = {});

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // errMsg_… or the short-shape message ("No login found"); may be empty
    QString detail; // developer text (server "detail", Qt error string); never shown raw
    QUrl host; // the server asked (for network sentences)

    bool isNone() const { return kind == Kind::None; }
    explicit operator bool() const { return kind != Kind::None; } // true when there IS an error

    // Translated sentence a user can act on.
    QString userMessage() const;
    // "errMsg_MissingParameter:email" -> "errMsg_MissingParameter"; argument -> "email".
    QString codeName() const;
    QString codeArgument() const;
    bool hasCode(const QString &codeName) const { return this->codeName() == codeName; }
    // 401 meaning "token missing/invalid/expired" (errMsg_LoginRequired or "No login found").
    bool isLoginRequired() const;
    // Network problems and timeouts: worth trying again later, session not necessarily lost.
    bool isTransient() const;
    // Address named in the sentences of suspended/banned/archived accounts.
    static QString supportContact();
    // For logs and test failure output: kind, status, code, detail. Not for users.
    QString debugString() const;

    static ApiError network(const QUrl &host, const QString &detail = {});
    // U45: a booking or money action while the server cannot be reached (Kind::Network, code kOfflineCode).
    static constexpr const char *kOfflineCode = "offlineNeedsServer";
    static ApiError offline(const QUrl &host);
    static ApiError timeout(const QUrl &host);
    static ApiError canceled();
    static ApiError sessionExpired(const QString &detail = {});
    static ApiError invalidResponse(int httpStatus, const QString &detail);
    // Error from an error envelope of either shape (D2); a non-object/empty body gives Http with
    // only the status.
    static ApiError fromEnvelope(int httpStatus, const QJsonObject &body);
    // Classifies a finished reply: network error (no HTTP status) or HTTP error with its body.
    // Returns None for a 2xx status with a non-error body.
    static ApiError fromReply(QNetworkReply::NetworkError networkError, int httpStatus, const QByteArray &body,
                              const QUrl &url, const QString &errorString = {}, bool expectJson = true);

private:
    QString codeSentence() const;
    QString networkSentence() const;
    QString statusSentence() const;
};

} // namespace tutorhub::api

Q_DECLARE_METATYPE(tutorhub::api::ApiError)
