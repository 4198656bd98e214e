// Shared set-up of the courseScheduling contract suites (tst_contract_scheduling, tst_contract_lessonslots,
// tst_contract_screening): one server with demo data (CatalogFixture), Maria's and James's packs made for the
// tests, Maria's seeded screening pack, and the request builders the suites share. Each suite derives from
// SchedulingSuite and inherits initTestCase/cleanupTestCase.
#pragma once

#include "catalogfixture.h"

#include <QObject>
#include <QSet>

namespace contract {

class SchedulingSuite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { f.server.stop(); }

protected:
    QJsonObject window(const QString &profile, const QString &day, const QString &start, const QString &end,
                       const QJsonObject &extra = {}) const;
    Reply generate(const Who &who, const QString &pack, const QString &from, const QString &to,
                   const QJsonObject &extra = {});
    static QSet<QString> startsOf(const Reply &r);
    QString bookedSlot(const QString &date, const QString &time); // a slot of m_pack booked by Lena (admin)

    CatalogFixture f;
    QString m_pack; // Maria, published, flexible
    QString m_pack2; // Maria, second pack
    QString m_jpack; // James
    QString m_screening; // Maria's seeded pack with preliminaryMeetingRequired
};

inline void SchedulingSuite::initTestCase()
{
    const QString error = f.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_pack = f.newPack(f.maria, f.mariaProfile);
    m_pack2 = f.newPack(f.maria, f.mariaProfile);
    m_jpack = f.newPack(f.james, f.jamesProfile, {{QStringLiteral("category"), QStringLiteral("English")}});
    QVERIFY(!m_pack.isEmpty() && !m_pack2.isEmpty() && !m_jpack.isEmpty());
    const Reply packs = f.server.get(f.catalog(QStringLiteral("coursepacks")), {},
                                     {{QStringLiteral("tutorProfileId"), f.mariaProfile},
                                      {QStringLiteral("preliminaryMeetingRequired"), QStringLiteral("true")}});
    QVERIFY2(!packs.payload().toArray().isEmpty(), packs.describe().constData());
    m_screening = packs.payload().toArray().first()[QStringLiteral("id")].toString();
}

inline QJsonObject SchedulingSuite::window(const QString &profile, const QString &day, const QString &start,
                                           const QString &end, const QJsonObject &extra) const
{
    QJsonObject b {
        {QStringLiteral("tutorProfileId"), profile}, {QStringLiteral("dayOfWeek"), day},
        {QStringLiteral("startTime"), start},        {QStringLiteral("endTime"), end},
        {QStringLiteral("isRecurring"), true},       {QStringLiteral("teachingMode"), QStringLiteral("online")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        b.insert(it.key(), it.value());
    return b;
}

inline Reply SchedulingSuite::generate(const Who &who, const QString &pack, const QString &from, const QString &to,
                                       const QJsonObject &extra)
{
    QJsonObject b {{QStringLiteral("coursePackId"), pack}, {QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        b.insert(it.key(), it.value());
    return f.server.post(f.scheduling(QStringLiteral("generatelessonslots")), b, who.token);
}

inline QSet<QString> SchedulingSuite::startsOf(const Reply &r)
{
    QSet<QString> out;
    for (const QJsonValue &v : r.payload().toArray())
        out.insert(v[QStringLiteral("startsAt")].toString());
    return out;
}

inline QString SchedulingSuite::bookedSlot(const QString &date, const QString &time)
{
    const Reply s = f.createSlot(f.maria, m_pack, date, time);
    if (s.status != 201)
        return {};
    const QString id = s.data().value(QStringLiteral("id")).toString();
    const Reply b = f.server.patch(
        f.scheduling(QStringLiteral("lessonslots/")) + id,
        {{QStringLiteral("status"), QStringLiteral("booked")}, {QStringLiteral("studentId"), f.lena.userId}},
        f.admin.token);
    return b.status == 200 ? id : QString();
}

} // namespace contract
