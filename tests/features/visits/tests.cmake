# Visits between schools: the visit rules alone, and which commitments a visit held verifies;
# the pages and API over real HTTP on the demo, concurrent sign-ups against the seats, and the
# commitments a visit verifies, on SQLite and PostgreSQL.
set(VISITS_TESTS ${CMAKE_CURRENT_LIST_DIR})
add_executable(visits_unit_tests
  ${VISITS_TESTS}/domain/visit_test.cpp
  ${VISITS_TESTS}/domain/visit_verification_test.cpp)
target_link_libraries(visits_unit_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(visits_unit_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)

add_executable(visits_tests
  ${CMAKE_CURRENT_SOURCE_DIR}/support/test_database.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/http_client.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/app_server.cpp
  ${VISITS_TESTS}/routes/visits_routes_test.cpp
  ${VISITS_TESTS}/routes/visit_capacity_test.cpp
  ${VISITS_TESTS}/routes/visit_commitments_test.cpp)
target_include_directories(visits_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(visits_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(visits_tests DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS integration TIMEOUT 300 FIXTURES_REQUIRED postgres
             ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")
