// Contract tests of the tutorCatalog service's course materials (API.md §3.1, rule 20 of §4.2, G23, G66).
// The common set-up is catalogsuite.h.
#include "catalogsuite.h"

using namespace contract;

class TstContractMaterials : public CatalogSuite
{
    Q_OBJECT

private slots:
    void rule20_materialsCreateAccess();
    void rule20_materialTitleUniquePerPack();
    void g66_materialExternalLink();
    void materialBadInput();
    void rule20_materialsVisibility();
    void rule20_enrolledStudentSeesMaterials();
    void g23_listCourseMaterialsByPack();
    void materialUpdateAndDelete();
};

void TstContractMaterials::rule20_materialsCreateAccess()
{
    const QString pack = f.newPack(f.maria, f.mariaProfile);
    const QString path = f.catalog(QStringLiteral("coursematerials"));
    const QJsonObject body {{QStringLiteral("coursePackId"), pack},
                            {QStringLiteral("fileType"), QStringLiteral("file")},
                            {QStringLiteral("title"), QStringLiteral("Worksheet 1")},
                            {QStringLiteral("fileUrl"), QStringLiteral("https://files.example/ws1.pdf")}};
    EXPECT_ERROR(f.server.post(path, body), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.post(path, body, f.lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(path, body, f.james.token), 403, "errMsg_Forbidden");
    const Reply own = f.server.post(path, body, f.maria.token);
    CONTRACT_CHECK(envelopeProblem(own, 201, QStringLiteral("courseMaterial"), "POST", QStringLiteral("create")));
    CONTRACT_CHECK(stdFieldsProblem(own.data()));
    CONTRACT_CHECK(enumProblem(
        own.data(), QStringLiteral("fileType"),
        {QStringLiteral("file"), QStringLiteral("video"), QStringLiteral("document"), QStringLiteral("externalLink")}));
    QJsonObject second = body;
    second.insert(QStringLiteral("title"), QStringLiteral("Worksheet 2"));
    EXPECT_STATUS(f.server.post(path, second, f.admin.token), 201);
    second.insert(QStringLiteral("coursePackId"), CatalogFixture::randomId());
    EXPECT_ERROR(f.server.post(path, second, f.admin.token), 404, "errMsg_FethcedObjectNotFound:coursePack");
}

void TstContractMaterials::rule20_materialTitleUniquePerPack()
{
    const QString pack = f.newPack(f.maria, f.mariaProfile);
    const QString otherPack = f.newPack(f.maria, f.mariaProfile);
    const QString path = f.catalog(QStringLiteral("coursematerials"));
    QJsonObject body {{QStringLiteral("coursePackId"), pack},
                      {QStringLiteral("fileType"), QStringLiteral("video")},
                      {QStringLiteral("title"), QStringLiteral("Lesson recording")},
                      {QStringLiteral("fileUrl"), QStringLiteral("https://v.example/1")}};
    EXPECT_STATUS(f.server.post(path, body, f.maria.token), 201);
    body.insert(QStringLiteral("title"), QStringLiteral("LESSON RECORDING"));
    EXPECT_ERROR(f.server.post(path, body, f.maria.token), 409, "errMsg_MaterialTitleTaken");
    body.insert(QStringLiteral("coursePackId"), otherPack);
    EXPECT_STATUS(f.server.post(path, body, f.maria.token), 201);
    QCOMPARE(f.listIds(path, &f.maria, {{QStringLiteral("coursePackId"), pack}}).size(), 1);
}

// G66: externalLink needs linkUrl; fileUrl then defaults to it.
void TstContractMaterials::g66_materialExternalLink()
{
    const QString pack = f.newPack(f.maria, f.mariaProfile);
    const QString path = f.catalog(QStringLiteral("coursematerials"));
    QJsonObject body {{QStringLiteral("coursePackId"), pack},
                      {QStringLiteral("fileType"), QStringLiteral("externalLink")},
                      {QStringLiteral("title"), QStringLiteral("Khan Academy")}};
    EXPECT_ERROR(f.server.post(path, body, f.maria.token), 400, "errMsg_MissingParameter:linkUrl");
    body.insert(QStringLiteral("linkUrl"), QStringLiteral("https://www.khanacademy.org/math"));
    const Reply r = f.server.post(path, body, f.maria.token);
    EXPECT_STATUS(r, 201);
    QCOMPARE(r.data().value(QStringLiteral("fileUrl")).toString(), QStringLiteral("https://www.khanacademy.org/math"));
}

void TstContractMaterials::materialBadInput()
{
    const QString pack = f.newPack(f.maria, f.mariaProfile);
    const QString path = f.catalog(QStringLiteral("coursematerials"));
    const QJsonObject good {{QStringLiteral("coursePackId"), pack},
                            {QStringLiteral("fileType"), QStringLiteral("document")},
                            {QStringLiteral("title"), QStringLiteral("Notes")},
                            {QStringLiteral("fileUrl"), QStringLiteral("https://f.example/n.pdf")}};
    for (const char *name : {"coursePackId", "fileType", "title", "fileUrl"}) {
        QJsonObject b = good;
        b.remove(QLatin1String(name));
        EXPECT_ERROR_S(f.server.post(path, b, f.maria.token), 400,
                       QStringLiteral("errMsg_MissingParameter:") + QLatin1String(name));
    }
    const struct
    {
        const char *field;
        QJsonValue value;
        const char *code;
    } bad[] = {
        {"fileType", QStringLiteral("podcast"), "errMsg_InvalidParameter:fileType"},
        {"fileUrl", QStringLiteral("ftp://f.example/x"), "errMsg_InvalidParameter:fileUrl"},
        {"fileUrl", QStringLiteral("not a url"), "errMsg_InvalidParameter:fileUrl"},
        {"title", true, "errMsg_InvalidParameter:title"},
        {"coursePackId", QStringLiteral("pack-1"), "errMsg_FethcedObjectNotFound:coursePack"},
    };
    for (const auto &b : bad) {
        QJsonObject body = good;
        body.insert(QLatin1String(b.field), b.value);
        const Reply r = f.server.post(path, body, f.maria.token);
        EXPECT_ERROR_S(r, QByteArray(b.code).contains("NotFound") ? 404 : 400, QLatin1String(b.code));
    }
    QCOMPARE(f.listIds(path, &f.maria, {{QStringLiteral("coursePackId"), pack}}).size(), 0);
}

// Rule 20: materials are for the pack's tutor, its enrolled students and admins.
void TstContractMaterials::rule20_materialsVisibility()
{
    // A fresh pack: nobody is enrolled in it.
    const QString pack = f.newPack(f.maria, f.mariaProfile);
    EXPECT_STATUS(f.server.post(f.catalog(QStringLiteral("coursematerials")),
                                {{QStringLiteral("coursePackId"), pack},
                                 {QStringLiteral("fileType"), QStringLiteral("document")},
                                 {QStringLiteral("title"), QStringLiteral("Syllabus")},
                                 {QStringLiteral("fileUrl"), QStringLiteral("https://f.example/s.pdf")}},
                                f.maria.token),
                  201);
    const Reply mats = f.server.get(f.catalog(QStringLiteral("coursematerials")), f.maria.token,
                                    {{QStringLiteral("coursePackId"), pack}});
    CONTRACT_CHECK(
        envelopeProblem(mats, 200, QStringLiteral("courseMaterials"), "GET", QStringLiteral("list"), Shape::List));
    QVERIFY(!mats.payload().toArray().isEmpty());
    const QJsonObject m = mats.payload().toArray().first().toObject();
    QVERIFY(m.value(QStringLiteral("coursePack")).isArray());
    const QString one = f.catalog(QStringLiteral("coursematerials/")) + m.value(QStringLiteral("id")).toString();
    EXPECT_ERROR(f.server.get(one), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.get(one, f.lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.get(one, f.james.token), 403, "errMsg_Forbidden");
    const Reply own = f.server.get(one, f.maria.token);
    CONTRACT_CHECK(envelopeProblem(own, 200, QStringLiteral("courseMaterial"), "GET", QStringLiteral("get")));
    QCOMPARE(
        own.data().value(QStringLiteral("coursePack")).toObject().value(QStringLiteral("tutorProfileId")).toString(),
        f.mariaProfile);
    QVERIFY(
        !own.data().value(QStringLiteral("coursePack")).toObject().value(QStringLiteral("title")).toString().isEmpty());
    EXPECT_STATUS(f.server.get(one, f.admin.token), 200);
    EXPECT_ERROR(
        f.server.get(f.catalog(QStringLiteral("coursematerials/")) + CatalogFixture::randomId(), f.admin.token), 404,
        "errMsg_FethcedObjectNotFound:courseMaterial");
}

// G23: listCourseMaterials takes coursePackId; without it a caller sees only packs they may see.
// Rule 20: a student with an active (or completed) enrollment in the pack reads its materials.
void TstContractMaterials::rule20_enrolledStudentSeesMaterials()
{
    const Reply list = f.server.get(QStringLiteral("/enrollmentmanagement-api/v1/enrollments"), f.admin.token,
                                    {{QStringLiteral("enrollmentStatus"), QStringLiteral("active")},
                                     {QStringLiteral("pageNumber"), QStringLiteral("0")}});
    const Who *students[] = {&f.lena, &f.tom, &f.aiko};
    for (const QJsonValue &v : list.payload().toArray()) {
        const QString pack = v[QStringLiteral("coursePackId")].toString();
        const QString student = v[QStringLiteral("studentId")].toString();
        const Who *enrolled = nullptr;
        for (const Who *w : students)
            if (w->userId == student)
                enrolled = w;
        const QStringList mats = f.listIds(f.catalog(QStringLiteral("coursematerials")), &f.admin,
                                           {{QStringLiteral("coursePackId"), pack}});
        if (!enrolled || mats.isEmpty())
            continue;
        const Reply own = f.server.get(f.catalog(QStringLiteral("coursematerials")), enrolled->token,
                                       {{QStringLiteral("coursePackId"), pack}});
        EXPECT_STATUS(own, 200);
        QCOMPARE(CatalogFixture::ids(own).size(), mats.size());
        EXPECT_STATUS(f.server.get(f.catalog(QStringLiteral("coursematerials/")) + mats.first(), enrolled->token), 200);
        QVERIFY(f.listIds(f.catalog(QStringLiteral("coursematerials")), enrolled).contains(mats.first()));
        return;
    }
    QSKIP("no active demo enrollment of a demo student in a pack with materials");
}

void TstContractMaterials::g23_listCourseMaterialsByPack()
{
    const QString path = f.catalog(QStringLiteral("coursematerials"));
    const QString pack = f.newPack(f.maria, f.mariaProfile);
    EXPECT_STATUS(f.server.post(path,
                                {{QStringLiteral("coursePackId"), pack},
                                 {QStringLiteral("fileType"), QStringLiteral("file")},
                                 {QStringLiteral("title"), QStringLiteral("Sheet")},
                                 {QStringLiteral("fileUrl"), QStringLiteral("https://f.example/x.pdf")}},
                                f.maria.token),
                  201);
    EXPECT_ERROR(f.server.get(path), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.get(path, f.lena.token, {{QStringLiteral("coursePackId"), pack}}), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.get(path, f.james.token, {{QStringLiteral("coursePackId"), pack}}), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.get(path, f.admin.token, {{QStringLiteral("coursePackId"), QStringLiteral("x")}}), 400,
                 "errMsg_InvalidParameter:coursePackId");
    const Reply own
        = f.server.get(path, f.maria.token,
                       {{QStringLiteral("coursePackId"), pack}, {QStringLiteral("pageNumber"), QStringLiteral("0")}});
    for (const QJsonValue &v : own.payload().toArray())
        QCOMPARE(v[QStringLiteral("coursePackId")].toString(), pack);
    QVERIFY(!f.listIds(path, &f.tom)
                 .contains(f.listIds(path, &f.maria, {{QStringLiteral("coursePackId"), pack}}).value(0)));
    const QStringList jamesSees = f.listIds(path, &f.james);
    for (const QString &id : f.listIds(path, &f.maria, {{QStringLiteral("coursePackId"), pack}}))
        QVERIFY(!jamesSees.contains(id));
    QVERIFY(f.listIds(path, &f.admin).size() >= f.listIds(path, &f.maria).size() + jamesSees.size());
}

void TstContractMaterials::materialUpdateAndDelete()
{
    const QString pack = f.newPack(f.maria, f.mariaProfile);
    const QString path = f.catalog(QStringLiteral("coursematerials"));
    QJsonObject body {{QStringLiteral("coursePackId"), pack},
                      {QStringLiteral("fileType"), QStringLiteral("document")},
                      {QStringLiteral("title"), QStringLiteral("Chapter 1")},
                      {QStringLiteral("fileUrl"), QStringLiteral("https://f.example/1.pdf")}};
    const QString first = f.server.post(path, body, f.maria.token).data().value(QStringLiteral("id")).toString();
    body.insert(QStringLiteral("title"), QStringLiteral("Chapter 2"));
    const QString second = f.server.post(path, body, f.maria.token).data().value(QStringLiteral("id")).toString();
    const QString one = path + QLatin1Char('/') + second;
    const QJsonObject change {{QStringLiteral("description"), QStringLiteral("Updated")}};
    EXPECT_ERROR(f.server.patch(one, change), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.patch(one, change, f.lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.patch(one, change, f.james.token), 403, "errMsg_Forbidden");
    const Reply ok = f.server.patch(one, change, f.maria.token);
    CONTRACT_CHECK(envelopeProblem(ok, 200, QStringLiteral("courseMaterial"), "PATCH", QStringLiteral("update")));
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("title"), QStringLiteral("chapter 1")}}, f.maria.token), 409,
                 "errMsg_MaterialTitleTaken");
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("fileType"), QStringLiteral("reel")}}, f.admin.token), 400,
                 "errMsg_InvalidParameter:fileType");
    EXPECT_STATUS(f.server.patch(one, {{QStringLiteral("title"), QStringLiteral("Chapter Two")}}, f.admin.token), 200);
    EXPECT_ERROR(f.server.del(one, f.lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.del(one, f.james.token), 403, "errMsg_Forbidden");
    const Reply gone = f.server.del(path + QLatin1Char('/') + first, f.maria.token);
    CONTRACT_CHECK(envelopeProblem(gone, 200, QStringLiteral("courseMaterial"), "DELETE", QStringLiteral("delete")));
    QCOMPARE(gone.data().value(QStringLiteral("isActive")).toBool(), false);
    // The freed title can be used again.
    body.insert(QStringLiteral("title"), QStringLiteral("Chapter 1"));
    EXPECT_STATUS(f.server.post(path, body, f.maria.token), 201);
    EXPECT_STATUS(f.server.del(one, f.admin.token), 200);
}

QTEST_GUILESS_MAIN(TstContractMaterials)
#include "tst_contract_materials.moc"
