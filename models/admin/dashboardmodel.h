// The admin dashboard's view-model (issue 6, U63; issue 17 K32): the figures of adminDashboardStatsView as tiles,
// each with its count, the page it opens, that page's list and the filters it sets there. The page draws the
// tiles and opens what a tile names; the sentences (updated at, could not load) are made here.
#pragma once

#include "models/admin/adminworkspace.h"
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace tutorhub::models::admin {

struct DashboardTile
{
    QString id;
    QString title; // translated
    QString pageId; // the admin page the tile opens
    QString table; // that page's list ("" = its main one, "refunds" = refund requests)
    QHash<QString, QString> filters; // set on that list
    int count = -1; // -1: not loaded yet
    QString countText() const { return count < 0 ? QStringLiteral("–") : QString::number(count); }
};

class DashboardModel : public QObject
{
    Q_OBJECT

public:
    DashboardModel(AdminWorkspace *workspace, QObject *parent = nullptr);

    void reload();
    bool isLoading() const { return m_loading; }
    QJsonObject stats() const { return m_stats; }
    // Every tile, in the order shown, with its count from the last figures.
    QList<DashboardTile> tiles() const;
    DashboardTile tile(const QString &tileId) const; // id empty when there is no such tile
    // "Updated 14:02", or the sentence saying why the figures could not be loaded; "" before the first answer.
    QString statusText() const { return m_status; }

signals:
    void changed();

private:
    QPointer<AdminWorkspace> m_workspace;
    QJsonObject m_stats;
    QString m_status;
    bool m_loading = false;
};

} // namespace tutorhub::models::admin
