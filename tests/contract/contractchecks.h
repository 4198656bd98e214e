// Shape checks of the TutorHub contract (API.md §1-2, docs/decisions.md D1-D16).
// Each check returns an empty string when the value conforms, otherwise what is wrong.
#pragma once

#include "contractserver.h"

#include <QSet>
#include <QTest>

#include <cmath>

namespace contract {

// QVERIFY on a problem string (empty = fine).
#define CONTRACT_CHECK(problem)                                                                                        \
    do {                                                                                                               \
        const QString problem_ = (problem);                                                                            \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                            \
    } while (false)

// `reply` is evaluated once, so EXPECT_STATUS(server.post(...), 201) sends one request.
#define EXPECT_STATUS(reply, code)                                                                                     \
    do {                                                                                                               \
        const auto &expectStatusReply_ = (reply);                                                                      \
        QVERIFY2(expectStatusReply_.status == (code),                                                                  \
                 (QByteArray("expected HTTP ") + QByteArray::number(code) + ", got " + expectStatusReply_.describe())  \
                     .constData());                                                                                    \
    } while (false)

// Full error envelope (D2) with the given HTTP status and message code ("prefix*" matches a prefix).
#define EXPECT_ERROR(reply, code, msg) CONTRACT_CHECK(contract::errorProblem((reply), (code), QStringLiteral(msg)))

// Runs a helper that uses QVERIFY/QCOMPARE and leaves the test function if it failed.
#define CALL(expr)                                                                                                     \
    do {                                                                                                               \
        expr;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

inline QString where(const Reply &r)
{
    return QStringLiteral(" [%1]").arg(QString::fromUtf8(r.describe()));
}

inline bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
}

inline bool isIsoUtc(const QJsonValue &v)
{
    if (!v.isString())
        return false;
    const QString s = v.toString();
    const QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    return dt.isValid() && (s.endsWith(QLatin1Char('Z')) || s.endsWith(QLatin1String("+00:00")));
}

inline bool isIsoDate(const QJsonValue &v)
{
    return v.isString() && QDateTime::fromString(v.toString(), Qt::ISODateWithMs).isValid();
}

inline QString keyList(const QJsonObject &o)
{
    return o.keys().join(QLatin1Char(','));
}

inline bool messageMatches(const QString &actual, const QString &expected)
{
    if (expected.endsWith(QLatin1Char('*')))
        return actual.startsWith(expected.chopped(1));
    return actual == expected;
}

// D2: {result:"ERR", status, message, errCode, date, detail}, exactly these keys.
inline QString errorProblem(const Reply &r, int status, const QString &message = QStringLiteral("errMsg_*"))
{
    if (r.status != status)
        return QStringLiteral("expected HTTP %1").arg(status) + where(r);
    if (!r.isJson || !r.doc.isObject())
        return QStringLiteral("error body is not a JSON object") + where(r);
    const QJsonObject o = r.obj();
    const QSet<QString> expected {QStringLiteral("result"),  QStringLiteral("status"), QStringLiteral("message"),
                                  QStringLiteral("errCode"), QStringLiteral("date"),   QStringLiteral("detail")};
    const QStringList keys = o.keys();
    if (QSet<QString>(keys.begin(), keys.end()) != expected)
        return QStringLiteral("error envelope keys are {%1}, expected result,status,message,errCode,date,detail")
                   .arg(keyList(o))
               + where(r);
    if (o.value(QStringLiteral("result")).toString() != QLatin1String("ERR"))
        return QStringLiteral("result is not \"ERR\"") + where(r);
    if (!isInteger(o.value(QStringLiteral("status"))) || o.value(QStringLiteral("status")).toInt() != status)
        return QStringLiteral("status is not the number %1").arg(status) + where(r);
    if (!isInteger(o.value(QStringLiteral("errCode"))) || o.value(QStringLiteral("errCode")).toInt() != status)
        return QStringLiteral("errCode is not the number %1").arg(status) + where(r);
    if (!isIsoUtc(o.value(QStringLiteral("date"))))
        return QStringLiteral("date is not an ISO-8601 UTC time") + where(r);
    if (!o.value(QStringLiteral("detail")).isString() || o.value(QStringLiteral("detail")).toString().isEmpty())
        return QStringLiteral("detail is not a non-empty string") + where(r);
    const QString msg = o.value(QStringLiteral("message")).toString();
    if (!msg.startsWith(QLatin1String("errMsg_")))
        return QStringLiteral("message is not an errMsg_ code") + where(r);
    if (!messageMatches(msg, message))
        return QStringLiteral("message is \"%1\", expected \"%2\"").arg(msg, message) + where(r);
    return {};
}

// D2 short shape of the session routes: {status:"ERR", message, errCode, date}.
inline QString shortErrorProblem(const Reply &r, int status, const QString &message)
{
    if (r.status != status)
        return QStringLiteral("expected HTTP %1").arg(status) + where(r);
    const QJsonObject o = r.obj();
    if (o.value(QStringLiteral("status")).toString() != QLatin1String("ERR"))
        return QStringLiteral("status is not \"ERR\"") + where(r);
    if (o.value(QStringLiteral("message")).toString() != message)
        return QStringLiteral("message is not \"%1\"").arg(message) + where(r);
    if (!isInteger(o.value(QStringLiteral("errCode"))) || o.value(QStringLiteral("errCode")).toInt() != status)
        return QStringLiteral("errCode is not the number %1").arg(status) + where(r);
    if (!isIsoUtc(o.value(QStringLiteral("date"))))
        return QStringLiteral("date is not an ISO-8601 UTC time") + where(r);
    return {};
}

enum class Shape { Single, List };

// §1.4 + D1: success envelope, exactly the documented keys, numbers as numbers.
inline QString envelopeProblem(const Reply &r, int status, const QString &dataName, const QByteArray &method,
                               const QString &action, Shape shape = Shape::Single, bool authenticated = true)
{
    if (r.status != status)
        return QStringLiteral("expected HTTP %1").arg(status) + where(r);
    if (!r.isJson || !r.doc.isObject())
        return QStringLiteral("body is not a JSON object") + where(r);
    const QJsonObject o = r.obj();
    QSet<QString> expected {QStringLiteral("status"),     QStringLiteral("statusCode"), QStringLiteral("elapsedMs"),
                            QStringLiteral("ssoTime"),    QStringLiteral("source"),     QStringLiteral("cacheKey"),
                            QStringLiteral("userId"),     QStringLiteral("sessionId"),  QStringLiteral("requestId"),
                            QStringLiteral("dataName"),   QStringLiteral("method"),     QStringLiteral("action"),
                            QStringLiteral("appVersion"), QStringLiteral("rowCount"),   dataName};
    if (shape == Shape::List)
        expected << QStringLiteral("paging") << QStringLiteral("filters") << QStringLiteral("uiPermissions");
    const QStringList keys = o.keys();
    const QSet<QString> actual(keys.begin(), keys.end());
    if (actual != expected) {
        QStringList missing, extra;
        for (const QString &k : expected)
            if (!actual.contains(k))
                missing << k;
        for (const QString &k : actual)
            if (!expected.contains(k))
                extra << k;
        missing.sort();
        extra.sort();
        return QStringLiteral("envelope keys: missing {%1}, unexpected {%2}")
                   .arg(missing.join(QLatin1Char(',')), extra.join(QLatin1Char(',')))
               + where(r);
    }
    if (o.value(QStringLiteral("status")).toString() != QLatin1String("OK"))
        return QStringLiteral("status is not \"OK\"") + where(r);
    if (!isInteger(o.value(QStringLiteral("statusCode"))) || o.value(QStringLiteral("statusCode")).toInt() != status)
        return QStringLiteral("statusCode is not the number %1 (D1)").arg(status) + where(r);
    for (const char *k : {"elapsedMs", "ssoTime", "rowCount"})
        if (!isInteger(o.value(QLatin1String(k))) || o.value(QLatin1String(k)).toDouble() < 0)
            return QStringLiteral("%1 is not a non-negative integer number (D1)").arg(QLatin1String(k)) + where(r);
    for (const char *k : {"source", "cacheKey", "appVersion"})
        if (!o.value(QLatin1String(k)).isString())
            return QStringLiteral("%1 is not a string").arg(QLatin1String(k)) + where(r);
    if (o.value(QStringLiteral("appVersion")).toString().isEmpty())
        return QStringLiteral("appVersion is empty") + where(r);
    static const QRegularExpression hex32(QStringLiteral("^[0-9a-fA-F]{32}$"));
    if (!hex32.match(o.value(QStringLiteral("requestId")).toString()).hasMatch())
        return QStringLiteral("requestId is not 32 hex characters") + where(r);
    for (const char *k : {"userId", "sessionId"}) {
        const QJsonValue v = o.value(QLatin1String(k));
        const bool ok = authenticated ? (v.isString() && !v.toString().isEmpty()) : (v.isString() || v.isNull());
        if (!ok)
            return QStringLiteral("%1 is not the caller's id").arg(QLatin1String(k)) + where(r);
    }
    if (o.value(QStringLiteral("dataName")).toString() != dataName)
        return QStringLiteral("dataName is not \"%1\"").arg(dataName) + where(r);
    if (o.value(QStringLiteral("method")).toString() != QString::fromLatin1(method))
        return QStringLiteral("method is not \"%1\"").arg(QString::fromLatin1(method)) + where(r);
    if (o.value(QStringLiteral("action")).toString() != action)
        return QStringLiteral("action is not \"%1\"").arg(action) + where(r);
    const QJsonValue payload = o.value(dataName);
    if (shape == Shape::Single) {
        if (!payload.isObject())
            return QStringLiteral("%1 is not an object").arg(dataName) + where(r);
        if (o.value(QStringLiteral("rowCount")).toInt() != 1)
            return QStringLiteral("rowCount is not 1 for a single object") + where(r);
    } else {
        if (!payload.isArray())
            return QStringLiteral("%1 is not an array").arg(dataName) + where(r);
        if (o.value(QStringLiteral("rowCount")).toInt() != payload.toArray().size())
            return QStringLiteral("rowCount differs from the number of rows") + where(r);
        if (!o.value(QStringLiteral("filters")).isArray() || !o.value(QStringLiteral("uiPermissions")).isArray())
            return QStringLiteral("filters / uiPermissions are not arrays") + where(r);
        const QJsonObject paging = o.value(QStringLiteral("paging")).toObject();
        for (const char *k : {"pageNumber", "pageRowCount", "totalRowCount", "pageCount"})
            if (!isInteger(paging.value(QLatin1String(k))))
                return QStringLiteral("paging.%1 is not an integer number (D1)").arg(QLatin1String(k)) + where(r);
    }
    return {};
}

// std fields of every data object (§1.8).
inline QString stdFieldsProblem(const QJsonObject &o)
{
    for (const char *k : {"id", "isActive", "recordVersion", "createdAt", "updatedAt", "_owner"})
        if (!o.contains(QLatin1String(k)))
            return QStringLiteral("std field %1 missing in {%2}").arg(QLatin1String(k), keyList(o));
    if (!o.value(QStringLiteral("id")).isString() || o.value(QStringLiteral("id")).toString().isEmpty())
        return QStringLiteral("id is not a string");
    if (!o.value(QStringLiteral("isActive")).isBool())
        return QStringLiteral("isActive is not a boolean");
    if (!isInteger(o.value(QStringLiteral("recordVersion"))))
        return QStringLiteral("recordVersion is not an integer");
    if (!isIsoDate(o.value(QStringLiteral("createdAt"))) || !isIsoDate(o.value(QStringLiteral("updatedAt"))))
        return QStringLiteral("createdAt/updatedAt are not ISO-8601 times");
    return {};
}

// An enum field and its _idx companion (§1.8).
inline QString enumProblem(const QJsonObject &o, const QString &field, const QStringList &options)
{
    const QString value = o.value(field).toString();
    const int idx = static_cast<int>(options.indexOf(value));
    if (idx < 0)
        return QStringLiteral("%1 = \"%2\" is not one of %3").arg(field, value, options.join(QLatin1Char('|')));
    const QJsonValue companion = o.value(field + QStringLiteral("_idx"));
    if (!isInteger(companion) || companion.toInt() != idx)
        return QStringLiteral("%1_idx is not %2").arg(field).arg(idx);
    return {};
}

inline const QStringList &tutorApplicationStatuses()
{
    static const QStringList s {QStringLiteral("none"), QStringLiteral("pending"), QStringLiteral("approved"),
                                QStringLiteral("rejected")};
    return s;
}

inline const QStringList &accountStatuses()
{
    static const QStringList s {QStringLiteral("active"), QStringLiteral("suspended"), QStringLiteral("banned")};
    return s;
}

// A full user payload (§2.5 + D8: never a password).
inline QString userProblem(const QJsonObject &u)
{
    if (u.contains(QStringLiteral("password")))
        return QStringLiteral("user payload contains password (D8)");
    QString p = stdFieldsProblem(u);
    if (!p.isEmpty())
        return QStringLiteral("user: ") + p;
    for (const char *k : {"email", "fullname", "avatar", "roleId"})
        if (!u.value(QLatin1String(k)).isString())
            return QStringLiteral("user.%1 is not a string in {%2}").arg(QLatin1String(k), keyList(u));
    if (!u.value(QStringLiteral("emailVerified")).isBool())
        return QStringLiteral("user.emailVerified is not a boolean");
    static const QStringList roles {QStringLiteral("superAdmin"), QStringLiteral("admin"), QStringLiteral("tutor"),
                                    QStringLiteral("user")};
    if (!roles.contains(u.value(QStringLiteral("roleId")).toString()))
        return QStringLiteral("user.roleId is not a D9 role");
    p = enumProblem(u, QStringLiteral("tutorApplicationStatus"), tutorApplicationStatuses());
    if (p.isEmpty())
        p = enumProblem(u, QStringLiteral("accountStatus"), accountStatuses());
    return p.isEmpty() ? QString() : QStringLiteral("user: ") + p;
}

// D7 session object.
inline QString sessionProblem(const Reply &r)
{
    if (r.status != 200)
        return QStringLiteral("expected HTTP 200") + where(r);
    const QJsonObject s = r.obj();
    if (s.contains(QStringLiteral("password")))
        return QStringLiteral("session contains password") + where(r);
    for (const char *k : {"sessionId", "userId", "email", "fullname", "roleId", "avatar", "accountStatus",
                          "tutorApplicationStatus", "accessToken"})
        if (!s.value(QLatin1String(k)).isString()
            || (s.value(QLatin1String(k)).toString().isEmpty() && qstrcmp(k, "avatar") != 0))
            return QStringLiteral("session.%1 is not a non-empty string (D7)").arg(QLatin1String(k)) + where(r);
    if (!s.value(QStringLiteral("emailVerified")).isBool())
        return QStringLiteral("session.emailVerified is not a boolean (D7)") + where(r);
    if (!isInteger(s.value(QStringLiteral("expiresIn"))) || s.value(QStringLiteral("expiresIn")).toInt() != 86400)
        return QStringLiteral("session.expiresIn is not the number 86400 (D7)") + where(r);
    for (const char *k : {"sessionNeedsEmail2FA", "sessionNeedsMobile2FA"})
        if (s.value(QLatin1String(k)) != QJsonValue(false))
            return QStringLiteral("session.%1 is not false (D7)").arg(QLatin1String(k)) + where(r);
    return {};
}

} // namespace contract
