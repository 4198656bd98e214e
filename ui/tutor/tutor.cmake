# The tutor workspace's pages (issue 5), added to tutorhub_ui.
set(_t ${CMAKE_CURRENT_LIST_DIR})
target_sources(tutorhub_ui PRIVATE
  ${_t}/tutorpage.h ${_t}/tutorpage.cpp
  ${_t}/tutorpages.h ${_t}/tutorpages.cpp
  ${_t}/becometutorpage.h ${_t}/becometutorpage.cpp
  ${_t}/profilepage.h ${_t}/profilepage.cpp
  ${_t}/packdialogs.h ${_t}/packdialogs.cpp
  ${_t}/coursepackspage.h ${_t}/coursepackspage.cpp
  ${_t}/availabilitypage.h ${_t}/availabilitypage.cpp
  ${_t}/busytimesdialog.h ${_t}/busytimesdialog.cpp
  ${_t}/lessondialogs.h ${_t}/lessondialogs.cpp
  ${_t}/lessonspage.h ${_t}/lessonspage.cpp
  ${_t}/earningspage.h ${_t}/earningspage.cpp
)
