// The two-step sign-in routes (API.md §2.4 …-2factor-verification/start|complete; C33): public,
// identified by the pending session's userId and sessionId, never with a token. `done` is called
// exactly once, unless `context` is destroyed first. Kept apart from AuthApi so that the client
// core's most included header does not change for them.
#pragma once

#include "apiclient.h"
#include "result.h"
#include "types.h"

#include <functional>

namespace tutorhub::api::twofactor {

enum class Channel { Email, Mobile };

// Sends a code for the pending session (403 errMsg_CodeResendTooFrequent within a minute). The answer
// carries secretCode only from a development server; `mobile` answers name the phone in "mobile".
void start(ApiClient *client, Channel channel, const QString &userId, const QString &sessionId, QObject *context,
           std::function<void(const Result<VerificationStart> &start, const QString &mobile)> done);
// Checks the code; the answer is the finished session object (for mobile possibly only sessionId,
// userId, the flag, accessToken and expiresIn).
void complete(ApiClient *client, Channel channel, const QString &userId, const QString &sessionId, const QString &code,
              QObject *context, std::function<void(const Result<SessionInfo> &)> done);

} // namespace tutorhub::api::twofactor
