#include "profilepage.h"

#include "models/format.h"
#include "models/tutor/tutorforms.h"
#include "models/tutor/tutorpagemodels.h"
#include "ui/common/prompter.h"
#include "ui/common/theme.h"

#include <QFormLayout>
#include <QImage>
#include <QPixmap>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>

namespace tutorhub::ui::tutor {

using models::Format;

namespace {
QPlainTextEdit *textBox(const QString &name, QWidget *parent)
{
    auto *e = new QPlainTextEdit(parent);
    e->setAccessibleName(name);
    e->setTabChangesFocus(true);
    e->setMaximumHeight(110);
    return e;
}
} // namespace

ProfilePage::ProfilePage(const WorkspaceContext &context, QWidget *parent)
    : TutorPage(context, tr("Profile"), tr("This is what students see of you in the catalog."), parent),
      m_model(new models::tutor::ProfileViewModel(context.client, context.session, this))
{
    attach(m_model);
    auto *row = new QHBoxLayout;
    auto *formBox = new QWidget(this);
    auto *form = new QFormLayout(formBox);
    m_name = new QLineEdit(formBox);
    m_name->setAccessibleName(tr("Display name"));
    m_subjects = new QLineEdit(formBox);
    m_subjects->setAccessibleName(tr("Subjects"));
    m_subjects->setPlaceholderText(tr("Comma-separated, e.g. Mathematics, Physics"));
    m_certifications = new QLineEdit(formBox);
    m_certifications->setAccessibleName(tr("Certifications"));
    m_experience = textBox(tr("Experience"), formBox);
    m_bio = textBox(tr("Biography"), formBox);
    m_photo = new QLineEdit(formBox);
    m_photo->setAccessibleName(tr("Photo link"));
    m_photo->setPlaceholderText(QStringLiteral("https://…"));
    m_photo->setMinimumWidth(160);
    m_upload = new QPushButton(tr("Upload photo…"), formBox);
    m_upload->setAccessibleName(tr("Upload photo"));
    auto *photoRow = new QHBoxLayout;
    photoRow->addWidget(m_photo, 1);
    photoRow->addWidget(m_upload);
    form->addRow(tr("&Display name:"), m_name);
    form->addRow(tr("&Subjects:"), m_subjects);
    form->addRow(tr("&Certifications:"), m_certifications);
    form->addRow(tr("&Experience:"), m_experience);
    form->addRow(tr("&Biography:"), m_bio);
    form->addRow(tr("Photo:"), photoRow);
    // C68: avatar uploads are our server's extension; without it the photo is a web address the tutor pastes.
    m_noUpload = new QLabel(tr("This server does not accept photo uploads: paste the web address of a photo that is "
                               "already online."),
                            formBox);
    m_noUpload->setAccessibleName(tr("Why there is no photo upload"));
    m_noUpload->setWordWrap(true);
    form->addRow(QString(), m_noUpload);
    m_upload->setVisible(offersUpload());
    m_noUpload->setVisible(!offersUpload());
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save profile"), formBox);
    m_save->setAccessibleName(tr("Save profile"));
    m_save->setDefault(true);
    m_revert = new QPushButton(tr("Undo changes"), formBox);
    m_revert->setAccessibleName(tr("Undo changes"));
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    form->addRow(buttons);
    row->addWidget(formBox, 3);

    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    card->setObjectName(QStringLiteral("profilePreview"));
    card->setAccessibleName(tr("Preview as students see it"));
    auto *cardLayout = new QVBoxLayout(card);
    auto *previewTitle = new QLabel(tr("Preview — as students see you"), card);
    previewTitle->setForegroundRole(QPalette::PlaceholderText);
    cardLayout->addWidget(previewTitle);
    m_previewPhoto = new QLabel(card);
    m_previewPhoto->setFixedSize(96, 96);
    m_previewPhoto->setAlignment(Qt::AlignCenter);
    m_previewPhoto->setAccessibleName(tr("Photo preview"));
    cardLayout->addWidget(m_previewPhoto);
    m_preview = new QLabel(card);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setAccessibleName(tr("Profile preview"));
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    cardLayout->addWidget(m_preview, 1);
    row->addWidget(card, 2);
    body()->addLayout(row, 1);

    m_photoTimer = new QTimer(this);
    m_photoTimer->setSingleShot(true);
    m_photoTimer->setInterval(400);
    connect(m_photoTimer, &QTimer::timeout, this, &ProfilePage::loadPhoto);
    for (QLineEdit *e : {m_name, m_subjects, m_certifications, m_photo})
        connect(e, &QLineEdit::textChanged, this, &ProfilePage::updatePreview);
    for (QPlainTextEdit *e : {m_experience, m_bio})
        connect(e, &QPlainTextEdit::textChanged, this, &ProfilePage::updatePreview);
    connect(m_photo, &QLineEdit::textChanged, m_photoTimer, qOverload<>(&QTimer::start));
    connect(m_save, &QPushButton::clicked, this, &ProfilePage::save);
    using models::tutor::ProfileViewModel;
    connect(m_model, &ProfileViewModel::busyChanged, this, [this](bool busy) {
        if (busy)
            m_save->setEnabled(false);
    });
    connect(m_model, &ProfileViewModel::profileSaved, this, &ProfilePage::updatePreview);
    connect(m_model, &ProfileViewModel::saveFailed, this, &ProfilePage::updatePreview);
    connect(m_model, &ProfileViewModel::photoUploaded, m_photo, &QLineEdit::setText);
    connect(m_model, &ProfileViewModel::photoFetched, this, &ProfilePage::showPhoto);
    connect(m_model, &ProfileViewModel::teachingModesLoaded, this, [this](const QString &modes) {
        m_teachingModes = modes;
        updatePreview();
    });
    connect(m_revert, &QPushButton::clicked, this, &ProfilePage::profileReady);
    connect(m_upload, &QPushButton::clicked, this, [this] {
        const QString file = this->context().prompter->openFile(this, tr("Choose a photo"), QString(),
                                                                tr("Images (*.png *.jpg *.jpeg *.webp *.gif)"));
        if (!file.isEmpty())
            uploadPhoto(file);
    });
    setEnabled(false);
    lookUpProfile();
}

void ProfilePage::profileReady()
{
    setEnabled(true);
    const QJsonObject &p = tutorProfile();
    m_name->setText(Format::str(p, "displayName"));
    m_subjects->setText(Format::str(p, "subjects"));
    m_certifications->setText(Format::str(p, "certifications"));
    m_experience->setPlainText(Format::str(p, "experience"));
    m_bio->setPlainText(Format::str(p, "bio"));
    m_photo->setText(Format::str(p, "profilePhoto"));
    // The teaching modes the availability windows offer (shown in the preview).
    if (m_teachingModes.isEmpty())
        m_model->loadTeachingModes();
    updatePreview();
    loadPhoto();
}

QString ProfilePage::previewText() const
{
    return m_preview->text();
}

void ProfilePage::updatePreview()
{
    QStringList subjects;
    for (const QString &s : m_subjects->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        subjects << QStringLiteral("<span style='background:%1;'>&nbsp;%2&nbsp;</span>")
                        .arg(activeTheme().accentSoft.name(), s.trimmed().toHtmlEscaped());
    QString html = QStringLiteral("<h3>%1</h3>").arg(m_name->text().toHtmlEscaped());
    if (!subjects.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(subjects.join(QLatin1Char(' ')));
    if (!m_certifications->text().isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Certifications:"), m_certifications->text().toHtmlEscaped());
    if (!m_experience->toPlainText().isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Experience:"), m_experience->toPlainText().toHtmlEscaped());
    if (!m_bio->toPlainText().isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(m_bio->toPlainText().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (!m_teachingModes.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Teaches: %1").arg(m_teachingModes.toHtmlEscaped()));
    m_preview->setText(html);
    const bool changed = isReady() && !changes().isEmpty();
    m_save->setEnabled(changed);
    m_revert->setEnabled(changed);
}

void ProfilePage::loadPhoto()
{
    const QString url = m_photo->text().trimmed();
    if (url == m_loadedPhoto)
        return;
    m_loadedPhoto = url;
    m_previewPhoto->setPixmap({});
    m_previewPhoto->setText(tr("No photo"));
    m_model->fetchPhoto(url);
}

void ProfilePage::showPhoto(const QString &url, const QImage &image)
{
    if (url != m_loadedPhoto)
        return;
    if (!image.isNull())
        m_previewPhoto->setPixmap(
            QPixmap::fromImage(image).scaled(96, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_previewPhoto->setText(tr("Photo not found"));
}

QJsonObject ProfilePage::changes() const
{
    const QJsonObject &p = tutorProfile();
    QJsonObject out;
    auto diff = [&](const char *key, const QString &value) {
        if (Format::str(p, key) != value)
            out.insert(QLatin1String(key), value);
    };
    diff("displayName", m_name->text().trimmed());
    diff("subjects", m_subjects->text().trimmed());
    diff("certifications", m_certifications->text().trimmed());
    diff("experience", m_experience->toPlainText().trimmed());
    diff("bio", m_bio->toPlainText().trimmed());
    diff("profilePhoto", m_photo->text().trimmed());
    return out;
}

void ProfilePage::save()
{
    const QJsonObject fields = changes();
    if (fields.isEmpty())
        return;
    m_model->save(fields);
}

bool ProfilePage::offersUpload() const
{
    return m_model->offersUpload();
}

void ProfilePage::uploadPhoto(const QString &fileName)
{
    if (!offersUpload()) {
        showError(m_noUpload->text());
        return;
    }
    m_model->uploadPhoto(fileName);
}

} // namespace tutorhub::ui::tutor
