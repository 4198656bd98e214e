// Unit tests of slot generation from availability windows (scheduling::lessonStarts): wall-clock
// windows in an IANA zone become UTC lesson starts, across both 2027 clock changes of Europe/Berlin
// and America/New_York, independently of today's date (the contract suite can only use future dates).
#include "scheduling/scheduling.h"

#include <QTest>

using namespace tutorhub::server;

namespace {

QVariantMap window(const char *day, const char *start, const char *end, const char *zone,
                   const char *specificDate = nullptr)
{
    QVariantMap w {{QStringLiteral("dayOfWeek"), QString::fromLatin1(day)},
                   {QStringLiteral("startTime"), QString::fromLatin1(start)},
                   {QStringLiteral("endTime"), QString::fromLatin1(end)},
                   {QStringLiteral("isRecurring"), specificDate ? 0 : 1},
                   {QStringLiteral("teachingMode"), QStringLiteral("online")},
                   {QStringLiteral("timeZone"), QString::fromLatin1(zone)}};
    if (specificDate)
        w.insert(QStringLiteral("specificDate"), QString::fromLatin1(specificDate));
    return w;
}

QStringList starts(const QList<QVariantMap> &windows, const char *from, const char *to, int minutes = 60)
{
    QStringList out;
    const auto list = scheduling::lessonStarts(windows, QDate::fromString(QLatin1String(from), Qt::ISODate),
                                               QDate::fromString(QLatin1String(to), Qt::ISODate), minutes);
    for (const auto &g : list)
        out << g.startUtc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    return out;
}

} // namespace

class TstServerSlotGen : public QObject
{
    Q_OBJECT

private slots:
    void berlinSpringForward()
    {
        // Sunday 28 March 2027: 02:00 CET jumps to 03:00 CEST; 02:00 does not exist.
        QCOMPARE(starts({window("sunday", "01:00", "04:00", "Europe/Berlin")}, "2027-03-21", "2027-03-28"),
                 (QStringList {QStringLiteral("2027-03-21T00:00"), QStringLiteral("2027-03-21T01:00"),
                               QStringLiteral("2027-03-21T02:00"), QStringLiteral("2027-03-28T00:00"),
                               QStringLiteral("2027-03-28T01:00")}));
        QCOMPARE(starts({window("monday", "09:00", "10:00", "Europe/Berlin")}, "2027-03-22", "2027-03-29"),
                 (QStringList {QStringLiteral("2027-03-22T08:00"), QStringLiteral("2027-03-29T07:00")}));
    }
    void berlinFallBack()
    {
        // Sunday 31 October 2027: 03:00 CEST goes back to 02:00 CET; 02:00 is taken at its first occurrence.
        QCOMPARE(starts({window("sunday", "01:00", "04:00", "Europe/Berlin")}, "2027-10-31", "2027-10-31"),
                 (QStringList {QStringLiteral("2027-10-30T23:00"), QStringLiteral("2027-10-31T00:00"),
                               QStringLiteral("2027-10-31T02:00")}));
        QCOMPARE(starts({window("monday", "09:00", "10:00", "Europe/Berlin")}, "2027-10-25", "2027-11-01"),
                 (QStringList {QStringLiteral("2027-10-25T07:00"), QStringLiteral("2027-11-01T08:00")}));
    }
    void newYorkBothChanges()
    {
        const QList<QVariantMap> w {window("sunday", "09:00", "10:00", "America/New_York")};
        QCOMPARE(starts(w, "2027-03-07", "2027-03-14"),
                 (QStringList {QStringLiteral("2027-03-07T14:00"), QStringLiteral("2027-03-14T13:00")}));
        QCOMPARE(starts(w, "2027-10-31", "2027-11-07"),
                 (QStringList {QStringLiteral("2027-10-31T13:00"), QStringLiteral("2027-11-07T14:00")}));
        // 02:30 does not exist on 14 March in New York.
        QCOMPARE(starts({window("sunday", "01:30", "03:30", "America/New_York")}, "2027-03-14", "2027-03-14"),
                 (QStringList {QStringLiteral("2027-03-14T06:30")}));
    }
    void durationsAndOneOffWindows()
    {
        QCOMPARE(starts({window("friday", "10:00", "11:40", "UTC")}, "2027-06-04", "2027-06-04", 45),
                 (QStringList {QStringLiteral("2027-06-04T10:00"), QStringLiteral("2027-06-04T10:45")}));
        // A one-off window only on its date; overlapping windows give each start once.
        QCOMPARE(starts({window("friday", "10:00", "11:00", "Europe/London", "2027-06-11"),
                         window("friday", "10:00", "11:00", "Europe/London", "2027-06-11")},
                        "2027-06-01", "2027-06-30"),
                 (QStringList {QStringLiteral("2027-06-11T09:00")}));
        // An unknown zone falls back to UTC rather than failing.
        QCOMPARE(starts({window("monday", "08:00", "09:00", "Nowhere/Nothing")}, "2027-06-07", "2027-06-07"),
                 (QStringList {QStringLiteral("2027-06-07T08:00")}));
    }
    void strictFormats()
    {
        QVERIFY(scheduling::parseHhMm(QStringLiteral("23:59")).isValid());
        QVERIFY(!scheduling::parseHhMm(QStringLiteral("24:00")).isValid());
        QVERIFY(!scheduling::parseHhMm(QStringLiteral("9:00")).isValid());
        QVERIFY(scheduling::parseYmd(QStringLiteral("2028-02-29")).isValid());
        QVERIFY(!scheduling::parseYmd(QStringLiteral("2027-02-29")).isValid());
        QVERIFY(!scheduling::parseYmd(QStringLiteral("2027-2-01")).isValid());
    }
};

QTEST_GUILESS_MAIN(TstServerSlotGen)
#include "tst_server_slotgen.moc"
