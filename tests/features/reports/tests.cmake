# The progress report: its rules alone (the core values' evidence, the figures' sentences, who
# reads which report); then over real HTTP on the demo, on SQLite and PostgreSQL, built by the job
# runner, printed by Debian's Chromium and read back with pdftotext.
set(REPORTS_TESTS ${CMAKE_CURRENT_LIST_DIR})
add_executable(reports_unit_tests ${REPORTS_TESTS}/domain/core_values_test.cpp
  ${REPORTS_TESTS}/domain/figures_test.cpp ${REPORTS_TESTS}/domain/report_scope_test.cpp)
target_link_libraries(reports_unit_tests PRIVATE reports_domain GTest::gtest_main)
gtest_discover_tests(reports_unit_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)

add_executable(reports_tests
  ${CMAKE_CURRENT_SOURCE_DIR}/support/test_database.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/http_client.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/app_server.cpp
  ${REPORTS_TESTS}/routes/reports_routes_test.cpp)
target_include_directories(reports_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(reports_tests PRIVATE app ZLIB::ZLIB GTest::gtest_main)
gtest_discover_tests(reports_tests DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS integration TIMEOUT 600 FIXTURES_REQUIRED postgres
             ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")
