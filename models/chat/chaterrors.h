// Sentences for the chat's hub error codes (docs/realtime-protocol.md §5); other codes fall back to
// api::ApiError's own sentence.
#pragma once

#include "api/apierror.h"

#include <QString>

namespace tutorhub::models {

QString chatErrorSentence(const api::ApiError &error);

} // namespace tutorhub::models
