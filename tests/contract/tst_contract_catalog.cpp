// Contract tests of the tutorCatalog service (API.md §3.1, rules 13-21 of §4.2, G15-G24, G66).
#include "catalogfixture.h"

#include <QObject>

using namespace contract;

class TstContractCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { f.server.stop(); }

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
    void rule16_deleteCoursePackAccess();
    void rule17_tutorCannotDeletePackWithActiveEnrollments();
    void rule20_materialsCreateAccess();
    void rule20_materialTitleUniquePerPack();
    void g66_materialExternalLink();
    void materialBadInput();
    void rule20_materialsVisibility();
    void rule20_enrolledStudentSeesMaterials();
    void g23_listCourseMaterialsByPack();
    void materialUpdateAndDelete();
    void rule14_tutorProfilesPublic();
    void g17_ownerCannotChangeTutorIdOrStatus();
    void rule15_updateTutorProfileAccess();
    void g15_createTutorProfileAdminOnly();
    void rule13_onTutorApplicationReviewed();
    // Last: it suspends a demo tutor for a moment.
    void rule10_packsOfBlockedTutorsAreNotListed();

private:
    CatalogFixture f;
};

void TstContractCatalog::initTestCase()
{
    const QString error = f.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// Demo data: 6-8 categories with icons, 3 packs for each demo tutor (one screening, one strict).
void TstContractCatalog::demoCatalog()
{
    const Reply cats = f.server.get(f.catalog(QStringLiteral("coursecategories")));
    CONTRACT_CHECK(envelopeProblem(cats, 200, QStringLiteral("courseCategories"), "GET", QStringLiteral("list"), Shape::List, false));
    const QJsonArray rows = cats.payload().toArray();
    QVERIFY(rows.size() >= 6 && rows.size() <= 8);
    for (const QJsonValue &v : rows)
        QVERIFY(!v.toObject().value(QStringLiteral("icon")).toString().isEmpty());
    for (const QString &profile : {f.mariaProfile, f.jamesProfile}) {
        const Reply r = f.server.get(f.catalog(QStringLiteral("coursepacks")), {}, {{QStringLiteral("tutorProfileId"), profile}});
        EXPECT_STATUS(r, 200);
        bool screening = false, strict = false;
        for (const QJsonValue &v : r.payload().toArray()) {
            screening = screening || v[QStringLiteral("preliminaryMeetingRequired")].toBool();
            strict = strict || (v[QStringLiteral("schedulingType")].toString() == QLatin1String("strict")
                                && v[QStringLiteral("requiredClassesCount")].toInt() > 0);
        }
        QVERIFY2(r.payload().toArray().size() >= 2 && screening && strict, r.describe().constData());
    }
}

void TstContractCatalog::categoriesArePublic()
{
    const Reply byName = f.server.get(f.catalog(QStringLiteral("coursecategories/mathematics")));
    CONTRACT_CHECK(envelopeProblem(byName, 200, QStringLiteral("courseCategory"), "GET", QStringLiteral("get"), Shape::Single, false));
    QCOMPARE(byName.data().value(QStringLiteral("name")).toString(), QStringLiteral("Mathematics"));
    CONTRACT_CHECK(stdFieldsProblem(byName.data()));
    const QString id = byName.data().value(QStringLiteral("id")).toString();
    const Reply byId = f.server.get(f.catalog(QStringLiteral("coursecategories/") + id), f.lena.token);
    EXPECT_STATUS(byId, 200);
    QCOMPARE(byId.data().value(QStringLiteral("id")).toString(), id);
    EXPECT_ERROR(f.server.get(f.catalog(QStringLiteral("coursecategories/Underwater%20Basket%20Weaving"))), 404,
                 "errMsg_FethcedObjectNotFound:courseCategory");
    const Reply filtered = f.server.get(f.catalog(QStringLiteral("coursecategories")), {}, {{QStringLiteral("name"), QStringLiteral("phys")}});
    QCOMPARE(filtered.payload().toArray().size(), 1);
}

void TstContractCatalog::rule21_categoriesAreAdminMaintained()
{
    const QJsonObject body{{QStringLiteral("name"), f.unique(QStringLiteral("Astronomy"))}, {QStringLiteral("icon"), QStringLiteral("🔭")}};
    const QString path = f.catalog(QStringLiteral("coursecategories"));
    EXPECT_ERROR(f.server.post(path, body), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.post(path, body, f.lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(path, body, f.maria.token), 403, "errMsg_Forbidden");
    const Reply created = f.server.post(path, body, f.admin.token);
    CONTRACT_CHECK(envelopeProblem(created, 201, QStringLiteral("courseCategory"), "POST", QStringLiteral("create")));
    QCOMPARE(created.data().value(QStringLiteral("icon")).toString(), QStringLiteral("🔭"));
    const QString one = path + QLatin1Char('/') + created.data().value(QStringLiteral("id")).toString();
    const QJsonObject change{{QStringLiteral("description"), QStringLiteral("Stars and planets")}};
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
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("icon"), QStringLiteral("x")}}, f.admin.token), 400, "errMsg_MissingParameter:name");
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("name"), 42}}, f.admin.token), 400, "errMsg_InvalidParameter:name");
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
    QCOMPARE(f.server.get(f.catalog(QStringLiteral("coursepacks/") + pack)).data().value(QStringLiteral("category")).toString(), renamed);
    EXPECT_STATUS(f.server.del(f.catalog(QStringLiteral("coursepacks/") + pack), f.maria.token), 200);
    EXPECT_STATUS(f.server.del(one, f.admin.token), 200);
}

