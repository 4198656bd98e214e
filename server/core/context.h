// What route modules share: data access, sessions and keys. Owned by Server.
#pragma once

#include "auth/jwt.h"
#include "auth/sessions.h"
#include "db/repository.h"

namespace tutorhub::server {

struct Context
{
    Repository *repo = nullptr;
    Sessions *sessions = nullptr;
    JwtKeys *keys = nullptr;
};

} // namespace tutorhub::server
