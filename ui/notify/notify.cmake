# Desktop notifications and lesson reminders in the signed-in window (issue 15), added to tutorhub_ui.
target_sources(tutorhub_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/lessonreminderscontroller.h ${CMAKE_CURRENT_LIST_DIR}/lessonreminderscontroller.cpp
)
