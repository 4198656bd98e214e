#include "workspaces.h"

#include "ui/student/studentpages.h"

namespace tutorhub::app {

ui::PageRegistry buildPageRegistry()
{
    ui::PageRegistry registry;
    // One line per workspace module: <module>::registerPages(registry);
    ui::student::registerPages(registry);
    return registry;
}

} // namespace tutorhub::app
