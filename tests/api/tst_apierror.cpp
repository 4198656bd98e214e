// Error sentences (ARCHITECTURE settled decision 11, D2/D3): every code maps to its own translated
// sentence; nothing raw reaches the user.
#include "api/apierror.h"
#include "api/result.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace tutorhub::api;

namespace {
const QStringList kD3Codes = {"errMsg_LoginRequired",
                              "errMsg_InvalidCredentials",
                              "errMsg_EmailVerificationNeeded",
                              "errMsg_AccountSuspended",
                              "errMsg_AccountBanned",
                              "errMsg_AccountArchived",
                              "errMsg_Forbidden",
                              "errMsg_UserNotFound",
                              "errMsg_FethcedObjectNotFound:user",
                              "errMsg_EmailAlreadyRegistered",
                              "errMsg_InvalidJson",
                              "errMsg_MissingParameter:email",
                              "errMsg_InvalidParameter:userId",
                              "errMsg_ParameterTooLong:bio",
                              "errMsg_RequestTooLarge",
                              "errMsg_WeakPassword",
                              "errMsg_InvalidEmail",
                              "errMsg_CodeResendTooFrequent",
                              "errMsg_CodeMismatch",
                              "errMsg_CodeExpired",
                              "errMsg_NoOngoingVerification",
                              "errMsg_AlreadyVerified",
                              "errMsg_WrongOldPassword",
                              "errMsg_MobileNotSupported"};

void checkSentence(const QString &s)
{
    QVERIFY2(!s.isEmpty(), "empty sentence");
    QVERIFY2(!s.contains("errMsg"), qPrintable(s));
    QVERIFY2(s.endsWith('.'), qPrintable(s));
    QVERIFY2(s.at(0).isUpper(), qPrintable(s));
}
} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void everyD3CodeHasItsOwnSentence()
    {
        QSet<QString> sentences;
        // Codes that legitimately share a sentence with a status fallback are still distinct from
        // each other except these pairs, which mean the same to a user.
        for (const QString &code : kD3Codes) {
            const ApiError e(ApiError::Kind::Http, 400, code, "developer detail");
            const QString s = e.userMessage();
            checkSentence(s);
            QVERIFY2(!s.contains("developer detail"), qPrintable(code));
            sentences.insert(s);
        }
        QCOMPARE(sentences.size(), kD3Codes.size());
    }

    void specificSentences()
    {
        QCOMPARE(ApiError(ApiError::Kind::Http, 401, "errMsg_InvalidCredentials").userMessage(),
                 QStringLiteral("The e-mail or password is not correct."));
        const QString suspended = ApiError(ApiError::Kind::Http, 403, "errMsg_AccountSuspended").userMessage();
        QVERIFY(suspended.startsWith("This account is suspended."));
        QVERIFY(suspended.contains(ApiError::supportContact()));
        QVERIFY(ApiError(ApiError::Kind::Http, 403, "errMsg_AccountBanned").userMessage().contains("banned"));
        QVERIFY(ApiError(ApiError::Kind::Http, 409, "errMsg_EmailAlreadyRegistered")
                    .userMessage()
                    .contains("already exists"));
    }

    void statusFallbacks_data()
    {
        QTest::addColumn<int>("status");
        for (int s : {400, 401, 403, 404, 409, 413, 429, 500, 502, 503, 418})
            QTest::newRow(qPrintable(QString::number(s))) << s;
    }
    void statusFallbacks()
    {
        QFETCH(int, status);
        const ApiError e(ApiError::Kind::Http, status, "errMsg_SomethingNew", "x");
        checkSentence(e.userMessage());
        if (status >= 500)
            QVERIFY(e.userMessage().contains(QString::number(status)));
    }

    void kindSentences()
    {
        const QUrl host("https://tutorhub.mindbricks.co");
        const QString net = ApiError::network(host).userMessage();
        checkSentence(net);
        QVERIFY(net.contains("Cannot reach the TutorHub server at https://tutorhub.mindbricks.co"));
        QVERIFY(ApiError::network(QUrl("http://127.0.0.1:5555")).userMessage().contains("local TutorHub server"));
        checkSentence(ApiError::timeout(host).userMessage());
        checkSentence(ApiError::invalidResponse(200, "x").userMessage());
        checkSentence(ApiError::canceled().userMessage());
        checkSentence(ApiError::sessionExpired().userMessage());
        QVERIFY(ApiError().userMessage().isEmpty());
        QVERIFY(ApiError().isNone());
    }

    void fromReplyShapes()
    {
        const QUrl url("http://127.0.0.1:1/auth-api/login");
        ApiError e = ApiError::fromReply(QNetworkReply::AuthenticationRequiredError, 401,
                                         R"({"result":"ERR","status":401,"message":"errMsg_InvalidCredentials",)"
                                         R"("errCode":401,"date":"d","detail":"dd"})",
                                         url);
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.code, QStringLiteral("errMsg_InvalidCredentials"));
        QCOMPARE(e.detail, QStringLiteral("dd"));

        e = ApiError::fromReply(QNetworkReply::AuthenticationRequiredError, 401,
                                R"({"status":"ERR","message":"No login found"})", url);
        QVERIFY(e.isLoginRequired());

        e = ApiError::fromReply(QNetworkReply::NoError, 200, "not json", url);
        QCOMPARE(e.kind, ApiError::Kind::InvalidResponse);
        e = ApiError::fromReply(QNetworkReply::NoError, 200, "not json", url, {}, false);
        QVERIFY(e.isNone());
        e = ApiError::fromReply(QNetworkReply::NoError, 200, R"({"status":"OK"})", url);
        QVERIFY(e.isNone());

        e = ApiError::fromReply(QNetworkReply::ConnectionRefusedError, 0, {}, url, "refused");
        QCOMPARE(e.kind, ApiError::Kind::Network);
        QCOMPARE(e.code, QStringLiteral("ConnectionRefusedError"));
        QVERIFY(e.isTransient());

        e = ApiError(ApiError::Kind::Http, 400, "errMsg_MissingParameter:email");
        QCOMPARE(e.codeName(), QStringLiteral("errMsg_MissingParameter"));
        QCOMPARE(e.codeArgument(), QStringLiteral("email"));
        QVERIFY(e.hasCode("errMsg_MissingParameter"));
    }

    void results()
    {
        const auto ok = Result<int>::success(5);
        QVERIFY(ok.ok());
        QCOMPARE(ok.value(), 5);
        QVERIFY(ok.error().isNone());
        const auto bad = Result<int>::failure(ApiError::timeout(QUrl()));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, ApiError::Kind::Timeout);
        QCOMPARE(bad.valueOr(7), 7);
        QVERIFY(Result<void>::success().ok());
        QVERIFY(!Result<void>::failure(ApiError()).ok()); // a failure is never "no error"
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
