# Issue 6: the admin workspace models (lists as data, the moderation cascade, impact preview, analytics).
target_sources(tutorhub_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/adminlists.h ${CMAKE_CURRENT_LIST_DIR}/adminlists.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cascadescope.h ${CMAKE_CURRENT_LIST_DIR}/cascadescope.cpp
  ${CMAKE_CURRENT_LIST_DIR}/moderationcascade.h ${CMAKE_CURRENT_LIST_DIR}/moderationcascade.cpp
  ${CMAKE_CURRENT_LIST_DIR}/impactpreview.h ${CMAKE_CURRENT_LIST_DIR}/impactpreview.cpp
  ${CMAKE_CURRENT_LIST_DIR}/analyticsdata.h ${CMAKE_CURRENT_LIST_DIR}/analyticsdata.cpp
  ${CMAKE_CURRENT_LIST_DIR}/agentoverrideform.h ${CMAKE_CURRENT_LIST_DIR}/agentoverrideform.cpp
  # Issue 17: the pages' view-models (K30-K39).
  ${CMAKE_CURRENT_LIST_DIR}/adminworkspace.h ${CMAKE_CURRENT_LIST_DIR}/adminworkspace.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dashboardmodel.h ${CMAKE_CURRENT_LIST_DIR}/dashboardmodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/issuedesk.h ${CMAKE_CURRENT_LIST_DIR}/issuedesk.cpp
  ${CMAKE_CURRENT_LIST_DIR}/userdesk.h ${CMAKE_CURRENT_LIST_DIR}/userdesk.cpp
  ${CMAKE_CURRENT_LIST_DIR}/commercedesk.h ${CMAKE_CURRENT_LIST_DIR}/commercedesk.cpp
  ${CMAKE_CURRENT_LIST_DIR}/agenthubdesk.h ${CMAKE_CURRENT_LIST_DIR}/agenthubdesk.cpp
)
