# The district's dashboard: the heatmap's rules alone; the page, API and CSV over real HTTP on
# the demo, on SQLite and PostgreSQL, each row checked against the school's own pages.
set(DASHBOARD_TESTS ${CMAKE_CURRENT_LIST_DIR})
add_executable(dashboard_unit_tests ${DASHBOARD_TESTS}/domain/heatmap_test.cpp
  ${DASHBOARD_TESTS}/domain/charts_test.cpp)
target_link_libraries(dashboard_unit_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(dashboard_unit_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)

add_executable(dashboard_tests
  ${CMAKE_CURRENT_SOURCE_DIR}/support/test_database.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/http_client.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/app_server.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/xlsx_text.cpp
  ${DASHBOARD_TESTS}/routes/dashboard_routes_test.cpp)
target_include_directories(dashboard_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(dashboard_tests PRIVATE app ZLIB::ZLIB GTest::gtest_main)
gtest_discover_tests(dashboard_tests DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS integration TIMEOUT 300 FIXTURES_REQUIRED postgres
             ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")
