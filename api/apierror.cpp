#include "apierror.h"

#include <QJsonDocument>
#include <QMetaEnum>

namespace tutorhub::api {

namespace {

QString hostText(const QUrl &host)
{
    if (host.isEmpty() || host.host().isEmpty())
        return {};
    return host.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
}

bool isLoopback(const QUrl &host)
{
    const QString h = host.host();
    return h == QLatin1String("127.0.0.1") || h == QLatin1String("localhost") || h == QLatin1String("::1");
}

} // namespace

ApiError::ApiError(Kind kind_, int httpStatus_, const QString &code_, const QString &detail_)
    : kind(kind_),
      httpStatus(httpStatus_),
      code(code_),
      detail(detail_)
{ }

QString ApiError::supportContact()
{
    return QStringLiteral("support@tutorhub.mindbricks.co");
}

QString ApiError::codeName() const
{
    const int colon = code.indexOf(QLatin1Char(':'));
    return colon < 0 ? code : code.left(colon);
}

QString ApiError::codeArgument() const
{
    const int colon = code.indexOf(QLatin1Char(':'));
    return colon < 0 ? QString() : code.mid(colon + 1).trimmed();
}

bool ApiError::isLoginRequired() const
{
    if (kind != Kind::Http || httpStatus != 401)
        return false;
    return code == QLatin1String("errMsg_LoginRequired") || code == QLatin1String("No login found");
}

bool ApiError::isTransient() const
{
    return kind == Kind::Network || kind == Kind::Timeout
           || (kind == Kind::Http && (httpStatus == 502 || httpStatus == 503 || httpStatus == 504));
}

QString ApiError::debugString() const
{
    static const char *names[]
        = {"None", "Network", "Timeout", "Http", "InvalidResponse", "Canceled", "SessionExpired"};
    return QStringLiteral("ApiError(%1, status %2, code \"%3\", detail \"%4\", host %5)")
        .arg(QLatin1String(names[int(kind)]))
        .arg(httpStatus)
        .arg(code, detail, hostText(host));
}

ApiError ApiError::network(const QUrl &host, const QString &detail)
{
    ApiError e(Kind::Network, 0, {}, detail);
    e.host = host;
    return e;
}

ApiError ApiError::offline(const QUrl &host)
{
    ApiError e(Kind::Network, 0, QString::fromLatin1(kOfflineCode), QStringLiteral("the server cannot be reached"));
    e.host = host;
    return e;
}

ApiError ApiError::timeout(const QUrl &host)
{
    ApiError e(Kind::Timeout);
    e.host = host;
    return e;
}

ApiError ApiError::canceled()
{
    return ApiError(Kind::Canceled);
}

ApiError ApiError::sessionExpired(const QString &detail)
{
    return ApiError(Kind::SessionExpired, 401, {}, detail);
}

ApiError ApiError::invalidResponse(int httpStatus, const QString &detail)
{
    return ApiError(Kind::InvalidResponse, httpStatus, {}, detail);
}

ApiError ApiError::fromEnvelope(int httpStatus, const QJsonObject &body)
{
    // Long shape: {result:"ERR", status:<http>, message:<code>, errCode, date, detail}
    // Short shape: {status:"ERR", message:"No login found"}
    ApiError e(Kind::Http, httpStatus);
    e.code = body.value(QLatin1String("message")).toString().trimmed();
    e.detail = body.value(QLatin1String("detail")).toString();
    if (e.httpStatus == 0) {
        const QJsonValue s = body.value(QLatin1String("status"));
        e.httpStatus = s.isDouble() ? s.toInt() : body.value(QLatin1String("errCode")).toInt();
    }
    return e;
}

ApiError ApiError::fromReply(QNetworkReply::NetworkError networkError, int httpStatus, const QByteArray &body,
                             const QUrl &url, const QString &errorString, bool expectJson)
{
    ApiError e;
    if (httpStatus == 0) {
        if (networkError == QNetworkReply::NoError) {
            e = invalidResponse(0, QStringLiteral("no HTTP status"));
        } else {
            e = network(url, errorString);
            e.code = QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(networkError));
        }
        e.host = url;
        return e;
    }

    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const bool isJson = parseError.error == QJsonParseError::NoError && !doc.isNull();
    const QJsonObject obj = doc.isObject() ? doc.object() : QJsonObject();
    const bool errShape = obj.value(QLatin1String("result")).toString() == QLatin1String("ERR")
                          || obj.value(QLatin1String("status")).toString() == QLatin1String("ERR");

