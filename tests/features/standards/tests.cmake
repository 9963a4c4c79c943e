# The standards room: the ISTE Standards' reference data alone; a district that predates the
# educator and leader standards migrated into them; the Standards page and API over real HTTP on
# the demo, on SQLite and PostgreSQL. (The store's seeding is tested in integration_tests.)
set(STANDARDS_TESTS ${CMAKE_CURRENT_LIST_DIR})
add_executable(standards_unit_tests ${STANDARDS_TESTS}/domain/iste_standards_test.cpp)
target_link_libraries(standards_unit_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(standards_unit_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)

add_executable(standards_tests
  ${CMAKE_CURRENT_SOURCE_DIR}/support/test_database.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/http_client.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/app_server.cpp
  ${STANDARDS_TESTS}/store/existing_districts_test.cpp
  ${STANDARDS_TESTS}/routes/standards_routes_test.cpp)
target_include_directories(standards_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(standards_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(standards_tests DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS integration TIMEOUT 300 FIXTURES_REQUIRED postgres
             ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")
