# Calendar: the feed's events and the .ics writer alone, read back with libical; the store, and
# the routes over real HTTP on the demo data, on SQLite and on PostgreSQL.
set(CALENDAR_TESTS ${CMAKE_CURRENT_LIST_DIR})
add_executable(calendar_unit_tests
  ${CALENDAR_TESTS}/domain/feed_test.cpp
  ${CALENDAR_TESTS}/domain/ics_writer_test.cpp)
target_include_directories(calendar_unit_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(calendar_unit_tests PRIVATE app PkgConfig::LIBICAL GTest::gtest_main)
gtest_discover_tests(calendar_unit_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)

add_executable(calendar_tests
  ${CMAKE_CURRENT_SOURCE_DIR}/support/test_database.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/http_client.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/app_server.cpp
  ${CALENDAR_TESTS}/store/calendar_store_test.cpp
  ${CALENDAR_TESTS}/routes/feed_routes_test.cpp)
target_include_directories(calendar_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(calendar_tests PRIVATE app PkgConfig::LIBICAL GTest::gtest_main)
# DISCOVERY_TIMEOUT comes before PROPERTIES, which takes every argument after it.
gtest_discover_tests(calendar_tests DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS integration TIMEOUT 300 FIXTURES_REQUIRED postgres
             ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")
