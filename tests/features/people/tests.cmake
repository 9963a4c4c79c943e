# Importing the staff roster over real HTTP on the demo, on SQLite and PostgreSQL, applied by the
# job runner.
set(PEOPLE_TESTS ${CMAKE_CURRENT_LIST_DIR})
add_executable(people_roster_tests
  ${CMAKE_CURRENT_SOURCE_DIR}/support/test_database.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/http_client.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/app_server.cpp
  ${PEOPLE_TESTS}/roster_routes_test.cpp)
target_include_directories(people_roster_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(people_roster_tests PRIVATE app ZLIB::ZLIB GTest::gtest_main)
gtest_discover_tests(people_roster_tests DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS integration TIMEOUT 300 FIXTURES_REQUIRED postgres
             ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")
