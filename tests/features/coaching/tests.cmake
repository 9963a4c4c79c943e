# The coach at the school: the log's and observations' rules alone; the stores, and the pages
# and API over real HTTP on the demo, on SQLite and PostgreSQL.
set(COACHING_TESTS ${CMAKE_CURRENT_LIST_DIR})
add_executable(coaching_unit_tests
  ${COACHING_TESTS}/domain/cycle_test.cpp
  ${COACHING_TESTS}/domain/entry_test.cpp
  ${COACHING_TESTS}/domain/follow_up_reminder_test.cpp
  ${COACHING_TESTS}/domain/hours_test.cpp
  ${COACHING_TESTS}/domain/observation_test.cpp
  ${COACHING_TESTS}/domain/pd_plan_test.cpp)
target_link_libraries(coaching_unit_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(coaching_unit_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)

add_executable(coaching_tests
  ${CMAKE_CURRENT_SOURCE_DIR}/support/test_database.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/http_client.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/app_server.cpp
  ${COACHING_TESTS}/store/coaching_store_test.cpp
  ${COACHING_TESTS}/routes/coaching_routes_test.cpp
  ${COACHING_TESTS}/routes/cycle_routes_test.cpp
  ${COACHING_TESTS}/routes/pd_routes_test.cpp)
target_include_directories(coaching_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(coaching_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(coaching_tests DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS integration TIMEOUT 300 FIXTURES_REQUIRED postgres
             ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")
