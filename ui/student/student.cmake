# Issue 4: the student workspace pages, added to tutorhub_ui.
target_sources(tutorhub_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/studentcommon.h ${CMAKE_CURRENT_LIST_DIR}/studentcommon.cpp
  ${CMAKE_CURRENT_LIST_DIR}/packview.h ${CMAKE_CURRENT_LIST_DIR}/packview.cpp
  ${CMAKE_CURRENT_LIST_DIR}/screeningdialog.h ${CMAKE_CURRENT_LIST_DIR}/screeningdialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/findtutorpage.h ${CMAKE_CURRENT_LIST_DIR}/findtutorpage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bookingdialog.h ${CMAKE_CURRENT_LIST_DIR}/bookingdialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/paymentdialog.h ${CMAKE_CURRENT_LIST_DIR}/paymentdialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/mylearningpage.h ${CMAKE_CURRENT_LIST_DIR}/mylearningpage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/helppage.h ${CMAKE_CURRENT_LIST_DIR}/helppage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/studentpages.h ${CMAKE_CURRENT_LIST_DIR}/studentpages.cpp
)
