// The moderation dialog (issue 6): before a ban, suspension, reactivation or course removal it shows
// what will be canceled and refunded (models::admin::ImpactPreview) and the steps that will run;
// on confirmation it runs the resumable sequence (models::admin::ModerationCascade) and shows each
// step's progress; a failed step can be resumed here or later (the sequence is kept in the store).
#pragma once

#include "models/admin/moderationcascade.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace tutorhub::models::admin {
class AdminWorkspace;
class ImpactPreview;
} // namespace tutorhub::models::admin

namespace tutorhub::ui {
class BusyIndicator;
}

namespace tutorhub::ui::admin {

class ModerationDialog : public QDialog
{
    Q_OBJECT

public:
    // A new sequence: `plan` has action, admin, target (and complaintId); reason may be prefilled.
    ModerationDialog(models::admin::AdminWorkspace *workspace, const models::admin::CascadePlan &plan,
                     QWidget *parent = nullptr);
    // An unfinished sequence from the store: shows its steps and resumes it.
    ModerationDialog(models::admin::AdminWorkspace *workspace, const models::admin::CascadeStore::Entry &entry,
                     QWidget *parent = nullptr);

    models::admin::ModerationCascade *cascade() const { return m_cascade; }
    models::admin::ImpactPreview *preview() const { return m_preview; }
    // Confirms (as the button does): checks the reason, then runs the sequence.
    void confirm();

signals:
    void sequenceFinished(const models::admin::CascadePlan &plan);

private:
    void build(bool resuming);
    void setTitleText(const QString &roleId); // the heading: the target and its role's label
    void updateButtons();

    models::admin::ModerationCascade *m_cascade;
    models::admin::ImpactPreview *m_preview;
    QLabel *m_title;
    QLabel *m_summary;
    QTableView *m_impact;
    QListView *m_steps;
    QLineEdit *m_reason;
    QPlainTextEdit *m_message;
    QLabel *m_status;
    ui::BusyIndicator *m_busy;
    QPushButton *m_confirm;
    QPushButton *m_close;
    bool m_resuming = false;
};

// Title of an action for buttons and headers ("Ban user", "Remove course", ...).
QString actionTitle(const QString &action);

} // namespace tutorhub::ui::admin
