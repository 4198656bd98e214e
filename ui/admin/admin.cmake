# Issue 6: the admin workspace pages, added to tutorhub_ui; the analytics page uses Qt Charts.
target_sources(tutorhub_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/admintable.h ${CMAKE_CURRENT_LIST_DIR}/admintable.cpp
  ${CMAKE_CURRENT_LIST_DIR}/moderationdialog.h ${CMAKE_CURRENT_LIST_DIR}/moderationdialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/adminpages.h ${CMAKE_CURRENT_LIST_DIR}/adminpages.cpp
  ${CMAKE_CURRENT_LIST_DIR}/issuespage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/userspages.cpp
  ${CMAKE_CURRENT_LIST_DIR}/commercepages.cpp
  ${CMAKE_CURRENT_LIST_DIR}/analyticspage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/agenthubpage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/registerpages.cpp
)
target_link_libraries(tutorhub_ui PUBLIC Qt6::Charts)
