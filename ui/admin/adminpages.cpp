#include "adminpages.h"

#include "admintable.h"
#include "moderationdialog.h"

#include "api/adminapi.h"
#include "api/authapi.h"
#include "api/session.h"
#include "common/busyindicator.h"
#include "common/messagebanner.h"
#include "common/widgets.h"
#include "models/admin/moderationcascade.h"
#include "models/format.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tutorhub::ui::admin {

using models::Format;
using models::admin::AdminList;
using models::admin::AdminLists;
using models::admin::CascadePlan;
using models::admin::CascadeStore;

// In the data directory the app hands its pages (WorkspaceContext::dataDirectory), so that two instances with their
// own --data-dir (or two test runs) never resume each other's sequences.
QString cascadeStorePath(const WorkspaceContext &context)
{
    const QString dir = context.dataDirectory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                                        : context.dataDirectory;
    return dir + QStringLiteral("/admin-cascades.json");
}

// ---------------------------------------------------------------------------------------------
// AdminPage

AdminPage::AdminPage(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_admin(new api::AdminApi(context.client, this)),
      m_auth(new api::AuthApi(context.client, this)), m_store(std::make_unique<CascadeStore>(cascadeStorePath(context)))
{
}

AdminPage::~AdminPage() = default;

QString AdminPage::myId() const
{
    return m_context.session ? m_context.session->currentUser().id : QString();
}

bool AdminPage::iAmSuperAdmin() const
{
    return m_context.session && m_context.session->currentUser().isSuperAdmin();
}

void AdminPage::say(const QString &text, bool error)
{
    if (m_context.banner)
        m_context.banner->showMessage(error ? MessageBanner::Kind::Error : MessageBanner::Kind::Success, text);
}

bool AdminPage::explainStale(const api::ApiError &error, const QString &what)
{
    const bool stale = error.httpStatus == 409 || error.hasCode(QStringLiteral("errMsg_InvalidStatusTransition"))
                    || error.hasCode(QStringLiteral("errMsg_RefundAlreadyProcessed"))
                    || (error.hasCode(QStringLiteral("errMsg_InvalidParameter"))
                        && error.codeArgument() == QLatin1String("tutorApplicationStatus"));
    if (!stale)
        return false;
    say(tr("%1 was changed meanwhile (perhaps by another administrator), so your action was not applied: %2 "
           "The row now shows its current state.")
            .arg(what, error.userMessage()),
        true);
    return true;
}

ModerationDialog *AdminPage::moderationDialog(const CascadePlan &plan)
{
    auto *dialog = new ModerationDialog(m_admin, m_auth, m_store.get(), plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ModerationDialog::sequenceFinished, this, [this] {
        refreshUnfinished();
        afterModeration();
    });
    connect(dialog, &QDialog::finished, this, [this] { refreshUnfinished(); });
    return dialog;
}

QWidget *AdminPage::unfinishedBar()
{
    m_unfinished = new QWidget(this);
    auto *row = new QHBoxLayout(m_unfinished);
    row->setContentsMargins(0, 0, 0, 0);
    m_unfinishedText = new QLabel(m_unfinished);
    m_unfinishedText->setWordWrap(true);
    auto *resume = new QPushButton(tr("Resume unfinished moderation…"), m_unfinished);
    resume->setAccessibleName(tr("Resume unfinished moderation"));
    row->addWidget(new QLabel(QStringLiteral("\u26a0"), m_unfinished));
    row->addWidget(m_unfinishedText, 1);
    row->addWidget(resume);
    connect(resume, &QPushButton::clicked, this, [this] {
        const auto entries = m_store->unfinished();
        if (entries.isEmpty())
            return refreshUnfinished();
        auto *dialog = new ModerationDialog(m_admin, m_auth, m_store.get(), entries.first(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ModerationDialog::sequenceFinished, this, [this] { afterModeration(); });
        connect(dialog, &QDialog::finished, this, [this] { refreshUnfinished(); });
        dialog->open();
    });
    refreshUnfinished();
    return m_unfinished;
}

void AdminPage::refreshUnfinished()
{
    if (!m_unfinished)
        return;
    const auto entries = m_store->unfinished();
    m_unfinished->setVisible(!entries.isEmpty());
    if (entries.isEmpty())
        return;
    const CascadePlan &p = entries.first().plan;
    const QString target = p.action == QLatin1String("removeCourse") ? p.coursePackTitle : p.targetUserName;
    m_unfinishedText->setText(tr("%n moderation sequence(s) did not finish; the first: %1 — %2 (started %3).", nullptr,
                                 int(entries.size()))
                                  .arg(actionTitle(p.action), target, Format::dateTime(p.actionDate)));
}

// ---------------------------------------------------------------------------------------------
// Dashboard

namespace {
struct Tile
{
    const char *id;
    const char *title; // translated in DashboardPage::show
    const char *page;
    std::function<int(const QJsonObject &)> count;
};
int field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInt();
}
int sub(const QJsonObject &o, const char *key, const char *value)
{
    return o.value(QLatin1String(key)).toObject().value(QLatin1String(value)).toInt();
}
const QList<Tile> &tiles()
{
    static const QList<Tile> t = {
        {"openIssues", QT_TRANSLATE_NOOP("tutorhub::ui::admin::DashboardPage", "Open issues"), "issues", [](const QJsonObject &o) { return sub(o, "openIssuesByStatus", "open"); }},
        {"investigating", QT_TRANSLATE_NOOP("tutorhub::ui::admin::DashboardPage", "Being investigated"), "issues",
         [](const QJsonObject &o) { return sub(o, "openIssuesByStatus", "investigating"); }},
        {"userIssues", QT_TRANSLATE_NOOP("tutorhub::ui::admin::DashboardPage", "Open issues about people"), "issues", [](const QJsonObject &o) { return sub(o, "openIssuesByType", "user"); }},
        {"contentIssues", QT_TRANSLATE_NOOP("tutorhub::ui::admin::DashboardPage", "Open issues about courses"), "issues",
         [](const QJsonObject &o) { return sub(o, "openIssuesByType", "content"); }},
        {"applications", QT_TRANSLATE_NOOP("tutorhub::ui::admin::DashboardPage", "Tutor applications to review"), "tutor-applications",
         [](const QJsonObject &o) { return field(o, "pendingTutorApplications"); }},
        {"stalePending", QT_TRANSLATE_NOOP("tutorhub::ui::admin::DashboardPage", "Unpaid past the cleanup age"), "enrollments-refunds",
         [](const QJsonObject &o) { return field(o, "pendingEnrollmentsPastCleanupAge"); }},
        {"refundsToday", QT_TRANSLATE_NOOP("tutorhub::ui::admin::DashboardPage", "Refunds today"), "enrollments-refunds", [](const QJsonObject &o) { return field(o, "refundsToday"); }},
        {"pendingRefunds", QT_TRANSLATE_NOOP("tutorhub::ui::admin::DashboardPage", "Refund requests pending"), "enrollments-refunds",
         [](const QJsonObject &o) { return field(o, "pendingRefundRequests"); }},
        {"flaggedCourses", QT_TRANSLATE_NOOP("tutorhub::ui::admin::DashboardPage", "Flagged courses"), "courses",
         [](const QJsonObject &o) { return sub(o, "coursePacksByModerationStatus", "flagged"); }},
        {"suspendedUsers", QT_TRANSLATE_NOOP("tutorhub::ui::admin::DashboardPage", "Suspended or banned users"), "users",
         [](const QJsonObject &o) { return sub(o, "usersByAccountStatus", "suspended") + sub(o, "usersByAccountStatus", "banned"); }},
    };
    return t;
}
} // namespace

DashboardPage::DashboardPage(const WorkspaceContext &context, QWidget *parent) : AdminPage(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    auto *title = markupLabel(tr("<h2>Needs attention</h2>"), this);
    m_busy = new BusyIndicator(this);
    m_updated = new QLabel(this);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setAccessibleName(tr("Refresh dashboard"));
    head->addWidget(title);
    head->addWidget(m_busy);
    head->addStretch();
    head->addWidget(m_updated);
    head->addWidget(refresh);
    layout->addLayout(head);
    layout->addWidget(unfinishedBar());

    auto *grid = new QGridLayout;
    int i = 0;
    for (const Tile &t : tiles()) {
        auto *b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(t.id));
        b->setMinimumHeight(64);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        b->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 8px; }"));
        const QString page = QString::fromLatin1(t.page);
        connect(b, &QPushButton::clicked, this, [this, page] {
            if (this->context().showPage)
                this->context().showPage(page);
        });
        grid->addWidget(b, i / 2, i % 2);
        m_tiles.append(b);
        ++i;
    }
    layout->addLayout(grid);
    layout->addStretch();
    connect(refresh, &QPushButton::clicked, this, &DashboardPage::reload);
    show({});
    reload();
}

