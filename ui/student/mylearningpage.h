// "My learning": the student's enrollments with enrollment / payment / refund status; for the one
// selected, its lessons (time in the student's zone, mode, place or meeting link), the enrolled
// materials (open / download), Pay (a pending enrollment, also after a restart mid-payment) and
// Request a refund, enabled exactly when decision 9 allows it, with the reason when not.
#pragma once

#include "workspacecontext.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace tutorhub::api {
class CatalogApi;
class EnrollmentApi;
}
namespace tutorhub::models {
class PagedListModel;
}
namespace tutorhub::ui {
class BusyIndicator;
class StatusChip;
}

namespace tutorhub::ui::student {

class PaymentDialog;

class MyLearningPage : public QWidget
{
    Q_OBJECT

public:
    MyLearningPage(const WorkspaceContext &context, QWidget *parent = nullptr);

    models::PagedListModel *enrollments() const { return m_enrollments; }
    models::PagedListModel *lessons() const { return m_lessons; }
    models::PagedListModel *refunds() const { return m_refunds; }
    QListWidget *materials() const { return m_materials; }
    void selectEnrollment(const QString &enrollmentId);
    QJsonObject currentEnrollment() const { return m_current; }
    bool refundEnabled() const;
    QString refundReasonText() const;
    QString outcomeText() const;
    PaymentDialog *openPayment();
    // Asks for the reason in a small dialog (returned, open), or submits `reason` directly.
    QWidget *openRefundDialog();
    void requestRefund(const QString &reason);
    void reload();
signals:
    void exportFinished(bool ok, const QString &fileName);
public:
    // Writes the student's booked and past lessons as an iCalendar file (Google Calendar, Outlook, Thunderbird).
    void exportCalendar(const QString &fileName);

private:
    void showCurrent();
    void loadMaterials();
    bool hasRefundRequest(const QString &enrollmentId) const;

    WorkspaceContext m_ctx;
    api::EnrollmentApi *m_api;
    api::CatalogApi *m_catalog;
    models::PagedListModel *m_enrollments;
    models::PagedListModel *m_lessons;
    models::PagedListModel *m_refunds;
    QJsonObject m_current;
    QTableView *m_table;
    QLabel *m_title;
    StatusChip *m_enrollmentChip;
    StatusChip *m_paymentChip;
    StatusChip *m_refundChip;
    QPushButton *m_pay;
    QPushButton *m_refund;
    QPushButton *m_message = nullptr;
    QString m_studentId;
    QLabel *m_refundReason;
    QLabel *m_outcome;
    QTabWidget *m_tabs;
    QTableView *m_lessonTable;
    QListWidget *m_materials;
    QLabel *m_materialsNote;
    QTableView *m_refundTable;
    BusyIndicator *m_busy;
};

} // namespace tutorhub::ui::student
