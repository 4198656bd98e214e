// Courses (issue 6 §4: flag, remove with a reason and pro-rata refunds) and enrollments & refunds
// (§5: filters, cancel or refund as admin with a reason, refund requests approved or rejected with a
// note, the pending cleanup).
#include "adminpages.h"

#include "admintable.h"
#include "moderationdialog.h"

#include "api/adminapi.h"
#include "models/admin/moderationcascade.h"
#include "models/format.h"
#include "common/widgets.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tutorhub::ui::admin {

using models::Format;
using models::admin::AdminList;
using models::admin::AdminLists;
using models::admin::CascadePlan;

// ---------------------------------------------------------------------------------------------
// Courses

CoursesPage::CoursesPage(const WorkspaceContext &context, QWidget *parent) : AdminPage(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(markupLabel(tr("<h2>Courses</h2>"), this));
    layout->addWidget(unfinishedBar());
    m_table = new AdminTable(AdminLists::create(context.client, AdminList::Courses),
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
        const QString status = Format::str(row, "moderationStatus");
        m_flag->setEnabled(!row.isEmpty() && status == QLatin1String("approved"));
        m_remove->setEnabled(!row.isEmpty() && status != QLatin1String("removed"));
    };
    connect(m_table, &AdminTable::currentChanged, this, update);
    update({});
    connect(m_flag, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString note = QInputDialog::getText(this, tr("Flag course"), tr("Why is this course flagged? (visible to the tutor)"),
                                                   QLineEdit::Normal, {}, &ok);
        if (ok && !note.trimmed().isEmpty())
            flagCurrent(note.trimmed());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (auto *d = removeCurrent())
            d->open();
    });
}

void CoursesPage::flagCurrent(const QString &note)
{
    const QString id = m_table->currentId();
    if (id.isEmpty())
        return;
    const QJsonObject fields{{QStringLiteral("moderationStatus"), QStringLiteral("flagged")}, {QStringLiteral("moderationNote"), note}};
    adminApi()->updateCoursePack(id, fields, this, [this](const api::Result<api::JsonAnswer> &r) {
        if (!r)
            return say(r.error().userMessage(), true);
        m_table->model()->refresh();
        say(tr("The course is flagged."));
    });
}

ModerationDialog *CoursesPage::removeCurrent()
{
    const QJsonObject pack = m_table->currentObject();
    if (pack.isEmpty())
        return nullptr;
    const QJsonObject tutor = Format::join(pack, "tutorProfile");
    CascadePlan plan = CascadePlan::make(QStringLiteral("removeCourse"), myId());
    plan.coursePackId = Format::str(pack, "id");
    plan.coursePackTitle = Format::str(pack, "title");
    plan.targetUserId = Format::str(tutor, "tutorId");
    plan.targetUserName = Format::str(tutor, "displayName");
    plan.targetRoleId = QStringLiteral("tutor");
    plan.tutorProfileId = Format::str(pack, "tutorProfileId");
    return moderationDialog(plan);
}

void CoursesPage::afterModeration()
{
    m_table->model()->refresh();
}

// ---------------------------------------------------------------------------------------------
// Enrollments and refunds

