// The negotiation of a screening meeting (issue 15 item 1; decisions U20-U24) as small named functions of
// the contract's JSON: which stage a preliminaryMeeting is in, who may do what next, and the request bodies.
// With the local proposals extension (U20) the open round of screeningProposals drives the stage; without
// it (--contract strict, U22) the documented fields alone: the student's one proposed date in
// scheduledDatetime, a tutor's counter-proposal as a new scheduledDatetime with the meeting link while
// tutorDecision stays pending, agreement = tutorDecision approved. No widgets, no requests.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tutorhub::models {
struct CalendarEvent;
}

namespace tutorhub::models::student {

class Screening
{
    Q_DECLARE_TR_FUNCTIONS(tutorhub::models::student::Screening)

public:
    enum class Stage {
        None, // no request yet
        WaitingForTutor, // the student proposed; the tutor answers
        TutorProposed, // the tutor proposed another time; the student accepts or proposes again
        Agreed, // tutorDecision approved, scheduledDatetime set
        Declined, // tutorDecision rejected
    };
    struct Proposal
    {
        QString id; // screeningProposal id; empty on the documented fallback
        QDateTime at; // UTC
        bool byTutor = false;
        QString meetingLink;
        QString note;
    };
    struct State
    {
        Stage stage = Stage::None;
        QList<Proposal> open; // the times on the table, earliest first
        QDateTime agreedAt; // UTC, for Agreed
        QString meetingLink;
        QString note; // the tutor's comments
        bool negotiated = false; // the open times come from the proposals extension
    };

    static constexpr int kMaxTimes = 3;

    // `meeting`: a preliminaryMeeting (empty: none); `proposals`: listScreeningProposals' rows (empty when the
    // extension is missing or nothing was proposed through it).
    static State state(const QJsonObject &meeting, const QJsonArray &proposals);
    // How many times a proposal may carry: three with the extension, the one scheduledDatetime without.
    static int maxTimes(bool extension) { return extension ? kMaxTimes : 1; }
    // A sentence when the times cannot be proposed (none, too many, past, twice the same), else empty.
    static QString timesProblem(const QList<QDateTime> &timesUtc, bool extension, const QDateTime &nowUtc);

    static bool studentCanAccept(const State &s) { return s.stage == Stage::TutorProposed && !s.open.isEmpty(); }
    // Without the extension the student may not change a date the tutor set (rule 27).
    static bool studentCanProposeAgain(const State &s) { return s.stage == Stage::TutorProposed && s.negotiated; }
    static bool tutorCanDecide(const State &s)
    {
        return s.stage == Stage::WaitingForTutor || s.stage == Stage::TutorProposed;
    }
    static bool tutorCanPropose(const State &s) { return tutorCanDecide(s); }
    static bool blocksBooking(const State &s) { return s.stage != Stage::Agreed; }

    // createPreliminaryMeeting: the first proposed time is the documented scheduledDatetime (rule 27).
    static QJsonObject createBody(const QString &coursePackId, const QString &studentId,
                                  const QList<QDateTime> &timesUtc);
    // proposeScreeningTimes (extension).
    static QJsonObject proposalBody(const QList<QDateTime> &timesUtc, const QString &meetingLink, const QString &note);
    // Documented fallback: the tutor's counter-proposal (pending, new date + link + note) ...
    static QJsonObject counterProposalBody(const QDateTime &atUtc, const QString &meetingLink, const QString &note);
    // ... and the student's confirmation of it: that same date sent back (U22).
    static QJsonObject confirmBody(const State &s);
    // The tutor's approval of a time (documented): approved + date + link (+ note).
    static QJsonObject approveBody(const QDateTime &atUtc, const QString &meetingLink, const QString &note);

    // One or two sentences for the student's pack page / the tutor's list, times in the display zone.
    static QString describeForStudent(const State &s);
    static QString describeForTutor(const State &s);
    static QString timesText(const QList<Proposal> &open);

    // The agreed meeting (approved with a date) as an iCalendar event for the lesson exports: 30 minutes (the
    // contract has no length, U23), uid "<id>@tutorhub-screening", the link as URL. False when not agreed.
    static bool calendarEvent(const QJsonObject &meeting, const QString &packTitle, const QString &otherName,
                              CalendarEvent *out);
    static constexpr int kMeetingMinutes = 30;
};

} // namespace tutorhub::models::student
