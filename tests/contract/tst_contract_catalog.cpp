// Contract tests of the tutorCatalog service (API.md §3.1, rules 16-21 of §4.2, G18-G20): the demo catalog,
// course categories and course packs. Materials are in tst_contract_materials.cpp, tutor profiles in
// tst_contract_tutorprofiles.cpp; the common set-up is catalogsuite.h.
#include "catalogsuite.h"

using namespace contract;

class TstContractCatalog : public CatalogSuite
{
    Q_OBJECT

private slots:
    void demoCatalog();
    void categoriesArePublic();
    void rule21_categoriesAreAdminMaintained();
    void rule21_categoryNamesUnique();
    void categoryRenameAndDelete();
    void rule16_createCoursePackAccess();
    void createCoursePackBadInput();
    void createCoursePackBadInput_nothingWritten();
    void g19_moderationStatusNotSettableByOwner();
    void rule16_updateCoursePackAccess();
    void updateCoursePackBadInput();
    void g18_listCoursePacksHidesUnpublishedFlaggedRemoved();
    void g18_hiddenPackGet();
    void listCoursePacksFilters();
    void g20_getCoursePackFullObjectAndJoins();
    void listCoursePacksWrittenAsQtWould();
    void rule16_deleteCoursePackAccess();
    void rule17_tutorCannotDeletePackWithActiveEnrollments();
};

// Demo data: 6-8 categories with icons, 3 packs for each demo tutor (one screening, one strict).
void TstContractCatalog::demoCatalog()
{
    const Reply cats = f.server.get(f.catalog(QStringLiteral("coursecategories")));
    CONTRACT_CHECK(envelopeProblem(cats, 200, QStringLiteral("courseCategories"), "GET", QStringLiteral("list"),
                                   Shape::List, false));
    const QJsonArray rows = cats.payload().toArray();
    QVERIFY(rows.size() >= 6 && rows.size() <= 8);
    for (const QJsonValue &v : rows)
        QVERIFY(!v.toObject().value(QStringLiteral("icon")).toString().isEmpty());
    for (const QString &profile : {f.mariaProfile, f.jamesProfile}) {
        const Reply r
            = f.server.get(f.catalog(QStringLiteral("coursepacks")), {}, {{QStringLiteral("tutorProfileId"), profile}});
        EXPECT_STATUS(r, 200);
        bool screening = false, strict = false;
        for (const QJsonValue &v : r.payload().toArray()) {
            screening = screening || v[QStringLiteral("preliminaryMeetingRequired")].toBool();
            strict = strict
                     || (v[QStringLiteral("schedulingType")].toString() == QLatin1String("strict")
                         && v[QStringLiteral("requiredClassesCount")].toInt() > 0);
        }
        QVERIFY2(r.payload().toArray().size() >= 2 && screening && strict, r.describe().constData());
    }
}

void TstContractCatalog::categoriesArePublic()
{
    const Reply byName = f.server.get(f.catalog(QStringLiteral("coursecategories/mathematics")));
    CONTRACT_CHECK(envelopeProblem(byName, 200, QStringLiteral("courseCategory"), "GET", QStringLiteral("get"),
                                   Shape::Single, false));
    QCOMPARE(byName.data().value(QStringLiteral("name")).toString(), QStringLiteral("Mathematics"));
    CONTRACT_CHECK(stdFieldsProblem(byName.data()));
    const QString id = byName.data().value(QStringLiteral("id")).toString();
    const Reply byId = f.server.get(f.catalog(QStringLiteral("coursecategories/") + id), f.lena.token);
    EXPECT_STATUS(byId, 200);
    QCOMPARE(byId.data().value(QStringLiteral("id")).toString(), id);
    EXPECT_ERROR(f.server.get(f.catalog(QStringLiteral("coursecategories/Underwater%20Basket%20Weaving"))), 404,
                 "errMsg_FethcedObjectNotFound:courseCategory");
    const Reply filtered = f.server.get(f.catalog(QStringLiteral("coursecategories")), {},
                                        {{QStringLiteral("name"), QStringLiteral("phys")}});
    QCOMPARE(filtered.payload().toArray().size(), 1);
}

