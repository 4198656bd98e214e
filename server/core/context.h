// What route modules share: data access, sessions and keys. Owned by Server.
#pragma once

#include "auth/jwt.h"
#include "auth/sessions.h"
#include "db/repository.h"

namespace tutorhub::server {

class Throttle;

struct Context
{
    Repository *repo = nullptr;
    Sessions *sessions = nullptr;
    JwtKeys *keys = nullptr;
    Throttle *throttle = nullptr; // sign-in and code checks (SEC3); null: not throttled
    QString mailDir {}; // where codes are delivered as .eml files (SEC1)
    bool devCodes = false; // --dev-codes: codes also appear in the …/start responses
};

} // namespace tutorhub::server
