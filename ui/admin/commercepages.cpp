// Courses (issue 6 §4: flag, remove with a reason and pro-rata refunds) and enrollments & refunds
// (§5: filters, cancel or refund as admin with a reason, refund requests approved or rejected with a
// note, the pending cleanup).
#include "adminpages.h"

#include "admintable.h"
#include "moderationdialog.h"

#include "common/prompter.h"
#include "common/widgets.h"
#include "models/admin/adminlists.h"
#include "models/admin/commercedesk.h"
#include "models/format.h"
#include "models/pagedlistmodel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tutorhub::ui::admin {

using models::Format;
using models::admin::AdminLists;
using models::admin::CourseDesk;
using models::admin::EnrollmentDesk;

// ---------------------------------------------------------------------------------------------
// Courses

CoursesPage::CoursesPage(const WorkspaceContext &context, QWidget *parent)
    : AdminPage(context, parent),
      m_desk(new CourseDesk(workspace(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(markupLabel(tr("<h2>Courses</h2>"), this));
    layout->addWidget(unfinishedBar());
    m_table = new AdminTable(
        m_desk->list(),
        {{FilterSpec::Kind::Text, QStringLiteral("title"), tr("Search title"), {}},
         {FilterSpec::Kind::Enum, QStringLiteral("moderationStatus"), tr("Moderation"), QStringLiteral("coursePack")}},
        tr("Courses"), this);
    m_table->setEmptyText(tr("No course matches."));
    m_flag = new QPushButton(tr("&Flag…"), this);
    m_flag->setAccessibleName(tr("Flag course"));
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setAccessibleName(tr("Remove course"));
    m_table->toolBar()->addWidget(m_flag);
    m_table->toolBar()->addWidget(m_remove);
    layout->addWidget(m_table, 1);
    auto update = [this](const QJsonObject &row) {
        m_flag->setEnabled(CourseDesk::canFlag(row));
        m_remove->setEnabled(CourseDesk::canRemove(row));
    };
    connect(m_table, &AdminTable::currentChanged, this, update);
    update({});
    connect(m_flag, &QPushButton::clicked, this, &CoursesPage::askFlagCurrent);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (auto *d = removeCurrent())
            openDialog(this->context().prompter, d);
    });
}

void CoursesPage::askFlagCurrent()
{
    if (m_table->currentId().isEmpty() || !context().prompter)
        return;
    const auto note
        = context().prompter->text(this, tr("Flag course"), tr("Why is this course flagged? (visible to the tutor)"));
    if (note)
        flagCurrent(*note);
}

void CoursesPage::flagCurrent(const QString &note)
{
    m_desk->flag(m_table->currentId(), note);
}

ModerationDialog *CoursesPage::removeCurrent()
{
    const auto plan = m_desk->removalPlan(m_table->currentObject());
    return plan.isValid() ? moderationDialog(plan) : nullptr;
}

void CoursesPage::afterModeration()
{
    m_table->model()->refresh();
}

// ---------------------------------------------------------------------------------------------
// Enrollments and refunds

AdminTable *EnrollmentsPage::queueTable(const QString &name)
{
    AdminTable *table = name == QLatin1String("refunds") ? m_refunds : m_enrollments;
    m_tabs->setCurrentWidget(table);
    return table;
}

void EnrollmentsPage::showRefundRequests(bool refunds)
{
    m_tabs->setCurrentWidget(refunds ? m_refunds : m_enrollments);
}

