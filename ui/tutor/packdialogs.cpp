#include "packdialogs.h"

#include "models/format.h"
#include "models/labels.h"
#include "models/tutor/tutorcommands.h"
#include "models/tutor/tutorforms.h"
#include "ui/common/messagebanner.h"
#include "ui/common/prompter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tutorhub::ui::tutor {

using models::Format;
using models::Labels;
using models::tutor::TutorForms;

namespace {

QSpinBox *countBox(const QString &name, int max, QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setRange(0, max);
    s->setSpecialValueText(QCoreApplication::translate("tutorhub::ui::tutor::PackEditorDialog", "Not set"));
    s->setAccessibleName(name);
    return s;
}

void fillEnum(QComboBox *box, const char *object, const char *field)
{
    for (const QString &v : Labels::enumValues(QLatin1String(object), QLatin1String(field)))
        box->addItem(Labels::enumLabel(QLatin1String(object), QLatin1String(field), v), v);
}

} // namespace

// --- PackEditorDialog ------------------------------------------------------------------------------

PackEditorDialog::PackEditorDialog(models::tutor::TutorCommands *commands, const QString &tutorProfileId,
                                   const QJsonObject &pack, QWidget *parent)
    : QDialog(parent),
      m_commands(commands),
      m_profileId(tutorProfileId),
      m_pack(pack)
{
    setWindowTitle(pack.isEmpty() ? tr("New course pack") : tr("Edit course pack"));
    setObjectName(QStringLiteral("packEditor"));
    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_banner->setAccessibleName(tr("Pack editor message"));
    layout->addWidget(m_banner);
    m_moderation = new QLabel(this);
    m_moderation->setWordWrap(true);
    m_moderation->setAccessibleName(tr("Moderation"));
    layout->addWidget(m_moderation);
    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setAccessibleName(tr("Title"));
    m_description = new QPlainTextEdit(this);
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_category = new QComboBox(this);
    m_category->setAccessibleName(tr("Category"));
    m_price = new QDoubleSpinBox(this);
    m_price->setRange(0, 10000);
    m_price->setDecimals(2);
    m_price->setSuffix(QStringLiteral(" €"));
    m_price->setAccessibleName(tr("Price per lesson in euros"));
    m_scheduling = new QComboBox(this);
    m_scheduling->setAccessibleName(tr("Scheduling"));
    fillEnum(m_scheduling, "coursePack", "schedulingType");
    m_minWeekly = countBox(tr("Minimum lessons per week"), 50, this);
    m_maxDaily = countBox(tr("Maximum lessons per day"), 24, this);
    m_required = countBox(tr("Lessons in the pack"), 500, this);
    m_periodValue = countBox(tr("Period length"), 104, this);
    m_periodUnit = new QComboBox(this);
    m_periodUnit->setAccessibleName(tr("Period unit"));
    fillEnum(m_periodUnit, "coursePack", "maxPeriodUnit");
    auto *period = new QHBoxLayout;
    period->addWidget(m_periodValue);
    period->addWidget(m_periodUnit);
    m_screening = new QCheckBox(tr("Students need an approved screening meeting before enrolling"), this);
    m_screening->setAccessibleName(tr("Screening required"));
    m_published = new QCheckBox(tr("Published (students can find and book it)"), this);
    m_published->setAccessibleName(tr("Published"));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("C&ategory:"), m_category);
    form->addRow(tr("&Price per lesson:"), m_price);
    form->addRow(tr("Currency:"), new QLabel(tr("Euro (EUR)"), this));
    form->addRow(tr("&Scheduling:"), m_scheduling);
    form->addRow(tr("Lessons per &week, at least:"), m_minWeekly);
    form->addRow(tr("Lessons per da&y, at most:"), m_maxDaily);
    form->addRow(tr("&Lessons in the pack:"), m_required);
    form->addRow(tr("Within a period of:"), period);
    form->addRow(QString(), m_screening);
    form->addRow(QString(), m_published);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(pack.isEmpty() ? tr("Create pack") : tr("Save changes"), QDialogButtonBox::AcceptRole);
    m_save->setAccessibleName(tr("Save pack"));
    m_save->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PackEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scheduling, &QComboBox::currentIndexChanged, this, &PackEditorDialog::updateStrict);

    const TutorForms::PackDraft d = TutorForms::packDraft(pack);
    m_title->setText(d.title);
    m_description->setPlainText(d.description);
    m_price->setValue(d.price);
    m_scheduling->setCurrentIndex(qMax(0, m_scheduling->findData(d.schedulingType)));
    m_minWeekly->setValue(d.minWeeklyClasses);
    m_maxDaily->setValue(d.maxDailyLessons);
    m_required->setValue(d.requiredClassesCount);
    m_periodValue->setValue(d.maxPeriodValue);
    m_periodUnit->setCurrentIndex(qMax(0, m_periodUnit->findData(d.maxPeriodUnit)));
    m_screening->setChecked(d.preliminaryMeetingRequired);
    m_published->setChecked(d.isPublished);
    const QString moderation = Format::str(pack, "moderationStatus");
    if (!pack.isEmpty() && moderation != QLatin1String("approved") && !moderation.isEmpty()) {
        m_moderation->setText(
            tr("Moderation: %1. %2")
                .arg(Labels::enumLabel(QStringLiteral("coursePack"), QStringLiteral("moderationStatus"), moderation),
                     Format::str(pack, "moderationNote")));
    } else {
        m_moderation->hide();
    }
    updateStrict();

    m_category->addItem(d.category, d.category);
    m_category->setEnabled(false);
    m_commands->courseCategories(this, [this, current = d.category](const models::tutor::Outcome &r) {
        m_category->clear();
        m_category->setEnabled(true);
        if (!r.ok()) {
            m_banner->showError(r.error);
            m_category->addItem(current, current);
            return;
        }
        m_category->addItem(tr("Choose a category…"), QString());
        for (const QJsonValue &v : r.array) {
            const QJsonObject c = v.toObject();
            const QString name = Format::str(c, "name");
            m_category->addItem(QStringLiteral("%1 %2").arg(Format::str(c, "icon"), name).trimmed(), name);
        }
        m_category->setCurrentIndex(qMax(0, m_category->findData(current)));
        m_categoriesLoaded = true;
    });
}

