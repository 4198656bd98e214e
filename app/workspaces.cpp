#include "workspaces.h"

namespace tutorhub::app {

ui::PageRegistry buildPageRegistry()
{
    ui::PageRegistry registry;
    // One line per workspace module: <module>::registerPages(registry);
    return registry;
}

} // namespace tutorhub::app
