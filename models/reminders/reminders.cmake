# Lesson reminders (issue 15 item 2b), added to tutorhub_models.
target_sources(tutorhub_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/lessonreminders.h ${CMAKE_CURRENT_LIST_DIR}/lessonreminders.cpp
  ${CMAKE_CURRENT_LIST_DIR}/upcominglessons.h ${CMAKE_CURRENT_LIST_DIR}/upcominglessons.cpp
)
