# Cohorts: the window-notice rules alone (unit), and end to end on SQLite and PostgreSQL: the
# public notice form and API, the stop link and the e-mail through the SMTP rig when a window
# opens; the goals and timeline staff edit (integration). Test names start with "cohorts."
# (ctest -R cohorts).
add_executable(cohorts_unit_tests features/cohorts/domain/window_notice_test.cpp)
target_link_libraries(cohorts_unit_tests PRIVATE cohorts_domain GTest::gtest_main)
gtest_discover_tests(cohorts_unit_tests TEST_PREFIX cohorts. DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)

add_executable(cohorts_tests
  support/test_database.cpp
  support/http_client.cpp
  support/app_server.cpp
  features/cohorts/routes/window_notice_routes_test.cpp
  features/cohorts/routes/plan_routes_test.cpp)
target_include_directories(cohorts_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(cohorts_tests PRIVATE app mail_test_support GTest::gtest_main)
# DISCOVERY_TIMEOUT comes before PROPERTIES, which takes every argument after it.
gtest_discover_tests(cohorts_tests TEST_PREFIX cohorts. DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS integration TIMEOUT 300 FIXTURES_REQUIRED postgres
             ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")
