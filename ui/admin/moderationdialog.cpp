#include "moderationdialog.h"

#include "common/busyindicator.h"
#include "common/columnfitter.h"
#include "common/widgets.h"
#include "models/admin/adminworkspace.h"
#include "models/admin/impactpreview.h"
#include "api/types.h"
#include "models/labels.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tutorhub::ui::admin {

using models::admin::AdminWorkspace;
using models::admin::CascadePlan;
using models::admin::CascadeStore;
using models::admin::ImpactPreview;
using models::admin::ModerationCascade;

QString actionTitle(const QString &action)
{
    return models::admin::AdminWorkspace::actionTitle(action);
}

ModerationDialog::ModerationDialog(AdminWorkspace *workspace, const CascadePlan &plan, QWidget *parent)
    : QDialog(parent),
      m_cascade(workspace->newCascade(this)),
      m_preview(workspace->newPreview(this))
{
    m_cascade->setPlan(plan);
    build(false);
    if (plan.action == QLatin1String("removeCourse"))
        m_preview->load(ImpactPreview::Scope::CoursePack, plan.coursePackId);
    else if (plan.action != QLatin1String("reactivate"))
        m_preview->loadUser(plan.targetUserId, plan.targetRoleId); // a tutor the documented way (C65)
    if (m_preview->isLoading())
        m_busy->start();
    else
        m_summary->setText(tr("Reactivation cancels nothing."));
}

ModerationDialog::ModerationDialog(AdminWorkspace *workspace, const CascadeStore::Entry &entry, QWidget *parent)
    : QDialog(parent),
      m_cascade(workspace->newCascade(this)),
      m_preview(workspace->newPreview(this))
{
    m_cascade->setPlan(entry.plan, entry.doneSteps);
    m_resuming = true;
    build(true);
    m_reason->setText(entry.plan.reason);
    m_reason->setReadOnly(true);
    m_message->setPlainText(entry.plan.message);
    m_message->setReadOnly(true);
    m_summary->setText(
        tr("This sequence stopped before it finished: %1. Resume runs the remaining steps; the steps already "
           "done are not repeated.")
            .arg(entry.lastError.isEmpty() ? tr("it was interrupted") : entry.lastError));
}

void ModerationDialog::setTitleText(const QString &roleId)
{
    const CascadePlan &plan = m_cascade->plan();
    const QString target
        = plan.action == QLatin1String("removeCourse")
              ? tr("Course: <b>%1</b>").arg(plan.coursePackTitle.toHtmlEscaped())
              : tr("User: <b>%1</b> (%2)")
                    .arg(plan.targetUserName.toHtmlEscaped(),
                         models::Labels::enumLabel(QStringLiteral("user"), QStringLiteral("roleId"), roleId));
    m_title->setText(QStringLiteral("<h3>%1</h3>%2").arg(actionTitle(plan.action).toHtmlEscaped(), target));
}

