# Design challenges: the statement, step, reminder, cycle, stage, protocol and access rules alone;
# the store, and the pages and API over real HTTP on the demo, on SQLite and PostgreSQL.
set(CHALLENGES_TESTS ${CMAKE_CURRENT_LIST_DIR})
add_executable(challenges_unit_tests
  ${CHALLENGES_TESTS}/domain/challenge_test.cpp
  ${CHALLENGES_TESTS}/domain/action_step_test.cpp
  ${CHALLENGES_TESTS}/domain/cycle_test.cpp
  ${CHALLENGES_TESTS}/domain/stage_test.cpp
  ${CHALLENGES_TESTS}/domain/access_test.cpp
  ${CHALLENGES_TESTS}/domain/protocol_test.cpp
  ${CHALLENGES_TESTS}/domain/inquiry_test.cpp
  ${CHALLENGES_TESTS}/domain/lesson_round_test.cpp
  ${CHALLENGES_TESTS}/domain/step_reminder_test.cpp)
target_link_libraries(challenges_unit_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(challenges_unit_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)

add_executable(challenges_tests
  ${CMAKE_CURRENT_SOURCE_DIR}/support/test_database.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/http_client.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/app_server.cpp
  ${CHALLENGES_TESTS}/store/challenges_store_test.cpp
  ${CHALLENGES_TESTS}/routes/challenge_routes_test.cpp
  ${CHALLENGES_TESTS}/routes/round_routes_test.cpp
  ${CHALLENGES_TESTS}/routes/cycle_files_test.cpp
  ${CHALLENGES_TESTS}/routes/inquiry_routes_test.cpp
  ${CHALLENGES_TESTS}/routes/lesson_round_routes_test.cpp)
target_include_directories(challenges_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(challenges_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(challenges_tests DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS integration TIMEOUT 300 FIXTURES_REQUIRED postgres
             ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")
