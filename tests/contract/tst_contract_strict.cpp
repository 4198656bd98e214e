// --contract strict (settled decision 13, docs/decisions.md C3-C8): one server in the strict profile and one
// in the default local profile, same demo data, same requests. Strict must behave like the documented cloud:
// extension routes 404 exactly like unknown ones, undeclared query parameters and filters ignored, undeclared
// body fields dropped, only documented response fields, the role "tutor" shown as "user", no /extensions.
#include "contractserver.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace contract;

namespace {

QByteArray jwtPayload(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    return parts.size() == 3 ? QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding)
                             : QByteArray();
}

} // namespace

class TstContractStrict : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        m_strict.setContract(QStringLiteral("strict"));
        QVERIFY2(m_strict.start(&error), qPrintable(error));
        m_local.setContract(QStringLiteral("local"));
        QVERIFY2(m_local.start(&error), qPrintable(error));
    }
    void cleanupTestCase()
    {
        m_strict.stop();
        m_local.stop();
    }

    // C8: the local profile names its extensions; strict answers 404 like an unknown route.
    void extensionsRoute()
    {
        const Reply local = m_local.get(QStringLiteral("/auth-api/extensions"));
        QVERIFY2(local.status == 200, local.describe());
        QCOMPARE(local.value(QStringLiteral("profile")).toString(), QStringLiteral("local"));
        const QJsonArray ext = local.value(QStringLiteral("extensions")).toArray();
        for (const char *name :
             {"generateLessonSlots", "createChatMessage", "uploadUserAvatarsFile", "serverExtensions",
              "undeclaredFilters", "undeclaredBodyFields", "tutorRole", "createBusyTime", "listBusyTimes",
              "deleteBusyTime", "uploadChatFile", "downloadChatFile", "issueTriage", "listScreeningProposals",
              "proposeScreeningTimes", "acceptScreeningProposal"})
            QVERIFY2(ext.contains(QString::fromLatin1(name)), name);

        const Reply strict = m_strict.get(QStringLiteral("/auth-api/extensions"));
        const Reply unknown = m_strict.get(QStringLiteral("/auth-api/nosuchroute"));
        QCOMPARE(strict.status, 404);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(strict.message(), unknown.message());
    }

    // C4: an Extension route is absent under strict (404), present under local; documented ones stay.
    void extensionRoutesAreAbsent()
    {
        const QString tutor = m_strict.login(QStringLiteral("maria.keller@tutorhub.local"))
                                  .value(QStringLiteral("accessToken"))
                                  .toString();
        QVERIFY(!tutor.isEmpty());
        const QJsonObject body {{QStringLiteral("tutorProfileId"), QStringLiteral("x")}};
        const Reply gen = m_strict.post(QStringLiteral("/coursescheduling-api/v1/generatelessonslots"), body, tutor);
        QVERIFY2(gen.status == 404, gen.describe());
        QCOMPARE(gen.message(), QStringLiteral("errMsg_RouteNotFound"));
        const QString localTutor = m_local.login(QStringLiteral("maria.keller@tutorhub.local"))
                                       .value(QStringLiteral("accessToken"))
                                       .toString();
        const Reply localGen
            = m_local.post(QStringLiteral("/coursescheduling-api/v1/generatelessonslots"), body, localTutor);
        QVERIFY2(localGen.status != 404, localGen.describe());
        // The busy times of an imported calendar (U4): local only.
        const QJsonObject busy {{QStringLiteral("tutorProfileId"), QStringLiteral("x")},
                                {QStringLiteral("startsAt"), QStringLiteral("2030-01-07T09:00:00.000Z")},
                                {QStringLiteral("endsAt"), QStringLiteral("2030-01-07T10:00:00.000Z")}};
        const Reply strictBusy = m_strict.post(QStringLiteral("/coursescheduling-api/v1/busytimes"), busy, tutor);
        QVERIFY2(strictBusy.status == 404, strictBusy.describe());
        QCOMPARE(strictBusy.message(), QStringLiteral("errMsg_RouteNotFound"));
        const Reply localBusy = m_local.post(QStringLiteral("/coursescheduling-api/v1/busytimes"), busy, localTutor);
        QVERIFY2(localBusy.status == 404 && localBusy.message() != QStringLiteral("errMsg_RouteNotFound"),
                 localBusy.describe());
        // Chat attachments (U57): local only; the app then offers links.
        const Reply strictFile = m_strict.send(
            {"POST",
             QStringLiteral("/messaging-api/v1/chatfiles"),
             {{QStringLiteral("roomId"), QStringLiteral("x")}, {QStringLiteral("fileName"), QStringLiteral("a.pdf")}},
             std::nullopt,
             QByteArray("%PDF-1.4\n"),
             "application/pdf",
             {},
             tutor});
        QVERIFY2(strictFile.status == 404 && strictFile.message() == QStringLiteral("errMsg_RouteNotFound"),
                 strictFile.describe());
        const Reply strictGetFile = m_strict.get(QStringLiteral("/messaging-api/v1/chatfiles/x"), tutor);
        QVERIFY2(strictGetFile.status == 404 && strictGetFile.message() == QStringLiteral("errMsg_RouteNotFound"),
                 strictGetFile.describe());
        const Reply localGetFile = m_local.get(QStringLiteral("/messaging-api/v1/chatfiles/x"), localTutor);
        QVERIFY2(localGetFile.status == 404 && localGetFile.message() != QStringLiteral("errMsg_RouteNotFound"),
                 localGetFile.describe());
        // The candidate times of a screening meeting (U20): local only.
        for (const auto &[method, path] :
             {std::pair<QByteArray, QString> {"GET", QStringLiteral("/coursescheduling-api/v1/screeningproposals/x")},
              {"POST", QStringLiteral("/coursescheduling-api/v1/screeningproposals/x")},
              {"POST", QStringLiteral("/coursescheduling-api/v1/acceptscreeningproposal/x")}}) {
            const Reply strictRoute = method == "GET" ? m_strict.get(path, tutor) : m_strict.post(path, {}, tutor);
            QVERIFY2(strictRoute.status == 404 && strictRoute.message() == QStringLiteral("errMsg_RouteNotFound"),
                     strictRoute.describe());
            const Reply localRoute
                = method == "GET" ? m_local.get(path, localTutor) : m_local.post(path, {}, localTutor);
            QVERIFY2(localRoute.message() != QStringLiteral("errMsg_RouteNotFound"), localRoute.describe());
        }
        // A path with documented methods besides the extension one: the extension method is not allowed there.
        const Reply upload = m_strict.send({"POST",
                                            QStringLiteral("/auth-api/v1/useravatarsfiles"),
                                            {},
                                            std::nullopt,
                                            QByteArray("\x89PNG"),
                                            "image/png",
                                            {},
                                            tutor});
        QVERIFY2(upload.status == 405, upload.describe());
        QVERIFY(!upload.header("allow").contains("POST"));
        QCOMPARE(m_strict.get(QStringLiteral("/tutorcatalog-api/v1/coursepacks")).status, 200);
    }

    // C5: a server in strict ignores enrollments?studentId= (undeclared) — the caller gets what the
    // documented route gives without it; local honours it.
    void undeclaredFilterIgnored()
    {
        const QString admin
            = m_strict.login(QStringLiteral("admin@tutorhub.local")).value(QStringLiteral("accessToken")).toString();
        const Reply all = m_strict.get(QStringLiteral("/enrollmentmanagement-api/v1/enrollments"), admin,
                                       {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
        QVERIFY2(all.status == 200, all.describe());
        const qsizetype total = all.payload().toArray().size();
        QVERIFY(total > 1);
        const Reply filtered = m_strict.get(QStringLiteral("/enrollmentmanagement-api/v1/enrollments"), admin,
                                            {{QStringLiteral("pageNumber"), QStringLiteral("0")},
                                             {QStringLiteral("studentId"), QStringLiteral("no-such-student")}});
        QVERIFY2(filtered.status == 200, filtered.describe());
        QCOMPARE(filtered.payload().toArray().size(), total);

        const QString localAdmin
            = m_local.login(QStringLiteral("admin@tutorhub.local")).value(QStringLiteral("accessToken")).toString();
        const Reply local
            = m_local.get(QStringLiteral("/enrollmentmanagement-api/v1/enrollments"), localAdmin,
                          {{QStringLiteral("pageNumber"), QStringLiteral("0")},
                           {QStringLiteral("studentId"), QStringLiteral("00000000-0000-4000-8000-000000000000")}});
        QVERIFY2(local.status == 200, local.describe());
        QCOMPARE(local.payload().toArray().size(), 0);

        // A declared filter still works under strict.
        const Reply paid = m_strict.get(QStringLiteral("/enrollmentmanagement-api/v1/enrollments"), admin,
                                        {{QStringLiteral("pageNumber"), QStringLiteral("0")},
                                         {QStringLiteral("paymentConfirmation"), QStringLiteral("no-such-state")}});
        QVERIFY2(paid.status == 200 || paid.status == 400, paid.describe());
        if (paid.status == 200)
            QCOMPARE(paid.payload().toArray().size(), 0);
    }

    // C5: a foreign field in a create body is dropped before the handler sees it.
    void foreignBodyFieldDropped()
    {
        const QString admin
            = m_strict.login(QStringLiteral("admin@tutorhub.local")).value(QStringLiteral("accessToken")).toString();
        // `isActive` is a std field (never a create parameter); local would store it, strict drops it.
        const QJsonObject body {{QStringLiteral("name"), QStringLiteral("Strict Category")},
                                {QStringLiteral("description"), QStringLiteral("made under strict")},
                                {QStringLiteral("isActive"), false},
                                {QStringLiteral("icon"), QStringLiteral("S")},
                                {QStringLiteral("foreignField"), QStringLiteral("x")}};
        const Reply created = m_strict.post(QStringLiteral("/tutorcatalog-api/v1/coursecategories"), body, admin);
        QVERIFY2(created.status == 201 || created.status == 200, created.describe());
        QCOMPARE(created.data().value(QStringLiteral("isActive")).toBool(), true);
        QVERIFY(!created.data().contains(QStringLiteral("foreignField")));

        const QString localAdmin
            = m_local.login(QStringLiteral("admin@tutorhub.local")).value(QStringLiteral("accessToken")).toString();
        const Reply local = m_local.post(QStringLiteral("/tutorcatalog-api/v1/coursecategories"), body, localAdmin);
        QVERIFY2(local.status == 201 || local.status == 200 || local.status == 400, local.describe());
    }

    // U60/U65: an issue's priority and assignee are the local extension issueTriage: under strict they are dropped
    // from the update body and absent from answers; the local profile keeps them.
    void issueTriageAbsentUnderStrict()
    {
        for (Server *server : {&m_strict, &m_local}) {
            const bool strict = server == &m_strict;
            const Reply login = server->login(QStringLiteral("admin@tutorhub.local"));
            const QString admin = login.value(QStringLiteral("accessToken")).toString();
            const QString adminId = login.value(QStringLiteral("userId")).toString();
            QVERIFY(!adminId.isEmpty());
            const Reply list = server->get(QStringLiteral("/platformadmin-api/v1/adminissues"), admin,
                                           {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
            QVERIFY2(list.status == 200, list.describe());
            QString id; // an open one, selected here (strict ignores the status filter)
            for (const QJsonValue &v : list.payload().toArray())
                if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("open"))
                    id = v.toObject().value(QStringLiteral("id")).toString();
            QVERIFY(!id.isEmpty());
            const Reply r = server->patch(
                QStringLiteral("/platformadmin-api/v1/adminissues/") + id,
                {{QStringLiteral("priority"), QStringLiteral("urgent")}, {QStringLiteral("assigneeId"), adminId}},
                admin);
            QVERIFY2(r.status == 200, r.describe());
            QCOMPARE(r.data().contains(QStringLiteral("priority")), !strict);
            QCOMPARE(r.data().contains(QStringLiteral("assigneeId")), !strict);
            const Reply got = server->get(QStringLiteral("/platformadmin-api/v1/adminissues/") + id, admin);
            QCOMPARE(got.data().contains(QStringLiteral("assignee")), !strict);
            if (!strict)
                QCOMPARE(got.data().value(QStringLiteral("priority")).toString(), QStringLiteral("urgent"));
        }
    }

    // C6: every object of a documented response carries only documented fields (+ std, _idx, joins,
    // named extensions); checked on the lists the app reads most.
    void responsesCarryDocumentedFieldsOnly()
    {
        const QString admin
            = m_strict.login(QStringLiteral("admin@tutorhub.local")).value(QStringLiteral("accessToken")).toString();
        const QHash<QString, QStringList> documented = documentedFields();
        for (const char *path :
             {"/auth-api/v1/users", "/tutorcatalog-api/v1/tutorprofiles", "/tutorcatalog-api/v1/coursepacks",
              "/enrollmentmanagement-api/v1/enrollments", "/coursescheduling-api/v1/lessonslots",
              "/platformadmin-api/v1/adminissues", "/messaging-api/v1/myconversations"}) {
            const Reply r = m_strict.get(QString::fromLatin1(path), admin);
            QVERIFY2(r.status == 200, r.describe());
            const QString dataName = r.value(QStringLiteral("dataName")).toString();
            QVERIFY2(documented.contains(dataName), qPrintable(dataName));
            for (const QJsonValue &row : r.payload().toArray())
                for (const QString &key : row.toObject().keys()) {
                    const bool ok = documented.value(dataName).contains(key) || documented.contains(key)
                                    || (key.endsWith(QLatin1String("_idx"))
                                        && documented.value(dataName).contains(key.chopped(4)));
                    QVERIFY2(ok, qPrintable(
                                     QStringLiteral("%1: undocumented field %2").arg(QString::fromLatin1(path), key)));
                }
        }
    }

    // C7: a tutor is a "user" on the strict wire (session object, JWT claim, user objects); local says "tutor".
    void tutorRoleShownAsUser()
    {
        const Reply strict = m_strict.login(QStringLiteral("maria.keller@tutorhub.local"));
        QVERIFY2(strict.status == 200, strict.describe());
        QCOMPARE(strict.value(QStringLiteral("roleId")).toString(), QStringLiteral("user"));
        const QString token = strict.value(QStringLiteral("accessToken")).toString();
        QVERIFY(jwtPayload(token).contains("\"role\":\"user\""));
        const Reply me = m_strict.get(QStringLiteral("/auth-api/currentuser"), token);
        QCOMPARE(me.value(QStringLiteral("roleId")).toString(), QStringLiteral("user"));
        const Reply user = m_strict.get(
            QStringLiteral("/auth-api/v1/users/") + strict.value(QStringLiteral("userId")).toString(), token);
        QVERIFY2(user.status == 200, user.describe());
        QCOMPARE(user.data().value(QStringLiteral("roleId")).toString(), QStringLiteral("user"));
        // The tutor is still recognisable the documented way: approved application and a tutor profile.
        QCOMPARE(user.data().value(QStringLiteral("tutorApplicationStatus")).toString(), QStringLiteral("approved"));

        const Reply local = m_local.login(QStringLiteral("maria.keller@tutorhub.local"));
        QCOMPARE(local.value(QStringLiteral("roleId")).toString(), QStringLiteral("tutor"));
        QVERIFY(jwtPayload(local.value(QStringLiteral("accessToken")).toString()).contains("\"role\":\"tutor\""));
    }

    // C4: the agentHub tool catalog (made from the routes the server serves) names no extension route under strict.
    void toolCatalogWithoutExtensions()
    {
        auto paths = [](Server &server) {
            const QString admin
                = server.login(QStringLiteral("admin@tutorhub.local")).value(QStringLiteral("accessToken")).toString();
            const Reply r = server.get(QStringLiteral("/agenthub-api/v1/toolcatalog"), admin,
                                       {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
            QStringList out;
            for (const QJsonValue &v : r.payload().toArray())
                out << v.toObject()
                           .value(QStringLiteral("parameters"))
                           .toObject()
                           .value(QStringLiteral("x-path"))
                           .toString();
            return out;
        };
        const QStringList strict = paths(m_strict);
        const QStringList local = paths(m_local);
        QVERIFY(!strict.isEmpty());
        QVERIFY(local.contains(QStringLiteral("/coursescheduling-api/v1/generatelessonslots")));
        QVERIFY(!strict.contains(QStringLiteral("/coursescheduling-api/v1/generatelessonslots")));
        QVERIFY(strict.contains(QStringLiteral("/tutorcatalog-api/v1/coursepacks")));
    }

    // C6: a documented join without a target (an issue about no course pack) stays as null.
    void nullJoinKept()
    {
        const Reply lena = m_strict.login(QStringLiteral("lena.fischer@tutorhub.local"));
        const QString token = lena.value(QStringLiteral("accessToken")).toString();
        const QJsonObject body {{QStringLiteral("reportedBy"), lena.value(QStringLiteral("userId")).toString()},
                                {QStringLiteral("description"), QStringLiteral("A question about the platform.")},
                                {QStringLiteral("issueType"), QStringLiteral("other")},
                                {QStringLiteral("status"), QStringLiteral("open")}};
        const Reply created = m_strict.post(QStringLiteral("/platformadmin-api/v1/adminissues"), body, token);
        QVERIFY2(created.status == 201 || created.status == 200, created.describe());
        const Reply got = m_strict.get(QStringLiteral("/platformadmin-api/v1/adminissues/")
                                           + created.data().value(QStringLiteral("id")).toString(),
                                       token);
        QVERIFY2(got.status == 200, got.describe());
        QVERIFY(got.data().contains(QStringLiteral("coursePack")));
        QVERIFY(got.data().value(QStringLiteral("reporter")).isObject()); // a named extension (C6)
    }

private:
    // The documented fields per dataName, read from the same data the server filters with would make the
    // test unable to fail; so the spec copy in the repository is read instead (docs/api-contract.md tables).
    QHash<QString, QStringList> documentedFields()
    {
        QFile f(qEnvironmentVariable("TUTORHUB_SOURCE_DIR") + QStringLiteral("/docs/api-contract.md"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read docs/api-contract.md");
        QHash<QString, QStringList> out;
        QString current;
        static const QRegularExpression heading(QStringLiteral("^\\*\\*(\\w+)\\*\\*"));
        static const QRegularExpression firstCell(QStringLiteral("^\\|\\s*`(\\w+)`"));
        const QStringList stdFields {
            QStringLiteral("id"),        QStringLiteral("isActive"),  QStringLiteral("recordVersion"),
            QStringLiteral("createdAt"), QStringLiteral("updatedAt"), QStringLiteral("_owner")};
        for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
            if (const auto m = heading.match(line); m.hasMatch()) {
                current = m.captured(1);
                out[current] = stdFields;
            } else if (const auto c = firstCell.match(line); c.hasMatch() && !current.isEmpty()) {
                out[current] << c.captured(1);
            }
        }
        // Plural data names of the lists checked above.
        for (const QString &n : out.keys())
            out[n == QLatin1String("courseCategory") ? QStringLiteral("courseCategories")
                : n == QLatin1String("availability") ? QStringLiteral("availabilities")
                                                     : n + QLatin1Char('s')]
                = out.value(n);
        for (const QString &ext : namedExtensions()) {
            const QString object = ext.section(QLatin1Char('.'), 0, 0);
            out[object] << ext.section(QLatin1Char('.'), 1);
            out[object == QLatin1String("courseCategory") ? QStringLiteral("courseCategories")
                                                          : object + QLatin1Char('s')]
                << ext.section(QLatin1Char('.'), 1);
        }
        return out;
    }
    // The named field extensions as the local profile announces them (C8).
    QStringList namedExtensions()
    {
        QStringList out;
        for (const QJsonValue &v :
             m_local.get(QStringLiteral("/auth-api/extensions")).value(QStringLiteral("extensions")).toArray())
            if (v.toString().contains(QLatin1Char('.')))
                out << v.toString();
        return out;
    }

    Server m_strict;
    Server m_local;
};

QTEST_GUILESS_MAIN(TstContractStrict)
#include "tst_contract_strict.moc"
