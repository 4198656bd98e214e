#include "tutorpage.h"

#include "models/tutor/tutorviewmodel.h"
#include "ui/common/prompter.h"
#include "ui/common/busyindicator.h"
#include "ui/common/messagebanner.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tutorhub::ui::tutor {

TutorPage::TutorPage(const WorkspaceContext &context, const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent),
      m_context(context)
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
    return m_model ? m_model->tutorProfileId() : QString();
}

const QJsonObject &TutorPage::tutorProfile() const
{
    static const QJsonObject none;
    return m_model ? m_model->profile() : none;
}

bool TutorPage::isReady() const
{
    return m_model && m_model->isReady();
}

void TutorPage::showError(const QString &sentence)
{
    m_banner->showMessage(MessageBanner::Kind::Error, sentence);
}

void TutorPage::showSuccess(const QString &sentence)
{
    m_banner->showMessage(MessageBanner::Kind::Success, sentence);
}

void TutorPage::attach(models::tutor::TutorViewModel *model)
{
    m_model = model;
    connect(model, &models::tutor::TutorViewModel::busyChanged, this, [this](bool busy) {
        if (busy)
            m_busy->start();
        else
            m_busy->stop();
    });
    connect(model, &models::tutor::TutorViewModel::failed, this, &TutorPage::showError);
    connect(model, &models::tutor::TutorViewModel::succeeded, this, &TutorPage::showSuccess);
    connect(model, &models::tutor::TutorViewModel::profileReady, this, [this] {
        profileReady();
        emit ready();
    });
}

void TutorPage::openForm(QDialog *dialog)
{
    openDialog(m_context.prompter, dialog);
}

void TutorPage::lookUpProfile()
{
    if (m_model)
        m_model->lookUpProfile();
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
