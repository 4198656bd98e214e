#include "workspaces.h"

#include "ui/admin/adminpages.h"
#include "ui/chat/chatdock.h"
#include "ui/student/studentpages.h"
#include "ui/tutor/tutorpages.h"

namespace tutorhub::app {

ui::PageRegistry buildPageRegistry()
{
    ui::PageRegistry registry;
    // One line per workspace module: <module>::registerPages(registry);
    ui::admin::registerPages(registry);
    ui::student::registerPages(registry);
    ui::tutor::registerPages(registry);
    ui::chat::registerDock(registry); // issue 7: the chat dock in every workspace
    return registry;
}

} // namespace tutorhub::app