EnrollmentsPage::EnrollmentsPage(const WorkspaceContext &context, QWidget *parent)
    : AdminPage(context, parent),
      m_desk(new EnrollmentDesk(workspace(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(markupLabel(tr("<h2>Enrollments and refunds</h2>"), this));
    auto *tabs = m_tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("Enrollments and refunds"));
    m_enrollments = new AdminTable(
        m_desk->enrollments(),
        {{FilterSpec::Kind::Enum, QStringLiteral("enrollmentStatus"), tr("Status"), QStringLiteral("enrollment")},
         {FilterSpec::Kind::Enum, QStringLiteral("paymentStatus"), tr("Payment"), QStringLiteral("enrollment")},
         {FilterSpec::Kind::Enum, QStringLiteral("refundStatus"), tr("Refund"), QStringLiteral("enrollment")}},
        tr("Enrollments"), tabs);
    m_enrollments->setEmptyText(tr("No enrollment matches these filters."));
    m_cancel = new QPushButton(tr("&Cancel enrollment…"), this);
    m_cancel->setAccessibleName(tr("Cancel enrollment"));
    m_refund = new QPushButton(tr("Re&fund…"), this);
    m_refund->setAccessibleName(tr("Refund enrollment"));
    m_enrollments->toolBar()->addWidget(m_cancel);
    m_enrollments->toolBar()->addWidget(m_refund);
    tabs->addTab(m_enrollments, tr("&Enrollments"));
    m_refunds = new AdminTable(
        m_desk->refunds(),
        {{FilterSpec::Kind::Enum, QStringLiteral("status"), tr("Status"), QStringLiteral("refundRequest")}},
        tr("Refund requests"), tabs);
    m_refunds->setEmptyText(tr("No refund request matches."));
    m_approve = new QPushButton(tr("&Approve…"), this);
    m_approve->setAccessibleName(tr("Approve refund request"));
    m_reject = new QPushButton(tr("Re&ject…"), this);
    m_reject->setAccessibleName(tr("Reject refund request"));
    m_refunds->toolBar()->addWidget(m_approve);
    m_refunds->toolBar()->addWidget(m_reject);
    tabs->addTab(m_refunds, tr("Refund &requests"));
    layout->addWidget(tabs, 1);

    auto *cleanup = new QHBoxLayout;
    auto *age = new QSpinBox(this);
    age->setRange(0, 525600);
    age->setValue(60);
    age->setSuffix(tr(" min"));
    age->setAccessibleName(tr("Cleanup age in minutes"));
    m_cleanup = new QPushButton(tr("Run &pending cleanup"), this);
    m_cleanup->setAccessibleName(tr("Run pending cleanup"));
    cleanup->addWidget(new QLabel(tr("Cancel unpaid enrollments older than"), this));
    cleanup->addWidget(age);
    cleanup->addWidget(m_cleanup);
    cleanup->addStretch();
    layout->addLayout(cleanup);

    auto update = [this](const QJsonObject &row) {
        m_cancel->setEnabled(EnrollmentDesk::canCancel(row));
        m_refund->setEnabled(EnrollmentDesk::canRefund(row));
    };
    connect(m_enrollments, &AdminTable::currentChanged, this, update);
    update({});
    connect(m_cancel, &QPushButton::clicked, this, [this] { ask(openActionDialog(QStringLiteral("cancel"))); });
    connect(m_refund, &QPushButton::clicked, this, [this] { ask(openActionDialog(QStringLiteral("refund"))); });
    connect(m_cleanup, &QPushButton::clicked, this, [this, age] { runCleanup(age->value()); });
    connect(m_desk, &EnrollmentDesk::busyChanged, this, [this] { m_cleanup->setEnabled(!m_desk->isCleaning()); });

    // Only a pending request waits for a decision (rule 42; the others were decided or auto-approved).
    auto updateRefund = [this](const QJsonObject &row) {
        const bool pending = EnrollmentDesk::canDecide(row);
        m_approve->setEnabled(pending);
        m_reject->setEnabled(pending);
        const QString why = EnrollmentDesk::whyNotDecide(row);
        m_approve->setToolTip(why);
        m_reject->setToolTip(why);
    };
    connect(m_refunds, &AdminTable::currentChanged, this, updateRefund);
    updateRefund({});
    connect(m_approve, &QPushButton::clicked, this, [this] { ask(openDecisionDialog(true)); });
    connect(m_reject, &QPushButton::clicked, this, [this] { ask(openDecisionDialog(false)); });
}

QDialog *EnrollmentsPage::openDecisionDialog(bool approve)
{
    const QJsonObject row = m_refunds->currentObject();
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinimumWidth(480);
    dialog->setWindowTitle(approve ? tr("Approve refund request") : tr("Reject refund request"));
    dialog->setAccessibleName(dialog->windowTitle());
    auto *form = new QFormLayout(dialog);
    auto *what = new QLabel(EnrollmentDesk::decisionText(approve, row), dialog);
    what->setWordWrap(true);
    form->addRow(what);
    auto *asked = new QLabel(tr("Their reason: %1").arg(Format::str(row, "reason")), dialog);
    asked->setWordWrap(true);
    asked->setTextFormat(Qt::PlainText);
    form->addRow(asked);
    auto *note = new QLineEdit(dialog);
    note->setAccessibleName(tr("Note"));
    note->setMaxLength(255); // adminNote is a String (D4)
    note->setPlaceholderText(approve ? tr("Optional: why it is approved")
                                     : tr("Why it is rejected (the student reads this)"));
    form->addRow(tr("&Note:"), note);
    auto *error = new QLabel(dialog);
    error->setWordWrap(true);
    form->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(approve ? tr("Approve and refund") : tr("Reject"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Confirm"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Decide later"));
    form->addRow(buttons);
    const QString id = Format::str(row, "id");
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, note, error, approve, id] {
        if (const QString problem = EnrollmentDesk::decisionProblem(approve, note->text()); !problem.isEmpty()) {
            error->setText(problem);
            return;
        }
        decide(id, approve, note->text().trimmed());
        dialog->accept();
    });
    return dialog;
}

void EnrollmentsPage::decide(const QString &refundRequestId, bool approve, const QString &note)
{
    m_approve->setEnabled(false);
    m_reject->setEnabled(false);
    m_desk->decide(refundRequestId, approve, note);
}

QDialog *EnrollmentsPage::openActionDialog(const QString &action)
{
    const QJsonObject row = m_enrollments->currentObject();
    const bool refund = action == QLatin1String("refund");
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinimumWidth(460);
    dialog->setWindowTitle(refund ? tr("Refund enrollment") : tr("Cancel enrollment"));
    dialog->setAccessibleName(dialog->windowTitle());
    auto *form = new QFormLayout(dialog);
    auto *what = new QLabel(EnrollmentDesk::actionText(action, row), dialog);
    what->setWordWrap(true);
    form->addRow(what);
    auto *reason = new QLineEdit(dialog);
    reason->setAccessibleName(tr("Reason"));
    form->addRow(tr("&Reason:"), reason);
    auto *error = new QLabel(dialog);
    error->setWordWrap(true);
    form->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(refund ? tr("Refund") : tr("Cancel enrollment"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Confirm"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep it"));
    form->addRow(buttons);
    const QString id = Format::str(row, "id");
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, reason, error, action, id] {
        if (const QString problem = EnrollmentDesk::actionProblem(reason->text()); !problem.isEmpty()) {
            error->setText(problem);
            return;
        }
        act(action, id, reason->text().trimmed());
        dialog->accept();
    });
    return dialog;
}

void EnrollmentsPage::act(const QString &action, const QString &enrollmentId, const QString &reason)
{
    m_desk->act(action, enrollmentId, reason);
}

void EnrollmentsPage::runCleanup(int maxAgeMinutes)
{
    m_desk->runCleanup(maxAgeMinutes);
}

} // namespace tutorhub::ui::admin
