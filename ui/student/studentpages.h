// The student workspace's pages (issue 4): find-tutor, my-learning, help, and their screenshot
// states (pack detail, tutor profile, booking, payment, refund).
#pragma once

#include "workspacecontext.h"

namespace tutorhub::ui::student {

void registerPages(PageRegistry &registry);

} // namespace tutorhub::ui::student
