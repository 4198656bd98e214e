#include "environmentlistmodel.h"

namespace tutorhub::models {

EnvironmentListModel::EnvironmentListModel(QObject *parent)
    : QAbstractListModel(parent),
      m_environments(api::Environment::all())
{ }

int EnvironmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_environments.size());
}

QVariant EnvironmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::Environment &env = m_environments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return env.displayName();
    case Qt::ToolTipRole:
        return env.host.isEmpty() ? QVariant() : QVariant(env.host.toString());
    case EnvironmentIdRole:
        return env.id;
    case HostRole:
        return env.host;
    case NeedsHostRole:
        return env.kind == api::EnvironmentKind::Custom;
    case IsLocalRole:
        return env.isLocal();
    default:
        return {};
    }
}

QHash<int, QByteArray> EnvironmentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(EnvironmentIdRole, "environmentId");
    names.insert(HostRole, "host");
    names.insert(NeedsHostRole, "needsHost");
    names.insert(IsLocalRole, "isLocal");
    return names;
}

api::Environment EnvironmentListModel::environment(int row) const
{
    if (row < 0 || row >= m_environments.size())
        return {};
    return m_environments.at(row);
}

int EnvironmentListModel::rowOf(const QString &environmentId) const
{
    for (int i = 0; i < m_environments.size(); ++i)
        if (m_environments.at(i).id == environmentId)
            return i;
    return -1;
}

void EnvironmentListModel::setCustomHost(const QUrl &host)
{
    const int row = rowOf(api::Environment::idFor(api::EnvironmentKind::Custom));
    if (row < 0 || m_environments[row].host == host)
        return;
    m_environments[row].host = host;
    const QModelIndex i = index(row);
    emit dataChanged(i, i);
}

QUrl EnvironmentListModel::customHost() const
{
    const int row = rowOf(api::Environment::idFor(api::EnvironmentKind::Custom));
    return row < 0 ? QUrl() : m_environments.at(row).host;
}

} // namespace tutorhub::models