void TstContractCatalog::rule21_categoriesAreAdminMaintained()
{
    const QJsonObject body {{QStringLiteral("name"), f.unique(QStringLiteral("Astronomy"))},
                            {QStringLiteral("icon"), QStringLiteral("🔭")}};
    const QString path = f.catalog(QStringLiteral("coursecategories"));
    EXPECT_ERROR(f.server.post(path, body), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.post(path, body, f.lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(path, body, f.maria.token), 403, "errMsg_Forbidden");
    const Reply created = f.server.post(path, body, f.admin.token);
    CONTRACT_CHECK(envelopeProblem(created, 201, QStringLiteral("courseCategory"), "POST", QStringLiteral("create")));
    QCOMPARE(created.data().value(QStringLiteral("icon")).toString(), QStringLiteral("🔭"));
    const QString one = path + QLatin1Char('/') + created.data().value(QStringLiteral("id")).toString();
    const QJsonObject change {{QStringLiteral("description"), QStringLiteral("Stars and planets")}};
    EXPECT_ERROR(f.server.patch(one, change), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.patch(one, change, f.tom.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.patch(one, change, f.james.token), 403, "errMsg_Forbidden");
    const Reply updated = f.server.patch(one, change, f.admin.token);
    CONTRACT_CHECK(envelopeProblem(updated, 200, QStringLiteral("courseCategory"), "PATCH", QStringLiteral("update")));
    QCOMPARE(updated.data().value(QStringLiteral("description")).toString(), QStringLiteral("Stars and planets"));
    EXPECT_ERROR(f.server.del(one), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.del(one, f.lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.del(one, f.maria.token), 403, "errMsg_Forbidden");
    const Reply deleted = f.server.del(one, f.admin.token);
    CONTRACT_CHECK(envelopeProblem(deleted, 200, QStringLiteral("courseCategory"), "DELETE", QStringLiteral("delete")));
    QCOMPARE(deleted.data().value(QStringLiteral("isActive")).toBool(), false);
    EXPECT_ERROR(f.server.patch(one, change, f.admin.token), 404, "errMsg_FethcedObjectNotFound:courseCategory");
}

void TstContractCatalog::rule21_categoryNamesUnique()
{
    const QString path = f.catalog(QStringLiteral("coursecategories"));
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("name"), QStringLiteral("mathematics")}}, f.admin.token), 409,
                 "errMsg_CategoryNameTaken");
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("icon"), QStringLiteral("x")}}, f.admin.token), 400,
                 "errMsg_MissingParameter:name");
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("name"), 42}}, f.admin.token), 400,
                 "errMsg_InvalidParameter:name");
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("name"), QString(101, QLatin1Char('a'))}}, f.admin.token), 400,
                 "errMsg_ParameterTooLong:name");
    const Reply physics = f.server.get(path + QStringLiteral("/Physics"));
    EXPECT_ERROR(f.server.patch(path + QLatin1Char('/') + physics.data().value(QStringLiteral("id")).toString(),
                                {{QStringLiteral("name"), QStringLiteral("MATHEMATICS")}}, f.admin.token),
                 409, "errMsg_CategoryNameTaken");
}

// G21: packs hold the category name; a rename carries them along, a used category cannot go.
void TstContractCatalog::categoryRenameAndDelete()
{
    const QString path = f.catalog(QStringLiteral("coursecategories"));
    const QString name = f.unique(QStringLiteral("Geography"));
    const Reply cat = f.server.post(path, {{QStringLiteral("name"), name}}, f.admin.token);
    EXPECT_STATUS(cat, 201);
    const QString one = path + QLatin1Char('/') + cat.data().value(QStringLiteral("id")).toString();
    const QString pack = f.newPack(f.maria, f.mariaProfile, {{QStringLiteral("category"), name.toUpper()}});
    QVERIFY(!pack.isEmpty());
    const Reply got = f.server.get(f.catalog(QStringLiteral("coursepacks/") + pack));
    QCOMPARE(got.data().value(QStringLiteral("category")).toString(), name); // canonical spelling stored
    EXPECT_ERROR(f.server.del(one, f.admin.token), 409, "errMsg_CategoryInUse");
    const QString renamed = name + QStringLiteral(" & Travel");
    EXPECT_STATUS(f.server.patch(one, {{QStringLiteral("name"), renamed}}, f.admin.token), 200);
    QCOMPARE(f.server.get(f.catalog(QStringLiteral("coursepacks/") + pack))
                 .data()
                 .value(QStringLiteral("category"))
                 .toString(),
             renamed);
    EXPECT_STATUS(f.server.del(f.catalog(QStringLiteral("coursepacks/") + pack), f.maria.token), 200);
    EXPECT_STATUS(f.server.del(one, f.admin.token), 200);
}

