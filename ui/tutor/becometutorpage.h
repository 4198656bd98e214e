// "Become a tutor" (student workspace): the application form (certifications, qualifications, bio,
// subjects, document links) and the application's status with the reviewer's note. When the
// application is approved (found on open or by "Check status") the session's user is refreshed,
// which switches the window to the tutor workspace without signing in again (decision T1).
#pragma once

#include "tutorpage.h"

#include "api/types.h"

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tutorhub::models::tutor {
class BecomeTutorViewModel;
}

namespace tutorhub::ui {
class StatusChip;
}

namespace tutorhub::ui::tutor {

class BecomeTutorPage : public TutorPage
{
    Q_OBJECT

public:
    BecomeTutorPage(const WorkspaceContext &context, QWidget *parent);

    // Sends the application (validated first; nothing is sent while a problem is left).
    void submit();
    // Re-reads the user (status and note).
    void checkStatus();
    QString statusText() const;

protected:
    void profileReady() override { }

private:
    void showUser(const api::User &user);

    models::tutor::BecomeTutorViewModel *m_model;
    StatusChip *m_status;
    QLabel *m_statusText;
    QLabel *m_note;
    QLineEdit *m_specializations;
    QPlainTextEdit *m_qualifications;
    QPlainTextEdit *m_certifications;
    QPlainTextEdit *m_bio;
    QPlainTextEdit *m_documents;
    QPushButton *m_submit;
    QPushButton *m_check;
    QWidget *m_form;
};

} // namespace tutorhub::ui::tutor
