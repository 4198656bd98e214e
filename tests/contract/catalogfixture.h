// Shared set-up of the tutorCatalog and courseScheduling contract suites: one server with demo data,
// the demo accounts signed in, the tutors' profile ids and small request builders.
#pragma once

#include "contractchecks.h"

#include <QUuid>

// EXPECT_ERROR with a runtime message code (a QString or const char *).
#define EXPECT_ERROR_S(reply, code, msg) CONTRACT_CHECK(contract::errorProblem((reply), (code), QString(msg)))

namespace contract {

struct Who
{
    QString token;
    QString userId;
};

class CatalogFixture
{
public:
    Server server;
    Who admin, maria, james, lena, tom, aiko;
    QString mariaProfile, jamesProfile;
    int counter = 0;

    // Starts the server and signs everybody in; returns an error text or an empty string.
    QString start()
    {
        QString error;
        if (!server.start(&error))
            return error;
        const struct
        {
            Who *who;
            const char *email;
        } accounts[] = {{&admin, kSuperAdmin}, {&maria, kTutorMaria}, {&james, kTutorJames},
                        {&lena, kStudentLena}, {&tom, kStudentTom},   {&aiko, kStudentAiko}};
        for (const auto &a : accounts) {
            const Reply r = server.login(QString::fromLatin1(a.email));
            if (r.status != 200)
                return QStringLiteral("login of %1 failed: %2")
                    .arg(QLatin1String(a.email), QString::fromUtf8(r.describe()));
            a.who->token = r.value(QStringLiteral("accessToken")).toString();
            a.who->userId = r.value(QStringLiteral("userId")).toString();
        }
        const Reply list = server.get(QStringLiteral("/tutorcatalog-api/v1/tutorprofiles"), {},
                                      {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
        for (const QJsonValue &v : list.payload().toArray()) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("tutorId")).toString() == maria.userId)
                mariaProfile = p.value(QStringLiteral("id")).toString();
            if (p.value(QStringLiteral("tutorId")).toString() == james.userId)
                jamesProfile = p.value(QStringLiteral("id")).toString();
        }
        if (mariaProfile.isEmpty() || jamesProfile.isEmpty())
            return QStringLiteral("the demo tutors' profiles are not listed: ") + QString::fromUtf8(list.describe());
        return {};
    }

    static QString catalog(const QString &path) { return QStringLiteral("/tutorcatalog-api/v1/") + path; }
    static QString scheduling(const QString &path) { return QStringLiteral("/coursescheduling-api/v1/") + path; }
    static QString randomId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    QString unique(const QString &tag) { return QStringLiteral("%1 %2").arg(tag).arg(++counter); }

    // A valid createCoursePack body for `profile` with `extra` merged in.
    QJsonObject packBody(const QString &profile, const QJsonObject &extra = {})
    {
        QJsonObject b {{QStringLiteral("tutorProfileId"), profile},
                       {QStringLiteral("title"), unique(QStringLiteral("Test pack"))},
                       {QStringLiteral("description"), QStringLiteral("Created by the contract tests.")},
                       {QStringLiteral("price"), 40.0},
                       {QStringLiteral("category"), QStringLiteral("Mathematics")},
                       {QStringLiteral("schedulingType"), QStringLiteral("flexible")},
                       {QStringLiteral("preliminaryMeetingRequired"), false},
                       {QStringLiteral("isPublished"), true}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            b.insert(it.key(), it.value());
        return b;
    }

    Reply createPack(const Who &who, const QString &profile, const QJsonObject &extra = {})
    {
        return server.post(catalog(QStringLiteral("coursepacks")), packBody(profile, extra), who.token);
    }

    // Creates a pack and returns its id (empty when the server refused; the caller QVERIFYs).
    QString newPack(const Who &who, const QString &profile, const QJsonObject &extra = {})
    {
        const Reply r = createPack(who, profile, extra);
        return r.status == 201 ? r.data().value(QStringLiteral("id")).toString() : QString();
    }

    Reply createSlot(const Who &who, const QString &packId, const QString &date, const QString &time,
                     const QJsonObject &extra = {})
    {
        QJsonObject b {{QStringLiteral("coursePackId"), packId},
                       {QStringLiteral("scheduledDate"), date},
                       {QStringLiteral("scheduledTime"), time},
                       {QStringLiteral("status"), QStringLiteral("free")},
                       {QStringLiteral("sessionMode"), QStringLiteral("online")}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            b.insert(it.key(), it.value());
        return server.post(scheduling(QStringLiteral("lessonslots")), b, who.token);
    }

    // Ids of the rows of a list answer.
    static QStringList ids(const Reply &r)
    {
        QStringList out;
        for (const QJsonValue &v : r.payload().toArray())
            out << v.toObject().value(QStringLiteral("id")).toString();
        return out;
    }

    QStringList listIds(const QString &path, const Who *who, const Query &query = {})
    {
        Query q = query;
        q.append({QStringLiteral("pageNumber"), QStringLiteral("0")});
        return ids(server.get(path, who ? who->token : QString(), q));
    }
};

} // namespace contract
