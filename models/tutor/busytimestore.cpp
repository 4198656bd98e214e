#include "busytimestore.h"

#include "api/apiclient.h"
#include "api/contract.h"
#include "api/jsonapi.h"
#include "api/serverfeatures.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace tutorhub::models::tutor {

namespace {

void sortByStart(QList<BusyTime> &list)
{
    std::sort(list.begin(), list.end(), [](const BusyTime &a, const BusyTime &b) { return a.startUtc < b.startUtc; });
}

} // namespace

BusyTimeStore::BusyTimeStore(api::ApiClient *client, const QString &dataDirectory, const QString &tutorProfileId)
    : m_client(client),
      m_dataDirectory(dataDirectory),
      m_tutorProfileId(tutorProfileId)
{ }

bool BusyTimeStore::onServer() const
{
    return m_client && m_client->serverFeatures().supports(api::Route::listBusyTimes)
           && m_client->serverFeatures().supports(api::Route::createBusyTime);
}

QString BusyTimeStore::localFile() const
{
    if (m_dataDirectory.isEmpty() || m_tutorProfileId.isEmpty())
        return {};
    return QDir(m_dataDirectory).filePath(QStringLiteral("busy-times/%1.json").arg(m_tutorProfileId));
}

QString BusyTimeStore::readLocal(QList<BusyTime> *out) const
{
    out->clear();
    const QString path = localFile();
    if (path.isEmpty())
        return QCoreApplication::translate("tutorhub::models::BusyTimes",
                                           "Busy times cannot be kept on this computer: the app has no data folder.");
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("tutorhub::models::BusyTimes",
                                           "Your busy times could not be read from %1 (%2).")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isArray())
        return QCoreApplication::translate(
                   "tutorhub::models::BusyTimes",
                   "The file of your busy times, %1, is damaged. Move it away and import your calendar again.")
            .arg(QDir::toNativeSeparators(path));
    for (const QJsonValue &v : doc.array())
        out->append(busyTimeFromJson(v.toObject()));
    sortByStart(*out);
    return {};
}

QString BusyTimeStore::writeLocal(const QList<BusyTime> &all) const
{
    const QString path = localFile();
    if (path.isEmpty())
        return QCoreApplication::translate("tutorhub::models::BusyTimes",
                                           "Busy times cannot be kept on this computer: the app has no data folder.");
    QDir().mkpath(QFileInfo(path).absolutePath());
    QJsonArray rows;
    for (const BusyTime &b : all)
        rows.append(busyTimeJson(b, m_tutorProfileId));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(rows).toJson()) < 0
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit())
        return QCoreApplication::translate("tutorhub::models::BusyTimes",
                                           "Your busy times could not be saved in %1 (%2).")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void BusyTimeStore::load(QObject *context, ListCallback done) const
{
    if (!onServer()) {
        QList<BusyTime> list;
        const QString error = readLocal(&list);
        done(list, error);
        return;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("0")); // every row (API.md §1.6)
    api::callJson(m_client, api::ApiRequest::to(api::Route::listBusyTimes, {m_tutorProfileId}, q), context,
                  [done = std::move(done)](const api::Result<api::JsonAnswer> &r) {
                      if (!r.ok()) {
                          done({}, r.error().userMessage());
                          return;
                      }
                      QList<BusyTime> list;
                      for (const QJsonValue &v : r.value().array())
                          list.append(busyTimeFromJson(v.toObject()));
                      sortByStart(list);
                      done(list, {});
                  });
}

void BusyTimeStore::create(const QList<BusyTime> &busy, QObject *context,
                           std::function<void(const QList<RowResult> &)> done) const
{
    if (!onServer()) {
        QList<BusyTime> all;
        const QString readError = readLocal(&all);
        QList<RowResult> results;
        for (BusyTime b : busy) {
            RowResult row;
            if (!readError.isEmpty())
                row.error = readError;
            else if (!b.startUtc.isValid() || !b.endUtc.isValid() || b.endUtc <= b.startUtc)
                row.error = QCoreApplication::translate("tutorhub::models::BusyTimes",
                                                        "This busy time ends before it starts.");
            else {
                b.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                all.append(b);
            }
            row.busy = b;
            results.append(row);
        }
        if (readError.isEmpty()) {
            sortByStart(all);
            if (const QString writeError = writeLocal(all); !writeError.isEmpty())
                for (RowResult &row : results)
                    if (row.error.isEmpty())
                        row.error = writeError, row.busy.id.clear();
        }
        done(results);
        return;
    }
    struct Job
    {
        api::ApiClient *client;
        QString profileId;
        QList<BusyTime> rows;
        QList<RowResult> results;
        QPointer<QObject> context;
        std::function<void(const QList<RowResult> &)> done;
        void next(const std::shared_ptr<Job> &self)
        {
            if (!context)
                return;
            if (results.size() == rows.size()) {
                done(results);
                return;
            }
            const BusyTime b = rows.at(results.size());
            api::ApiRequest r = api::ApiRequest::to(api::Route::createBusyTime, {}, busyTimeJson(b, profileId));
            r.idempotent = false;
            api::callJson(client, r, context, [self, b](const api::Result<api::JsonAnswer> &res) {
                RowResult row;
                row.busy = b;
                if (res.ok())
                    row.busy.id = busyTimeFromJson(res.value().object()).id;
                else
                    row.error = res.error().userMessage();
                self->results.append(row);
                self->next(self);
            });
        }
    };
    auto job = std::make_shared<Job>();
    job->client = m_client;
    job->profileId = m_tutorProfileId;
    job->rows = busy;
    job->context = context;
    job->done = std::move(done);
    job->next(job);
}

void BusyTimeStore::remove(const QString &id, QObject *context, std::function<void(const QString &error)> done) const
{
    if (!onServer()) {
        QList<BusyTime> all;
        QString error = readLocal(&all);
        if (error.isEmpty()) {
            all.erase(std::remove_if(all.begin(), all.end(), [&](const BusyTime &b) { return b.id == id; }), all.end());
            error = writeLocal(all);
        }
        done(error);
        return;
    }
    api::ApiRequest r = api::ApiRequest::to(api::Route::deleteBusyTime, {id});
    api::callJson(m_client, r, context, [done = std::move(done)](const api::Result<api::JsonAnswer> &res) {
        done(res.ok() ? QString() : res.error().userMessage());
    });
}

} // namespace tutorhub::models::tutor
