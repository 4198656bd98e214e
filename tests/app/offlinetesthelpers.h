// Helpers shared by the offline tests of the whole app (tst_app_offline, tst_app_offline_start): a call answered
// before returning, a list model loaded, the offline notice's prefix, how often a text is stored in a room.
#pragma once

#include "api/apiclient.h"
#include "api/jsonapi.h"
#include "models/pagedlistmodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTest>
#include <QUrlQuery>

#include <optional>

namespace offlinetest {

inline const QString kOfflinePrefix = QStringLiteral("Offline — showing what was known at ");

inline std::optional<tutorhub::api::Result<tutorhub::api::JsonAnswer>> callNow(tutorhub::api::ApiClient *client,
                                                                               const tutorhub::api::ApiRequest &request)
{
    std::optional<tutorhub::api::Result<tutorhub::api::JsonAnswer>> out;
    QObject context;
    tutorhub::api::callJson(client, request, &context,
                            [&](const tutorhub::api::Result<tutorhub::api::JsonAnswer> &r) { out = r; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 20000);
    return out;
}

inline bool loaded(tutorhub::models::PagedListModel *m)
{
    return QTest::qWaitFor(
        [m] { return m->hasLoaded() && m->state() != tutorhub::models::PagedListModel::State::Loading; }, 20000);
}

// How many messages of `room` on the server carry `text` (-1 when the server does not answer the list).
inline int storedCopies(tutorhub::api::ApiClient *client, const QString &room, const QString &text)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("roomId"), room);
    q.addQueryItem(QStringLiteral("pageRowCount"), QStringLiteral("500"));
    const auto stored = callNow(client, tutorhub::api::ApiRequest::to(tutorhub::api::Route::listChatMessages, {}, q));
    if (!stored || !stored->ok())
        return -1;
    int copies = 0;
    for (const QJsonValue &v : stored->value().array()) {
        const QJsonObject m = v.toObject();
        if (m.value(QStringLiteral("roomId")).toString() == room
            && m.value(QStringLiteral("content")).toObject().value(QStringLiteral("text")).toString() == text)
            ++copies;
    }
    return copies;
}

} // namespace offlinetest