void TstContractCatalog::rule16_createCoursePackAccess()
{
    const QString path = f.catalog(QStringLiteral("coursepacks"));
    EXPECT_ERROR(f.server.post(path, f.packBody(f.mariaProfile)), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.post(path, f.packBody(f.mariaProfile), f.lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(path, f.packBody(f.mariaProfile), f.james.token), 403, "errMsg_Forbidden");
    const Reply own
        = f.server.post(path,
                        f.packBody(f.mariaProfile, {{QStringLiteral("schedulingType"), QStringLiteral("strict")},
                                                    {QStringLiteral("requiredClassesCount"), 8},
                                                    {QStringLiteral("maxPeriodValue"), 2},
                                                    {QStringLiteral("maxPeriodUnit"), QStringLiteral("months")}}),
                        f.maria.token);
    CONTRACT_CHECK(envelopeProblem(own, 201, QStringLiteral("coursePack"), "POST", QStringLiteral("create")));
    const QJsonObject p = own.data();
    CONTRACT_CHECK(stdFieldsProblem(p));
    CONTRACT_CHECK(
        enumProblem(p, QStringLiteral("schedulingType"), {QStringLiteral("flexible"), QStringLiteral("strict")}));
    CONTRACT_CHECK(enumProblem(p, QStringLiteral("moderationStatus"),
                               {QStringLiteral("approved"), QStringLiteral("flagged"), QStringLiteral("removed")}));
    CONTRACT_CHECK(
        enumProblem(p, QStringLiteral("maxPeriodUnit"), {QStringLiteral("weeks"), QStringLiteral("months")}));
    QCOMPARE(p.value(QStringLiteral("_owner")).toString(), f.maria.userId);
    QCOMPARE(p.value(QStringLiteral("price")).toDouble(), 40.0);
    QCOMPARE(p.value(QStringLiteral("requiredClassesCount")).toInt(), 8);
    QVERIFY(!p.contains(QStringLiteral("tutorProfile"))); // create answers the pure object
    const Reply byAdmin = f.server.post(
        path, f.packBody(f.jamesProfile, {{QStringLiteral("category"), QStringLiteral("English")}}), f.admin.token);
    EXPECT_STATUS(byAdmin, 201);
    QCOMPARE(byAdmin.data().value(QStringLiteral("tutorProfileId")).toString(), f.jamesProfile);
}

void TstContractCatalog::createCoursePackBadInput()
{
    const QString path = f.catalog(QStringLiteral("coursepacks"));
    for (const char *name : {"tutorProfileId", "title", "price", "category", "schedulingType",
                             "preliminaryMeetingRequired", "isPublished"}) {
        QJsonObject b = f.packBody(f.mariaProfile);
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
        {"price", QStringLiteral("49"), "errMsg_InvalidParameter:price"},
        {"price", -1.0, "errMsg_InvalidParameter:price"},
        {"schedulingType", QStringLiteral("weekly"), "errMsg_InvalidParameter:schedulingType"},
        {"isPublished", QStringLiteral("yes"), "errMsg_InvalidParameter:isPublished"},
        {"minWeeklyClasses", 1.5, "errMsg_InvalidParameter:minWeeklyClasses"},
        {"maxDailyLessons", 0, "errMsg_InvalidParameter:maxDailyLessons"},
        {"maxPeriodUnit", QStringLiteral("years"), "errMsg_InvalidParameter:maxPeriodUnit"},
        {"category", QStringLiteral("Underwater Basket Weaving"), "errMsg_InvalidParameter:category"},
        {"tutorProfileId", 7, "errMsg_InvalidParameter:tutorProfileId"},
        {"title", QString(256, QLatin1Char('t')), "errMsg_ParameterTooLong:title"},
        {"title", QStringLiteral("   "), "errMsg_MissingParameter:title"},
    };
    for (const auto &b : bad) {
        QJsonObject body = f.packBody(f.mariaProfile);
        body.insert(QLatin1String(b.field), b.value);
        EXPECT_ERROR_S(f.server.post(path, body, f.maria.token), 400, QLatin1String(b.code));
    }
    EXPECT_ERROR(f.server.post(path, f.packBody(CatalogFixture::randomId()), f.admin.token), 404,
                 "errMsg_FethcedObjectNotFound:tutorProfile");
    Request raw;
    raw.method = "POST";
    raw.path = path;
    raw.token = f.maria.token;
    raw.raw = QByteArray("[1,2]");
    EXPECT_ERROR(f.server.send(raw), 400, "errMsg_InvalidJson");
    raw.raw = QByteArray("{\"title\":\"") + QByteArray(1100 * 1024, 'x') + "\"}";
    EXPECT_ERROR(f.server.send(raw), 413, "errMsg_RequestTooLarge");
}

void TstContractCatalog::createCoursePackBadInput_nothingWritten()
{
    const Query q {{QStringLiteral("tutorProfileId"), f.mariaProfile}};
    const int before = f.listIds(f.catalog(QStringLiteral("coursepacks")), &f.admin, q).size();
    QJsonObject body = f.packBody(f.mariaProfile, {{QStringLiteral("maxPeriodUnit"), QStringLiteral("decades")}});
    EXPECT_STATUS(f.server.post(f.catalog(QStringLiteral("coursepacks")), body, f.maria.token), 400);
    body = f.packBody(f.mariaProfile, {{QStringLiteral("category"), QStringLiteral("nope")}});
    EXPECT_STATUS(f.server.post(f.catalog(QStringLiteral("coursepacks")), body, f.maria.token), 400);
    QCOMPARE(f.listIds(f.catalog(QStringLiteral("coursepacks")), &f.admin, q).size(), before);
}

// G19: moderationStatus/moderationNote/tutorProfileId belong to admins; the owner's values are dropped.
void TstContractCatalog::g19_moderationStatusNotSettableByOwner()
{
    const Reply created = f.createPack(f.maria, f.mariaProfile,
                                       {{QStringLiteral("moderationNote"), QStringLiteral("all fine")},
                                        {QStringLiteral("moderationStatus"), QStringLiteral("flagged")}});
    EXPECT_STATUS(created, 201);
    QCOMPARE(created.data().value(QStringLiteral("moderationStatus")).toString(), QStringLiteral("approved"));
    QVERIFY(created.data().value(QStringLiteral("moderationNote")).isNull());
    const QString one
        = f.catalog(QStringLiteral("coursepacks/")) + created.data().value(QStringLiteral("id")).toString();
    const Reply flagged = f.server.patch(one,
                                         {{QStringLiteral("moderationStatus"), QStringLiteral("flagged")},
                                          {QStringLiteral("moderationNote"), QStringLiteral("Misleading title")}},
                                         f.admin.token);
    EXPECT_STATUS(flagged, 200);
    QCOMPARE(flagged.data().value(QStringLiteral("moderationStatus")).toString(), QStringLiteral("flagged"));
    const Reply ownerTry = f.server.patch(one,
                                          {{QStringLiteral("moderationStatus"), QStringLiteral("approved")},
                                           {QStringLiteral("moderationNote"), QString()},
                                           {QStringLiteral("tutorProfileId"), f.jamesProfile},
                                           {QStringLiteral("description"), QStringLiteral("Clearer description")}},
                                          f.maria.token);
    EXPECT_STATUS(ownerTry, 200);
    QCOMPARE(ownerTry.data().value(QStringLiteral("moderationStatus")).toString(), QStringLiteral("flagged"));
    QCOMPARE(ownerTry.data().value(QStringLiteral("moderationNote")).toString(), QStringLiteral("Misleading title"));
    QCOMPARE(ownerTry.data().value(QStringLiteral("tutorProfileId")).toString(), f.mariaProfile);
    QCOMPARE(ownerTry.data().value(QStringLiteral("description")).toString(), QStringLiteral("Clearer description"));
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("moderationStatus"), QStringLiteral("hidden")}}, f.admin.token),
                 400, "errMsg_InvalidParameter:moderationStatus");
}

