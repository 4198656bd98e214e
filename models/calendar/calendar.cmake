# The calendar page's view-model (issue 15 item 2, decisions U30-U39), added to tutorhub_models.
target_sources(tutorhub_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/calendarevent.h
  ${CMAKE_CURRENT_LIST_DIR}/calendarmodel.h ${CMAKE_CURRENT_LIST_DIR}/calendarmodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/calendarloader.h ${CMAKE_CURRENT_LIST_DIR}/calendarloader.cpp
)
