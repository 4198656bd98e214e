# The tutor workspace's models (issue 5), added to tutorhub_models.
target_sources(tutorhub_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/tutorlists.h ${CMAKE_CURRENT_LIST_DIR}/tutorlists.cpp
  ${CMAKE_CURRENT_LIST_DIR}/availabilityweek.h ${CMAKE_CURRENT_LIST_DIR}/availabilityweek.cpp
  ${CMAKE_CURRENT_LIST_DIR}/earningsmodel.h ${CMAKE_CURRENT_LIST_DIR}/earningsmodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tutorforms.h ${CMAKE_CURRENT_LIST_DIR}/tutorforms.cpp
  ${CMAKE_CURRENT_LIST_DIR}/slotplanner.h ${CMAKE_CURRENT_LIST_DIR}/slotplanner.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lessongenerator.h ${CMAKE_CURRENT_LIST_DIR}/lessongenerator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../icalendar.h ${CMAKE_CURRENT_LIST_DIR}/../icalendar.cpp
)
