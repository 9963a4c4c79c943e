# Importing the school directory over real HTTP on the demo, on SQLite and PostgreSQL, applied by
# the job runner.
set(SCHOOLS_TESTS ${CMAKE_CURRENT_LIST_DIR})
add_executable(schools_directory_tests
  ${CMAKE_CURRENT_SOURCE_DIR}/support/test_database.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/http_client.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/app_server.cpp
  ${SCHOOLS_TESTS}/routes/directory_routes_test.cpp)
target_include_directories(schools_directory_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(schools_directory_tests PRIVATE app ZLIB::ZLIB GTest::gtest_main)
gtest_discover_tests(schools_directory_tests DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS integration TIMEOUT 300 FIXTURES_REQUIRED postgres
             ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")
