# The chat pane (issue 7), added to tutorhub_ui.
target_sources(tutorhub_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/chatdelegates.h ${CMAKE_CURRENT_LIST_DIR}/chatdelegates.cpp
  ${CMAKE_CURRENT_LIST_DIR}/chatpane.h ${CMAKE_CURRENT_LIST_DIR}/chatpane.cpp
  ${CMAKE_CURRENT_LIST_DIR}/chatattachments.h ${CMAKE_CURRENT_LIST_DIR}/chatattachments.cpp
  ${CMAKE_CURRENT_LIST_DIR}/chatdock.h ${CMAKE_CURRENT_LIST_DIR}/chatdock.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dockrail.h ${CMAKE_CURRENT_LIST_DIR}/dockrail.cpp
)