    if (httpStatus >= 200 && httpStatus < 300) {
        if (errShape) {
            // An error envelope under a success status: believe the envelope.
            e = fromEnvelope(0, obj);
            if (e.httpStatus < 400)
                e.httpStatus = 400;
        } else if (expectJson && !isJson) {
            e = invalidResponse(httpStatus, parseError.errorString());
        } else {
            return ApiError();
        }
    } else {
        e = fromEnvelope(httpStatus, obj);
        if (!isJson && e.detail.isEmpty())
            e.detail = errorString;
    }
    e.host = url;
    return e;
}

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return networkSentence();
    case Kind::Timeout: {
        const QString h = hostText(host);
        if (h.isEmpty())
            return tr("The TutorHub server did not answer in time. Check your connection and try again.");
        return tr("The TutorHub server at %1 did not answer in time. Check your connection and try again.").arg(h);
    }
    case Kind::InvalidResponse: {
        const QString h = hostText(host);
        if (h.isEmpty())
            return tr("The server sent an answer TutorHub cannot read. Check that the selected environment "
                      "is a TutorHub server, or try again later.");
        return tr("The server at %1 sent an answer TutorHub cannot read. Check that the selected "
                  "environment is a TutorHub server, or try again later.")
            .arg(h);
    }
    case Kind::Canceled:
        return tr("The request was canceled.");
    case Kind::SessionExpired:
        return tr("Your session has expired. Please sign in again.");
    case Kind::Http: {
        const QString s = codeSentence();
        return s.isEmpty() ? statusSentence() : s;
    }
    }
    return statusSentence();
}

QString ApiError::networkSentence() const
{
    const QString h = hostText(host);
    if (code == QLatin1String(kOfflineCode))
        return tr("You are offline: booking needs the server. Try again when the connection is back.");
    if (code == QLatin1String("SslHandshakeFailedError"))
        return tr("A secure connection to %1 could not be established. Check your computer's date "
                  "and time and your network, then try again.")
            .arg(h);
    if (code == QLatin1String("HostNotFoundError"))
        return tr("The server %1 could not be found. Check the address of the environment and your "
                  "internet connection.")
            .arg(h);
    if (!h.isEmpty() && isLoopback(host))
        return tr("Cannot reach the local TutorHub server at %1. Restart TutorHub; if this keeps "
                  "happening, choose another environment.")
            .arg(h);
    if (h.isEmpty())
        return tr("Cannot reach the TutorHub server. Check your internet connection and try again.");
    return tr("Cannot reach the TutorHub server at %1. Check your internet connection and try again.").arg(h);
}

