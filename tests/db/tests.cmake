# PostgreSQL closing connections under a running server (a restart, a failover) and a server
# started on a read-only standby: each test on a database of its own.
add_executable(db_recovery_tests db/lost_connection_test.cpp support/test_database.cpp
                                 support/http_client.cpp support/app_server.cpp)
target_include_directories(db_recovery_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(db_recovery_tests PRIVATE app mail_test_support GTest::gtest_main)
gtest_discover_tests(db_recovery_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS integration TIMEOUT 300
  FIXTURES_REQUIRED postgres ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")

# Every statement the pages ask at district scale, measured on both databases: no large table
# read through, no per-row probe that mostly misses, where an index serves (tests/app/query_plans_test.cpp).
add_executable(query_plans_tests app/query_plans_test.cpp support/test_database.cpp
                                 support/http_client.cpp support/app_server.cpp)
target_include_directories(query_plans_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(query_plans_tests PRIVATE app GTest::gtest_main PkgConfig::SQLITE3)
gtest_discover_tests(query_plans_tests DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS integration TIMEOUT 600 FIXTURES_REQUIRED postgres
             ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")

# The schema ready to be spread over servers by district: every key leads with district_id and
# no foreign key crosses districts, on both databases (tests/db/district_keys_test.cpp).
add_executable(district_keys_tests db/district_keys_test.cpp support/test_database.cpp)
target_include_directories(district_keys_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(district_keys_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(district_keys_tests DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS integration TIMEOUT 120 FIXTURES_REQUIRED postgres
             ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")
