// Contract tests of the server additions for the tutor workspace (issue 5, decisions T3, T4, T6):
// material order (sortOrder, one PATCH moves a material and renumbers), uploaded material files
// (type and size checks, editor only, download for whoever may see the pack), a canceled lesson's
// reason (stored, told to the booked student).
#include "catalogsuite.h"

using namespace contract;

class TstContractTutorWorkspace : public CatalogSuite
{
    Q_OBJECT

private slots:
    void t4_materialOrder()
    {
        const QString pack = f.newPack(f.maria, f.mariaProfile);
        QVERIFY(!pack.isEmpty());
        const QString path = CatalogFixture::catalog(QStringLiteral("coursematerials"));
        QStringList ids;
        for (const char *title : {"One", "Two", "Three"}) {
            const Reply r = f.server.post(
                path,
                {{QStringLiteral("coursePackId"), pack},
                 {QStringLiteral("title"), QLatin1String(title)},
                 {QStringLiteral("fileType"), QStringLiteral("externalLink")},
                 {QStringLiteral("linkUrl"), QStringLiteral("https://example.org/") + QLatin1String(title)}},
                f.maria.token);
            EXPECT_STATUS(r, 201);
            QCOMPARE(r.data().value(QStringLiteral("sortOrder")).toInt(), int(ids.size())); // appended
            ids << r.data().value(QStringLiteral("id")).toString();
        }
        auto order = [&] { return f.listIds(path, &f.maria, {{QStringLiteral("coursePackId"), pack}}); };
        QCOMPARE(order(), ids);
        // Move "Three" to the top: one request, the others renumbered.
        EXPECT_STATUS(
            f.server.patch(path + QLatin1Char('/') + ids.at(2), {{QStringLiteral("sortOrder"), 0}}, f.maria.token),
            200);
        QCOMPARE(order(), (QStringList {ids.at(2), ids.at(0), ids.at(1)}));
        // Beyond the end: clamped to the last place.
        EXPECT_STATUS(
            f.server.patch(path + QLatin1Char('/') + ids.at(2), {{QStringLiteral("sortOrder"), 99}}, f.maria.token),
            200);
        QCOMPARE(order(), ids);
        EXPECT_ERROR(
            f.server.patch(path + QLatin1Char('/') + ids.at(0), {{QStringLiteral("sortOrder"), -1}}, f.maria.token),
            400, "errMsg_InvalidParameter:sortOrder");
        EXPECT_STATUS(
            f.server.patch(path + QLatin1Char('/') + ids.at(0), {{QStringLiteral("sortOrder"), 1}}, f.james.token),
            403);
        QCOMPARE(order(), ids); // nothing moved by the refused requests
        // Deleting closes the gap.
        EXPECT_STATUS(f.server.del(path + QLatin1Char('/') + ids.at(0), f.maria.token), 200);
        const Reply rest = f.server.get(path, f.maria.token, {{QStringLiteral("coursePackId"), pack}});
        QCOMPARE(rest.payload().toArray().at(0).toObject().value(QStringLiteral("sortOrder")).toInt(), 0);
        QCOMPARE(rest.payload().toArray().at(1).toObject().value(QStringLiteral("sortOrder")).toInt(), 1);
    }

