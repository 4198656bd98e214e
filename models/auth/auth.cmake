# Sign-in and account view-models (issue 17 item 1), added to tutorhub_models.
target_sources(tutorhub_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/passwordchange.h ${CMAKE_CURRENT_LIST_DIR}/passwordchange.cpp
  ${CMAKE_CURRENT_LIST_DIR}/signin.h ${CMAKE_CURRENT_LIST_DIR}/signin.cpp
)