void TstContractCatalog::rule16_createCoursePackAccess()
{
    const QString path = f.catalog(QStringLiteral("coursepacks"));
    EXPECT_ERROR(f.server.post(path, f.packBody(f.mariaProfile)), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.post(path, f.packBody(f.mariaProfile), f.lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(path, f.packBody(f.mariaProfile), f.james.token), 403, "errMsg_Forbidden");
    const Reply own = f.server.post(path, f.packBody(f.mariaProfile, {{QStringLiteral("schedulingType"), QStringLiteral("strict")},
                                                                      {QStringLiteral("requiredClassesCount"), 8},
                                                                      {QStringLiteral("maxPeriodValue"), 2},
                                                                      {QStringLiteral("maxPeriodUnit"), QStringLiteral("months")}}),
                                    f.maria.token);
    CONTRACT_CHECK(envelopeProblem(own, 201, QStringLiteral("coursePack"), "POST", QStringLiteral("create")));
    const QJsonObject p = own.data();
    CONTRACT_CHECK(stdFieldsProblem(p));
    CONTRACT_CHECK(enumProblem(p, QStringLiteral("schedulingType"), {QStringLiteral("flexible"), QStringLiteral("strict")}));
    CONTRACT_CHECK(enumProblem(p, QStringLiteral("moderationStatus"), {QStringLiteral("approved"), QStringLiteral("flagged"), QStringLiteral("removed")}));
    CONTRACT_CHECK(enumProblem(p, QStringLiteral("maxPeriodUnit"), {QStringLiteral("weeks"), QStringLiteral("months")}));
    QCOMPARE(p.value(QStringLiteral("_owner")).toString(), f.maria.userId);
    QCOMPARE(p.value(QStringLiteral("price")).toDouble(), 40.0);
    QCOMPARE(p.value(QStringLiteral("requiredClassesCount")).toInt(), 8);
    QVERIFY(!p.contains(QStringLiteral("tutorProfile"))); // create answers the pure object
    const Reply byAdmin = f.server.post(path, f.packBody(f.jamesProfile, {{QStringLiteral("category"), QStringLiteral("English")}}), f.admin.token);
    EXPECT_STATUS(byAdmin, 201);
    QCOMPARE(byAdmin.data().value(QStringLiteral("tutorProfileId")).toString(), f.jamesProfile);
}

void TstContractCatalog::createCoursePackBadInput()
{
    const QString path = f.catalog(QStringLiteral("coursepacks"));
    for (const char *name : {"tutorProfileId", "title", "price", "category", "schedulingType", "preliminaryMeetingRequired", "isPublished"}) {
        QJsonObject b = f.packBody(f.mariaProfile);
        b.remove(QLatin1String(name));
        EXPECT_ERROR_S(f.server.post(path, b, f.maria.token), 400, QStringLiteral("errMsg_MissingParameter:") + QLatin1String(name));
    }
    const struct { const char *field; QJsonValue value; const char *code; } bad[] = {
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
    EXPECT_ERROR(f.server.post(path, f.packBody(CatalogFixture::randomId()), f.admin.token), 404, "errMsg_FethcedObjectNotFound:tutorProfile");
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
    const Query q{{QStringLiteral("tutorProfileId"), f.mariaProfile}};
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
    const Reply created = f.createPack(f.maria, f.mariaProfile, {{QStringLiteral("moderationNote"), QStringLiteral("all fine")},
                                                                 {QStringLiteral("moderationStatus"), QStringLiteral("flagged")}});
    EXPECT_STATUS(created, 201);
    QCOMPARE(created.data().value(QStringLiteral("moderationStatus")).toString(), QStringLiteral("approved"));
    QVERIFY(created.data().value(QStringLiteral("moderationNote")).isNull());
    const QString one = f.catalog(QStringLiteral("coursepacks/")) + created.data().value(QStringLiteral("id")).toString();
    const Reply flagged = f.server.patch(one, {{QStringLiteral("moderationStatus"), QStringLiteral("flagged")},
                                               {QStringLiteral("moderationNote"), QStringLiteral("Misleading title")}}, f.admin.token);
    EXPECT_STATUS(flagged, 200);
    QCOMPARE(flagged.data().value(QStringLiteral("moderationStatus")).toString(), QStringLiteral("flagged"));
    const Reply ownerTry = f.server.patch(one, {{QStringLiteral("moderationStatus"), QStringLiteral("approved")},
                                                {QStringLiteral("moderationNote"), QString()},
                                                {QStringLiteral("tutorProfileId"), f.jamesProfile},
                                                {QStringLiteral("description"), QStringLiteral("Clearer description")}}, f.maria.token);
    EXPECT_STATUS(ownerTry, 200);
    QCOMPARE(ownerTry.data().value(QStringLiteral("moderationStatus")).toString(), QStringLiteral("flagged"));
    QCOMPARE(ownerTry.data().value(QStringLiteral("moderationNote")).toString(), QStringLiteral("Misleading title"));
    QCOMPARE(ownerTry.data().value(QStringLiteral("tutorProfileId")).toString(), f.mariaProfile);
    QCOMPARE(ownerTry.data().value(QStringLiteral("description")).toString(), QStringLiteral("Clearer description"));
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("moderationStatus"), QStringLiteral("hidden")}}, f.admin.token), 400,
                 "errMsg_InvalidParameter:moderationStatus");
}

