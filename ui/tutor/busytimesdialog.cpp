#include "busytimesdialog.h"

#include "models/format.h"
#include "models/tutor/busytimestore.h"
#include "models/tutor/tutorcommands.h"
#include "ui/common/prompter.h"
#include "ui/common/messagebanner.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tutorhub::ui::tutor {

using models::Format;
using models::tutor::BusyTime;
using models::tutor::BusyTimeStore;

namespace {

QString whenText(const BusyTime &b)
{
    if (b.allDay) {
        const QDate first = Format::local(b.startUtc).date();
        const QDate last = Format::local(b.endUtc).addSecs(-1).date();
        const QLocale locale;
        return first == last ? locale.toString(first, QLocale::ShortFormat)
                             : QStringLiteral("%1 – %2").arg(locale.toString(first, QLocale::ShortFormat),
                                                             locale.toString(last, QLocale::ShortFormat));
    }
    return Format::date(b.startUtc) + QLatin1Char(' ') + Format::timeRange(b.startUtc, b.endUtc);
}

} // namespace

BusyTimesImportDialog::BusyTimesImportDialog(models::tutor::TutorCommands *commands, Prompter *prompter,
                                             const QString &dataDirectory, const QString &tutorProfileId,
                                             QWidget *parent)
    : QDialog(parent),
      m_commands(commands),
      m_prompter(prompter),
      m_dataDirectory(dataDirectory),
      m_tutorProfileId(tutorProfileId)
{
    setObjectName(QStringLiteral("busyTimesImportDialog"));
    setWindowTitle(tr("Import busy times"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("Events of a calendar file (.ics) become busy times: the Availability week shows them and "
                        "no lesson is generated then. Cancelled and free events are left out. Times are shown in "
                        "your time zone, %1.")
                         .arg(Format::displayZoneName()),
                     this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_banner = new MessageBanner(this);
    m_banner->setAccessibleName(tr("Dialog message"));
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    m_file->setAccessibleName(tr("Calendar file"));
    auto *choose = new QPushButton(tr("Choose file…"), this);
    choose->setAccessibleName(tr("Choose a calendar file"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(choose);
    form->addRow(fileLabel, fileRow);
    m_from = new QDateEdit(QDate::currentDate(), this);
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("First day"));
    m_to = new QDateEdit(QDate::currentDate().addDays(7 * 8), this);
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("Last day"));
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("until"), this));
    range->addWidget(m_to);
    range->addStretch();
    auto *datesLabel = new QLabel(tr("&Dates:"), this);
    datesLabel->setBuddy(m_from);
    form->addRow(datesLabel, range);
    layout->addLayout(form);

    m_preview = new QTreeWidget(this);
    m_preview->setAccessibleName(tr("Busy times in the file"));
    m_preview->setRootIsDecorated(false);
    m_preview->setHeaderLabels({tr("When (%1)").arg(Format::displayZoneName()), tr("Event"), tr("State")});
    m_preview->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_preview->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_preview->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_preview->setMinimumHeight(180);
    layout->addWidget(m_preview, 1);
    m_summary = new QLabel(tr("Choose a calendar file to see its busy times."), this);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Import summary"));
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::ActionRole);
    m_import->setAccessibleName(tr("Import busy times"));
    m_import->setEnabled(false);
    layout->addWidget(buttons);
    connect(choose, &QPushButton::clicked, this, &BusyTimesImportDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &BusyTimesImportDialog::importBusyTimes);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QDateEdit::dateChanged, this, &BusyTimesImportDialog::reread);
    connect(m_to, &QDateEdit::dateChanged, this, &BusyTimesImportDialog::reread);
    resize(640, 480);
}

QString BusyTimesImportDialog::errorText() const
{
    return m_banner->text();
}

QString BusyTimesImportDialog::summaryText() const
{
    return m_summary->text();
}

