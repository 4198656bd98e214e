# The Calendar page of the student and tutor workspaces (issue 15 item 2, decisions U30-U39), added to tutorhub_ui.
target_sources(tutorhub_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/calendarview.h ${CMAKE_CURRENT_LIST_DIR}/calendarview.cpp
  ${CMAKE_CURRENT_LIST_DIR}/calendarpage.h ${CMAKE_CURRENT_LIST_DIR}/calendarpage.cpp
)
