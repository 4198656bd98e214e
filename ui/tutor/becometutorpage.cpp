#include "becometutorpage.h"

#include "models/tutor/tutorpagemodels.h"
#include "ui/common/busyindicator.h"
#include "ui/common/messagebanner.h"
#include "ui/common/statuschip.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tutorhub::ui::tutor {

namespace {
QPlainTextEdit *textBox(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *e = new QPlainTextEdit(parent);
    e->setAccessibleName(name);
    e->setPlaceholderText(placeholder);
    e->setTabChangesFocus(true);
    e->setMaximumHeight(90);
    return e;
}
} // namespace

BecomeTutorPage::BecomeTutorPage(const WorkspaceContext &context, QWidget *parent)
    : TutorPage(context, tr("Become a tutor"),
                tr("Tell us what you teach and how you are qualified. An administrator reviews your "
                   "application; once it is approved your tutor workspace opens here."),
                parent),
      m_model(new models::tutor::BecomeTutorViewModel(context.client, context.session, this))
{
    attach(m_model);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(new QLabel(tr("Application:"), this));
    m_status = new StatusChip(this);
    m_status->setAccessibleName(tr("Application status"));
    statusRow->addWidget(m_status);
    m_statusText = new QLabel(this);
    m_statusText->setWordWrap(true);
    m_statusText->setAccessibleName(tr("Application status explanation"));
    statusRow->addWidget(m_statusText, 1);
    m_check = new QPushButton(tr("Check status"), this);
    m_check->setAccessibleName(tr("Check application status"));
    statusRow->addWidget(m_check);
    body()->addLayout(statusRow);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("Reviewer's note"));
    m_note->hide();
    body()->addWidget(m_note);

    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    m_specializations = new QLineEdit(m_form);
    m_specializations->setAccessibleName(tr("Subjects"));
    m_specializations->setPlaceholderText(tr("e.g. Mathematics, Physics"));
    m_qualifications = textBox(tr("Qualifications"), tr("Degrees and other education"), m_form);
    m_certifications = textBox(tr("Certifications"), tr("Teaching or subject certificates"), m_form);
    m_bio = textBox(tr("Biography"), tr("A few sentences about you as a teacher"), m_form);
    m_documents
        = textBox(tr("Document links"), tr("Links to your diplomas or certificates, one per line (https://…)"), m_form);
    form->addRow(tr("&Subjects:"), m_specializations);
    form->addRow(tr("&Qualifications:"), m_qualifications);
    form->addRow(tr("&Certifications:"), m_certifications);
    form->addRow(tr("&Biography:"), m_bio);
    form->addRow(tr("&Documents:"), m_documents);
    m_submit = new QPushButton(tr("Send application"), m_form);
    m_submit->setAccessibleName(tr("Send application"));
    m_submit->setDefault(true);
    form->addRow(QString(), m_submit);
    body()->addWidget(m_form);
    body()->addStretch();

    connect(m_submit, &QPushButton::clicked, this, &BecomeTutorPage::submit);
    connect(m_check, &QPushButton::clicked, this, &BecomeTutorPage::checkStatus);
    connect(m_model, &models::tutor::BecomeTutorViewModel::userChanged, this, &BecomeTutorPage::showUser);
    connect(m_model, &models::tutor::TutorViewModel::busyChanged, m_submit, &QWidget::setDisabled);
    if (context.session)
        showUser(m_model->currentUser());
}

QString BecomeTutorPage::statusText() const
{
    return m_statusText->text();
}

void BecomeTutorPage::showUser(const api::User &user)
{
    const QString status = user.tutorApplicationStatus.isEmpty() ? QStringLiteral("none") : user.tutorApplicationStatus;
    m_status->setStatus(QStringLiteral("user"), QStringLiteral("tutorApplicationStatus"), status);
    const bool pending = status == QLatin1String("pending");
    const bool approved = status == QLatin1String("approved") || user.isTutor();
    if (pending)
        m_statusText->setText(
            tr("Your application is being reviewed. You can keep using TutorHub as a student meanwhile."));
    else if (approved)
        m_statusText->setText(tr("Your application was approved. Your tutor workspace opens now."));
    else if (status == QLatin1String("rejected"))
        m_statusText->setText(tr("Your application was not approved. You may improve it and apply again."));
    else
        m_statusText->setText(tr("You have not applied yet."));
    m_note->setVisible(!user.applicationReviewNote.isEmpty());
    m_note->setText(tr("Reviewer's note: %1").arg(user.applicationReviewNote));
    m_form->setEnabled(!pending && !approved);
    if (m_specializations->text().isEmpty() && m_bio->toPlainText().isEmpty()) {
        m_specializations->setText(user.specializations);
        m_qualifications->setPlainText(user.qualifications);
        m_certifications->setPlainText(user.certifications);
        m_bio->setPlainText(user.bio);
        m_documents->setPlainText(user.applicationDocuments);
    }
}

void BecomeTutorPage::submit()
{
    m_model->apply(m_certifications->toPlainText(), m_qualifications->toPlainText(), m_bio->toPlainText(),
                   m_specializations->text(), m_documents->toPlainText());
}

void BecomeTutorPage::checkStatus()
{
    m_model->checkStatus();
}

} // namespace tutorhub::ui::tutor
