// The screening negotiation's state (models/student/screening; issue 15 item 1, U20-U22): the stage, the
// times on the table and who may do what, from the contract's JSON with the proposals extension and with
// the documented fields only (--contract strict), plus the request bodies and the input checks. Times are
// relative to "now" and shown in a fixed zone, so the test passes on any date and in any system zone.
#include "models/format.h"
#include "models/student/screening.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace tutorhub::models;
using student::Screening;

namespace {
QString iso(const QDateTime &t)
{
    return Format::toIsoUtc(t);
}
QJsonObject meeting(const QString &decision, const QDateTime &at = {}, const QString &link = {},
                    const QString &comments = {})
{
    QJsonObject m {{QStringLiteral("id"), QStringLiteral("m1")}, {QStringLiteral("tutorDecision"), decision}};
    m.insert(QStringLiteral("scheduledDatetime"), at.isValid() ? QJsonValue(iso(at)) : QJsonValue(QJsonValue::Null));
    if (!link.isEmpty())
        m.insert(QStringLiteral("meetingLink"), link);
    if (!comments.isEmpty())
        m.insert(QStringLiteral("comments"), comments);
    return m;
}
QJsonObject proposal(const QString &id, const QDateTime &at, const QString &by, const QString &status,
                     const QString &link = {})
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("proposedAt"), iso(at)},
            {QStringLiteral("proposedBy"), by},
            {QStringLiteral("status"), status},
            {QStringLiteral("meetingLink"), link},
            {QStringLiteral("isActive"), true}};
}
} // namespace

class TestScreening : public QObject
{
    Q_OBJECT

    const QDateTime m_now = QDateTime::currentDateTimeUtc();
    QDateTime day(int d, int hour) const { return QDateTime(m_now.date().addDays(d), QTime(hour, 0), Qt::UTC); }

private slots:
    void initTestCase() { Format::setDisplayZone(QTimeZone("Europe/Berlin")); }

    void noRequest()
    {
        const Screening::State s = Screening::state({}, {});
        QCOMPARE(s.stage, Screening::Stage::None);
        QVERIFY(Screening::blocksBooking(s));
        QVERIFY(!Screening::studentCanAccept(s));
        QVERIFY(!Screening::tutorCanDecide(s));
        QVERIFY(Screening::describeForStudent(s).isEmpty());
    }

    // Extension: the student's two times are open; the tutor answers with one of their own, which closes them.
    void negotiationWithProposals()
    {
        const QJsonObject m = meeting(QStringLiteral("pending"), day(5, 15));
        const QJsonArray studentRound {
            proposal(QStringLiteral("p2"), day(6, 16), QStringLiteral("student"), QStringLiteral("open")),
            proposal(QStringLiteral("p1"), day(5, 15), QStringLiteral("student"), QStringLiteral("open"))};
        Screening::State s = Screening::state(m, studentRound);
        QCOMPARE(s.stage, Screening::Stage::WaitingForTutor);
        QVERIFY(s.negotiated);
        QCOMPARE(s.open.size(), 2);
        QCOMPARE(s.open.first().id, QStringLiteral("p1")); // earliest first
        QCOMPARE(s.open.first().at, day(5, 15));
        QVERIFY(Screening::tutorCanDecide(s) && Screening::tutorCanPropose(s));
        QVERIFY(!Screening::studentCanAccept(s) && !Screening::studentCanProposeAgain(s));
        QVERIFY(Screening::describeForStudent(s).contains(Format::dateTime(day(6, 16))));
        QVERIFY(Screening::describeForTutor(s).startsWith(QStringLiteral("The student proposes")));

        QJsonArray tutorRound {
            proposal(QStringLiteral("p1"), day(5, 15), QStringLiteral("student"), QStringLiteral("superseded")),
            proposal(QStringLiteral("p2"), day(6, 16), QStringLiteral("student"), QStringLiteral("superseded")),
            proposal(QStringLiteral("p3"), day(7, 17), QStringLiteral("tutor"), QStringLiteral("open"),
                     QStringLiteral("https://meet.example.org/x"))};
        s = Screening::state(m, tutorRound);
        QCOMPARE(s.stage, Screening::Stage::TutorProposed);
        QCOMPARE(s.open.size(), 1);
        QVERIFY(s.open.first().byTutor);
        QCOMPARE(s.meetingLink, QStringLiteral("https://meet.example.org/x"));
        QVERIFY(Screening::studentCanAccept(s));
        QVERIFY(Screening::studentCanProposeAgain(s));
        QVERIFY(Screening::describeForStudent(s).contains(Format::dateTime(day(7, 17))));
        QVERIFY(Screening::blocksBooking(s));
    }

