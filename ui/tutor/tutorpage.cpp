#include "tutorpage.h"

#include "api/session.h"
#include "models/format.h"
#include "models/tutor/tutorlists.h"
#include "ui/common/busyindicator.h"
#include "ui/common/messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tutorhub::ui::tutor {

TutorPage::TutorPage(const WorkspaceContext &context, const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    auto *outer = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);
    heading->setAccessibleName(title);
    head->addWidget(heading);
    head->addStretch();
    m_busy = new BusyIndicator(this);
    m_busy->setAccessibleName(tr("Working"));
    head->addWidget(m_busy);
    outer->addLayout(head);
    if (!description.isEmpty())
        outer->addWidget(noteLabel(description, this));
    m_banner = new MessageBanner(this);
    m_banner->setAccessibleName(tr("Page message"));
    outer->addWidget(m_banner);
    m_body = new QVBoxLayout;
    outer->addLayout(m_body, 1);
}

QString TutorPage::tutorProfileId() const
{
    return models::Format::str(m_profile, "id");
}

void TutorPage::showError(const QString &sentence)
{
    m_banner->showMessage(MessageBanner::Kind::Error, sentence);
}

void TutorPage::showSuccess(const QString &sentence)
{
    m_banner->showMessage(MessageBanner::Kind::Success, sentence);
}

void TutorPage::lookUpProfile()
{
    if (!m_context.session || !m_context.client)
        return;
    m_busy->start();
    models::tutor::findOwnTutorProfile(m_context.client, m_context.session->currentUser().id, this,
                                       [this](const QJsonObject &profile, const api::ApiError &error) {
                                           m_busy->stop();
                                           if (!error.isNone()) {
                                               showError(error.userMessage());
                                               return;
                                           }
                                           if (profile.isEmpty()) {
                                               showError(tr("Your tutor profile could not be found. If your application "
                                                            "was approved just now, sign out and in again."));
                                               return;
                                           }
                                           m_profile = profile;
                                           profileReady();
                                           emit ready();
                                       });
}

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setForegroundRole(QPalette::PlaceholderText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace tutorhub::ui::tutor