bool PackEditorDialog::categoriesLoaded() const
{
    return m_categoriesLoaded;
}
QString PackEditorDialog::errorText() const
{
    return m_banner->text();
}
void PackEditorDialog::setTitle(const QString &title)
{
    m_title->setText(title);
}
void PackEditorDialog::setPrice(double price)
{
    m_price->setValue(price);
}
void PackEditorDialog::setScreeningRequired(bool on)
{
    m_screening->setChecked(on);
}

void PackEditorDialog::setCategory(const QString &category)
{
    m_category->setCurrentIndex(m_category->findData(category));
}

void PackEditorDialog::setStrict(int lessons, int periodValue, const QString &periodUnit)
{
    m_scheduling->setCurrentIndex(m_scheduling->findData(QStringLiteral("strict")));
    m_required->setValue(lessons);
    m_periodValue->setValue(periodValue);
    m_periodUnit->setCurrentIndex(m_periodUnit->findData(periodUnit));
}

void PackEditorDialog::updateStrict()
{
    const bool strict = m_scheduling->currentData().toString() == QLatin1String("strict");
    m_periodValue->setEnabled(strict);
    m_periodUnit->setEnabled(strict);
}

void PackEditorDialog::save()
{
    TutorForms::PackDraft d;
    d.title = m_title->text();
    d.description = m_description->toPlainText();
    d.category = m_category->currentData().toString();
    d.price = m_price->value();
    d.schedulingType = m_scheduling->currentData().toString();
    d.minWeeklyClasses = m_minWeekly->value();
    d.maxDailyLessons = m_maxDaily->value();
    d.requiredClassesCount = m_required->value();
    d.maxPeriodValue = d.schedulingType == QLatin1String("strict") ? m_periodValue->value() : 0;
    d.maxPeriodUnit = m_periodUnit->currentData().toString();
    d.preliminaryMeetingRequired = m_screening->isChecked();
    d.isPublished = m_published->isChecked();
    QStringList problems;
    QJsonObject body = TutorForms::packBody(d, &problems);
    if (!problems.isEmpty()) {
        m_banner->showError(problems.join(QLatin1Char(' ')));
        return;
    }
    m_save->setEnabled(false);
    auto done = [this](const models::tutor::Outcome &r) {
        m_save->setEnabled(true);
        if (!r.ok()) {
            m_banner->showError(r.error);
            return;
        }
        emit saved(r.object);
        accept();
    };
    if (m_pack.isEmpty()) {
        body.insert(QStringLiteral("tutorProfileId"), m_profileId);
        m_commands->createPack(body, this, done);
    } else {
        m_commands->updatePack(Format::str(m_pack, "id"), body, this, done);
    }
}