QString ApiError::codeSentence() const
{
    const QString name = codeName();
    if (name.isEmpty())
        return {};
    if (name == QLatin1String("errMsg_LoginRequired") || name == QLatin1String("No login found"))
        return tr("You are not signed in, or your session has ended. Please sign in again.");
    if (name == QLatin1String("Cannot relogin"))
        return tr("Your session has expired. Please sign in again.");
    if (name == QLatin1String("errMsg_InvalidCredentials"))
        return tr("The e-mail or password is not correct.");
    if (name == QLatin1String("errMsg_EmailVerificationNeeded"))
        return tr("Your e-mail address is not verified yet. Verify it with the code we sent you, then "
                  "sign in again.");
    if (name == QLatin1String("errMsg_AccountSuspended"))
        return tr("This account is suspended. Contact %1 to find out why and how to restore it.").arg(supportContact());
    if (name == QLatin1String("errMsg_AccountBanned"))
        return tr("This account has been banned. Contact %1 if you think this is a mistake.").arg(supportContact());
    if (name == QLatin1String("errMsg_AccountArchived"))
        return tr("This account has been closed. Contact %1 if you want to reopen it.").arg(supportContact());
    // Client-side checks of destructive actions (issue 13, C21-C23): a server that does not keep the
    // contract is named, and the sentence says what did (not) change.
    if (name == QLatin1String("errMsg_ForeignRows"))
        return tr("The server answered with enrollments that do not belong to the person or course you are acting on "
                  "(it "
                  "does not apply its \"%1\" filter), so TutorHub stopped before canceling or refunding anything. "
                  "Nothing "
                  "was changed by this step. Tell the operator of this server; try again once it is fixed.")
            .arg(codeArgument());
    if (name == QLatin1String("errMsg_CascadeForeignRows"))
        return tr(
            "The server canceled enrollments that do not belong to the person or course you are acting on, so "
            "TutorHub stopped. Check the canceled enrollments in the enrollment list and tell the operator of this "
            "server.");
    if (name == QLatin1String("errMsg_PagingIgnored"))
        return tr("The server sent the same rows again when TutorHub read the next page of a list, so TutorHub stopped "
                  "before changing anything. Tell the operator of this server; try again once it is fixed.");
    if (name == QLatin1String("errMsg_RefundMissing"))
        return tr("A canceled enrollment is still marked as paid. Resume to check again; if it stays, refund it from "
                  "the enrollment list.");
    if (name == QLatin1String("errMsg_EnrollmentNotPaid"))
        return tr("This enrollment is not paid or is already canceled, so there is nothing to refund.");
    if (name == QLatin1String("errMsg_RefundAlreadyProcessed"))
        return tr("This refund request was already decided.");
    if (name == QLatin1String("errMsg_Forbidden"))
        return tr("You are not allowed to do this. Ask an administrator if you need access.");
    if (name == QLatin1String("errMsg_UserNotFound"))
        return tr("This user does not exist or has been removed.");
    if (name == QLatin1String("errMsg_FethcedObjectNotFound") || name == QLatin1String("errMsg_FetchedObjectNotFound"))
        return tr("The requested item could not be found. It may have been removed; reload and try "
                  "again.");
    if (name == QLatin1String("errMsg_EmailAlreadyRegistered"))
        return tr("An account with this e-mail address already exists. Sign in instead, or reset the "
                  "password if you forgot it.");
    if (name == QLatin1String("errMsg_InvalidJson"))
        return tr("The server could not read the request. Try again; if this keeps happening, update "
                  "TutorHub.");
    if (name == QLatin1String("errMsg_MissingParameter"))
        return tr("A required field is empty. Fill in all required fields and try again.");
    if (name == QLatin1String("errMsg_InvalidParameter"))
        return tr("One of the values entered is not valid. Check your input and try again.");
    if (name == QLatin1String("errMsg_ParameterTooLong"))
        return tr("One of the texts entered is too long. Shorten it and try again.");
    if (name == QLatin1String("errMsg_RequestTooLarge"))
        return tr("This is too large to send. Use a smaller file or a shorter text.");
    if (name == QLatin1String("errMsg_WeakPassword"))
        return tr("Choose a password with 8 to 128 characters.");
    if (name == QLatin1String("errMsg_InvalidEmail"))
        return tr("Enter a valid e-mail address, such as name@example.com.");
    if (name == QLatin1String("errMsg_CodeResendTooFrequent"))
        return tr("A code was sent less than a minute ago. Wait a minute before asking for a new one.");
    if (name == QLatin1String("errMsg_CodeMismatch"))
        return tr("The code is not correct. Check the code and try again.");
    if (name == QLatin1String("errMsg_CodeExpired"))
        return tr("The code has expired. Ask for a new code.");
    if (name == QLatin1String("errMsg_NoOngoingVerification"))
        return tr("There is no code waiting for this e-mail address. Ask for a new code first.");
    if (name == QLatin1String("errMsg_AlreadyVerified"))
        return tr("This e-mail address is already verified. You can sign in.");
    if (name == QLatin1String("errMsg_WrongOldPassword"))
        return tr("The current password is not correct.");
    if (name == QLatin1String("errMsg_TwoFactorNeeded"))
        return tr("This sign-in is not finished yet. Enter the code we sent you, or sign in again.");
    if (name == QLatin1String("errMsg_MobileNotSupported"))
        return tr("Phone numbers are not supported. Use your e-mail address instead.");
    return {};
}

QString ApiError::statusSentence() const
{
    const int s = httpStatus;
    if (s == 400)
        return tr("The server did not accept this request. Check your input and try again.");
    if (s == 401)
        return tr("You are not signed in, or your session has ended. Please sign in again.");
    if (s == 403)
        return tr("You are not allowed to do this. Ask an administrator if you need access.");
    if (s == 404)
        return tr("The requested item could not be found. It may have been removed; reload and try "
                  "again.");
    if (s == 409)
        return tr("This conflicts with a change made in the meantime. Reload and try again.");
    if (s == 413)
        return tr("This is too large to send. Use a smaller file or a shorter text.");
    if (s == 429)
        return tr("Too many requests in a short time. Wait a moment and try again.");
    if (s >= 500 && s < 600)
        return tr("The TutorHub server has a problem (error %1). Try again in a few minutes.").arg(s);
    return tr("The server answered with an unexpected error (%1). Try again later.").arg(s);
}

} // namespace tutorhub::api