EnrollmentsPage::EnrollmentsPage(const WorkspaceContext &context, QWidget *parent) : AdminPage(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(markupLabel(tr("<h2>Enrollments and refunds</h2>"), this));
    auto *tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("Enrollments and refunds"));
    m_enrollments = new AdminTable(AdminLists::create(context.client, AdminList::Enrollments),
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
    m_refunds = new AdminTable(AdminLists::create(context.client, AdminList::RefundRequests),
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
        const QString status = Format::str(row, "enrollmentStatus");
        const bool holding = status == QLatin1String("pending") || status == QLatin1String("active");
        m_cancel->setEnabled(holding);
        m_refund->setEnabled(holding && Format::str(row, "paymentStatus") == QLatin1String("paid"));
    };
    connect(m_enrollments, &AdminTable::currentChanged, this, update);
    update({});
    connect(m_cancel, &QPushButton::clicked, this, [this] { openActionDialog(QStringLiteral("cancel"))->open(); });
    connect(m_refund, &QPushButton::clicked, this, [this] { openActionDialog(QStringLiteral("refund"))->open(); });
    connect(m_cleanup, &QPushButton::clicked, this, [this, age] { runCleanup(age->value()); });

    // Only a pending request waits for a decision (rule 42; the others were decided or auto-approved).
    auto updateRefund = [this](const QJsonObject &row) {
        const bool pending = Format::str(row, "status") == QLatin1String("pending");
        m_approve->setEnabled(pending);
        m_reject->setEnabled(pending);
        const QString why = row.isEmpty() ? tr("Select a pending refund request.")
                          : pending       ? QString()
                                          : tr("This request was already decided.");
        m_approve->setToolTip(why);
        m_reject->setToolTip(why);
    };
    connect(m_refunds, &AdminTable::currentChanged, this, updateRefund);
    updateRefund({});
    connect(m_approve, &QPushButton::clicked, this, [this] { openDecisionDialog(true)->open(); });
    connect(m_reject, &QPushButton::clicked, this, [this] { openDecisionDialog(false)->open(); });
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
    const QString who = AdminLists::personName(row, "requester");
    const QString course = Format::str(Format::join(row, "coursePack"), "title");
    const QJsonObject enrollment = Format::join(row, "enrollment");
    const QString amount = enrollment.isEmpty() ? tr("the amount paid") : Format::money(Format::num(enrollment, "totalAmount"));
    auto *what = new QLabel(approve ? tr("Approve the refund %1 asked for in \"%2\": the enrollment is canceled, %3 is refunded in "
                                         "full and the lessons not yet taught are freed. The student, the tutor and the "
                                         "administrators are notified.")
                                          .arg(who, course, amount)
                                    : tr("Reject the refund %1 asked for in \"%2\": the enrollment stays as it is and nothing is "
                                         "refunded. The student is notified with your note.")
                                          .arg(who, course),
                            dialog);
    what->setWordWrap(true);
    form->addRow(what);
    auto *asked = new QLabel(tr("Their reason: %1").arg(Format::str(row, "reason")), dialog);
    asked->setWordWrap(true);
    asked->setTextFormat(Qt::PlainText);
    form->addRow(asked);
    auto *note = new QLineEdit(dialog);
    note->setAccessibleName(tr("Note"));
    note->setMaxLength(255); // adminNote is a String (D4)
    note->setPlaceholderText(approve ? tr("Optional: why it is approved") : tr("Why it is rejected (the student reads this)"));
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
        if (!approve && note->text().trimmed().isEmpty()) {
            error->setText(tr("Please write a note: the student is told why the refund is rejected."));
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
    adminApi()->decideRefundRequest(refundRequestId, approve, note, this, [this, approve](const api::Result<api::JsonAnswer> &r) {
        if (!r) {
            if (!explainStale(r.error(), tr("This refund request")))
                say(r.error().userMessage(), true);
        } else {
            say(approve ? tr("The refund was approved: the enrollment is canceled and refunded.")
                        : tr("The refund request was rejected; the student was told why."));
        }
        m_refunds->model()->refresh();
        m_enrollments->model()->refresh();
    });
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
    const QString who = AdminLists::personName(row, "student");
    const QString course = Format::str(Format::join(row, "coursePack"), "title");
    const bool paid = Format::str(row, "paymentStatus") == QLatin1String("paid");
    auto *what = new QLabel(refund ? tr("Refund %1 to %2 for \"%3\" in full, without the eligibility checks, and cancel the enrollment.")
                                         .arg(Format::money(Format::num(row, "totalAmount")), who, course)
                                   : (paid ? tr("Cancel the enrollment of %1 in \"%2\" and refund the %3 paid in full; its untaught "
                                                "lessons are freed.")
                                                 .arg(who, course, Format::money(Format::num(row, "totalAmount")))
                                           : tr("Cancel the unpaid enrollment of %1 in \"%2\"; its lessons are freed.").arg(who, course)),
                            dialog);
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
        if (reason->text().trimmed().isEmpty()) {
            error->setText(tr("Please give a reason: the student and the tutor are told."));
            return;
        }
        act(action, id, reason->text().trimmed());
        dialog->accept();
    });
    return dialog;
}

void EnrollmentsPage::act(const QString &action, const QString &enrollmentId, const QString &reason)
{
    auto done = [this, enrollmentId, action](const api::Result<api::JsonAnswer> &r) {
        if (!r) {
            if (!explainStale(r.error(), tr("This enrollment")))
                say(r.error().userMessage(), true);
        } else {
            say(action == QLatin1String("refund") ? tr("The enrollment was refunded and canceled.") : tr("The enrollment was canceled."));
        }
        m_enrollments->model()->refresh();
        m_refunds->model()->refresh();
    };
    if (action == QLatin1String("refund"))
        adminApi()->adminRefundEnrollment(enrollmentId, reason, this, done);
    else
        adminApi()->cancelEnrollment(enrollmentId, reason, this, done);
}

void EnrollmentsPage::runCleanup(int maxAgeMinutes)
{
    m_cleanup->setEnabled(false);
    adminApi()->cleanupPendingEnrollments(maxAgeMinutes, this, [this](const api::Result<api::JsonAnswer> &r) {
        m_cleanup->setEnabled(true);
        if (!r)
            return say(r.error().userMessage(), true);
        // The cleanup is the server's own action (no filter of ours); its answer is still checked: it
        // may only have canceled unpaid enrollments (C23).
        int paid = 0;
        for (const QJsonValue &v : r.value().array())
            paid += Format::str(v.toObject(), "paymentStatus") != QLatin1String("pending") ? 1 : 0;
        m_enrollments->model()->refresh();
        if (paid > 0)
            return say(tr("The server's cleanup canceled %n enrollment(s) that were paid, which it must never do. Check them in "
                          "the enrollment list and tell the operator of this server.",
                          nullptr, paid),
                       true);
        say(tr("%n unpaid enrollment(s) canceled.", nullptr, int(r.value().array().size())));
    });
}

} // namespace tutorhub::ui::admin