// --- MaterialDialog --------------------------------------------------------------------------------

MaterialDialog::MaterialDialog(models::tutor::TutorCommands *commands, Prompter *prompter, const QString &coursePackId,
                               const QJsonObject &material, const QStringList &otherTitles, QWidget *parent)
    : QDialog(parent),
      m_commands(commands),
      m_prompter(prompter),
      m_packId(coursePackId),
      m_material(material),
      m_otherTitles(otherTitles)
{
    setWindowTitle(material.isEmpty() ? tr("Add material") : tr("Edit material"));
    setObjectName(QStringLiteral("materialDialog"));
    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_banner->setAccessibleName(tr("Material message"));
    layout->addWidget(m_banner);
    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setAccessibleName(tr("Material title"));
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Kind of material"));
    fillEnum(m_kind, "courseMaterial", "fileType");
    m_url = new QLineEdit(this);
    m_url->setAccessibleName(tr("Web address"));
    m_url->setPlaceholderText(QStringLiteral("https://…"));
    m_choose = new QPushButton(tr("Choose file…"), this);
    m_choose->setAccessibleName(tr("Choose file to upload"));
    m_fileLabel = new QLabel(this);
    m_fileLabel->setWordWrap(true);
    // C68: uploads are our server's extension; without it the material is a web address the tutor pastes.
    m_noUpload = new QLabel(tr("This server does not accept file uploads: put the file online (a shared drive or "
                               "your website) and paste its web address."),
                            this);
    m_noUpload->setAccessibleName(tr("Why there is no upload"));
    m_noUpload->setWordWrap(true);
    auto *source = new QHBoxLayout;
    source->addWidget(m_url, 1);
    source->addWidget(m_choose);
    m_description = new QPlainTextEdit(this);
    m_description->setAccessibleName(tr("Material description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(80);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Upload progress"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Address or file:"), source);
    form->addRow(QString(), m_fileLabel);
    form->addRow(QString(), m_noUpload);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), m_progress);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Visible to you, to students whose enrollment in this pack is active or "
                                    "completed, and to administrators."),
                                 this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(material.isEmpty() ? tr("Add") : tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setAccessibleName(tr("Save material"));
    m_save->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MaterialDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_abortUpload)
            m_abortUpload(); // nothing is created when the upload is canceled
        reject();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MaterialDialog::updateKind);
    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QString file = m_prompter ? m_prompter->openFile(this, tr("Choose a file")) : QString();
        if (!file.isEmpty())
            setFile(file);
    });
    m_title->setText(Format::str(material, "title"));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(Format::str(material, "fileType"))));
    const QString link = Format::str(material, "linkUrl");
    m_url->setText(link.isEmpty() ? Format::str(material, "fileUrl") : link);
    m_description->setPlainText(Format::str(material, "description"));
    m_choose->setVisible(offersUpload());
    m_noUpload->setVisible(!offersUpload());
    updateKind();
}

