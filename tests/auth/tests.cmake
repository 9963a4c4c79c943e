# Who may do what: the policy and grant rules alone; the API-token, audit and account stores on
# SQLite and PostgreSQL; then sign-in, sessions, CSRF, the audit trail, API tokens, the
# authorization matrix and district isolation over real HTTP.
add_executable(auth_unit_tests
  auth/domain/policy_test.cpp
  auth/domain/grant_rules_test.cpp
  auth/principal_cache_test.cpp
  features/accounts/domain/home_test.cpp
  features/audit/domain/audit_filter_test.cpp)
target_link_libraries(auth_unit_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(auth_unit_tests PROPERTIES LABELS unit DISCOVERY_TIMEOUT 60)

add_executable(auth_tests
  support/test_database.cpp
  support/http_client.cpp
  support/app_server.cpp
  auth/accounts_test.cpp
  auth/authz_matrix_test.cpp
  auth/isolation_test.cpp
  auth/district_hosts_test.cpp
  auth/store/active_grant_test.cpp
  auth/store/api_token_store_test.cpp
  auth/store/session_cache_test.cpp
  auth/session_cache_routes_test.cpp
  features/audit/store/audit_store_test.cpp
  features/accounts/store/preferences_store_test.cpp
  features/accounts/store/addresses_store_test.cpp
  features/accounts/routes/home_tasks_test.cpp
  features/audit/routes/audit_routes_test.cpp
  features/schools/routes/school_work_links_test.cpp)
target_include_directories(auth_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(auth_tests PRIVATE app mail_test_support GTest::gtest_main)
gtest_discover_tests(auth_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS integration TIMEOUT 300
  FIXTURES_REQUIRED postgres ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")
