# Technology plans and certifications: the plan, diff and certification rules alone; the pages
# and API over real HTTP on the demo, on SQLite and PostgreSQL.
set(TECHPLANS_TESTS ${CMAKE_CURRENT_LIST_DIR})
add_executable(techplans_unit_tests
  ${TECHPLANS_TESTS}/domain/plan_test.cpp
  ${TECHPLANS_TESTS}/domain/diff_test.cpp
  ${TECHPLANS_TESTS}/domain/certification_test.cpp
  ${TECHPLANS_TESTS}/domain/decision_mail_test.cpp
  ${TECHPLANS_TESTS}/domain/plan_files_test.cpp)
target_link_libraries(techplans_unit_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(techplans_unit_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)

add_executable(techplans_tests
  ${CMAKE_CURRENT_SOURCE_DIR}/support/test_database.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/http_client.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/app_server.cpp
  ${TECHPLANS_TESTS}/routes/techplan_routes_test.cpp)
target_include_directories(techplans_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(techplans_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(techplans_tests DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS integration TIMEOUT 300 FIXTURES_REQUIRED postgres
             ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")
