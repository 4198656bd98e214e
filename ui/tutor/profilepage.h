// The public tutor profile: display name, subjects, experience, biography, photo (a link, or an
// uploaded image) and, beside it, a live preview of the card students see in the catalog. The
// teaching mode lives on the availability windows (D33); the preview shows what they offer (T2).
#pragma once

#include "tutorpage.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QImage;
class QTimer;

namespace tutorhub::models::tutor {
class ProfileViewModel;
}

namespace tutorhub::ui::tutor {

class ProfilePage : public TutorPage
{
    Q_OBJECT

public:
    ProfilePage(const WorkspaceContext &context, QWidget *parent);

    QString previewText() const;
    void save();
    // Uploads an image file as the photo (through the avatar bucket, D14) and sets the link.
    void uploadPhoto(const QString &fileName);
    // Whether the server takes avatar uploads (C68); else the photo is only a web address.
    bool offersUpload() const;

protected:
    void profileReady() override;

private:
    void updatePreview();
    void loadPhoto();
    void showPhoto(const QString &url, const QImage &image);
    QJsonObject changes() const;

    models::tutor::ProfileViewModel *m_model;
    QLineEdit *m_name;
    QLineEdit *m_subjects;
    QPlainTextEdit *m_experience;
    QPlainTextEdit *m_bio;
    QLineEdit *m_certifications;
    QLineEdit *m_photo;
    QPushButton *m_upload;
    QLabel *m_noUpload;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_preview;
    QLabel *m_previewPhoto;
    QString m_teachingModes;
    QTimer *m_photoTimer;
    QString m_loadedPhoto;
};

} // namespace tutorhub::ui::tutor
