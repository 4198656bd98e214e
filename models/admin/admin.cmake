# Issue 6: the admin workspace models (lists as data, the moderation cascade, impact preview, analytics).
target_sources(tutorhub_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/adminlists.h ${CMAKE_CURRENT_LIST_DIR}/adminlists.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cascadescope.h ${CMAKE_CURRENT_LIST_DIR}/cascadescope.cpp
  ${CMAKE_CURRENT_LIST_DIR}/moderationcascade.h ${CMAKE_CURRENT_LIST_DIR}/moderationcascade.cpp
  ${CMAKE_CURRENT_LIST_DIR}/impactpreview.h ${CMAKE_CURRENT_LIST_DIR}/impactpreview.cpp
  ${CMAKE_CURRENT_LIST_DIR}/analyticsdata.h ${CMAKE_CURRENT_LIST_DIR}/analyticsdata.cpp
)
