# Learning sessions: seating and attendance rules alone; the store's batched reads, and the pages
# and API over real HTTP, on the demo, on SQLite and PostgreSQL, with the clock in 2018-2019.
set(LEARNING_TESTS ${CMAKE_CURRENT_LIST_DIR})
add_executable(learning_unit_tests
  ${LEARNING_TESTS}/domain/seating_test.cpp
  ${LEARNING_TESTS}/domain/attendance_test.cpp
  ${LEARNING_TESTS}/domain/planning_test.cpp
  ${LEARNING_TESTS}/domain/session_reminder_test.cpp)
target_link_libraries(learning_unit_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(learning_unit_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)

add_executable(learning_tests
  ${CMAKE_CURRENT_SOURCE_DIR}/support/test_database.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/http_client.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/app_server.cpp
  ${LEARNING_TESTS}/store/learning_store_test.cpp
  ${LEARNING_TESTS}/routes/learning_routes_test.cpp
  ${LEARNING_TESTS}/store/batched_reads_test.cpp
  ${LEARNING_TESTS}/routes/session_changes_test.cpp)
target_include_directories(learning_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(learning_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(learning_tests DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS integration TIMEOUT 300 FIXTURES_REQUIRED postgres
             ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")
