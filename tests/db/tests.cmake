# PostgreSQL closing connections under a running server (a restart, a failover) and a server
# started on a read-only standby: each test on a database of its own.
add_executable(db_recovery_tests db/lost_connection_test.cpp support/test_database.cpp
                                 support/http_client.cpp support/app_server.cpp)
target_include_directories(db_recovery_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(db_recovery_tests PRIVATE app mail_test_support GTest::gtest_main)
gtest_discover_tests(db_recovery_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS integration TIMEOUT 300
  FIXTURES_REQUIRED postgres ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")
