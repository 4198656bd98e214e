// --contract strict (C3-C7): the server behaves like the documented cloud. The router asks these
// functions around every handler when its profile is strict; nothing here changes the local profile.
#pragma once

#include "http/contract.h"
#include "http/request.h"

#include <QJsonArray>
#include <QStringList>

namespace tutorhub::server::strict {

// Whether a row is served under strict: not the Extension rows, except instanceProof (the app's trust
// check of its own child server, SEC48, which the cloud never sees) (C4).
bool served(const contract::Row &row);

// Removes the query parameters and filters `row` does not declare (the §1.6 common ones stay on business
// routes) and the JSON body fields it does not declare (C5). A body that is no JSON object is left alone
// for the handler to refuse.
void sanitizeRequest(Request &req, const contract::Row &row);

// Keeps only the documented fields of the data objects in a JSON success response (contract/objects.def:
// own fields, std fields, `_idx` companions, joined objects, named extensions) and shows the role
// "tutor" as "user" (C6, C7). Only rows with a response key (the business APIs) have their objects
// filtered; the role is hidden in every JSON response.
void filterResponse(Response &res, const contract::Row &row);

// The same filter on one payload: the object(s) under `dataName` of an envelope. Returns the keys it
// removed as "object.field" when `removed` is given (tests list what the local profile adds).
QJsonValue filterPayload(const QString &dataName, const QJsonValue &payload, QStringList *removed = nullptr);

// What the local profile has beyond the documented contract, for GET /auth-api/extensions (C8): the ids of
// the Extension rows, "undeclaredFilters", "undeclaredBodyFields", "tutorRole" and the named field
// extensions as "object.field".
QJsonArray extensionNames();

} // namespace tutorhub::server::strict
