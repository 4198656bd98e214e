#include "screeningdialog.h"

#include "common/messagebanner.h"
#include "models/format.h"
#include "models/student/screening.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tutorhub::ui::student {

using models::Format;
using models::student::Screening;

ScreeningTimesDialog::ScreeningTimesDialog(int maxTimes, const QString &intro, QWidget *parent)
    : QDialog(parent),
      m_maxTimes(qBound(1, maxTimes, Screening::kMaxTimes))
{
    setObjectName(QStringLiteral("screeningTimesDialog"));
    setWindowTitle(tr("Propose screening times"));
    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    auto *text = new QLabel(intro, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    const QDateTime base(QDate::currentDate().addDays(2), QTime(17, 0));
    for (int i = 0; i < m_maxTimes; ++i) {
        auto *e = new QDateTimeEdit(QDateTime(base.date().addDays(i), base.time()), this);
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setAccessibleName(tr("Proposed time %1").arg(i + 1));
        m_edits << e;
        if (i == 0) {
            form->addRow(tr("&Time (%1):").arg(Format::displayZoneName()), e);
        } else {
            auto *use = new QCheckBox(tr("Also propose time %1:").arg(i + 1), this);
            use->setAccessibleName(tr("Also propose time %1").arg(i + 1));
            e->setEnabled(false);
            connect(use, &QCheckBox::toggled, e, &QWidget::setEnabled);
            m_use << use;
            form->addRow(use, e);
        }
    }
    layout->addLayout(form);
    auto *hint = new QLabel(m_maxTimes > 1 ? tr("The tutor picks one of your times or proposes another.")
                                           : tr("The tutor approves this time or proposes another."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(tr("Propose"), QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    m_banner->setAccessibleName(tr("Dialog message"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ScreeningTimesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QList<QDateTime> ScreeningTimesDialog::times() const
{
    QList<QDateTime> out;
    for (int i = 0; i < m_edits.size(); ++i) {
        if (i > 0 && !m_use.at(i - 1)->isChecked())
            continue;
        const QDateTimeEdit *e = m_edits.at(i);
        out << QDateTime(e->date(), e->time(), Format::displayZone()).toUTC();
    }
    return out;
}

void ScreeningTimesDialog::setTimes(const QList<QDateTime> &timesUtc)
{
    for (int i = 0; i < m_edits.size(); ++i) {
        if (i > 0)
            m_use.at(i - 1)->setChecked(i < timesUtc.size());
        if (i < timesUtc.size()) {
            const QDateTime local = Format::local(timesUtc.at(i));
            m_edits.at(i)->setDateTime(QDateTime(local.date(), local.time()));
        }
    }
}

QString ScreeningTimesDialog::errorText() const
{
    return m_banner->text();
}

void ScreeningTimesDialog::accept()
{
    const QString problem = Screening::timesProblem(times(), m_maxTimes > 1, QDateTime::currentDateTimeUtc());
    if (!problem.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, problem);
        return;
    }
    QDialog::accept();
}

} // namespace tutorhub::ui::student