void TstContractCatalog::rule16_updateCoursePackAccess()
{
    const QString id = f.newPack(f.maria, f.mariaProfile);
    QVERIFY(!id.isEmpty());
    const QString one = f.catalog(QStringLiteral("coursepacks/")) + id;
    const QJsonObject change {{QStringLiteral("price"), 42.5}};
    EXPECT_ERROR(f.server.patch(one, change), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.patch(one, change, f.lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.patch(one, change, f.james.token), 403, "errMsg_Forbidden");
    const Reply own = f.server.patch(one, change, f.maria.token);
    CONTRACT_CHECK(envelopeProblem(own, 200, QStringLiteral("coursePack"), "PATCH", QStringLiteral("update")));
    QCOMPARE(own.data().value(QStringLiteral("price")).toDouble(), 42.5);
    QCOMPARE(own.data().value(QStringLiteral("recordVersion")).toInt(), 2);
    const Reply byAdmin = f.server.patch(one, {{QStringLiteral("tutorProfileId"), f.jamesProfile}}, f.admin.token);
    EXPECT_STATUS(byAdmin, 200);
    QCOMPARE(byAdmin.data().value(QStringLiteral("tutorProfileId")).toString(), f.jamesProfile);
    EXPECT_ERROR(
        f.server.patch(f.catalog(QStringLiteral("coursepacks/")) + CatalogFixture::randomId(), change, f.admin.token),
        404, "errMsg_FethcedObjectNotFound:coursePack");
}

void TstContractCatalog::updateCoursePackBadInput()
{
    const QString id = f.newPack(f.maria, f.mariaProfile);
    const QString one = f.catalog(QStringLiteral("coursepacks/")) + id;
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("price"), QJsonValue()}}, f.maria.token), 400,
                 "errMsg_MissingParameter:price");
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("price"), 1e9}}, f.maria.token), 400,
                 "errMsg_InvalidParameter:price");
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("schedulingType"), QStringLiteral("sometimes")}}, f.maria.token),
                 400, "errMsg_InvalidParameter:schedulingType");
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("tutorProfileId"), CatalogFixture::randomId()}}, f.admin.token),
                 404, "errMsg_FethcedObjectNotFound:tutorProfile");
    const Reply after = f.server.get(one, f.maria.token);
    QCOMPARE(after.data().value(QStringLiteral("recordVersion")).toInt(), 1);
    QCOMPARE(after.data().value(QStringLiteral("price")).toDouble(), 40.0);
}

