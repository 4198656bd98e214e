#include "screening.h"

#include "models/format.h"
#include "models/icalendar.h"

#include <algorithm>

namespace tutorhub::models::student {

Screening::State Screening::state(const QJsonObject &meeting, const QJsonArray &proposals)
{
    State s;
    if (meeting.isEmpty())
        return s;
    const QString decision = Format::str(meeting, "tutorDecision");
    s.meetingLink = Format::str(meeting, "meetingLink");
    s.note = Format::str(meeting, "comments");
    if (decision == QLatin1String("approved")) {
        s.stage = Stage::Agreed;
        s.agreedAt = Format::when(meeting, "scheduledDatetime");
        return s;
    }
    if (decision == QLatin1String("rejected")) {
        s.stage = Stage::Declined;
        return s;
    }
    for (const QJsonValue &v : proposals) {
        const QJsonObject p = v.toObject();
        if (Format::str(p, "status") != QLatin1String("open") || !p.value(QStringLiteral("isActive")).toBool(true))
            continue;
        s.open.append({Format::str(p, "id"), Format::parseUtc(Format::str(p, "proposedAt")),
                       Format::str(p, "proposedBy") == QLatin1String("tutor"), Format::str(p, "meetingLink"),
                       Format::str(p, "note")});
    }
    if (!s.open.isEmpty()) {
        std::sort(s.open.begin(), s.open.end(), [](const Proposal &a, const Proposal &b) { return a.at < b.at; });
        s.negotiated = true;
        s.stage = s.open.first().byTutor ? Stage::TutorProposed : Stage::WaitingForTutor;
        if (s.open.first().byTutor) {
            s.meetingLink = s.open.first().meetingLink;
            if (!s.open.first().note.isEmpty())
                s.note = s.open.first().note;
        }
        return s;
    }
    // Documented fallback: a date with the tutor's link while pending is the tutor's proposal (only the tutor
    // or an admin sets meetingLink); a date without one is the student's.
    const QDateTime at = Format::when(meeting, "scheduledDatetime");
    const bool byTutor = at.isValid() && !s.meetingLink.isEmpty();
    if (at.isValid())
        s.open.append({QString(), at, byTutor, s.meetingLink, s.note});
    s.stage = byTutor ? Stage::TutorProposed : Stage::WaitingForTutor;
    return s;
}

QString Screening::timesProblem(const QList<QDateTime> &timesUtc, bool extension, const QDateTime &nowUtc)
{
    if (timesUtc.isEmpty())
        return tr("Propose at least one time.");
    if (timesUtc.size() > maxTimes(extension))
        return extension ? tr("Propose at most three times.") : tr("This server takes one proposed time.");
    for (int i = 0; i < timesUtc.size(); ++i) {
        if (!timesUtc.at(i).isValid() || timesUtc.at(i) <= nowUtc)
            return tr("Each proposed time must be in the future.");
        for (int j = 0; j < i; ++j)
            if (timesUtc.at(i) == timesUtc.at(j))
                return tr("Propose different times.");
    }
    return {};
}

QJsonObject Screening::createBody(const QString &coursePackId, const QString &studentId,
                                  const QList<QDateTime> &timesUtc)
{
    QJsonObject b {{QStringLiteral("coursePackId"), coursePackId},
                   {QStringLiteral("studentId"), studentId},
                   {QStringLiteral("tutorDecision"), QStringLiteral("pending")}};
    if (!timesUtc.isEmpty())
        b.insert(QStringLiteral("scheduledDatetime"), Format::toIsoUtc(timesUtc.first()));
    return b;
}

QJsonObject Screening::proposalBody(const QList<QDateTime> &timesUtc, const QString &meetingLink, const QString &note)
{
    QJsonArray times;
    for (const QDateTime &t : timesUtc)
        times.append(Format::toIsoUtc(t));
    QJsonObject b {{QStringLiteral("times"), times}};
    if (!meetingLink.trimmed().isEmpty())
        b.insert(QStringLiteral("meetingLink"), meetingLink.trimmed());
    if (!note.trimmed().isEmpty())
        b.insert(QStringLiteral("note"), note.trimmed());
    return b;
}

QJsonObject Screening::counterProposalBody(const QDateTime &atUtc, const QString &meetingLink, const QString &note)
{
    return {{QStringLiteral("scheduledDatetime"), Format::toIsoUtc(atUtc)},
            {QStringLiteral("meetingLink"), meetingLink.trimmed()},
            {QStringLiteral("comments"), note.trimmed()}};
}

QJsonObject Screening::confirmBody(const State &s)
{
    if (s.open.isEmpty())
        return {};
    return {{QStringLiteral("scheduledDatetime"), Format::toIsoUtc(s.open.first().at)}};
}

QJsonObject Screening::approveBody(const QDateTime &atUtc, const QString &meetingLink, const QString &note)
{
    return {{QStringLiteral("tutorDecision"), QStringLiteral("approved")},
            {QStringLiteral("scheduledDatetime"), Format::toIsoUtc(atUtc)},
            {QStringLiteral("meetingLink"), meetingLink.trimmed()},
            {QStringLiteral("comments"), note.trimmed()}};
}

QString Screening::timesText(const QList<Proposal> &open)
{
    QStringList parts;
    for (const Proposal &p : open)
        parts << Format::dateTime(p.at);
    if (parts.isEmpty())
        return {};
    return tr("%1 (%2)").arg(parts.join(QStringLiteral("; ")), Format::displayZoneName(open.first().at));
}

QString Screening::describeForStudent(const State &s)
{
    QString text;
    switch (s.stage) {
    case Stage::None:
        return {};
    case Stage::WaitingForTutor:
        text = s.open.isEmpty() ? tr("Waiting for the tutor to propose a time.")
                                : tr("You proposed %1. Waiting for the tutor's answer.").arg(timesText(s.open));
        break;
    case Stage::TutorProposed:
        text = tr("The tutor proposes another time: %1. Accept it or propose other times.").arg(timesText(s.open));
        if (!s.negotiated)
            text = tr("The tutor proposes another time: %1. Accept it and the tutor confirms the meeting.")
                       .arg(timesText(s.open));
        break;
    case Stage::Agreed:
        text = tr("Agreed: %1 (%2).").arg(Format::dateTime(s.agreedAt), Format::displayZoneName(s.agreedAt));
        if (!s.meetingLink.isEmpty())
            text += QLatin1Char(' ') + tr("Link: %1").arg(s.meetingLink);
        break;
    case Stage::Declined:
        text = tr("The tutor declined the request.");
        break;
    }
    if (!s.note.isEmpty() && s.stage != Stage::WaitingForTutor)
        text += QLatin1Char(' ') + tr("Tutor's note: %1").arg(s.note);
    return text;
}

QString Screening::describeForTutor(const State &s)
{
    switch (s.stage) {
    case Stage::None:
        return {};
    case Stage::WaitingForTutor:
        return s.open.isEmpty() ? tr("The student asks for a screening meeting; propose a time.")
                                : tr("The student proposes %1.").arg(timesText(s.open));
    case Stage::TutorProposed:
        return s.negotiated
                   ? tr("You proposed %1; waiting for the student.").arg(timesText(s.open))
                   : tr("You proposed %1; approve the meeting once the student accepts.").arg(timesText(s.open));
    case Stage::Agreed:
        return tr("Agreed: %1 (%2).").arg(Format::dateTime(s.agreedAt), Format::displayZoneName(s.agreedAt));
    case Stage::Declined:
        return tr("Declined.");
    }
    return {};
}

bool Screening::calendarEvent(const QJsonObject &meeting, const QString &packTitle, const QString &otherName,
                              CalendarEvent *out)
{
    const QDateTime at = Format::when(meeting, "scheduledDatetime");
    if (Format::str(meeting, "tutorDecision") != QLatin1String("approved") || !at.isValid() || !out)
        return false;
    out->uid = Format::str(meeting, "id") + QStringLiteral("@tutorhub-screening");
    out->startUtc = at;
    out->endUtc = at.addSecs(kMeetingMinutes * 60);
    out->summary = packTitle.isEmpty() ? tr("Screening meeting") : tr("Screening meeting: %1").arg(packTitle);
    out->description = otherName.isEmpty() ? QString() : tr("With %1.").arg(otherName);
    out->url = Format::str(meeting, "meetingLink");
    out->location = out->url;
    out->status = QStringLiteral("CONFIRMED");
    out->lastModifiedUtc = Format::when(meeting, "updatedAt");
    return true;
}

} // namespace tutorhub::models::student
