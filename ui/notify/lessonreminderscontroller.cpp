#include "lessonreminderscontroller.h"

#include "ui/common/desktopnotifier.h"
#include "ui/common/messagebanner.h"

#include "api/apiclient.h"
#include "api/session.h"
#include "models/reminders/lessonreminders.h"
#include "models/reminders/upcominglessons.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QMenu>

namespace tutorhub::ui {

namespace {
constexpr int RefreshMs = 10 * 60 * 1000;
} // namespace

QString LessonRemindersController::stateFileFor(const WorkspaceContext &context)
{
    if (context.dataDirectory.isEmpty() || !context.client || !context.session)
        return {};
    // One file per server and user: two accounts on one computer keep their own reminders.
    // The Local server's port changes with every start: its environment id names it (custom: the host).
    const api::Environment &env = context.client->environment();
    const QString server
        = env.kind == api::EnvironmentKind::Local ? env.id : env.id + QLatin1Char('|') + env.host.host();
    const QByteArray who = server.toUtf8() + '|' + context.session->currentUser().id.toUtf8();
    const QString name
        = QString::fromLatin1(QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex().left(16));
    return QDir(context.dataDirectory).filePath(QStringLiteral("reminders/%1.json").arg(name));
}

LessonRemindersController::LessonRemindersController(const WorkspaceContext &context, QMenu *menu, QObject *parent)
    : QObject(parent),
      m_context(context),
      m_reminders(new models::LessonReminders(context.settings, stateFileFor(context), this)),
      m_lessons(new models::UpcomingLessons(context.client,
                                            context.session ? context.session->currentUser().id : QString(), this))
{
    connect(m_lessons, &models::UpcomingLessons::lessonsChanged, m_reminders, &models::LessonReminders::setLessons);
    connect(m_reminders, &models::LessonReminders::reminderDue, this, [this](const models::LessonReminder &r) {
        if (!m_context.notifier)
            return;
        DesktopNotification n;
        n.key = QStringLiteral("lesson:") + r.key;
        n.title = r.title;
        n.body = r.body;
        n.category = QStringLiteral("x-tutorhub.reminder");
        n.actions = {{QStringLiteral("default"), tr("Show lessons")}};
        n.timeoutMs = 0; // a reminder stays until it is dismissed
        n.urgent = true;
        m_context.notifier->notify(n);
    });
    connect(m_reminders, &models::LessonReminders::stateError, this, [this](const QString &message) {
        if (m_context.banner)
            m_context.banner->showMessage(MessageBanner::Kind::Warning, message);
    });
    if (m_context.notifier)
        connect(m_context.notifier, &DesktopNotifier::activated, this, [this](const QString &key, const QString &) {
            if (key.startsWith(QLatin1String("lesson:")) && m_context.showPage)
                m_context.showPage(lessonsPageId());
        });

    m_refresh.setInterval(RefreshMs);
    connect(&m_refresh, &QTimer::timeout, m_lessons, &models::UpcomingLessons::refresh);
    m_refresh.start();
    m_soon.setSingleShot(true);
    m_soon.setInterval(1500);
    connect(&m_soon, &QTimer::timeout, m_lessons, &models::UpcomingLessons::refresh);
    if (m_context.client)
        connect(m_context.client, &api::ApiClient::requestSucceeded, this, [this](const api::ApiRequest &request) {
            const bool write = request.method != "GET" && request.method != "HEAD";
            if (write
                && (request.service == api::Service::EnrollmentManagement
                    || request.service == api::Service::CourseScheduling))
                m_soon.start();
        });

    if (menu) {
        m_menu = menu->addMenu(tr("Lesson &reminders"));
        m_menu->setObjectName(QStringLiteral("reminderLeadMenu"));
        m_leadGroup = new QActionGroup(m_menu);
        for (int minutes : models::LessonReminders::leadChoices()) {
            //: The lead time of lesson reminders in the account menu
            auto *a = m_menu->addAction(minutes == 0 ? tr("Off") : tr("%n minute(s) before", nullptr, minutes));
            a->setObjectName(QStringLiteral("reminderLead%1").arg(minutes));
            a->setCheckable(true);
            a->setChecked(minutes == m_reminders->leadMinutes());
            a->setData(minutes);
            m_leadGroup->addAction(a);
            connect(a, &QAction::triggered, m_reminders, [this, minutes] { m_reminders->setLeadMinutes(minutes); });
        }
    }
    m_lessons->refresh();
}

QString LessonRemindersController::lessonsPageId() const
{
    const bool tutor = m_context.session && m_context.session->currentUser().workspace() == api::Workspace::Tutor;
    return tutor ? QStringLiteral("lessons") : QStringLiteral("my-learning");
}

} // namespace tutorhub::ui
