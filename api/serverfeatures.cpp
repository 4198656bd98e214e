#include "serverfeatures.h"

#include "apiclient.h"
#include "contract.h"

namespace tutorhub::api {

void fetchServerFeatures(ApiClient *client, QObject *context, std::function<void(const ServerFeatures &)> done)
{
    ApiRequest r = ApiRequest::to(Route::serverExtensions);
    r.allowRelogin = false; // a public route; a 401 here must not start a relogin
    r.timeoutMs = 5000;
    ApiReply *reply = client->send(r);
    QObject::connect(reply, &ApiReply::finished, context ? context : client, [reply, done = std::move(done)] {
        ServerFeatures features = reply->ok() ? ServerFeatures::fromJson(reply->rawBody()) : ServerFeatures();
        features.asked = true;
        done(features);
    });
}

} // namespace tutorhub::api