void TstContractCatalog::rule16_updateCoursePackAccess()
{
    const QString id = f.newPack(f.maria, f.mariaProfile);
    QVERIFY(!id.isEmpty());
    const QString one = f.catalog(QStringLiteral("coursepacks/")) + id;
    const QJsonObject change{{QStringLiteral("price"), 42.5}};
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
    EXPECT_ERROR(f.server.patch(f.catalog(QStringLiteral("coursepacks/")) + CatalogFixture::randomId(), change, f.admin.token), 404,
                 "errMsg_FethcedObjectNotFound:coursePack");
}

void TstContractCatalog::updateCoursePackBadInput()
{
    const QString id = f.newPack(f.maria, f.mariaProfile);
    const QString one = f.catalog(QStringLiteral("coursepacks/")) + id;
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("price"), QJsonValue()}}, f.maria.token), 400, "errMsg_MissingParameter:price");
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("price"), 1e9}}, f.maria.token), 400, "errMsg_InvalidParameter:price");
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("schedulingType"), QStringLiteral("sometimes")}}, f.maria.token), 400,
                 "errMsg_InvalidParameter:schedulingType");
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("tutorProfileId"), CatalogFixture::randomId()}}, f.admin.token), 404,
                 "errMsg_FethcedObjectNotFound:tutorProfile");
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
    EXPECT_STATUS(f.server.patch(f.catalog(QStringLiteral("coursepacks/")) + flagged, {{QStringLiteral("moderationStatus"), QStringLiteral("flagged")}}, f.admin.token), 200);
    EXPECT_STATUS(f.server.patch(f.catalog(QStringLiteral("coursepacks/")) + removed, {{QStringLiteral("moderationStatus"), QStringLiteral("removed")}}, f.admin.token), 200);
    const QString path = f.catalog(QStringLiteral("coursepacks"));
    const QStringList hidden{unpublished, flagged, removed};
    const Reply anon = f.server.get(path, {}, {{QStringLiteral("pageNumber"), QStringLiteral("0")}});
    CONTRACT_CHECK(envelopeProblem(anon, 200, QStringLiteral("coursePacks"), "GET", QStringLiteral("list"), Shape::List, false));
    for (const Who *who : std::initializer_list<const Who *>{nullptr, &f.lena, &f.james}) {
        const QStringList seen = f.listIds(path, who);
        QVERIFY(seen.contains(visible));
        for (const QString &h : hidden)
            QVERIFY2(!seen.contains(h), qPrintable(QStringLiteral("hidden pack listed for %1").arg(who ? who->userId : QStringLiteral("anonymous"))));
    }
    for (const Who *who : {&f.maria, &f.admin}) {
        const QStringList seen = f.listIds(path, who);
        for (const QString &h : hidden + QStringList{visible})
            QVERIFY(seen.contains(h));
    }
    // Filters cannot reveal them either.
    QVERIFY(!f.listIds(path, &f.lena, {{QStringLiteral("isPublished"), QStringLiteral("false")}}).contains(unpublished));
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
    const QString cheap = f.newPack(f.james, f.jamesProfile, {{QStringLiteral("title"), tag + QStringLiteral(" basics")},
                                                             {QStringLiteral("price"), 12.0}, {QStringLiteral("category"), QStringLiteral("French")}});
    const QString dear = f.newPack(f.james, f.jamesProfile, {{QStringLiteral("title"), tag + QStringLiteral(" advanced")},
                                                            {QStringLiteral("price"), 95.0}, {QStringLiteral("category"), QStringLiteral("French")},
                                                            {QStringLiteral("schedulingType"), QStringLiteral("strict")}});
    const QString path = f.catalog(QStringLiteral("coursepacks"));
    const QString part = tag.toLower().mid(1); // partial, case-insensitive
    QCOMPARE(f.listIds(path, nullptr, {{QStringLiteral("title"), part}}).size(), 2);
    QCOMPARE(f.listIds(path, nullptr, {{QStringLiteral("title"), part}, {QStringLiteral("minPrice"), QStringLiteral("50")}}), QStringList{dear});
    QCOMPARE(f.listIds(path, nullptr, {{QStringLiteral("title"), part}, {QStringLiteral("maxPrice"), QStringLiteral("12")}}), QStringList{cheap});
    QCOMPARE(f.listIds(path, nullptr, {{QStringLiteral("title"), part}, {QStringLiteral("schedulingType"), QStringLiteral("STRICT")}}), QStringList{dear});
    QCOMPARE(f.listIds(path, nullptr, {{QStringLiteral("title"), part}, {QStringLiteral("category"), QStringLiteral("french")}}).size(), 2);
    QCOMPARE(f.listIds(path, nullptr, {{QStringLiteral("title"), part}, {QStringLiteral("category"), QStringLiteral("Fren")}}).size(), 0);
    QCOMPARE(f.listIds(path, nullptr, {{QStringLiteral("title"), part}, {QStringLiteral("tutorProfileId"), f.mariaProfile}}).size(), 0);
    for (const QString &cat : {QStringLiteral("Mathematics"), QStringLiteral("English")}) {
        const Reply r = f.server.get(path, {}, {{QStringLiteral("category"), cat}, {QStringLiteral("pageNumber"), QStringLiteral("0")}});
        for (const QJsonValue &v : r.payload().toArray())
            QCOMPARE(v[QStringLiteral("category")].toString(), cat);
    }
    EXPECT_ERROR(f.server.get(path, {}, {{QStringLiteral("minPrice"), QStringLiteral("cheap")}}), 400, "errMsg_InvalidParameter:minPrice");
    EXPECT_ERROR(f.server.get(path, {}, {{QStringLiteral("schedulingType"), QStringLiteral("daily")}}), 400, "errMsg_InvalidParameter:schedulingType");
    EXPECT_ERROR(f.server.get(path, {}, {{QStringLiteral("tutorProfileId"), QStringLiteral("maria")}}), 400, "errMsg_InvalidParameter:tutorProfileId");
}

