// Common frame of the tutor workspace's pages: a heading, the page's own message banner (each
// failure explained in a sentence next to where it happened), a busy indicator, and the signed-in
// tutor's profile (looked up once per page; the pages build their models when it is known).
#pragma once

#include "ui/workspacecontext.h"

#include "api/apierror.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace tutorhub::ui {
class BusyIndicator;
class MessageBanner;
} // namespace tutorhub::ui

namespace tutorhub::ui::tutor {

class TutorPage : public QWidget
{
    Q_OBJECT

public:
    TutorPage(const WorkspaceContext &context, const QString &title, const QString &description, QWidget *parent);

    const WorkspaceContext &context() const { return m_context; }
    QString tutorProfileId() const;
    const QJsonObject &tutorProfile() const { return m_profile; }
    bool isReady() const { return !m_profile.isEmpty(); }
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
    // Starts the profile lookup; pages that need no profile (become-tutor) do not call it.
    void lookUpProfile();
    void setProfile(const QJsonObject &profile) { m_profile = profile; }

private:
    WorkspaceContext m_context;
    QJsonObject m_profile;
    MessageBanner *m_banner;
    BusyIndicator *m_busy;
    QVBoxLayout *m_body;
};

// Helpers for forms: a label that wraps, a heading.
QLabel *noteLabel(const QString &text, QWidget *parent);

} // namespace tutorhub::ui::tutor