void ModerationDialog::build(bool resuming)
{
    const CascadePlan &plan = m_cascade->plan();
    setWindowTitle(actionTitle(plan.action));
    setAccessibleName(actionTitle(plan.action));
    resize(760, 620);
    auto *layout = new QVBoxLayout(this);

    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText); // markup of ours, every value escaped (SEC49)
    m_title->setWordWrap(true);
    setTitleText(plan.targetRoleId);
    layout->addWidget(m_title);

    auto *impactHeader = new QHBoxLayout;
    auto *impactTitle = markupLabel(tr("<b>What this will cancel and refund</b>"), this);
    impactTitle->setTextFormat(Qt::RichText);
    m_busy = new BusyIndicator(this);
    impactHeader->addWidget(impactTitle);
    impactHeader->addWidget(m_busy);
    impactHeader->addStretch();
    layout->addLayout(impactHeader);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Impact summary"));
    layout->addWidget(m_summary);
    m_impact = new QTableView(this);
    m_impact->setTabKeyNavigation(false); // arrows move inside, Tab leaves (P31)
    m_impact->setModel(m_preview);
    m_impact->setAccessibleName(tr("Affected enrollments"));
    m_impact->verticalHeader()->hide();
    ColumnFitter::install(m_impact, ImpactPreview::StudentColumn);
    m_impact->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_impact->setSelectionMode(QAbstractItemView::NoSelection);
    m_impact->setVisible(!resuming);
    layout->addWidget(m_impact, 1);
    connect(m_preview, &ImpactPreview::loaded, this, [this] {
        m_busy->stop();
        m_summary->setText(m_preview->summary());
        if (m_preview->targetIsTutor()) // found the documented way when the roleId does not say so (C65)
            setTitleText(api::roles::tutor);
    });
    connect(m_preview, &ImpactPreview::failed, this, [this](const api::ApiError &e) {
        m_busy->stop();
        m_summary->setText(tr("The affected enrollments could not be read: %1").arg(e.userMessage()));
    });

    auto *form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Recorded in the moderation log and sent to the user"));
    m_reason->setText(plan.reason);
    form->addRow(tr("&Reason:"), m_reason);
    m_message = new QPlainTextEdit(this);
    m_message->setAccessibleName(tr("Message to the user"));
    m_message->setPlaceholderText(
        tr("Optional: the warning the user receives (a standard sentence with the reason otherwise)"));
    m_message->setFixedHeight(70);
    m_message->setTabChangesFocus(true);
    m_message->setVisible(plan.action != QLatin1String("reactivate"));
    form->addRow(tr("&Message:"), m_message);
    layout->addLayout(form);

    auto *stepsTitle = markupLabel(tr("<b>Steps</b>"), this);
    stepsTitle->setTextFormat(Qt::RichText);
    layout->addWidget(stepsTitle);
    m_steps = new QListView(this);
    m_steps->setModel(m_cascade);
    m_steps->setAccessibleName(tr("Moderation steps"));
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setFixedHeight(m_steps->fontMetrics().height() * 6 + 8);
    layout->addWidget(m_steps);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Moderation status"));
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(resuming ? tr("Resume") : actionTitle(plan.action), QDialogButtonBox::AcceptRole);
    m_confirm->setAccessibleName(tr("Confirm moderation"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);
    connect(m_confirm, &QPushButton::clicked, this, &ModerationDialog::confirm);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    connect(m_cascade, &ModerationCascade::started, this, [this] {
        m_busy->start();
        m_status->setText(tr("Running…"));
        updateButtons();
    });
    connect(m_cascade, &ModerationCascade::failed, this, [this](const api::ApiError &e) {
        m_busy->stop();
        m_status->setText(
            tr("A step failed: %1 Nothing is lost: the steps done so far stay done. Resume when the problem is "
               "solved (also later, from the list of unfinished moderation).")
                .arg(e.userMessage()));
        m_confirm->setText(tr("Resume"));
        updateButtons();
    });
    connect(m_cascade, &ModerationCascade::finished, this, [this] {
        m_busy->stop();
        m_status->setText(
            tr("Done. %n enrollment(s) canceled.", nullptr, int(m_cascade->canceledEnrollments().size())));
        updateButtons();
        emit sequenceFinished(m_cascade->plan());
    });
    updateButtons();
}

void ModerationDialog::confirm()
{
    if (m_cascade->isRunning() || m_cascade->isFinished())
        return;
    if (!m_resuming && !m_cascade->hasFailed()) {
        const QString reason = m_reason->text().trimmed();
        if (reason.isEmpty()) {
            m_status->setText(tr("Please give a reason: it is recorded and sent to the user."));
            m_reason->setFocus();
            return;
        }
        CascadePlan plan = m_cascade->plan();
        plan.reason = reason;
        plan.message = m_message->toPlainText().trimmed();
        plan.tutorProfileId = m_preview->tutorProfileId();
        m_cascade->setPlan(plan);
        m_reason->setReadOnly(true);
        m_message->setReadOnly(true);
    }
    m_cascade->run();
}

void ModerationDialog::updateButtons()
{
    m_confirm->setEnabled(!m_cascade->isRunning() && !m_cascade->isFinished());
    m_close->setEnabled(!m_cascade->isRunning());
}

} // namespace tutorhub::ui::admin