// G20/G67: get = full object + joined tutorProfile (object); list joins are arrays; getJoins=false.
void TstContractCatalog::g20_getCoursePackFullObjectAndJoins()
{
    const QString id = f.newPack(f.maria, f.mariaProfile);
    const Reply r = f.server.get(f.catalog(QStringLiteral("coursepacks/")) + id);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("coursePack"), "GET", QStringLiteral("get"), Shape::Single, false));
    const QJsonObject p = r.data();
    for (const char *k : {"tutorProfileId", "title", "description", "price", "category", "schedulingType", "minWeeklyClasses",
                          "preliminaryMeetingRequired", "isPublished", "maxDailyLessons", "requiredClassesCount", "moderationStatus",
                          "moderationNote", "maxPeriodValue", "maxPeriodUnit"})
        QVERIFY2(p.contains(QLatin1String(k)), k);
    const QJsonObject tp = p.value(QStringLiteral("tutorProfile")).toObject();
    for (const char *k : {"tutorId", "certifications", "experience", "subjects", "bio", "profilePhoto", "displayName"})
        QVERIFY2(tp.contains(QLatin1String(k)), k);
    QCOMPARE(tp.value(QStringLiteral("displayName")).toString(), QStringLiteral("Maria Keller"));
    const Reply list = f.server.get(f.catalog(QStringLiteral("coursepacks")), {}, {{QStringLiteral("tutorProfileId"), f.mariaProfile}});
    const QJsonObject first = list.payload().toArray().first().toObject();
    QVERIFY(first.value(QStringLiteral("tutorProfile")).isArray());
    QCOMPARE(first.value(QStringLiteral("tutorProfile")).toArray().first()[QStringLiteral("tutorId")].toString(), f.maria.userId);
    const Reply bare = f.server.get(f.catalog(QStringLiteral("coursepacks/")) + id, {}, {{QStringLiteral("getJoins"), QStringLiteral("false")}});
    QVERIFY(!bare.data().contains(QStringLiteral("tutorProfile")));
    EXPECT_ERROR(f.server.get(f.catalog(QStringLiteral("coursepacks/")) + CatalogFixture::randomId()), 404, "errMsg_FethcedObjectNotFound:coursePack");
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
    const Reply s = f.server.get(f.scheduling(QStringLiteral("lessonslots/")) + slot.data().value(QStringLiteral("id")).toString(), f.maria.token);
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
    const Reply enrollment = f.server.post(QStringLiteral("/enrollmentmanagement-api/v1/enrollments"),
                                           {{QStringLiteral("coursePackId"), id},
                                            {QStringLiteral("tutorProfileId"), f.mariaProfile},
                                            {QStringLiteral("lessonSlotIds"), QJsonArray{slot.data().value(QStringLiteral("id"))}},
                                            {QStringLiteral("totalAmount"), 40.0},
                                            {QStringLiteral("currency"), QStringLiteral("eur")}},
                                           f.lena.token);
    if (enrollment.status != 201)
        QSKIP(qPrintable(QStringLiteral("createEnrollment is not available: ") + QString::fromUtf8(enrollment.describe())));
    const QString one = f.catalog(QStringLiteral("coursepacks/")) + id;
    Request del;
    del.method = "DELETE";
    del.path = one;
    del.token = f.maria.token;
    EXPECT_ERROR(f.server.send(del), 409, "errMsg_CoursePackHasActiveEnrollments");
    // A pending enrollment does not open the materials (active or completed only).
    const Reply mat = f.server.post(f.catalog(QStringLiteral("coursematerials")),
                                    {{QStringLiteral("coursePackId"), id}, {QStringLiteral("fileType"), QStringLiteral("document")},
                                     {QStringLiteral("title"), QStringLiteral("Notes")}, {QStringLiteral("fileUrl"), QStringLiteral("https://x.example/n.pdf")}},
                                    f.maria.token);
    EXPECT_STATUS(mat, 201);
    EXPECT_ERROR(f.server.get(f.catalog(QStringLiteral("coursematerials/")) + mat.data().value(QStringLiteral("id")).toString(), f.lena.token),
                 403, "errMsg_Forbidden");
    EXPECT_STATUS(f.server.patch(one, {{QStringLiteral("isPublished"), false}}, f.maria.token), 200);
    del.token = f.admin.token;
    EXPECT_ERROR(f.server.send(del), 400, "errMsg_MissingParameter:removalReason");
    del.json = QJsonObject{{QStringLiteral("removalReason"), QStringLiteral("Course content violates the platform rules.")}};
    const Reply removed = f.server.send(del);
    if (removed.status == 409)
        EXPECT_ERROR(removed, 409, "errMsg_CascadeUnavailable");
    else {
        EXPECT_STATUS(removed, 200);
        QCOMPARE(removed.data().value(QStringLiteral("isActive")).toBool(), false);
        QCOMPARE(removed.data().value(QStringLiteral("removalReason")).toString(), QStringLiteral("Course content violates the platform rules."));
    }
}

