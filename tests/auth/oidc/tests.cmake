# OpenID Connect sign-in: the claim rules alone, then the whole flow against a real provider
# (tests/rig/oidc-provider.mjs, npm oidc-provider) and a SQLite file.
add_executable(oidc_unit_tests
  auth/oidc/claims_test.cpp
  auth/oidc/pkce_test.cpp
  auth/oidc/provider_metadata_test.cpp)
target_link_libraries(oidc_unit_tests PRIVATE auth_oidc GTest::gtest_main)
gtest_discover_tests(oidc_unit_tests PROPERTIES LABELS unit DISCOVERY_TIMEOUT 60)

add_executable(oidc_integration_tests
  support/test_database.cpp
  auth/oidc/login_store_test.cpp
  auth/oidc/client_test.cpp
  auth/oidc/id_token_test.cpp
  auth/oidc/provider_rig.cpp)
target_include_directories(oidc_integration_tests PRIVATE ${CMAKE_SOURCE_DIR}
                           ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_definitions(oidc_integration_tests PRIVATE
  PRACTICA_SOURCE_DIR="${CMAKE_SOURCE_DIR}" PRACTICA_NODE="${NODE}")
target_link_libraries(oidc_integration_tests PRIVATE app auth_oidc GTest::gtest_main
                      PkgConfig::CURL PkgConfig::SODIUM Boost::json)
# Each client test starts its own provider (a second or so of Node start-up); the store tests
# also run on the rig's PostgreSQL.
gtest_discover_tests(oidc_integration_tests
  PROPERTIES LABELS integration TIMEOUT 60 FIXTURES_REQUIRED postgres
             ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url"
  DISCOVERY_TIMEOUT 60)
