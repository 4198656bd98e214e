// The environments of the picker (ARCHITECTURE settled decision 1): Local, Preview, Staging,
// Production, Custom, in that order. Custom carries the host typed by the user.
#pragma once

#include "api/environment.h"

#include <QAbstractListModel>
#include <QList>

namespace tutorhub::models {

class EnvironmentListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        EnvironmentIdRole = Qt::UserRole + 1, // "local", "preview", ...
        HostRole, // QUrl (empty for Local and for Custom without host)
        NeedsHostRole, // bool: the user types the host (Custom)
        IsLocalRole, // bool: the bundled local server
    };
    Q_ENUM(Role)

    explicit EnvironmentListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    api::Environment environment(int row) const;
    // Row of the environment with that id, or -1.
    int rowOf(const QString &environmentId) const;
    // Sets the host of the Custom row (emits dataChanged for it).
    void setCustomHost(const QUrl &host);
    QUrl customHost() const;

private:
    QList<api::Environment> m_environments;
};

} // namespace tutorhub::models