void TstContractCatalog::rule20_materialsCreateAccess()
{
    const QString pack = f.newPack(f.maria, f.mariaProfile);
    const QString path = f.catalog(QStringLiteral("coursematerials"));
    const QJsonObject body{{QStringLiteral("coursePackId"), pack}, {QStringLiteral("fileType"), QStringLiteral("file")},
                           {QStringLiteral("title"), QStringLiteral("Worksheet 1")}, {QStringLiteral("fileUrl"), QStringLiteral("https://files.example/ws1.pdf")}};
    EXPECT_ERROR(f.server.post(path, body), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.post(path, body, f.lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(path, body, f.james.token), 403, "errMsg_Forbidden");
    const Reply own = f.server.post(path, body, f.maria.token);
    CONTRACT_CHECK(envelopeProblem(own, 201, QStringLiteral("courseMaterial"), "POST", QStringLiteral("create")));
    CONTRACT_CHECK(stdFieldsProblem(own.data()));
    CONTRACT_CHECK(enumProblem(own.data(), QStringLiteral("fileType"),
                               {QStringLiteral("file"), QStringLiteral("video"), QStringLiteral("document"), QStringLiteral("externalLink")}));
    QJsonObject second = body;
    second.insert(QStringLiteral("title"), QStringLiteral("Worksheet 2"));
    EXPECT_STATUS(f.server.post(path, second, f.admin.token), 201);
    second.insert(QStringLiteral("coursePackId"), CatalogFixture::randomId());
    EXPECT_ERROR(f.server.post(path, second, f.admin.token), 404, "errMsg_FethcedObjectNotFound:coursePack");
}

void TstContractCatalog::rule20_materialTitleUniquePerPack()
{
    const QString pack = f.newPack(f.maria, f.mariaProfile);
    const QString otherPack = f.newPack(f.maria, f.mariaProfile);
    const QString path = f.catalog(QStringLiteral("coursematerials"));
    QJsonObject body{{QStringLiteral("coursePackId"), pack}, {QStringLiteral("fileType"), QStringLiteral("video")},
                     {QStringLiteral("title"), QStringLiteral("Lesson recording")}, {QStringLiteral("fileUrl"), QStringLiteral("https://v.example/1")}};
    EXPECT_STATUS(f.server.post(path, body, f.maria.token), 201);
    body.insert(QStringLiteral("title"), QStringLiteral("LESSON RECORDING"));
    EXPECT_ERROR(f.server.post(path, body, f.maria.token), 409, "errMsg_MaterialTitleTaken");
    body.insert(QStringLiteral("coursePackId"), otherPack);
    EXPECT_STATUS(f.server.post(path, body, f.maria.token), 201);
    QCOMPARE(f.listIds(path, &f.maria, {{QStringLiteral("coursePackId"), pack}}).size(), 1);
}

// G66: externalLink needs linkUrl; fileUrl then defaults to it.
void TstContractCatalog::g66_materialExternalLink()
{
    const QString pack = f.newPack(f.maria, f.mariaProfile);
    const QString path = f.catalog(QStringLiteral("coursematerials"));
    QJsonObject body{{QStringLiteral("coursePackId"), pack}, {QStringLiteral("fileType"), QStringLiteral("externalLink")},
                     {QStringLiteral("title"), QStringLiteral("Khan Academy")}};
    EXPECT_ERROR(f.server.post(path, body, f.maria.token), 400, "errMsg_MissingParameter:linkUrl");
    body.insert(QStringLiteral("linkUrl"), QStringLiteral("https://www.khanacademy.org/math"));
    const Reply r = f.server.post(path, body, f.maria.token);
    EXPECT_STATUS(r, 201);
    QCOMPARE(r.data().value(QStringLiteral("fileUrl")).toString(), QStringLiteral("https://www.khanacademy.org/math"));
}

void TstContractCatalog::materialBadInput()
{
    const QString pack = f.newPack(f.maria, f.mariaProfile);
    const QString path = f.catalog(QStringLiteral("coursematerials"));
    const QJsonObject good{{QStringLiteral("coursePackId"), pack}, {QStringLiteral("fileType"), QStringLiteral("document")},
                           {QStringLiteral("title"), QStringLiteral("Notes")}, {QStringLiteral("fileUrl"), QStringLiteral("https://f.example/n.pdf")}};
    for (const char *name : {"coursePackId", "fileType", "title", "fileUrl"}) {
        QJsonObject b = good;
        b.remove(QLatin1String(name));
        EXPECT_ERROR_S(f.server.post(path, b, f.maria.token), 400, QStringLiteral("errMsg_MissingParameter:") + QLatin1String(name));
    }
    const struct { const char *field; QJsonValue value; const char *code; } bad[] = {
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
void TstContractCatalog::rule20_materialsVisibility()
{
    // A fresh pack: nobody is enrolled in it.
    const QString pack = f.newPack(f.maria, f.mariaProfile);
    EXPECT_STATUS(f.server.post(f.catalog(QStringLiteral("coursematerials")),
                                {{QStringLiteral("coursePackId"), pack}, {QStringLiteral("fileType"), QStringLiteral("document")},
                                 {QStringLiteral("title"), QStringLiteral("Syllabus")}, {QStringLiteral("fileUrl"), QStringLiteral("https://f.example/s.pdf")}},
                                f.maria.token), 201);
    const Reply mats = f.server.get(f.catalog(QStringLiteral("coursematerials")), f.maria.token, {{QStringLiteral("coursePackId"), pack}});
    CONTRACT_CHECK(envelopeProblem(mats, 200, QStringLiteral("courseMaterials"), "GET", QStringLiteral("list"), Shape::List));
    QVERIFY(!mats.payload().toArray().isEmpty());
    const QJsonObject m = mats.payload().toArray().first().toObject();
    QVERIFY(m.value(QStringLiteral("coursePack")).isArray());
    const QString one = f.catalog(QStringLiteral("coursematerials/")) + m.value(QStringLiteral("id")).toString();
    EXPECT_ERROR(f.server.get(one), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.get(one, f.lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.get(one, f.james.token), 403, "errMsg_Forbidden");
    const Reply own = f.server.get(one, f.maria.token);
    CONTRACT_CHECK(envelopeProblem(own, 200, QStringLiteral("courseMaterial"), "GET", QStringLiteral("get")));
    QCOMPARE(own.data().value(QStringLiteral("coursePack")).toObject().value(QStringLiteral("tutorProfileId")).toString(), f.mariaProfile);
    QVERIFY(!own.data().value(QStringLiteral("coursePack")).toObject().value(QStringLiteral("title")).toString().isEmpty());
    EXPECT_STATUS(f.server.get(one, f.admin.token), 200);
    EXPECT_ERROR(f.server.get(f.catalog(QStringLiteral("coursematerials/")) + CatalogFixture::randomId(), f.admin.token), 404,
                 "errMsg_FethcedObjectNotFound:courseMaterial");
}

// G23: listCourseMaterials takes coursePackId; without it a caller sees only packs they may see.
// Rule 20: a student with an active (or completed) enrollment in the pack reads its materials.
void TstContractCatalog::rule20_enrolledStudentSeesMaterials()
{
    const Reply list = f.server.get(QStringLiteral("/enrollmentmanagement-api/v1/enrollments"), f.admin.token,
                                    {{QStringLiteral("enrollmentStatus"), QStringLiteral("active")}, {QStringLiteral("pageNumber"), QStringLiteral("0")}});
    const Who *students[] = {&f.lena, &f.tom, &f.aiko};
    for (const QJsonValue &v : list.payload().toArray()) {
        const QString pack = v[QStringLiteral("coursePackId")].toString();
        const QString student = v[QStringLiteral("studentId")].toString();
        const Who *enrolled = nullptr;
        for (const Who *w : students)
            if (w->userId == student)
                enrolled = w;
        const QStringList mats = f.listIds(f.catalog(QStringLiteral("coursematerials")), &f.admin, {{QStringLiteral("coursePackId"), pack}});
        if (!enrolled || mats.isEmpty())
            continue;
        const Reply own = f.server.get(f.catalog(QStringLiteral("coursematerials")), enrolled->token, {{QStringLiteral("coursePackId"), pack}});
        EXPECT_STATUS(own, 200);
        QCOMPARE(CatalogFixture::ids(own).size(), mats.size());
        EXPECT_STATUS(f.server.get(f.catalog(QStringLiteral("coursematerials/")) + mats.first(), enrolled->token), 200);
        QVERIFY(f.listIds(f.catalog(QStringLiteral("coursematerials")), enrolled).contains(mats.first()));
        return;
    }
    QSKIP("no active demo enrollment of a demo student in a pack with materials");
}

void TstContractCatalog::g23_listCourseMaterialsByPack()
{
    const QString path = f.catalog(QStringLiteral("coursematerials"));
    const QString pack = f.newPack(f.maria, f.mariaProfile);
    EXPECT_STATUS(f.server.post(path, {{QStringLiteral("coursePackId"), pack}, {QStringLiteral("fileType"), QStringLiteral("file")},
                                       {QStringLiteral("title"), QStringLiteral("Sheet")}, {QStringLiteral("fileUrl"), QStringLiteral("https://f.example/x.pdf")}},
                                f.maria.token), 201);
    EXPECT_ERROR(f.server.get(path), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.get(path, f.lena.token, {{QStringLiteral("coursePackId"), pack}}), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.get(path, f.james.token, {{QStringLiteral("coursePackId"), pack}}), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.get(path, f.admin.token, {{QStringLiteral("coursePackId"), QStringLiteral("x")}}), 400,
                 "errMsg_InvalidParameter:coursePackId");
    const Reply own = f.server.get(path, f.maria.token, {{QStringLiteral("coursePackId"), pack}, {QStringLiteral("pageNumber"), QStringLiteral("0")}});
    for (const QJsonValue &v : own.payload().toArray())
        QCOMPARE(v[QStringLiteral("coursePackId")].toString(), pack);
    QVERIFY(!f.listIds(path, &f.tom).contains(f.listIds(path, &f.maria, {{QStringLiteral("coursePackId"), pack}}).value(0)));
    const QStringList jamesSees = f.listIds(path, &f.james);
    for (const QString &id : f.listIds(path, &f.maria, {{QStringLiteral("coursePackId"), pack}}))
        QVERIFY(!jamesSees.contains(id));
    QVERIFY(f.listIds(path, &f.admin).size() >= f.listIds(path, &f.maria).size() + jamesSees.size());
}

void TstContractCatalog::materialUpdateAndDelete()
{
    const QString pack = f.newPack(f.maria, f.mariaProfile);
    const QString path = f.catalog(QStringLiteral("coursematerials"));
    QJsonObject body{{QStringLiteral("coursePackId"), pack}, {QStringLiteral("fileType"), QStringLiteral("document")},
                     {QStringLiteral("title"), QStringLiteral("Chapter 1")}, {QStringLiteral("fileUrl"), QStringLiteral("https://f.example/1.pdf")}};
    const QString first = f.server.post(path, body, f.maria.token).data().value(QStringLiteral("id")).toString();
    body.insert(QStringLiteral("title"), QStringLiteral("Chapter 2"));
    const QString second = f.server.post(path, body, f.maria.token).data().value(QStringLiteral("id")).toString();
    const QString one = path + QLatin1Char('/') + second;
    const QJsonObject change{{QStringLiteral("description"), QStringLiteral("Updated")}};
    EXPECT_ERROR(f.server.patch(one, change), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.patch(one, change, f.lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.patch(one, change, f.james.token), 403, "errMsg_Forbidden");
    const Reply ok = f.server.patch(one, change, f.maria.token);
    CONTRACT_CHECK(envelopeProblem(ok, 200, QStringLiteral("courseMaterial"), "PATCH", QStringLiteral("update")));
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("title"), QStringLiteral("chapter 1")}}, f.maria.token), 409, "errMsg_MaterialTitleTaken");
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("fileType"), QStringLiteral("reel")}}, f.admin.token), 400, "errMsg_InvalidParameter:fileType");
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

