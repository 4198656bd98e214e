// The course pack editor and the material dialog. Each validates with models::tutor::TutorForms,
// sends one command (models/tutor/tutorcommands.h) and closes only when the server accepted it; a refusal stays in the
// dialog as a sentence with the values kept (nothing half-saved).
#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QStringList>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace tutorhub::models::tutor {
class TutorCommands;
}

namespace tutorhub::ui {
class MessageBanner;
class Prompter;
} // namespace tutorhub::ui

namespace tutorhub::ui::tutor {

class PackEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // `pack` empty: a new pack of `tutorProfileId`.
    PackEditorDialog(models::tutor::TutorCommands *commands, const QString &tutorProfileId, const QJsonObject &pack,
                     QWidget *parent);

    void setTitle(const QString &title);
    void setCategory(const QString &category);
    void setPrice(double price);
    void setScreeningRequired(bool on);
    void setStrict(int lessons, int periodValue, const QString &periodUnit);
    bool categoriesLoaded() const;
    QString errorText() const;
    // Validates and sends; on success emits saved(pack) and accepts.
    void save();

signals:
    void saved(const QJsonObject &pack);

private:
    void updateStrict();

    models::tutor::TutorCommands *m_commands;
    QString m_profileId;
    QJsonObject m_pack;
    MessageBanner *m_banner;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_category;
    QDoubleSpinBox *m_price;
    QComboBox *m_scheduling;
    QSpinBox *m_minWeekly;
    QSpinBox *m_maxDaily;
    QSpinBox *m_required;
    QSpinBox *m_periodValue;
    QComboBox *m_periodUnit;
    QCheckBox *m_screening;
    QCheckBox *m_published;
    QLabel *m_moderation;
    QPushButton *m_save;
    bool m_categoriesLoaded = false;
};

class MaterialDialog : public QDialog
{
    Q_OBJECT

public:
    // `material` empty: a new material of `coursePackId`. `otherTitles`: lower-case titles of the
    // pack's other materials (unique per pack).
    // `prompter` asks for the file to upload (K2).
    MaterialDialog(models::tutor::TutorCommands *commands, Prompter *prompter, const QString &coursePackId,
                   const QJsonObject &material, const QStringList &otherTitles, QWidget *parent);

    void setTitle(const QString &title);
    void setKind(const QString &fileType);
    void setUrl(const QString &url);
    // A local file to upload (checked for type and size at once; refused with a sentence when the server takes no
    // uploads, C57).
    bool setFile(const QString &path);
    QString errorText() const;
    int progress() const;
    void save();
    // Whether files can be uploaded: the server names the upload extension (C68); else only a web address.
    bool offersUpload() const;

signals:
    void saved(const QJsonObject &material);
    void uploadProgressed(int percent);

private:
    void sendMaterial(const QString &url);
    void updateKind();

    models::tutor::TutorCommands *m_commands;
    Prompter *m_prompter;
    QString m_packId;
    QJsonObject m_material;
    QStringList m_otherTitles;
    QString m_file;
    MessageBanner *m_banner;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QLineEdit *m_url;
    QPushButton *m_choose;
    QLabel *m_fileLabel;
    QLabel *m_noUpload;
    QPlainTextEdit *m_description;
    QProgressBar *m_progress;
    QPushButton *m_save;
    std::function<void()> m_abortUpload; // set while an upload runs
};

} // namespace tutorhub::ui::tutor
