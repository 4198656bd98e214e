#include "changepassworddialog.h"

#include "common/busyindicator.h"
#include "common/messagebanner.h"

#include "models/auth/passwordchange.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tutorhub::ui {

using models::auth::PasswordChange;

namespace {
QLineEdit *passwordField(const QString &accessibleName, const QString &objectName, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setEchoMode(QLineEdit::Password);
    e->setAccessibleName(accessibleName);
    e->setObjectName(objectName);
    e->setMaxLength(PasswordChange::kMaxLength + 1); // one more, so a too long paste gets the sentence
    return e;
}
} // namespace

ChangePasswordDialog::ChangePasswordDialog(api::ApiClient *client, const QString &userId, QWidget *parent)
    : QDialog(parent),
      m_change(new PasswordChange(client, userId, this))
{
    setObjectName(QStringLiteral("ChangePasswordDialog"));
    setWindowTitle(tr("Change password"));
    setAccessibleName(tr("Change password"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *intro = new QLabel(tr("Choose a new password of 8 to 128 characters. When it is changed, TutorHub signs you "
                                "out everywhere else: on other computers and in other apps you then sign in with the "
                                "new password."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_current = passwordField(tr("Current password"), QStringLiteral("currentPassword"), this);
    m_new = passwordField(tr("New password"), QStringLiteral("newPassword"), this);
    m_confirm = passwordField(tr("Confirm new password"), QStringLiteral("confirmPassword"), this);
    m_new->setPlaceholderText(tr("8 to 128 characters"));
    form->addRow(tr("C&urrent password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("Con&firm new password:"), m_confirm);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    m_busy = new BusyIndicator(this);
    m_ok = buttons->addButton(tr("&Change password"), QDialogButtonBox::AcceptRole);
    m_ok->setAccessibleName(tr("Change password"));
    m_ok->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_busy);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(m_ok, &QPushButton::clicked, this, &ChangePasswordDialog::submit);
    connect(m_change, &PasswordChange::busyChanged, this, &ChangePasswordDialog::setBusy);
    connect(m_change, &PasswordChange::failed, this, [this](const PasswordChange::Problem &p) {
        QLineEdit *focus = nullptr;
        switch (p.field) {
        case PasswordChange::Field::Current:
            focus = m_current;
            break;
        case PasswordChange::Field::New:
            focus = m_new;
            break;
        case PasswordChange::Field::Confirm:
            focus = m_confirm;
            break;
        case PasswordChange::Field::None:
            break;
        }
        fail(p.sentence, focus);
    });
    connect(m_change, &PasswordChange::changed, this, [this] {
        m_current->clear();
        m_new->clear();
        m_confirm->clear();
        emit passwordChanged();
        accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    setMinimumWidth(460);
    m_current->setFocus();
}

void ChangePasswordDialog::fail(const QString &sentence, QLineEdit *focus)
{
    m_banner->showError(sentence);
    if (focus) {
        focus->setFocus();
        focus->selectAll();
    }
}

bool ChangePasswordDialog::isBusy() const
{
    return m_change->isBusy();
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_current->setEnabled(!busy);
    m_new->setEnabled(!busy);
    m_confirm->setEnabled(!busy);
    m_ok->setEnabled(!busy);
    if (busy)
        m_busy->start();
    else
        m_busy->stop();
}

void ChangePasswordDialog::submit()
{
    if (m_change->isBusy())
        return;
    m_banner->clear();
    m_change->submit(m_current->text(), m_new->text(), m_confirm->text());
}

} // namespace tutorhub::ui