void TstContractCatalog::rule14_tutorProfilesPublic()
{
    const Reply list = f.server.get(f.catalog(QStringLiteral("tutorprofiles")));
    CONTRACT_CHECK(envelopeProblem(list, 200, QStringLiteral("tutorProfiles"), "GET", QStringLiteral("list"), Shape::List, false));
    for (const QJsonValue &v : list.payload().toArray())
        QCOMPARE(v[QStringLiteral("profileStatus")].toString(), QStringLiteral("approved"));
    const Reply one = f.server.get(f.catalog(QStringLiteral("tutorprofiles/")) + f.jamesProfile);
    CONTRACT_CHECK(envelopeProblem(one, 200, QStringLiteral("tutorProfile"), "GET", QStringLiteral("get"), Shape::Single, false));
    QCOMPARE(one.data().value(QStringLiteral("displayName")).toString(), QStringLiteral("James Okafor"));
    CONTRACT_CHECK(enumProblem(one.data(), QStringLiteral("profileStatus"),
                               {QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("rejected"), QStringLiteral("suspended")}));
    QCOMPARE(f.listIds(f.catalog(QStringLiteral("tutorprofiles")), nullptr, {{QStringLiteral("displayName"), QStringLiteral("okaf")}}),
             QStringList{f.jamesProfile});
    EXPECT_ERROR(f.server.get(f.catalog(QStringLiteral("tutorprofiles/")) + CatalogFixture::randomId()), 404,
                 "errMsg_FethcedObjectNotFound:tutorProfile");
}

