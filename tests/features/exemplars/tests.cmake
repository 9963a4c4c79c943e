# Exemplars: the package, review, consent and search-query rules alone; the store's search on
# SQLite and PostgreSQL (the same answers); the pages and API over real HTTP on the demo.
set(EXEMPLARS_TESTS ${CMAKE_CURRENT_LIST_DIR})
add_executable(exemplars_unit_tests
  ${EXEMPLARS_TESTS}/domain/exemplar_test.cpp
  ${EXEMPLARS_TESTS}/domain/review_test.cpp
  ${EXEMPLARS_TESTS}/domain/search_query_test.cpp
  ${EXEMPLARS_TESTS}/domain/version_test.cpp
  ${EXEMPLARS_TESTS}/domain/rubric_test.cpp
  ${EXEMPLARS_TESTS}/domain/collection_test.cpp
  ${EXEMPLARS_TESTS}/store/search_cache_test.cpp)
target_link_libraries(exemplars_unit_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(exemplars_unit_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)

add_executable(exemplars_tests
  ${CMAKE_CURRENT_SOURCE_DIR}/support/test_database.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/http_client.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/app_server.cpp
  ${EXEMPLARS_TESTS}/store/exemplars_store_test.cpp
  ${EXEMPLARS_TESTS}/routes/exemplar_routes_test.cpp
  ${EXEMPLARS_TESTS}/routes/versions_routes_test.cpp
  ${EXEMPLARS_TESTS}/routes/collections_routes_test.cpp)
target_include_directories(exemplars_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(exemplars_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(exemplars_tests DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS integration TIMEOUT 300 FIXTURES_REQUIRED postgres
             ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")