// G18: unpublished, flagged, removed packs and packs of non-approved profiles are hidden from the
// public and other users; the owner tutor and admins see them.
void TstContractCatalog::g18_listCoursePacksHidesUnpublishedFlaggedRemoved()
{
    const QString unpublished = f.newPack(f.maria, f.mariaProfile, {{QStringLiteral("isPublished"), false}});
    const QString flagged = f.newPack(f.maria, f.mariaProfile);
    const QString removed = f.newPack(f.maria, f.mariaProfile);
    const QString visible = f.newPack(f.maria, f.mariaProfile);
    EXPECT_STATUS(f.server.patch(f.catalog(QStringLiteral("coursepacks/")) + flagged,
                                 {{QStringLiteral("moderationStatus"), QStringLiteral("flagged")}}, f.admin.token),
                  200);
    EXPECT_STATUS(f.server.patch(f.catalog(QStringLiteral("coursepacks/")) + removed,
                                 {{QStringLiteral("moderationStatus"), QStringLiteral("removed")}}, f.admin.token),
                  200);
    const QString path = f.catalog(QStringLiteral("coursepacks"));
    const QStringList hidden {unpublished, flagged, removed};
    const Reply anon = f.server.get(path, {}, {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
    CONTRACT_CHECK(
        envelopeProblem(anon, 200, QStringLiteral("coursePacks"), "GET", QStringLiteral("list"), Shape::List, false));
    for (const Who *who : std::initializer_list<const Who *> {nullptr, &f.lena, &f.james}) {
        const QStringList seen = f.listIds(path, who);
        QVERIFY(seen.contains(visible));
        for (const QString &h : hidden)
            QVERIFY2(
                !seen.contains(h),
                qPrintable(
                    QStringLiteral("hidden pack listed for %1").arg(who ? who->userId : QStringLiteral("anonymous"))));
    }
    for (const Who *who : {&f.maria, &f.admin}) {
        const QStringList seen = f.listIds(path, who);
        for (const QString &h : hidden + QStringList {visible})
            QVERIFY(seen.contains(h));
    }
    // Filters cannot reveal them either.
    QVERIFY(
        !f.listIds(path, &f.lena, {{QStringLiteral("isPublished"), QStringLiteral("false")}}).contains(unpublished));
}

void TstContractCatalog::g18_hiddenPackGet()
{
    const QString id = f.newPack(f.maria, f.mariaProfile, {{QStringLiteral("isPublished"), false}});
    const QString one = f.catalog(QStringLiteral("coursepacks/")) + id;
    EXPECT_ERROR(f.server.get(one), 404, "errMsg_FethcedObjectNotFound:coursePack");
    EXPECT_ERROR(f.server.get(one, f.tom.token), 404, "errMsg_FethcedObjectNotFound:coursePack");
    EXPECT_ERROR(f.server.get(one, f.james.token), 404, "errMsg_FethcedObjectNotFound:coursePack");
    EXPECT_STATUS(f.server.get(one, f.maria.token), 200);
    EXPECT_STATUS(f.server.get(one, f.admin.token), 200);
    EXPECT_STATUS(f.server.patch(one, {{QStringLiteral("isPublished"), true}}, f.maria.token), 200);
    EXPECT_STATUS(f.server.get(one), 200);
}

void TstContractCatalog::listCoursePacksFilters()
{
    const QString tag = f.unique(QStringLiteral("Zebra"));
    const QString cheap = f.newPack(f.james, f.jamesProfile,
                                    {{QStringLiteral("title"), tag + QStringLiteral(" basics")},
                                     {QStringLiteral("price"), 12.0},
                                     {QStringLiteral("category"), QStringLiteral("French")}});
    const QString dear = f.newPack(f.james, f.jamesProfile,
                                   {{QStringLiteral("title"), tag + QStringLiteral(" advanced")},
                                    {QStringLiteral("price"), 95.0},
                                    {QStringLiteral("category"), QStringLiteral("French")},
                                    {QStringLiteral("schedulingType"), QStringLiteral("strict")}});
    const QString path = f.catalog(QStringLiteral("coursepacks"));
    const QString part = tag.toLower().mid(1); // partial, case-insensitive
    QCOMPARE(f.listIds(path, nullptr, {{QStringLiteral("title"), part}}).size(), 2);
    QCOMPARE(
        f.listIds(path, nullptr, {{QStringLiteral("title"), part}, {QStringLiteral("minPrice"), QStringLiteral("50")}}),
        QStringList {dear});
    QCOMPARE(
        f.listIds(path, nullptr, {{QStringLiteral("title"), part}, {QStringLiteral("maxPrice"), QStringLiteral("12")}}),
        QStringList {cheap});
    QCOMPARE(f.listIds(path, nullptr,
                       {{QStringLiteral("title"), part}, {QStringLiteral("schedulingType"), QStringLiteral("STRICT")}}),
             QStringList {dear});
    QCOMPARE(f.listIds(path, nullptr,
                       {{QStringLiteral("title"), part}, {QStringLiteral("category"), QStringLiteral("french")}})
                 .size(),
             2);
    QCOMPARE(f.listIds(path, nullptr,
                       {{QStringLiteral("title"), part}, {QStringLiteral("category"), QStringLiteral("Fren")}})
                 .size(),
             0);
    QCOMPARE(
        f.listIds(path, nullptr, {{QStringLiteral("title"), part}, {QStringLiteral("tutorProfileId"), f.mariaProfile}})
            .size(),
        0);
    for (const QString &cat : {QStringLiteral("Mathematics"), QStringLiteral("English")}) {
        const Reply r = f.server.get(
            path, {}, {{QStringLiteral("category"), cat}, {QStringLiteral("pageNumber"), QStringLiteral("0")}});
        for (const QJsonValue &v : r.payload().toArray())
            QCOMPARE(v[QStringLiteral("category")].toString(), cat);
    }
    EXPECT_ERROR(f.server.get(path, {}, {{QStringLiteral("minPrice"), QStringLiteral("cheap")}}), 400,
                 "errMsg_InvalidParameter:minPrice");
    EXPECT_ERROR(f.server.get(path, {}, {{QStringLiteral("schedulingType"), QStringLiteral("daily")}}), 400,
                 "errMsg_InvalidParameter:schedulingType");
    EXPECT_ERROR(f.server.get(path, {}, {{QStringLiteral("tutorProfileId"), QStringLiteral("maria")}}), 400,
                 "errMsg_InvalidParameter:tutorProfileId");
}

// G20/G67: get = full object + joined tutorProfile (object); list joins are arrays; getJoins=false.
void TstContractCatalog::g20_getCoursePackFullObjectAndJoins()
{
    const QString id = f.newPack(f.maria, f.mariaProfile);
    const Reply r = f.server.get(f.catalog(QStringLiteral("coursepacks/")) + id);
    CONTRACT_CHECK(
        envelopeProblem(r, 200, QStringLiteral("coursePack"), "GET", QStringLiteral("get"), Shape::Single, false));
    const QJsonObject p = r.data();
    for (const char *k :
         {"tutorProfileId", "title", "description", "price", "category", "schedulingType", "minWeeklyClasses",
          "preliminaryMeetingRequired", "isPublished", "maxDailyLessons", "requiredClassesCount", "moderationStatus",
          "moderationNote", "maxPeriodValue", "maxPeriodUnit"})
        QVERIFY2(p.contains(QLatin1String(k)), k);
    const QJsonObject tp = p.value(QStringLiteral("tutorProfile")).toObject();
    for (const char *k : {"tutorId", "certifications", "experience", "subjects", "bio", "profilePhoto", "displayName"})
        QVERIFY2(tp.contains(QLatin1String(k)), k);
    QCOMPARE(tp.value(QStringLiteral("displayName")).toString(), QStringLiteral("Maria Keller"));
    const Reply list = f.server.get(f.catalog(QStringLiteral("coursepacks")), {},
                                    {{QStringLiteral("tutorProfileId"), f.mariaProfile}});
    const QJsonObject first = list.payload().toArray().first().toObject();
    QVERIFY(first.value(QStringLiteral("tutorProfile")).isArray());
    QCOMPARE(first.value(QStringLiteral("tutorProfile")).toArray().first()[QStringLiteral("tutorId")].toString(),
             f.maria.userId);
    const Reply bare = f.server.get(f.catalog(QStringLiteral("coursepacks/")) + id, {},
                                    {{QStringLiteral("getJoins"), QStringLiteral("false")}});
    QVERIFY(!bare.data().contains(QStringLiteral("tutorProfile")));
    EXPECT_ERROR(f.server.get(f.catalog(QStringLiteral("coursepacks/")) + CatalogFixture::randomId()), 404,
                 "errMsg_FethcedObjectNotFound:coursePack");
}

// F23: the pack list writes its rows straight to JSON bytes. Its body must be what QJsonDocument writes
// (keys sorted, Qt's escapes and numbers), and each row the object getCoursePack answers, in the list
// shape (joins in arrays, G67); a title with quotes, a backslash and non-ASCII letters and a price with a
// fraction take the writer's slow paths.
void TstContractCatalog::listCoursePacksWrittenAsQtWould()
{
    const QString title = f.unique(QStringLiteral("Ünïcode \"pack\" \\ ✓"));
    const QString id
        = f.newPack(f.maria, f.mariaProfile, {{QStringLiteral("title"), title}, {QStringLiteral("price"), 37.25}});
    QVERIFY(!id.isEmpty());
    const QString path = f.catalog(QStringLiteral("coursepacks"));
    for (const QString &joins : {QStringLiteral("true"), QStringLiteral("false")}) {
        const Reply listed
            = f.server.get(path, f.admin.token,
                           {{QStringLiteral("pageNumber"), QStringLiteral("0")}, {QStringLiteral("getJoins"), joins}});
        EXPECT_STATUS(listed, 200);
        const QJsonDocument doc = QJsonDocument::fromJson(listed.body);
        QVERIFY(doc.isObject());
        QCOMPARE(listed.body, doc.toJson(QJsonDocument::Compact));
        const QJsonArray rows = doc.object().value(QStringLiteral("coursePacks")).toArray();
        QCOMPARE(qsizetype(doc.object().value(QStringLiteral("rowCount")).toInt()), rows.size());
        bool seen = false;
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            const QString rowId = row.value(QStringLiteral("id")).toString();
            const Reply got = f.server.get(f.catalog(QStringLiteral("coursepacks/")) + rowId, f.admin.token,
                                           {{QStringLiteral("getJoins"), joins}});
            EXPECT_STATUS(got, 200);
            QJsonObject expected = got.data();
            for (const char *k : {"tutorProfile", "courseCategory"})
                if (expected.contains(QLatin1String(k))) {
                    const QJsonObject j = expected.value(QLatin1String(k)).toObject();
                    expected.insert(QLatin1String(k), j.isEmpty() ? QJsonArray() : QJsonArray {j});
                }
            QCOMPARE(row, expected);
            if (rowId == id) {
                seen = true;
                QCOMPARE(row.value(QStringLiteral("title")).toString(), title);
                QCOMPARE(row.value(QStringLiteral("price")).toDouble(), 37.25);
                if (joins == QLatin1String("true"))
                    QCOMPARE(row.value(QStringLiteral("tutorProfile")).toArray().size(), 1);
            }
        }
        QVERIFY(seen);
    }
}

void TstContractCatalog::rule16_deleteCoursePackAccess()
{
    const QString id = f.newPack(f.maria, f.mariaProfile);
    const QString one = f.catalog(QStringLiteral("coursepacks/")) + id;
    const Reply slot = f.createSlot(f.maria, id, QStringLiteral("2027-09-06"), QStringLiteral("06:00"));
    EXPECT_STATUS(slot, 201);
    EXPECT_ERROR(f.server.del(one), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.del(one, f.lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.del(one, f.james.token), 403, "errMsg_Forbidden");
    const Reply gone = f.server.del(one, f.maria.token);
    CONTRACT_CHECK(envelopeProblem(gone, 200, QStringLiteral("coursePack"), "DELETE", QStringLiteral("delete")));
    QCOMPARE(gone.data().value(QStringLiteral("isActive")).toBool(), false);
    EXPECT_ERROR(f.server.get(one), 404, "errMsg_FethcedObjectNotFound:coursePack");
    EXPECT_ERROR(f.server.del(one, f.maria.token), 404, "errMsg_FethcedObjectNotFound:coursePack");
    // Its free slots are canceled with it.
    const Reply s = f.server.get(f.scheduling(QStringLiteral("lessonslots/"))
                                     + slot.data().value(QStringLiteral("id")).toString(),
                                 f.maria.token);
    QCOMPARE(s.data().value(QStringLiteral("status")).toString(), QStringLiteral("canceled"));
    const QString other = f.newPack(f.maria, f.mariaProfile);
    EXPECT_STATUS(f.server.del(f.catalog(QStringLiteral("coursepacks/")) + other, f.admin.token), 200);
}

// Rule 17/18: with an enrollment holding the pack the tutor is refused (unpublish instead); an
// admin needs a removalReason and the enrollment service's cascade.
void TstContractCatalog::rule17_tutorCannotDeletePackWithActiveEnrollments()
{
    const QString id = f.newPack(f.maria, f.mariaProfile);
    const Reply slot = f.createSlot(f.maria, id, QStringLiteral("2027-09-06"), QStringLiteral("07:00"));
    EXPECT_STATUS(slot, 201);
    const Reply enrollment
        = f.server.post(QStringLiteral("/enrollmentmanagement-api/v1/enrollments"),
                        {{QStringLiteral("coursePackId"), id},
                         {QStringLiteral("tutorProfileId"), f.mariaProfile},
                         {QStringLiteral("lessonSlotIds"), QJsonArray {slot.data().value(QStringLiteral("id"))}},
                         {QStringLiteral("totalAmount"), 40.0},
                         {QStringLiteral("currency"), QStringLiteral("eur")}},
                        f.lena.token);
    if (enrollment.status != 201)
        QSKIP(qPrintable(QStringLiteral("createEnrollment is not available: ")
                         + QString::fromUtf8(enrollment.describe())));
    const QString one = f.catalog(QStringLiteral("coursepacks/")) + id;
    Request del;
    del.method = "DELETE";
    del.path = one;
    del.token = f.maria.token;
    EXPECT_ERROR(f.server.send(del), 409, "errMsg_CoursePackHasActiveEnrollments");
    // A pending enrollment does not open the materials (active or completed only).
    const Reply mat = f.server.post(f.catalog(QStringLiteral("coursematerials")),
                                    {{QStringLiteral("coursePackId"), id},
                                     {QStringLiteral("fileType"), QStringLiteral("document")},
                                     {QStringLiteral("title"), QStringLiteral("Notes")},
                                     {QStringLiteral("fileUrl"), QStringLiteral("https://x.example/n.pdf")}},
                                    f.maria.token);
    EXPECT_STATUS(mat, 201);
    EXPECT_ERROR(
        f.server.get(f.catalog(QStringLiteral("coursematerials/")) + mat.data().value(QStringLiteral("id")).toString(),
                     f.lena.token),
        403, "errMsg_Forbidden");
    EXPECT_STATUS(f.server.patch(one, {{QStringLiteral("isPublished"), false}}, f.maria.token), 200);
    del.token = f.admin.token;
    EXPECT_ERROR(f.server.send(del), 400, "errMsg_MissingParameter:removalReason");
    del.json = QJsonObject {
        {QStringLiteral("removalReason"), QStringLiteral("Course content violates the platform rules.")}};
    const Reply removed = f.server.send(del);
    if (removed.status == 409)
        EXPECT_ERROR(removed, 409, "errMsg_CascadeUnavailable");
    else {
        EXPECT_STATUS(removed, 200);
        QCOMPARE(removed.data().value(QStringLiteral("isActive")).toBool(), false);
        QCOMPARE(removed.data().value(QStringLiteral("removalReason")).toString(),
                 QStringLiteral("Course content violates the platform rules."));
    }
}

QTEST_GUILESS_MAIN(TstContractCatalog)
#include "tst_contract_catalog.moc"