// G17: the owner edits their texts but not tutorId or profileStatus (dropped, as D10).
void TstContractCatalog::g17_ownerCannotChangeTutorIdOrStatus()
{
    const QString one = f.catalog(QStringLiteral("tutorprofiles/")) + f.mariaProfile;
    const Reply r = f.server.patch(one, {{QStringLiteral("tutorId"), f.lena.userId}, {QStringLiteral("profileStatus"), QStringLiteral("pending")},
                                        {QStringLiteral("experience"), QStringLiteral("Ten years at a Munich Gymnasium.")}}, f.maria.token);
    CONTRACT_CHECK(envelopeProblem(r, 200, QStringLiteral("tutorProfile"), "PATCH", QStringLiteral("update")));
    QCOMPARE(r.data().value(QStringLiteral("tutorId")).toString(), f.maria.userId);
    QCOMPARE(r.data().value(QStringLiteral("profileStatus")).toString(), QStringLiteral("approved"));
    QCOMPARE(r.data().value(QStringLiteral("experience")).toString(), QStringLiteral("Ten years at a Munich Gymnasium."));
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("displayName"), QStringLiteral(" ")}}, f.maria.token), 400,
                 "errMsg_MissingParameter:displayName");
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("bio"), 3}}, f.maria.token), 400, "errMsg_InvalidParameter:bio");
}

void TstContractCatalog::rule15_updateTutorProfileAccess()
{
    const QString one = f.catalog(QStringLiteral("tutorprofiles/")) + f.jamesProfile;
    const QJsonObject change{{QStringLiteral("subjects"), QStringLiteral("English, French, Spanish")}};
    EXPECT_ERROR(f.server.patch(one, change), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.patch(one, change, f.lena.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.patch(one, change, f.maria.token), 403, "errMsg_Forbidden");
    EXPECT_STATUS(f.server.patch(one, change, f.james.token), 200);
    // An admin may suspend a profile: it leaves the public list and its packs with it.
    EXPECT_STATUS(f.server.patch(one, {{QStringLiteral("profileStatus"), QStringLiteral("suspended")}}, f.admin.token), 200);
    EXPECT_ERROR(f.server.get(one), 404, "errMsg_FethcedObjectNotFound:tutorProfile");
    EXPECT_STATUS(f.server.get(one, f.james.token), 200);
    QCOMPARE(f.listIds(f.catalog(QStringLiteral("coursepacks")), nullptr, {{QStringLiteral("tutorProfileId"), f.jamesProfile}}).size(), 0);
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("tutorId"), f.maria.userId}}, f.admin.token), 409, "errMsg_TutorProfileExists");
    EXPECT_ERROR(f.server.patch(one, {{QStringLiteral("profileStatus"), QStringLiteral("great")}}, f.admin.token), 400,
                 "errMsg_InvalidParameter:profileStatus");
    EXPECT_STATUS(f.server.patch(one, {{QStringLiteral("profileStatus"), QStringLiteral("approved")}}, f.admin.token), 200);
    QVERIFY(!f.listIds(f.catalog(QStringLiteral("coursepacks")), nullptr, {{QStringLiteral("tutorProfileId"), f.jamesProfile}}).isEmpty());
}

