// Common frame of the tutor workspace's pages: a heading, the page's own message banner (each
// failure explained in a sentence next to where it happened), a busy indicator, and the signed-in
// tutor's profile (looked up once per page by the page's view-model; the pages build their views when it is known).
// The page shows what its view-model (models/tutor/tutorviewmodel.h) reports: busy, failures, successes (K21).
#pragma once

#include "ui/workspacecontext.h"

#include <QJsonObject>
#include <QWidget>

class QDialog;
class QLabel;
class QVBoxLayout;

namespace tutorhub::ui {
class BusyIndicator;
class MessageBanner;
} // namespace tutorhub::ui

namespace tutorhub::models::tutor {
class TutorViewModel;
}

namespace tutorhub::ui::tutor {

class TutorPage : public QWidget
{
    Q_OBJECT

public:
    TutorPage(const WorkspaceContext &context, const QString &title, const QString &description, QWidget *parent);

    const WorkspaceContext &context() const { return m_context; }
    QString tutorProfileId() const;
    const QJsonObject &tutorProfile() const;
    bool isReady() const;
    MessageBanner *messages() const { return m_banner; }
    BusyIndicator *busy() const { return m_busy; }

    // Page-level feedback.
    void showError(const QString &sentence);
    void showSuccess(const QString &sentence);

signals:
    void ready();

protected:
    QVBoxLayout *body() const { return m_body; }
    // Called once the tutor profile is known (the page creates its models here).
    virtual void profileReady() = 0;
    // Opens one of the page's form dialogs through the prompter (K2, K24): window-modal, not waited for.
    void openForm(QDialog *dialog);
    // The page's view-model: its busy, failed and succeeded signals reach the indicator and the banner.
    void attach(models::tutor::TutorViewModel *model);
    // Starts the profile lookup; pages that need no profile (become-tutor) do not call it.
    void lookUpProfile();

private:
    WorkspaceContext m_context;
    models::tutor::TutorViewModel *m_model = nullptr;
    MessageBanner *m_banner;
    BusyIndicator *m_busy;
    QVBoxLayout *m_body;
};

// Helpers for forms: a label that wraps, a heading.
QLabel *noteLabel(const QString &text, QWidget *parent);

} // namespace tutorhub::ui::tutor
