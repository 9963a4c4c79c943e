# Applications (src/features/applications): the rules alone, then the stores on SQLite and
# PostgreSQL and the routes over real HTTP. Test names start with "applications." so
# `ctest -R 'applications\.|postgres_'` runs them with the PostgreSQL rig.
add_executable(applications_unit_tests
  features/applications/domain/setup_rules_test.cpp
  features/applications/domain/cohort_copy_test.cpp
  features/applications/domain/application_rules_test.cpp
  features/applications/domain/rubric_test.cpp
  features/applications/domain/review_rules_test.cpp
  features/applications/domain/decision_rules_test.cpp
  features/applications/multipart_test.cpp)
target_link_libraries(applications_unit_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(applications_unit_tests TEST_PREFIX "applications." DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS unit)

add_executable(applications_tests
  support/test_database.cpp
  support/http_client.cpp
  support/app_server.cpp
  features/applications/store/setup_store_test.cpp
  features/applications/store/applications_store_test.cpp
  features/applications/routes/applications_fixture.cpp
  features/applications/routes/setup_routes_test.cpp
  features/applications/routes/apply_routes_test.cpp
  features/applications/routes/attachment_routes_test.cpp
  features/applications/routes/review_routes_test.cpp
  features/applications/routes/decision_routes_test.cpp)
target_include_directories(applications_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(applications_tests PRIVATE app mail_test_support GTest::gtest_main)
# DISCOVERY_TIMEOUT goes before PROPERTIES: after it, it would end the list of properties.
gtest_discover_tests(applications_tests TEST_PREFIX "applications." DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS integration TIMEOUT 300 FIXTURES_REQUIRED postgres
             ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")
