# Counts ("at least six", "dozens of") and time expressions ("on Friday",
# "last week", "May 25"): included from src/extract/CMakeLists.txt.
add_library(crosscheck_counttime
  ${CMAKE_CURRENT_LIST_DIR}/count.cc
  ${CMAKE_CURRENT_LIST_DIR}/date.cc
  ${CMAKE_CURRENT_LIST_DIR}/number_words.cc
  ${CMAKE_CURRENT_LIST_DIR}/time_expr.cc
)
target_link_libraries(crosscheck_counttime PUBLIC crosscheck_text)

crosscheck_test(crosscheck_counttime_test
  SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/count_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/date_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/number_words_test.cc
    ${CMAKE_CURRENT_LIST_DIR}/time_expr_test.cc
  LIBS crosscheck_counttime)
