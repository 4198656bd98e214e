// The tutor workspace (issue 5): registers the pages profile, course-packs, availability, lessons,
// students-earnings and, in the student workspace, become-tutor; plus their screenshot states.
#pragma once

namespace tutorhub::ui {
class PageRegistry;
}

namespace tutorhub::ui::tutor {

void registerPages(PageRegistry &registry);

} // namespace tutorhub::ui::tutor
