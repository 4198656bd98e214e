// The pages and docks of every workspace, gathered in one registry for the main window.
#pragma once

#include "ui/workspacecontext.h"

namespace tutorhub::app {

// Each workspace module (ui/student, ui/tutor, ui/admin, ui/chat) adds its pages and docks here.
ui::PageRegistry buildPageRegistry();

} // namespace tutorhub::app