void DashboardPage::reload()
{
    m_busy->start();
    adminApi()->dashboardStats(this, [this](const api::Result<api::JsonAnswer> &r) {
        m_busy->stop();
        if (!r) {
            m_updated->setText(tr("Could not load the figures: %1").arg(r.error().userMessage()));
            return;
        }
        show(r.value().object());
    });
}

void DashboardPage::show(const QJsonObject &stats)
{
    m_stats = stats;
    const QList<Tile> &t = tiles();
    for (int i = 0; i < t.size(); ++i) {
        const QString title = tr(t.at(i).title);
        const QString count = stats.isEmpty() ? QStringLiteral("–") : QString::number(t.at(i).count(stats));
        m_tiles.at(i)->setText(QStringLiteral("%1   %2").arg(count, title));
        m_tiles.at(i)->setAccessibleName(title);
        m_tiles.at(i)->setAccessibleDescription(tr("%1: %2. Opens the queue.").arg(title, count));
    }
    if (!stats.isEmpty())
        m_updated->setText(tr("Updated %1").arg(Format::time(Format::when(stats, "generatedAt"))));
}

// ---------------------------------------------------------------------------------------------
// Moderation log

ModerationLogPage::ModerationLogPage(const WorkspaceContext &context, QWidget *parent) : AdminPage(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(markupLabel(tr("<h2>Moderation log</h2>"), this));
    m_table = new AdminTable(AdminLists::create(context.client, AdminList::ModerationLog),
                             {{FilterSpec::Kind::Enum, QStringLiteral("actionType"), tr("Action"), QStringLiteral("adminModerationAction")},
                              {FilterSpec::Kind::Enum, QStringLiteral("targetType"), tr("Target"), QStringLiteral("adminModerationAction")}},
                             tr("Moderation log"), this);
    m_table->setEmptyText(tr("No moderation action matches these filters."));
    layout->addWidget(m_table, 1);
}

} // namespace tutorhub::ui::admin
