# Feedback forms: the rules alone (questions, answering, the privacy floor over every filter
# and export), and the pages and API over real HTTP on the demo, on SQLite and PostgreSQL.
set(SURVEYS_TESTS ${CMAKE_CURRENT_LIST_DIR})
add_executable(surveys_unit_tests
  ${SURVEYS_TESTS}/domain/question_test.cpp
  ${SURVEYS_TESTS}/domain/answer_test.cpp
  ${SURVEYS_TESTS}/domain/privacy_test.cpp
  ${SURVEYS_TESTS}/domain/completion_test.cpp
  ${SURVEYS_TESTS}/domain/conversation_test.cpp
  ${SURVEYS_TESTS}/domain/schedule_test.cpp
  ${SURVEYS_TESTS}/domain/pairing_test.cpp)
target_link_libraries(surveys_unit_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(surveys_unit_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)

add_executable(surveys_tests
  ${CMAKE_CURRENT_SOURCE_DIR}/support/test_database.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/http_client.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/app_server.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/xlsx_text.cpp
  ${SURVEYS_TESTS}/routes/surveys_routes_test.cpp
  ${SURVEYS_TESTS}/routes/conversations_routes_test.cpp
  ${SURVEYS_TESTS}/routes/series_routes_test.cpp)
target_include_directories(surveys_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(surveys_tests PRIVATE app ZLIB::ZLIB GTest::gtest_main)
gtest_discover_tests(surveys_tests DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS integration TIMEOUT 300 FIXTURES_REQUIRED postgres
             ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")
