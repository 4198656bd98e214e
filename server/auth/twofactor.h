// Two-step sign-in on the server (C31): a password sign-in of a user whose e-mail 2FA switch is on
// (user.emailTwoFactor, C30) gets a *pending* session: its row is marked `pending2FA = 'email'` and
// lives 10 minutes, and its token carries the `p2fa` claim. Sessions::resolve() and authenticate()
// refuse pending sessions and tokens, so such a token is nobody: public routes treat it as absent,
// routes that need a sign-in answer 403 errMsg_TwoFactorNeeded (the router asks pendingToken()),
// currentuser, permissions and relogin answer 401, the hub refuses the upgrade. Only logout ends it.
// /email-2factor-verification/complete clears the mark (Sessions::tokenFor) and issues a full token
// for the same session id; the pending token keeps its claim, so it never becomes a full one.
#pragma once

#include "auth/sessions.h"

namespace tutorhub::server::twofactor {

constexpr int kPendingLifetimeSecs = 600;

// A new pending session for `user` (the password was right, the code is still to come).
Sessions::Issued createPending(Repository &repo, const JwtKeys &keys, const QVariantMap &user);
// The session id of a correctly signed, unexpired token whose session is live but pending, or whose
// token is a pending one; empty otherwise.
QString pendingSession(const Repository &repo, const JwtKeys &keys, const QString &token);

} // namespace tutorhub::server::twofactor
