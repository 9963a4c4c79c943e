# Cohorts: the goals and timeline staff edit, over real HTTP on the demo, on SQLite and
# PostgreSQL.
set(COHORTS_TESTS ${CMAKE_CURRENT_LIST_DIR})
add_executable(cohorts_tests
  ${CMAKE_CURRENT_SOURCE_DIR}/support/test_database.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/http_client.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/app_server.cpp
  ${COHORTS_TESTS}/routes/plan_routes_test.cpp)
target_include_directories(cohorts_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(cohorts_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(cohorts_tests DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS integration TIMEOUT 300 FIXTURES_REQUIRED postgres
             ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")