void BusyTimesImportDialog::chooseFile()
{
    if (!m_prompter)
        return;
    const QString path = m_prompter->openFile(this, tr("Choose a calendar file"), m_startFolder,
                                              tr("Calendar files (*.ics *.ifb *.ical);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void BusyTimesImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    reread();
}

void BusyTimesImportDialog::setRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reread();
}

void BusyTimesImportDialog::reread()
{
    m_banner->clear();
    m_preview->clear();
    m_new.clear();
    m_read = {};
    m_import->setEnabled(false);
    if (m_path.isEmpty())
        return;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_banner->showError(tr("The file %1 cannot be opened (%2). Choose another file.")
                                .arg(QDir::toNativeSeparators(m_path), file.errorString()));
        m_summary->clear();
        return;
    }
    // Never read more than the limit plus one byte: a larger file is refused as a whole.
    m_read = models::tutor::readBusyTimes(file.read(models::tutor::kMaxIcsBytes + 1), m_from->date(), m_to->date(),
                                          Format::displayZone());
    if (!m_read.ok()) {
        m_banner->showError(m_read.error);
        m_summary->clear();
        return;
    }
    m_summary->setText(tr("Reading what is already stored…"));
    const BusyTimeStore store = m_commands->busyTimeStore(m_dataDirectory, m_tutorProfileId);
    store.load(this, [this](const QList<BusyTime> &existing, const QString &error) {
        if (!error.isEmpty()) {
            m_banner->showError(error);
            m_summary->clear();
            return;
        }
        showPreview(existing);
    });
}

void BusyTimesImportDialog::showPreview(const QList<BusyTime> &existing)
{
    m_preview->clear();
    m_new.clear();
    int already = 0;
    for (const BusyTime &b : m_read.busy) {
        const bool old = models::tutor::alreadyStored(b, existing);
        auto *item = new QTreeWidgetItem(m_preview, {whenText(b), b.title.isEmpty() ? tr("(no title)") : b.title,
                                                     old ? tr("Imported before") : tr("New")});
        item->setData(0, Qt::UserRole + 1, b.sourceUid);
        if (old)
            ++already;
        else
            m_new.append(b);
    }
    QStringList parts;
    if (m_read.busy.isEmpty())
        parts << tr("The file has no busy times between these dates.");
    else
        parts << tr("%n busy time(s) found between these dates.", nullptr, int(m_read.busy.size()));
    if (already > 0)
        parts << tr("%n of them imported before; they are not imported again.", nullptr, already);
    if (m_read.skipped > 0)
        parts << tr("%n cancelled or free event(s) left out.", nullptr, m_read.skipped);
    if (!m_new.isEmpty())
        parts << tr("Import adds %n busy time(s).", nullptr, int(m_new.size()));
    m_summary->setText(parts.join(QLatin1Char(' ')));
    m_import->setEnabled(!m_new.isEmpty());
}

void BusyTimesImportDialog::importBusyTimes()
{
    if (m_new.isEmpty() || m_busy)
        return;
    m_busy = true;
    m_import->setEnabled(false);
    m_banner->clear();
    const BusyTimeStore store = m_commands->busyTimeStore(m_dataDirectory, m_tutorProfileId);
    store.create(m_new, this, [this](const QList<BusyTimeStore::RowResult> &results) {
        m_busy = false;
        int stored = 0;
        QList<BusyTime> failed;
        for (const BusyTimeStore::RowResult &r : results) {
            for (int i = 0; i < m_preview->topLevelItemCount(); ++i) {
                QTreeWidgetItem *item = m_preview->topLevelItem(i);
                if (item->data(0, Qt::UserRole + 1).toString() != r.busy.sourceUid)
                    continue;
                item->setText(2, r.error.isEmpty() ? tr("Imported") : tr("Not imported: %1").arg(r.error));
                item->setToolTip(2, item->text(2));
            }
            if (r.error.isEmpty())
                ++stored;
            else
                failed.append(r.busy);
        }
        m_new = failed;
        if (failed.isEmpty()) {
            m_summary->setText(tr("%n busy time(s) imported.", nullptr, stored));
        } else {
            m_summary->setText(tr("%n busy time(s) imported.", nullptr, stored) + QLatin1Char(' ')
                               + tr("%n could not be imported; the list says why. Import tries them again.", nullptr,
                                    int(failed.size())));
            m_banner->showError(tr("Some busy times were not imported; the list says why for each."));
            m_import->setEnabled(true);
        }
        if (stored > 0)
            emit imported(stored);
    });
}

} // namespace tutorhub::ui::tutor