    void t3_materialFiles()
    {
        const QString pack = f.newPack(f.maria, f.mariaProfile);
        QVERIFY(!pack.isEmpty());
        auto upload = [&](const Who &who, const QByteArray &type, const QString &name, const QByteArray &data) {
            Request r;
            r.method = "POST";
            r.path = CatalogFixture::catalog(QStringLiteral("coursematerialfiles"));
            r.query = {{QStringLiteral("coursePackId"), pack}, {QStringLiteral("fileName"), name}};
            r.raw = data;
            r.contentType = type;
            r.token = who.token;
            return f.server.send(r, 60000);
        };
        const QByteArray pdf = "%PDF-1.4\n% test file\n";
        const Reply ok = upload(f.maria, "application/pdf", QStringLiteral("notes.pdf"), pdf);
        EXPECT_STATUS(ok, 201);
        const QString url = ok.data().value(QStringLiteral("url")).toString();
        QVERIFY2(url.contains(QStringLiteral("/tutorcatalog-api/coursematerialfiles/")), qPrintable(url));
        QCOMPARE(ok.data().value(QStringLiteral("fileSize")).toInt(), int(pdf.size()));
        QVERIFY(!ok.data().contains(QStringLiteral("fileData")));
        EXPECT_ERROR(upload(f.maria, "application/x-msdownload", QStringLiteral("tool.exe"), "MZ"), 400,
                     "errMsg_UnsupportedFileType");
        EXPECT_ERROR(upload(f.maria, "application/pdf", QStringLiteral("notes.mp4"), pdf), 400,
                     "errMsg_UnsupportedFileType");
        EXPECT_ERROR(upload(f.maria, "video/mp4", QStringLiteral("big.mp4"), QByteArray(20 * 1024 * 1024 + 1, 'x')),
                     413, "errMsg_RequestTooLarge");
        EXPECT_STATUS(upload(f.james, "application/pdf", QStringLiteral("x.pdf"), pdf), 403);
        EXPECT_ERROR(upload(f.maria, "application/pdf", QStringLiteral("x.pdf"), QByteArray()), 400,
                     "errMsg_MissingParameter:fileData");

        // The file becomes a material; the owner and admins download it, a student without enrollment may not.
        const QString path = url.mid(url.indexOf(QStringLiteral("/tutorcatalog-api/")));
        const Reply owner = f.server.get(path, f.maria.token);
        EXPECT_STATUS(owner, 200);
        QCOMPARE(owner.body, pdf);
        EXPECT_STATUS(f.server.get(path, f.admin.token), 200);
        EXPECT_STATUS(f.server.get(path, f.lena.token), 403);
        EXPECT_STATUS(f.server.get(path), 401);
        EXPECT_STATUS(f.server.post(CatalogFixture::catalog(QStringLiteral("coursematerials")),
                                    {{QStringLiteral("coursePackId"), pack},
                                     {QStringLiteral("title"), QStringLiteral("Uploaded notes")},
                                     {QStringLiteral("fileType"), QStringLiteral("document")},
                                     {QStringLiteral("fileUrl"), url}},
                                    f.maria.token),
                      201);
    }

    void t6_cancelReason()
    {
        const QString pack = f.newPack(f.maria, f.mariaProfile);
        QVERIFY(!pack.isEmpty());
        const QDate day = QDate::currentDate().addDays(100);
        const Reply slot = f.createSlot(f.maria, pack, day.toString(Qt::ISODate), QStringLiteral("05:15"));
        EXPECT_STATUS(slot, 201);
        const QString one = CatalogFixture::scheduling(QStringLiteral("lessonslots/"))
                            + slot.data().value(QStringLiteral("id")).toString();
        EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("cancelReason"), QStringLiteral("no")}}, f.maria.token), 400,
                     "errMsg_InvalidParameter:cancelReason");
        // Booked by the admin for Tom, then canceled by the tutor with a reason: stored and told to Tom.
        EXPECT_STATUS(f.server.patch(one,
                                     {{QStringLiteral("status"), QStringLiteral("booked")},
                                      {QStringLiteral("studentId"), f.tom.userId}},
                                     f.admin.token),
                      200);
        const Reply canceled = f.server.patch(one,
                                              {{QStringLiteral("status"), QStringLiteral("canceled")},
                                               {QStringLiteral("cancelReason"), QStringLiteral("I am ill, sorry")}},
                                              f.maria.token);
        EXPECT_STATUS(canceled, 200);
        QCOMPARE(canceled.data().value(QStringLiteral("cancelReason")).toString(), QStringLiteral("I am ill, sorry"));
        const Reply notes = f.server.get(QStringLiteral("/notification-api/notifications"), f.tom.token);
        QVERIFY2(notes.body.contains("lessonCanceled") && notes.body.contains("I am ill, sorry"),
                 notes.describe().constData());
        // Freed again: the reason goes.
        const Reply freed = f.server.patch(one, {{QStringLiteral("status"), QStringLiteral("free")}}, f.maria.token);
        EXPECT_STATUS(freed, 200);
        QVERIFY(freed.data().value(QStringLiteral("cancelReason")).isNull());
    }

    void serverOutputClean()
    {
        QVERIFY2(!f.server.stderrText().contains("exec failed"), f.server.stderrText().right(2000).constData());
    }
};

QTEST_GUILESS_MAIN(TstContractTutorWorkspace)
#include "tst_contract_tutorworkspace.moc"