// G15: createTutorProfile is an admin route; one profile per user.
void TstContractCatalog::g15_createTutorProfileAdminOnly()
{
    const QString path = f.catalog(QStringLiteral("tutorprofiles"));
    const QJsonObject body{{QStringLiteral("tutorId"), f.aiko.userId}, {QStringLiteral("bio"), QStringLiteral("Japanese and piano.")}};
    EXPECT_ERROR(f.server.post(path, body), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.post(path, body, f.aiko.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(path, body, f.maria.token), 403, "errMsg_Forbidden");
    const Reply r = f.server.post(path, body, f.admin.token);
    CONTRACT_CHECK(envelopeProblem(r, 201, QStringLiteral("tutorProfile"), "POST", QStringLiteral("create")));
    QCOMPARE(r.data().value(QStringLiteral("profileStatus")).toString(), QStringLiteral("pending"));
    QCOMPARE(r.data().value(QStringLiteral("displayName")).toString(), QStringLiteral("Aiko Tanaka"));
    const QString id = r.data().value(QStringLiteral("id")).toString();
    EXPECT_ERROR(f.server.post(path, body, f.admin.token), 409, "errMsg_TutorProfileExists");
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("tutorId"), CatalogFixture::randomId()}}, f.admin.token), 404, "errMsg_UserNotFound");
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("bio"), QStringLiteral("x")}}, f.admin.token), 400, "errMsg_MissingParameter:tutorId");
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("tutorId"), f.tom.userId}, {QStringLiteral("profileStatus"), QStringLiteral("super")}},
                               f.admin.token), 400, "errMsg_InvalidParameter:profileStatus");
    // Pending: not public, but visible to its user and admins.
    EXPECT_ERROR(f.server.get(path + QLatin1Char('/') + id), 404, "errMsg_FethcedObjectNotFound:tutorProfile");
    EXPECT_ERROR(f.server.get(path + QLatin1Char('/') + id, f.lena.token), 404, "errMsg_FethcedObjectNotFound:tutorProfile");
    EXPECT_STATUS(f.server.get(path + QLatin1Char('/') + id, f.aiko.token), 200);
    QVERIFY(!f.listIds(path, nullptr).contains(id));
    QVERIFY(f.listIds(path, &f.aiko).contains(id));
    QVERIFY(f.listIds(path, &f.admin).contains(id));
}

// Rule 13 / G15: the review event creates the approved profile with the user's full name.
void TstContractCatalog::rule13_onTutorApplicationReviewed()
{
    const QString path = f.catalog(QStringLiteral("ontutorapplicationreviewed"));
    const QJsonObject body{{QStringLiteral("tutorId"), f.tom.userId}, {QStringLiteral("profileStatus"), QStringLiteral("approved")},
                           {QStringLiteral("subjects"), QStringLiteral("Chemistry")}};
    EXPECT_ERROR(f.server.post(path, body), 401, "errMsg_LoginRequired");
    EXPECT_ERROR(f.server.post(path, body, f.tom.token), 403, "errMsg_Forbidden");
    EXPECT_ERROR(f.server.post(path, {{QStringLiteral("tutorId"), f.tom.userId}}, f.admin.token), 400, "errMsg_MissingParameter:profileStatus");
    const Reply r = f.server.post(path, body, f.admin.token);
    CONTRACT_CHECK(envelopeProblem(r, 201, QStringLiteral("tutorProfile"), "POST", QStringLiteral("create")));
    QCOMPARE(r.data().value(QStringLiteral("profileStatus")).toString(), QStringLiteral("approved"));
    QCOMPARE(r.data().value(QStringLiteral("displayName")).toString(), QStringLiteral("Tom Baker"));
    QCOMPARE(r.data().value(QStringLiteral("subjects")).toString(), QStringLiteral("Chemistry"));
    EXPECT_STATUS(f.server.get(f.catalog(QStringLiteral("tutorprofiles/")) + r.data().value(QStringLiteral("id")).toString()), 200);
}

// Rule 10: a tutor whose account is not active cannot receive enrollments, so the catalog does not offer
// their packs (listing them would show what nobody can book); they come back when the account does.
void TstContractCatalog::rule10_packsOfBlockedTutorsAreNotListed()
{
    const QString pack = f.newPack(f.maria, f.mariaProfile);
    const QString path = f.catalog(QStringLiteral("coursepacks"));
    const QString user = QStringLiteral("/auth-api/v1/users/") + f.maria.userId;
    QVERIFY(f.listIds(path, nullptr).contains(pack));
    EXPECT_STATUS(f.server.patch(user, {{QStringLiteral("accountStatus"), QStringLiteral("suspended")}}, f.admin.token), 200);
    QVERIFY(!f.listIds(path, nullptr).contains(pack));
    QVERIFY(!f.listIds(path, &f.lena).contains(pack));
    EXPECT_STATUS(f.server.get(f.catalog(QStringLiteral("coursepacks/")) + pack), 404);
    EXPECT_STATUS(f.server.patch(user, {{QStringLiteral("accountStatus"), QStringLiteral("active")}}, f.admin.token), 200);
    QVERIFY(f.listIds(path, nullptr).contains(pack));
}

QTEST_GUILESS_MAIN(TstContractCatalog)
#include "tst_contract_catalog.moc"
