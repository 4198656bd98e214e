#include "mylearning.h"

#include "api/catalogapi.h"
#include "api/enrollmentapi.h"
#include "models/format.h"
#include "models/labels.h"
#include "models/pagedlistmodel.h"
#include "models/student/screening.h"
#include "models/student/studentlists.h"
#include "models/student/studentrules.h"

#include <QHash>
#include <QJsonArray>
#include <QPair>
#include <QSaveFile>
#include <QUrlQuery>

namespace tutorhub::models::student {

MyLearning::MyLearning(api::ApiClient *client, const QString &studentId, QObject *parent)
    : QObject(parent),
      m_studentId(studentId),
      m_enrollmentApi(new api::EnrollmentApi(client, this)),
      m_catalog(new api::CatalogApi(client, this)),
      m_enrollments(enrollmentsModel(client, this)),
      m_lessons(myLessonsModel(client, studentId, this)),
      m_refunds(refundRequestsModel(client, this))
{
    connect(m_refunds, &PagedListModel::pageLoaded, this, &MyLearning::currentChanged);
}

void MyLearning::refresh()
{
    m_enrollments->refresh();
    m_refunds->refresh();
}

void MyLearning::reload()
{
    refresh();
    if (!Format::str(m_current, "id").isEmpty()) {
        m_lessons->refresh();
        loadMaterials(true); // Refresh reads the materials again too
    }
}

void MyLearning::setCurrent(const QJsonObject &enrollment)
{
    m_current = enrollment;
    if (!m_current.isEmpty()) {
        const QString pack = Format::str(m_current, "coursePackId");
        if (m_lessons->filter(QStringLiteral("coursePackId")) != pack)
            m_lessons->setFilter(QStringLiteral("coursePackId"), pack);
        loadMaterials(false);
    }
    emit currentChanged();
}

QString MyLearning::currentTitle() const
{
    return tr("%1 with %2").arg(packTitleOf(m_current), tutorNameOf(m_current));
}

bool MyLearning::canPay() const
{
    return Format::str(m_current, "enrollmentStatus") == QLatin1String("pending")
           && Format::str(m_current, "paymentStatus") == QLatin1String("pending");
}

QString MyLearning::tutorUserId() const
{
    return Format::str(Format::join(m_current, "tutorProfile"), "tutorId");
}

bool MyLearning::canMessageTutor() const
{
    return Format::str(m_current, "enrollmentStatus") != QLatin1String("canceled") && !tutorUserId().isEmpty();
}

bool MyLearning::hasRefundRequest(const QString &enrollmentId) const
{
    for (int row = 0; row < m_refunds->rowCount(); ++row)
        if (Format::str(m_refunds->object(row), "enrollmentId") == enrollmentId)
            return true;
    return false;
}

bool MyLearning::canRequestRefund() const
{
    return !m_current.isEmpty()
           && StudentRules::refundEligibility(m_current, hasRefundRequest(Format::str(m_current, "id"))).allowed;
}

QString MyLearning::refundText() const
{
    if (m_current.isEmpty())
        return {};
    const RuleAnswer refund
        = StudentRules::refundEligibility(m_current, hasRefundRequest(Format::str(m_current, "id")));
    return refund.allowed ? tr("Your first lesson has taken place: you can ask for a full refund now.") : refund.reason;
}

QString MyLearning::refundQuestion() const
{
    return tr("You get the full amount of %1 back on your card and the remaining lessons of “%2” are canceled. "
              "This cannot be undone.")
        .arg(Format::money(Format::num(m_current, "totalAmount"), Format::str(m_current, "currency")),
             packTitleOf(m_current));
}

void MyLearning::busy(bool on)
{
    const bool was = isBusy();
    m_busy += on ? 1 : -1;
    if (was != isBusy())
        emit busyChanged(isBusy());
}

void MyLearning::loadMaterials(bool force)
{
    const QString pack = Format::str(m_current, "coursePackId");
    const QString status = Format::str(m_current, "enrollmentStatus");
    if (!force && m_materialsPack == pack && m_materialsStatus == status)
        return;
    m_materialsPack = pack;
    m_materialsStatus = status;
    m_materials.clear();
    m_materialsNote = tr("Loading the materials…");
    emit materialsChanged();
    m_catalog->listCourseMaterials(pack, this, [this, pack](const api::Result<api::JsonAnswer> &r) {
        if (pack != Format::str(m_current, "coursePackId"))
            return;
        if (!r) {
            m_materialsNote = r.error().httpStatus == 403 ? tr("The materials open once the enrollment is paid.")
                                                          : r.error().userMessage();
            emit materialsChanged();
            return;
        }
        const QJsonArray rows = r.value().array();
        m_materials = materialItems(rows);
        if (r.value().cachedAt.isValid()) // U44: the last list the server gave
            m_materialsNote = Format::offlineNotice(r.value().cachedAt);
        else
            m_materialsNote
                = rows.isEmpty() ? tr("This pack has no materials yet.") : tr("Double-click or press Enter to open.");
        emit materialsChanged();
    });
}

void MyLearning::requestRefund(const QString &reason)
{
    const QString id = Format::str(m_current, "id");
    if (id.isEmpty())
        return;
    busy(true);
    emit refundRequesting(tr("Requesting the refund…"));
    const QJsonObject enrollment = m_current;
    m_enrollmentApi->createRefundRequest(id, reason, this, [this, enrollment](const api::Result<api::JsonAnswer> &r) {
        busy(false);
        if (!r) {
            emit refundFailed(r.error().userMessage());
            return;
        }
        const QJsonObject request = r.value().object();
        const QString status = Labels::enumLabel(QStringLiteral("refundRequest"), QStringLiteral("status"),
                                                 Format::str(request, "status"));
        emit refundRequested(tr("Refund %1: %2 goes back to your card; the remaining lessons are canceled.")
                                 .arg(status.toLower(), Format::money(Format::num(enrollment, "totalAmount"),
                                                                      Format::str(enrollment, "currency"))));
        m_enrollments->refresh();
        m_refunds->refresh();
        m_lessons->refresh();
    });
}

void MyLearning::exportCalendar(const QString &fileName)
{
    // Pack titles and tutor names come from the enrollments (the slot list carries ids).
    QHash<QString, QPair<QString, QString>> packs;
    for (int row = 0; row < m_enrollments->rowCount(); ++row) {
        const QJsonObject e = m_enrollments->object(row);
        packs.insert(Format::str(e, "coursePackId"), {packTitleOf(e), tutorNameOf(e)});
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("studentId"), m_studentId);
    q.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("0"));
    q.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("startsAt"));
    busy(true);
    m_catalog->listLessonSlots(q, this, [this, fileName, packs](const api::Result<api::JsonAnswer> &r) {
        busy(false);
        if (!r) {
            emit exportFinished(false, fileName, r.error().userMessage());
            return;
        }
        QList<CalendarEvent> events;
        for (const QJsonValue &v : r.value().array()) {
            QJsonObject s = v.toObject();
            const auto names = packs.value(Format::str(s, "coursePackId"));
            s.insert(QStringLiteral("coursePackTitle"), names.first);
            s.insert(QStringLiteral("tutorName"), names.second);
            events << ICalendar::fromLessonSlot(s, QStringLiteral("student"));
        }
        // Agreed screening meetings (issue 15 item 1, U23): the student's own, approved with a date.
        QUrlQuery mq;
        mq.addQueryItem(QStringLiteral("studentId"), m_studentId);
        busy(true);
        m_catalog->listPreliminaryMeetings(
            mq, this, [this, fileName, packs, events](const api::Result<api::JsonAnswer> &mr) mutable {
                busy(false);
                if (mr) {
                    for (const QJsonValue &v : mr.value().array()) {
                        const QJsonObject m = v.toObject();
                        CalendarEvent e;
                        const auto names = packs.value(Format::str(m, "coursePackId"));
                        if (Format::str(m, "studentId") == m_studentId
                            && Screening::calendarEvent(m, names.first, names.second, &e))
                            events << e;
                    }
                }
                writeCalendar(fileName, events);
            });
    });
}

void MyLearning::writeCalendar(const QString &fileName, const QList<CalendarEvent> &events)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(ICalendar::build(events)) < 0 || !file.commit()) {
        emit exportFinished(false, fileName,
                            tr("The calendar could not be written to “%1”: %2").arg(fileName, file.errorString()));
        return;
    }
    emit exportFinished(true, fileName,
                        tr("%1 lessons exported to “%2”. Import the file in Google Calendar, Outlook or Thunderbird.")
                            .arg(events.size())
                            .arg(fileName));
}

} // namespace tutorhub::models::student
