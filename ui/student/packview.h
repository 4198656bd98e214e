// The course pack page (description, price, scheduling rules, materials, screening requirement and
// the student's screening request with its decision) and the tutor profile page, over the view-models
// models::student::PackDetails and TutorDetails (K10).
#pragma once

#include "workspacecontext.h"

#include "models/student/screening.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace tutorhub::models {
class PagedListModel;
}
namespace tutorhub::models::student {
class PackDetails;
class TutorDetails;
} // namespace tutorhub::models::student

namespace tutorhub::ui {
class BusyIndicator;
class StatusChip;
} // namespace tutorhub::ui

namespace tutorhub::ui::student {

class ScreeningTimesDialog;

class PackView : public QWidget
{
    Q_OBJECT

public:
    explicit PackView(const WorkspaceContext &context, QWidget *parent = nullptr);

    models::student::PackDetails *details() const { return m_details; }
    void setPack(const QJsonObject &pack); // a row of the catalog list; the full pack is fetched
    QJsonObject pack() const;
    // Screening: "", "pending", "approved", "rejected" (the latest request of this student).
    QString screeningDecision() const;
    bool canBook() const;
    QString bookBlockedReason() const;
    // Opens the proposal dialog (one to three times; one without the extension); accepting it sends the request.
    ScreeningTimesDialog *requestScreening();
    // The tutor proposed another time: accept it, or answer with other times (extension only).
    void acceptScreeningTime();
    ScreeningTimesDialog *proposeScreeningTimes();
    void sendScreeningRequest(const QList<QDateTime> &timesUtc);
    models::student::Screening::State screeningState() const;
    QJsonObject screeningMeeting() const;

signals:
    void backRequested();
    void tutorRequested(const QString &tutorProfileId);
    void bookRequested(const QJsonObject &pack);
    void screeningShown(); // the screening section shows the latest state

private:
    void showPack();
    void showMaterials();
    void showScreening();

    WorkspaceContext m_ctx;
    models::student::PackDetails *m_details;
    QLabel *m_title;
    QLabel *m_tutor;
    QLabel *m_price;
    QLabel *m_rules;
    QLabel *m_description;
    QListWidget *m_materials;
    QLabel *m_materialsNote;
    QLabel *m_screening;
    StatusChip *m_screeningChip;
    QPushButton *m_requestScreening;
    QPushButton *m_acceptScreening;
    QPushButton *m_proposeAgain;
    QPushButton *m_book;
    QLabel *m_bookNote;
    BusyIndicator *m_busy;
};

class TutorView : public QWidget
{
    Q_OBJECT

public:
    explicit TutorView(const WorkspaceContext &context, QWidget *parent = nullptr);
    void setTutor(const QString &tutorProfileId);
    models::PagedListModel *packs() const;

signals:
    void backRequested();
    void packRequested(const QJsonObject &pack);

private:
    models::student::TutorDetails *m_tutor;
    QLabel *m_name;
    QLabel *m_details;
    QTableView *m_table;
    BusyIndicator *m_busy;
};

} // namespace tutorhub::ui::student
