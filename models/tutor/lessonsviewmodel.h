// The view-model of the tutor's Lessons page (issue 17 item 1, K22): the week's lesson slots and the screening
// requests (list models), the names they do not carry (pack titles, students; LessonLookup), the packs lessons can
// belong to, the selected request's negotiation, and the commands on a lesson (complete, delete), the answers of the
// page's dialogs, and the iCalendar export. Every result and failure is a signal or data; the page only presents.
#pragma once

#include "tutorlists.h"
#include "tutorviewmodel.h"

#include "models/student/screening.h"

#include <QDateTime>
#include <QList>
#include <QPair>

namespace tutorhub::models::tutor {

class LessonsViewModel : public TutorViewModel
{
    Q_OBJECT

public:
    LessonsViewModel(api::ApiClient *client, api::Session *session, const QString &dataDirectory, QObject *parent);

    PagedListModel *lessonSlots() const { return m_slots; }
    PagedListModel *screening() const { return m_screening; }
    const LessonLookup &lookup() const { return *m_lookup; }
    QString dataDirectory() const { return m_dataDirectory; }
    bool hasNames() const { return m_namesLoaded; }
    bool isLoaded() const; // names and the week's slots arrived

    // Builds the lists (once the profile is known), loads the screening requests and the names.
    void load();
    // Pack titles and the students of booked slots (slots carry neither, D34): namesLoaded() when done.
    void loadNames();
    // The slots between the two instants (a week), once the names are in.
    void showRange(const QDateTime &fromUtc, const QDateTime &toUtc);

    // The tutor's packs lessons may be opened in: (title, id), removed packs left out.
    QList<QPair<QString, QString>> packChoices() const;
    // "Pack with Student, date" for messages and dialogs.
    QString describe(const QJsonObject &slot) const;

    // --- commands ----------------------------------------------------------------------------------------
    // Whether lessons can be opened now; failed() says why not (no pack yet).
    bool canOpenLessons();
    void markCompleted(const QJsonObject &slot);
    void deleteSlot(const QJsonObject &slot);
    // The answers of the page's dialogs: the changed slot or meeting, the envelope of a generation.
    void lessonsGenerated(const QJsonObject &envelope);
    void slotAdded(const QJsonObject &slot);
    void slotCanceled(const QJsonObject &slot);
    void placeSaved(const QJsonObject &slot);
    enum class Decision { Approved, Proposed, Rejected };
    void screeningDecided(Decision decision, const QString &meetingId, const QJsonObject &answer);

    // --- screening -----------------------------------------------------------------------------------------
    // Reads the negotiation of `meeting` (proposals extension, else its documented fields): screeningStateChanged().
    void loadScreeningState(const QJsonObject &meeting);
    const student::Screening::State &screeningState() const { return m_state; }
    QString screeningDetail() const;

    // Writes the tutor's lessons (from 30 days ago on) and agreed screening meetings to `fileName`.
    void exportCalendar(const QString &fileName);

signals:
    void namesLoaded();
    void slotDeleted(const QString &id);
    // The negotiation of the meeting shown (after loadScreeningState); `complete` once the proposals arrived.
    void screeningStateChanged(bool complete);
    void exportFinished(bool ok, const QString &fileName);

private:
    void afterChange(const QString &message);
    void loadRequesters();

    QString m_dataDirectory;
    SharedLookup m_lookup;
    QList<QJsonObject> m_packRows;
    PagedListModel *m_slots = nullptr;
    PagedListModel *m_screening = nullptr;
    bool m_namesLoaded = false;
    student::Screening::State m_state;
    int m_stateRequest = 0;
    bool m_meetingShown = false;
};

} // namespace tutorhub::models::tutor
