// "My learning": the student's enrollments with enrollment / payment / refund status; for the one
// selected, its lessons (time in the student's zone, mode, place or meeting link), the enrolled
// materials (open / download), Pay (a pending enrollment, also after a restart mid-payment) and
// Request a refund, enabled exactly when decision 9 allows it, with the reason when not. Over the view-model
// models::student::MyLearning (K10); the export's file is asked through the prompter (K2).
#pragma once

#include "workspacecontext.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace tutorhub::models {
class PagedListModel;
}
namespace tutorhub::models::student {
class MyLearning;
}
namespace tutorhub::ui {
class BusyIndicator;
class StatusChip;
} // namespace tutorhub::ui

namespace tutorhub::ui::student {

class PaymentDialog;

class MyLearningPage : public QWidget
{
    Q_OBJECT

public:
    MyLearningPage(const WorkspaceContext &context, QWidget *parent = nullptr);

    models::student::MyLearning *learning() const { return m_learning; }
    models::PagedListModel *enrollments() const;
    models::PagedListModel *lessons() const;
    models::PagedListModel *refunds() const;
    QListWidget *materials() const { return m_materials; }
    void selectEnrollment(const QString &enrollmentId);
    QJsonObject currentEnrollment() const;
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
    // "Export calendar…": asks for the file through the prompter, then exports.
    void chooseExportFile();

private:
    void showCurrent();
    void showMaterials();

    WorkspaceContext m_ctx;
    models::student::MyLearning *m_learning;
    QTableView *m_table;
    QLabel *m_title;
    StatusChip *m_enrollmentChip;
    StatusChip *m_paymentChip;
    StatusChip *m_refundChip;
    QPushButton *m_pay;
    QPushButton *m_refund;
    QPushButton *m_message = nullptr;
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
