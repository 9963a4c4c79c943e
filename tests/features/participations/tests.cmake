# Participations: the agreement's states, the team and coach rules (unit, no I/O); the stores on
# a SQLite file and on PostgreSQL, and the pages and API in-process over loopback (integration).
# Test names start with "participations." (ctest -R participations).
add_executable(participations_unit_tests
  features/participations/domain/agreement_test.cpp
  features/participations/domain/team_test.cpp
  features/participations/domain/participation_test.cpp
  features/participations/domain/finished_year_test.cpp)
target_link_libraries(participations_unit_tests PRIVATE participations_domain GTest::gtest_main)
gtest_discover_tests(participations_unit_tests TEST_PREFIX participations. DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS unit)

add_executable(participations_tests
  support/test_database.cpp
  support/http_client.cpp
  support/app_server.cpp
  features/participations/store/participations_store_test.cpp
  features/participations/routes/route_fixture.cpp
  features/participations/routes/agreement_routes_test.cpp
  features/participations/routes/team_routes_test.cpp
  features/participations/routes/coach_routes_test.cpp
  features/participations/routes/list_routes_test.cpp
  features/participations/routes/finished_year_routes_test.cpp)
target_include_directories(participations_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(participations_tests PRIVATE app mail_test_support GTest::gtest_main)
# DISCOVERY_TIMEOUT comes before PROPERTIES: after it, it would swallow the properties that follow.
gtest_discover_tests(participations_tests TEST_PREFIX participations. DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS integration TIMEOUT 300 FIXTURES_REQUIRED postgres
             ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")
