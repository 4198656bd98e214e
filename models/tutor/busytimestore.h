// Where a tutor's busy times live (decision U4): on our server through the busyTimes extension routes
// (createBusyTime, listBusyTimes, deleteBusyTime; absent under --contract strict and in the cloud), else in
// a JSON file per tutor profile in the app's data directory (busy-times/<tutorProfileId>.json, 0600).
// Either way the availability week shows them and lesson planning skips them. Models never open dialogs:
// every failure comes back as a sentence.
#pragma once

#include "busytimes.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace tutorhub::api {
class ApiClient;
}

namespace tutorhub::models::tutor {

class BusyTimeStore
{
public:
    BusyTimeStore(api::ApiClient *client, const QString &dataDirectory, const QString &tutorProfileId);

    // True when the server keeps busy times (it names the busyTimes routes in /extensions).
    bool onServer() const;
    // The local file used when the server does not keep them.
    QString localFile() const;

    using ListCallback = std::function<void(const QList<BusyTime> &busy, const QString &error)>;
    // Every busy time of the tutor, sorted by start. Without the server, `done` is called before load returns.
    void load(QObject *context, ListCallback done) const;

    struct RowResult
    {
        BusyTime busy; // with its id when stored
        QString error; // why this row was not stored; empty when it was
    };
    // Stores each busy time, one after another; `done` gets one result per row, in order. A failure of one
    // row does not stop the others.
    void create(const QList<BusyTime> &busy, QObject *context,
                std::function<void(const QList<RowResult> &)> done) const;
    void remove(const QString &id, QObject *context, std::function<void(const QString &error)> done) const;

private:
    QString readLocal(QList<BusyTime> *out) const;
    QString writeLocal(const QList<BusyTime> &all) const;

    api::ApiClient *m_client;
    QString m_dataDirectory;
    QString m_tutorProfileId;
};

} // namespace tutorhub::models::tutor
