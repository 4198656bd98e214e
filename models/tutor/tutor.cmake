# The tutor workspace's models (issue 5), added to tutorhub_models.
target_sources(tutorhub_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/tutorlists.h ${CMAKE_CURRENT_LIST_DIR}/tutorlists.cpp
  ${CMAKE_CURRENT_LIST_DIR}/availabilityweek.h ${CMAKE_CURRENT_LIST_DIR}/availabilityweek.cpp
  ${CMAKE_CURRENT_LIST_DIR}/earningsmodel.h ${CMAKE_CURRENT_LIST_DIR}/earningsmodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tutorforms.h ${CMAKE_CURRENT_LIST_DIR}/tutorforms.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tutorcommands.h ${CMAKE_CURRENT_LIST_DIR}/tutorcommands.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tutorviewmodel.h ${CMAKE_CURRENT_LIST_DIR}/tutorviewmodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tutorpagemodels.h ${CMAKE_CURRENT_LIST_DIR}/tutorpagemodels.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lessonsviewmodel.h ${CMAKE_CURRENT_LIST_DIR}/lessonsviewmodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/packsviewmodel.h ${CMAKE_CURRENT_LIST_DIR}/packsviewmodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/slotplanner.h ${CMAKE_CURRENT_LIST_DIR}/slotplanner.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lessongenerator.h ${CMAKE_CURRENT_LIST_DIR}/lessongenerator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../icalendar.h ${CMAKE_CURRENT_LIST_DIR}/../icalendar.cpp
)
# iCalendar through libical (Debian libical-dev; issue 15 item 3, decision U1): the export, the read-back and
# the tutor's import of busy times. Linked to tutorhub_models only.
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBICAL REQUIRED IMPORTED_TARGET GLOBAL libical) # GLOBAL: tests read exports with libical too
target_link_libraries(tutorhub_models PRIVATE PkgConfig::LIBICAL)
target_sources(tutorhub_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/busytimes.h ${CMAKE_CURRENT_LIST_DIR}/busytimes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/busytimestore.h ${CMAKE_CURRENT_LIST_DIR}/busytimestore.cpp
)