    // Documented fields only: the student's date has no link; a date with the tutor's link is the tutor's.
    void negotiationWithoutProposals()
    {
        Screening::State s = Screening::state(meeting(QStringLiteral("pending"), day(5, 15)), {});
        QCOMPARE(s.stage, Screening::Stage::WaitingForTutor);
        QVERIFY(!s.negotiated);
        QCOMPARE(s.open.size(), 1);
        QVERIFY(!s.open.first().byTutor);

        s = Screening::state(meeting(QStringLiteral("pending"), day(7, 17),
                                     QStringLiteral("https://meet.example.org/x"), QStringLiteral("A bit later?")),
                             {});
        QCOMPARE(s.stage, Screening::Stage::TutorProposed);
        QVERIFY(Screening::studentCanAccept(s));
        QVERIFY(!Screening::studentCanProposeAgain(s)); // rule 27: the student may not change the tutor's date
        QCOMPARE(Screening::confirmBody(s).value(QStringLiteral("scheduledDatetime")).toString(), iso(day(7, 17)));
        QCOMPARE(Screening::confirmBody(s).size(), 1);
        QVERIFY(Screening::describeForStudent(s).contains(QStringLiteral("A bit later?")));
        QVERIFY(Screening::describeForTutor(s).contains(QStringLiteral("approve")));

        // Requested without a date (older clients): waiting for the tutor to propose one.
        s = Screening::state(meeting(QStringLiteral("pending")), {});
        QCOMPARE(s.stage, Screening::Stage::WaitingForTutor);
        QVERIFY(s.open.isEmpty());
        QVERIFY(!Screening::studentCanAccept(s));
    }

    void decided()
    {
        Screening::State s = Screening::state(
            meeting(QStringLiteral("approved"), day(7, 17), QStringLiteral("https://meet.example.org/x")),
            QJsonArray {
                proposal(QStringLiteral("p3"), day(7, 17), QStringLiteral("tutor"), QStringLiteral("accepted"))});
        QCOMPARE(s.stage, Screening::Stage::Agreed);
        QCOMPARE(s.agreedAt, day(7, 17));
        QVERIFY(!Screening::blocksBooking(s));
        QVERIFY(!Screening::tutorCanDecide(s) && !Screening::studentCanAccept(s));
        QVERIFY(Screening::describeForStudent(s).contains(Format::dateTime(day(7, 17))));
        QVERIFY(Screening::describeForStudent(s).contains(QStringLiteral("https://meet.example.org/x")));
        QVERIFY(Screening::describeForStudent(s).contains(Format::displayZoneName(day(7, 17))));

        s = Screening::state(meeting(QStringLiteral("rejected"), {}, {}, QStringLiteral("Start with the basics pack.")),
                             {});
        QCOMPARE(s.stage, Screening::Stage::Declined);
        QVERIFY(Screening::describeForStudent(s).contains(QStringLiteral("Start with the basics pack.")));
        QVERIFY(!Screening::tutorCanDecide(s));
    }

    void timesProblem()
    {
        QVERIFY(!Screening::timesProblem({}, true, m_now).isEmpty());
        QVERIFY(Screening::timesProblem({day(2, 10)}, true, m_now).isEmpty());
        QVERIFY(Screening::timesProblem({day(2, 10), day(3, 10), day(4, 10)}, true, m_now).isEmpty());
        QVERIFY(Screening::timesProblem({day(2, 10), day(3, 10), day(4, 10), day(5, 10)}, true, m_now)
                    .contains(QStringLiteral("three")));
        QVERIFY(
            !Screening::timesProblem({day(2, 10), day(3, 10)}, false, m_now).isEmpty()); // one without the extension
        QVERIFY(Screening::timesProblem({m_now.addSecs(-60)}, true, m_now).contains(QStringLiteral("future")));
        QVERIFY(Screening::timesProblem({day(2, 10), day(2, 10)}, true, m_now).contains(QStringLiteral("different")));
        QCOMPARE(Screening::maxTimes(true), 3);
        QCOMPARE(Screening::maxTimes(false), 1);
    }

    void bodies()
    {
        const QJsonObject create
            = Screening::createBody(QStringLiteral("pack"), QStringLiteral("me"), {day(5, 15), day(6, 16)});
        QCOMPARE(create.value(QStringLiteral("scheduledDatetime")).toString(), iso(day(5, 15)));
        QCOMPARE(create.value(QStringLiteral("tutorDecision")).toString(), QStringLiteral("pending"));
        QCOMPARE(create.value(QStringLiteral("coursePackId")).toString(), QStringLiteral("pack"));
        const QJsonObject propose = Screening::proposalBody({day(5, 15), day(6, 16)}, {}, {});
        QCOMPARE(propose.value(QStringLiteral("times")).toArray().size(), 2);
        QVERIFY(!propose.contains(QStringLiteral("meetingLink")));
        const QJsonObject counter = Screening::counterProposalBody(
            day(7, 17), QStringLiteral(" https://m.example.org "), QStringLiteral("note"));
        QCOMPARE(counter.value(QStringLiteral("meetingLink")).toString(), QStringLiteral("https://m.example.org"));
        QVERIFY(!counter.contains(QStringLiteral("tutorDecision"))); // stays pending
        const QJsonObject approve = Screening::approveBody(day(7, 17), QStringLiteral("https://m.example.org"), {});
        QCOMPARE(approve.value(QStringLiteral("tutorDecision")).toString(), QStringLiteral("approved"));
        QCOMPARE(approve.value(QStringLiteral("scheduledDatetime")).toString(), iso(day(7, 17)));
    }
};

QTEST_GUILESS_MAIN(TestScreening)
#include "tst_screening.moc"
