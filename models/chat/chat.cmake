# The chat models (issue 7), added to tutorhub_models.
target_sources(tutorhub_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/conversationlistmodel.h ${CMAKE_CURRENT_LIST_DIR}/conversationlistmodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/messagelistmodel.h ${CMAKE_CURRENT_LIST_DIR}/messagelistmodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/chaterrors.h ${CMAKE_CURRENT_LIST_DIR}/chaterrors.cpp
  ${CMAKE_CURRENT_LIST_DIR}/chatfiles.h ${CMAKE_CURRENT_LIST_DIR}/chatfiles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/chatsession.h ${CMAKE_CURRENT_LIST_DIR}/chatsession.cpp
  ${CMAKE_CURRENT_LIST_DIR}/chatviewmodel.h ${CMAKE_CURRENT_LIST_DIR}/chatviewmodel.cpp
)
