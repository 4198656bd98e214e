// Models under QAbstractItemModelTester for the whole test (the testers live as long as the test object).
#include "models/environmentlistmodel.h"
#include "models/workspacenavigationmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace tutorhub;
using models::EnvironmentListModel;
using models::WorkspaceNavigationModel;

class TestModels : public QObject
{
    Q_OBJECT

    WorkspaceNavigationModel m_nav;
    EnvironmentListModel m_envs;
    std::unique_ptr<QAbstractItemModelTester> m_navTester;
    std::unique_ptr<QAbstractItemModelTester> m_envTester;

    static QStringList ids(const WorkspaceNavigationModel &m)
    {
        QStringList out;
        for (int i = 0; i < m.rowCount(); ++i)
            out << m.index(i).data(WorkspaceNavigationModel::PageIdRole).toString();
        return out;
    }
    static QStringList titles(const WorkspaceNavigationModel &m)
    {
        QStringList out;
        for (int i = 0; i < m.rowCount(); ++i)
            out << m.index(i).data(Qt::DisplayRole).toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        m_navTester = std::make_unique<QAbstractItemModelTester>(
            &m_nav, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_envTester = std::make_unique<QAbstractItemModelTester>(
            &m_envs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void rolesStartAfterUserRole()
    {
        QCOMPARE(int(WorkspaceNavigationModel::PageIdRole), Qt::UserRole + 1);
        QCOMPARE(int(EnvironmentListModel::EnvironmentIdRole), Qt::UserRole + 1);
        QVERIFY(m_nav.roleNames().contains(WorkspaceNavigationModel::IconNameRole));
    }

    void studentPages()
    {
        m_nav.setWorkspace(api::Workspace::Student);
        QCOMPARE(titles(m_nav),
                 (QStringList {"Find a tutor", "My learning", "Calendar", "Messages", "Help", "Become a tutor"}));
    }

    void tutorPages()
    {
        QSignalSpy reset(&m_nav, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m_nav, &WorkspaceNavigationModel::workspaceChanged);
        m_nav.setWorkspace(api::Workspace::Tutor);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(titles(m_nav), (QStringList {"Profile", "Course packs", "Availability", "Lessons", "Calendar",
                                              "Students & earnings", "Messages"}));
        m_nav.setWorkspace(api::Workspace::Tutor); // same workspace: nothing happens
        QCOMPARE(reset.count(), 1);
    }

    void adminPages()
    {
        m_nav.setWorkspace(api::Workspace::Admin);
        QCOMPARE(titles(m_nav), (QStringList {"Dashboard", "Issues", "Tutor applications", "Users", "Courses",
                                              "Enrollments & refunds", "Analytics", "AgentHub", "Moderation log"}));
    }

    void everyPageHasIdIconAndDescription()
    {
        for (auto ws : {api::Workspace::Student, api::Workspace::Tutor, api::Workspace::Admin}) {
            m_nav.setWorkspace(ws);
            const QStringList pageIds = ids(m_nav);
            QCOMPARE(QSet<QString>(pageIds.begin(), pageIds.end()).size(), pageIds.size()); // unique
            for (int i = 0; i < m_nav.rowCount(); ++i) {
                const QModelIndex idx = m_nav.index(i);
                QVERIFY(!idx.data(WorkspaceNavigationModel::PageIdRole).toString().isEmpty());
                QVERIFY(!idx.data(WorkspaceNavigationModel::IconNameRole).toString().isEmpty());
                QVERIFY(idx.data(WorkspaceNavigationModel::DescriptionRole).toString().endsWith(QLatin1Char('.')));
                QCOMPARE(idx.data(Qt::ToolTipRole), idx.data(WorkspaceNavigationModel::DescriptionRole));
                QCOMPARE(m_nav.rowOf(idx.data(WorkspaceNavigationModel::PageIdRole).toString()), i);
                QVERIFY(idx.data(WorkspaceNavigationModel::AvailableRole).canConvert<bool>());
            }
        }
        QCOMPARE(m_nav.rowOf(QStringLiteral("no-such-page")), -1);
        QVERIFY(!m_nav.index(0).data(Qt::DecorationRole).isValid());
    }

    void roleLabels()
    {
        QCOMPARE(WorkspaceNavigationModel::roleLabel(api::roles::user), QStringLiteral("Student"));
        QCOMPARE(WorkspaceNavigationModel::roleLabel(api::roles::tutor), QStringLiteral("Tutor"));
        QCOMPARE(WorkspaceNavigationModel::roleLabel(api::roles::admin), QStringLiteral("Administrator"));
        QCOMPARE(WorkspaceNavigationModel::roleLabel(api::roles::superAdmin), QStringLiteral("Super administrator"));
        QCOMPARE(WorkspaceNavigationModel::workspaceName(api::Workspace::Admin), QStringLiteral("Administration"));
    }

    void environments()
    {
        QCOMPARE(m_envs.rowCount(), 5);
        QStringList envIds;
        for (int i = 0; i < m_envs.rowCount(); ++i)
            envIds << m_envs.index(i).data(EnvironmentListModel::EnvironmentIdRole).toString();
        QCOMPARE(envIds, (QStringList {"local", "preview", "staging", "production", "custom"}));
        QVERIFY(m_envs.index(0).data(EnvironmentListModel::IsLocalRole).toBool());
        QVERIFY(!m_envs.index(0).data(EnvironmentListModel::NeedsHostRole).toBool());
        QVERIFY(m_envs.index(4).data(EnvironmentListModel::NeedsHostRole).toBool());
        QVERIFY(m_envs.index(3).data(EnvironmentListModel::HostRole).toUrl().scheme() == QLatin1String("https"));
        QCOMPARE(m_envs.index(3).data(Qt::DisplayRole).toString(), QStringLiteral("Production"));
        QCOMPARE(m_envs.rowOf(QStringLiteral("staging")), 2);
        QCOMPARE(m_envs.rowOf(QStringLiteral("nowhere")), -1);
        QCOMPARE(m_envs.environment(2).kind, api::EnvironmentKind::Staging);
    }

    void customHost()
    {
        QSignalSpy changed(&m_envs, &QAbstractItemModel::dataChanged);
        const QUrl host(QStringLiteral("https://tutorhub.example.org"));
        m_envs.setCustomHost(host);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 4);
        QCOMPARE(m_envs.customHost(), host);
        QCOMPARE(m_envs.environment(4).host, host);
        QVERIFY(m_envs.index(4).data().toString().contains(QStringLiteral("tutorhub.example.org")));
        m_envs.setCustomHost(host);
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
