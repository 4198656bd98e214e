// The "My learning" page's view-model (issue 17 item 1, decision K10): the student's enrollments, lessons and
// refund requests (PagedListModels), the enrollment shown, what may be done with it (pay, message the tutor,
// a refund under decision 9, each with its sentence), its materials, the refund request and the iCalendar
// export of the student's lessons and agreed screening meetings. Results and errors are sentences.
#pragma once

#include "models/icalendar.h"
#include "models/student/studentlists.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace tutorhub::api {
class ApiClient;
class CatalogApi;
class EnrollmentApi;
} // namespace tutorhub::api

namespace tutorhub::models::student {

class MyLearning : public QObject
{
    Q_OBJECT

public:
    MyLearning(api::ApiClient *client, const QString &studentId, QObject *parent = nullptr);

    PagedListModel *enrollments() const { return m_enrollments; }
    PagedListModel *lessons() const { return m_lessons; }
    PagedListModel *refunds() const { return m_refunds; }
    void reload(); // every list, and the materials of the current enrollment
    void refresh(); // enrollments and refunds

    const QJsonObject &current() const { return m_current; }
    // Shows another enrollment (empty: none): the lessons follow its pack, the materials load.
    void setCurrent(const QJsonObject &enrollment);
    QString currentTitle() const; // "<pack> with <tutor>"
    bool canPay() const; // pending enrollment, pending payment
    bool canMessageTutor() const; // D39: not canceled, tutor known
    QString tutorUserId() const;
    bool canRequestRefund() const;
    QString refundText() const; // why not, or what a refund does now
    QString refundQuestion() const; // the refund dialog's explanation

    QList<MaterialItem> materials() const { return m_materials; }
    QString materialsNote() const { return m_materialsNote; }

    void requestRefund(const QString &reason);
    bool isBusy() const { return m_busy > 0; }
    // Writes the student's lessons and agreed screening meetings as an iCalendar file.
    void exportCalendar(const QString &fileName);

signals:
    void currentChanged(); // the enrollment or what may be done with it
    void materialsChanged();
    void busyChanged(bool busy);
    void refundRequesting(const QString &sentence);
    void refundRequested(const QString &sentence);
    void refundFailed(const QString &sentence);
    void exportFinished(bool ok, const QString &fileName, const QString &sentence);

private:
    void loadMaterials(bool force);
    bool hasRefundRequest(const QString &enrollmentId) const;
    void busy(bool on);
    void writeCalendar(const QString &fileName, const QList<CalendarEvent> &events);

    QString m_studentId;
    api::EnrollmentApi *m_enrollmentApi;
    api::CatalogApi *m_catalog;
    PagedListModel *m_enrollments;
    PagedListModel *m_lessons;
    PagedListModel *m_refunds;
    QJsonObject m_current;
    QString m_materialsPack;
    QString m_materialsStatus;
    QList<MaterialItem> m_materials;
    QString m_materialsNote;
    int m_busy = 0;
};

} // namespace tutorhub::models::student
