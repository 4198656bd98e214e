#include "lessonsviewmodel.h"

#include "models/format.h"
#include "models/icalendar.h"

#include <QSaveFile>

namespace tutorhub::models::tutor {

using student::Screening;

LessonsViewModel::LessonsViewModel(api::ApiClient *client, api::Session *session, const QString &dataDirectory,
                                   QObject *parent)
    : TutorViewModel(client, session, parent),
      m_dataDirectory(dataDirectory),
      m_lookup(std::make_shared<LessonLookup>())
{ }

bool LessonsViewModel::isLoaded() const
{
    return m_namesLoaded && m_slots && m_slots->hasLoaded() && !m_slots->isLoading();
}

void LessonsViewModel::load()
{
    if (!m_slots) {
        m_slots = createSlotsModel(commands()->client(), tutorProfileId(), m_lookup, this);
        m_screening = createScreeningModel(commands()->client(), m_lookup, this);
        connect(m_screening, &PagedListModel::pageLoaded, this, &LessonsViewModel::loadRequesters);
    }
    m_screening->refresh();
    loadNames();
}

void LessonsViewModel::loadNames()
{
    begin();
    const QString profile = tutorProfileId();
    commands()->packsOf(profile, this, [this, profile](const QList<QJsonObject> &packs, const QString &error) {
        if (!error.isEmpty())
            emit failed(error);
        m_packRows = packs;
        auto lookup = std::make_shared<LessonLookup>();
        lookup->addPacks(packs);
        commands()->enrollmentsOf(
            profile, true, this, [this, lookup](const QList<QJsonObject> &enrollments, const QString &error) {
                end();
                if (!error.isEmpty())
                    emit failed(error);
                lookup->addEnrollments(enrollments);
                lookup->studentNames = m_lookup->studentNames;
                *m_lookup = *lookup;
                if (m_screening && m_screening->rowCount() > 0)
                    emit m_screening->dataChanged(
                        m_screening->index(0, 0),
                        m_screening->index(m_screening->rowCount() - 1, m_screening->columnCount() - 1));
                m_namesLoaded = true;
                emit namesLoaded();
            });
    });
}

// Screening requests name their student by id only: the brief users (public, D23) give the names.
void LessonsViewModel::loadRequesters()
{
    for (int r = 0; r < m_screening->rowCount(); ++r) {
        const QString id = Format::str(m_screening->object(r), "studentId");
        if (id.isEmpty() || m_lookup->studentNames.contains(id))
            continue;
        m_lookup->studentNames.insert(id, QString()); // asked once
        commands()->userName(id, this, [this, id](const QString &name) {
            if (name.isEmpty())
                return;
            m_lookup->studentNames.insert(id, name);
            for (int row = 0; row < m_screening->rowCount(); ++row)
                if (Format::str(m_screening->object(row), "studentId") == id)
                    m_screening->replaceObject(m_screening->object(row)); // shows the name
        });
    }
}

void LessonsViewModel::showRange(const QDateTime &fromUtc, const QDateTime &toUtc)
{
    if (!m_slots || !m_namesLoaded)
        return;
    m_slots->beginQueryChange();
    m_slots->setFilter(QStringLiteral("from"), Format::toIsoUtc(fromUtc));
    m_slots->setFilter(QStringLiteral("to"), Format::toIsoUtc(toUtc));
    m_slots->endQueryChange();
    m_slots->refresh();
}

QList<QPair<QString, QString>> LessonsViewModel::packChoices() const
{
    QList<QPair<QString, QString>> out;
    for (const QJsonObject &p : m_packRows)
        if (Format::str(p, "moderationStatus") != QLatin1String("removed"))
            out.append({Format::str(p, "title"), Format::str(p, "id")});
    return out;
}

QString LessonsViewModel::describe(const QJsonObject &slot) const
{
    const QString student = m_lookup->studentName(slot);
    const QString when = Format::dateTime(Format::slotStart(slot));
    return student.isEmpty() ? tr("%1, %2").arg(m_lookup->packTitle(slot), when)
                             : tr("%1 with %2, %3").arg(m_lookup->packTitle(slot), student, when);
}

bool LessonsViewModel::canOpenLessons()
{
    if (!isReady())
        return false;
    if (packChoices().isEmpty()) {
        emit failed(tr("Create a course pack first; lessons belong to a pack."));
        return false;
    }
    return true;
}

void LessonsViewModel::afterChange(const QString &message)
{
    emit succeeded(message);
    loadNames(); // a booking or cancellation may change the names
}

void LessonsViewModel::markCompleted(const QJsonObject &slot)
{
    if (Format::str(slot, "status") != QLatin1String("booked"))
        return;
    if (Format::slotStart(slot) > QDateTime::currentDateTimeUtc()) {
        emit failed(tr("This lesson has not started yet; mark it completed once it has taken place."));
        return;
    }
    const QString message = tr("The lesson was marked completed: %1.").arg(describe(slot));
    begin();
    commands()->updateSlot(Format::str(slot, "id"), {{QStringLiteral("status"), QStringLiteral("completed")}}, this,
                           [this, message](const Outcome &o) {
                               if (!finish(o))
                                   return;
                               m_slots->replaceObject(o.object);
                               emit succeeded(message);
                           });
}

void LessonsViewModel::deleteSlot(const QJsonObject &slot)
{
    if (slot.isEmpty())
        return;
    const QString id = Format::str(slot, "id");
    begin();
    commands()->deleteSlot(id, this, [this, id](const Outcome &o) {
        if (!finish(o))
            return;
        emit slotDeleted(id);
        m_slots->removeId(id);
        emit succeeded(tr("The lesson was deleted."));
    });
}

void LessonsViewModel::lessonsGenerated(const QJsonObject &envelope)
{
    const int created = envelope.value(QLatin1String("createdCount")).toInt();
    const int skipped = envelope.value(QLatin1String("skippedCount")).toInt();
    QString text = created == 0   ? tr("No lessons were opened: your availability has no free time in this range.")
                   : created == 1 ? tr("1 lesson opened.")
                                  : tr("%1 lessons opened.").arg(created);
    if (skipped == 1)
        text += QLatin1Char(' ') + tr("1 time skipped because a lesson or a busy time already takes place then.");
    else if (skipped > 1)
        text += QLatin1Char(' ')
                + tr("%1 times skipped because a lesson or a busy time already takes place then.").arg(skipped);
    afterChange(text);
}

void LessonsViewModel::slotAdded(const QJsonObject &slot)
{
    afterChange(tr("A lesson was opened on %1.").arg(Format::dateTime(Format::slotStart(slot))));
}

void LessonsViewModel::slotCanceled(const QJsonObject &slot)
{
    m_slots->replaceObject(slot);
    afterChange(tr("The lesson was canceled; the student is told the reason."));
}

void LessonsViewModel::placeSaved(const QJsonObject &slot)
{
    m_slots->replaceObject(slot);
    emit succeeded(tr("The place of the lesson was saved."));
}

void LessonsViewModel::screeningDecided(Decision decision, const QString &meetingId, const QJsonObject &answer)
{
    if (decision == Decision::Proposed) {
        emit succeeded(tr("Your time was sent to the student."));
        // The extension answers with the proposals, the documented route with the meeting.
        if (Format::str(answer, "id") == meetingId)
            m_screening->replaceObject(answer);
    } else {
        m_screening->replaceObject(answer);
        emit succeeded(decision == Decision::Approved
                           ? tr("The screening meeting was approved; the student was told when and where.")
                           : tr("The screening request was rejected; the student was told."));
    }
}

void LessonsViewModel::loadScreeningState(const QJsonObject &meeting)
{
    ++m_stateRequest;
    m_state = {};
    m_meetingShown = !meeting.isEmpty();
    if (meeting.isEmpty()) {
        emit screeningStateChanged(false);
        return;
    }
    m_state = Screening::state(meeting, {});
    emit screeningStateChanged(false);
    if (!commands()->offersScreeningProposals())
        return;
    const int ticket = m_stateRequest;
    commands()->screeningProposals(Format::str(meeting, "id"), this, [this, meeting, ticket](const Outcome &o) {
        if (ticket != m_stateRequest || !o.ok())
            return; // a newer selection, or no proposals: the documented state stays
        m_state = Screening::state(meeting, o.array);
        emit screeningStateChanged(true);
    });
}

QString LessonsViewModel::screeningDetail() const
{
    return m_meetingShown ? Screening::describeForTutor(m_state) : QString();
}

void LessonsViewModel::exportCalendar(const QString &fileName)
{
    if (!isReady())
        return;
    // The tutor's lessons are those of the tutor's packs: the documented lessonSlot names its pack, not its tutor
    // (C55). Each row is checked again: a server that ignores the filter answers every slot the tutor may see.
    const auto write = [this, fileName](const QList<QJsonObject> &rows, const QString &error) {
        end();
        if (!error.isEmpty()) {
            emit failed(error);
            emit exportFinished(false, fileName);
            return;
        }
        QList<CalendarEvent> events;
        for (QJsonObject s : rows) {
            if (!m_lookup->hasPack(Format::str(s, "coursePackId")))
                continue;
            if (Format::str(s, "status") == QLatin1String("free"))
                continue; // open offers are not appointments
            s.insert(QStringLiteral("coursePackTitle"), m_lookup->packTitle(s));
            s.insert(QStringLiteral("studentName"), m_lookup->studentName(s));
            events << ICalendar::fromLessonSlot(s, QStringLiteral("tutor"));
        }
        // Agreed screening meetings (issue 15 item 1, U23) are appointments too.
        for (int r = 0; m_screening && r < m_screening->rowCount(); ++r) {
            const QJsonObject m = m_screening->object(r);
            CalendarEvent e;
            if (Screening::calendarEvent(m, m_lookup->packTitle(m), m_lookup->requester(m), &e))
                events << e;
        }
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly) || file.write(ICalendar::build(events)) < 0 || !file.commit()) {
            emit failed(tr("The calendar could not be written to “%1”: %2").arg(fileName, file.errorString()));
            emit exportFinished(false, fileName);
            return;
        }
        emit succeeded(tr("%1 lessons exported to “%2”. Import the file in Google Calendar, Outlook or Thunderbird.")
                           .arg(events.size())
                           .arg(fileName));
        emit exportFinished(true, fileName);
    };
    begin();
    if (m_packRows.isEmpty()) {
        write({}, {}); // no pack, no lesson: an empty calendar
        return;
    }
    QStringList packIds;
    for (const QJsonObject &p : m_packRows)
        packIds << Format::str(p, "id");
    commands()->slotsOfPacks(packIds, QDateTime::currentDateTimeUtc().addDays(-30), this, write);
}

} // namespace tutorhub::models::tutor
