#include "profilepage.h"

#include "api/contract.h"
#include "api/apiclient.h"
#include "api/authapi.h"
#include "api/catalogapi.h"
#include "models/format.h"
#include "models/labels.h"
#include "models/tutor/tutorforms.h"
#include "models/tutor/tutorlists.h"
#include "ui/common/busyindicator.h"
#include "ui/common/theme.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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
    : TutorPage(context, tr("Profile"), tr("This is what students see of you in the catalog."), parent)
{
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
    connect(m_revert, &QPushButton::clicked, this, &ProfilePage::profileReady);
    connect(m_upload, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose a photo"), QString(),
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
    if (m_teachingModes.isEmpty() && context().client) {
        models::tutor::fetchAll(context().client,
                                api::ApiRequest::to(api::Route::listAvailabilities, {tutorProfileId()}),
                                this, [this](const QList<QJsonObject> &rows, const api::ApiError &) {
                                    QStringList modes;
                                    for (const QJsonObject &w : rows) {
                                        const QString m = models::Labels::enumLabel(QStringLiteral("availability"),
                                                                                    QStringLiteral("teachingMode"),
                                                                                    Format::str(w, "teachingMode"));
                                        if (!modes.contains(m))
                                            modes << m;
                                    }
                                    m_teachingModes = modes.isEmpty() ? tr("no availability yet") : modes.join(QStringLiteral(", "));
                                    updatePreview();
                                });
    }
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
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Certifications:"), m_certifications->text().toHtmlEscaped());
    if (!m_experience->toPlainText().isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Experience:"), m_experience->toPlainText().toHtmlEscaped());
    if (!m_bio->toPlainText().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(m_bio->toPlainText().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
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
    if (!models::tutor::TutorForms::isHttpUrl(url) || !context().client)
        return;
    QNetworkReply *reply = context().client->networkAccessManager()->get(QNetworkRequest(QUrl(url)));
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        if (url != m_loadedPhoto)
            return;
        QPixmap pm;
        if (reply->error() == QNetworkReply::NoError && pm.loadFromData(reply->readAll()))
            m_previewPhoto->setPixmap(pm.scaled(96, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        else
            m_previewPhoto->setText(tr("Photo not found"));
    });
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
    if (m_name->text().trimmed().isEmpty()) {
        showError(tr("Your display name cannot be empty: students look for you by it."));
        return;
    }
    const QString photo = m_photo->text().trimmed();
    if (!photo.isEmpty() && !models::tutor::TutorForms::isHttpUrl(photo)) {
        showError(offersUpload() ? tr("The photo must be a web address starting with https:// or http://, or upload an image.")
                                 : tr("The photo must be a web address starting with https:// or http://."));
        return;
    }
    auto *api = new api::CatalogApi(context().client, this);
    busy()->start();
    m_save->setEnabled(false);
    api->updateTutorProfile(tutorProfileId(), fields, this, [this, api](const api::Result<api::JsonAnswer> &r) {
        api->deleteLater();
        busy()->stop();
        if (!r.ok()) {
            showError(r.error().userMessage());
            updatePreview();
            return;
        }
        setProfile(r.value().object());
        showSuccess(tr("Your profile was saved."));
        updatePreview();
    });
}

bool ProfilePage::offersUpload() const
{
    return context().client && context().client->serverFeatures().supportsOrNotAsked(api::Route::uploadUserAvatarsFile);
}

void ProfilePage::uploadPhoto(const QString &fileName)
{
    if (!offersUpload()) {
        showError(m_noUpload->text());
        return;
    }
    QFile file(fileName);
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QHash<QString, QByteArray> types{{QStringLiteral("png"), "image/png"},   {QStringLiteral("jpg"), "image/jpeg"},
                                           {QStringLiteral("jpeg"), "image/jpeg"}, {QStringLiteral("webp"), "image/webp"},
                                           {QStringLiteral("gif"), "image/gif"}};
    if (!types.contains(suffix)) {
        showError(tr("A photo must be a PNG, JPEG, WebP or GIF image."));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("“%1” could not be read.").arg(QFileInfo(fileName).fileName()));
        return;
    }
    if (file.size() > 2 * 1024 * 1024) {
        showError(tr("The photo is larger than 2 MB; choose a smaller image."));
        return;
    }
    auto *auth = new api::AuthApi(context().client, this);
    busy()->start();
    auth->uploadAvatar(QFileInfo(fileName).fileName(), types.value(suffix), file.readAll(), this,
                       [this, auth](const api::Result<QJsonObject> &r) {
                           auth->deleteLater();
                           busy()->stop();
                           if (!r.ok()) {
                               showError(r.error().userMessage());
                               return;
                           }
                           m_photo->setText(Format::str(r.value(), "url"));
                           showSuccess(tr("The photo was uploaded; save the profile to show it to students."));
                       });
}

} // namespace tutorhub::ui::tutor