bool MaterialDialog::offersUpload() const
{
    return m_commands->offersMaterialUploads();
}

void MaterialDialog::setTitle(const QString &title)
{
    m_title->setText(title);
}
void MaterialDialog::setKind(const QString &fileType)
{
    m_kind->setCurrentIndex(m_kind->findData(fileType));
}
void MaterialDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}
QString MaterialDialog::errorText() const
{
    return m_banner->text();
}
int MaterialDialog::progress() const
{
    return m_progress->value();
}

void MaterialDialog::updateKind()
{
    const bool link = m_kind->currentData().toString() == QLatin1String("externalLink");
    m_choose->setEnabled(!link);
    if (link) {
        m_file.clear();
        m_fileLabel->clear();
    }
}

bool MaterialDialog::setFile(const QString &path)
{
    if (!offersUpload()) {
        m_banner->showError(m_noUpload->text());
        return false;
    }
    const QFileInfo info(path);
    const QString problem = TutorForms::fileProblem(path, info.size());
    if (!problem.isEmpty()) {
        m_banner->showError(problem);
        return false;
    }
    m_banner->clear();
    m_file = path;
    m_url->clear();
    m_fileLabel->setText(
        tr("Will upload “%1” (%2 KB).").arg(info.fileName()).arg(QLocale().toString((info.size() + 1023) / 1024)));
    m_kind->setCurrentIndex(m_kind->findData(TutorForms::fileTypeOfName(path)));
    if (m_title->text().isEmpty())
        m_title->setText(info.completeBaseName());
    return true;
}

void MaterialDialog::save()
{
    const QString kind = m_kind->currentData().toString();
    QStringList problems;
    // With a file to upload, the URL comes from the upload; check the rest first.
    TutorForms::materialBody(m_title->text(), kind,
                             m_file.isEmpty() ? m_url->text() : QStringLiteral("https://upload.invalid/x"),
                             m_description->toPlainText(), m_otherTitles, &problems, offersUpload());
    if (!problems.isEmpty()) {
        m_banner->showError(problems.join(QLatin1Char(' ')));
        return;
    }
    if (m_file.isEmpty()) {
        sendMaterial(m_url->text());
        return;
    }
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly)) {
        m_banner->showError(tr("“%1” could not be read.").arg(QFileInfo(m_file).fileName()));
        return;
    }
    m_save->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_abortUpload = m_commands->uploadMaterialFile(
        m_packId, QFileInfo(m_file).fileName(), TutorForms::mimeTypeOfName(m_file), file.readAll(), this,
        [this](const models::tutor::Outcome &res) {
            m_abortUpload = nullptr;
            m_progress->hide();
            m_save->setEnabled(true);
            if (!res.ok()) {
                if (!res.canceled)
                    m_banner->showError(res.error);
                return;
            }
            sendMaterial(Format::str(res.object, "url"));
        },
        [this](int percent) {
            m_progress->setValue(percent);
            emit uploadProgressed(percent);
        });
}

void MaterialDialog::sendMaterial(const QString &url)
{
    QStringList problems;
    const QJsonObject body
        = TutorForms::materialBody(m_title->text(), m_kind->currentData().toString(), url, m_description->toPlainText(),
                                   m_otherTitles, &problems, offersUpload());
    if (!problems.isEmpty()) {
        m_banner->showError(problems.join(QLatin1Char(' ')));
        return;
    }
    m_save->setEnabled(false);
    auto done = [this](const models::tutor::Outcome &r) {
        m_save->setEnabled(true);
        if (!r.ok()) {
            m_banner->showError(r.error);
            return;
        }
        m_file.clear();
        emit saved(r.object);
        accept();
    };
    if (m_material.isEmpty()) {
        QJsonObject b = body;
        b.insert(QStringLiteral("coursePackId"), m_packId);
        m_commands->createMaterial(b, this, done);
    } else {
        m_commands->updateMaterial(Format::str(m_material, "id"), body, this, done);
    }
}

} // namespace tutorhub::ui::tutor
