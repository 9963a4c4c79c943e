# Streamed response bodies over real loopback connections (no database).
add_executable(http_stream_tests http/stream_test.cpp)
target_include_directories(http_stream_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(http_stream_tests PRIVATE http GTest::gtest_main)
gtest_discover_tests(http_stream_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS integration TIMEOUT 120)

# The server's boundaries with routes of the test's making: throws, a busy pool, graceful stop.
add_executable(http_boundary_tests http/boundary_test.cpp support/http_client.cpp)
target_include_directories(http_boundary_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(http_boundary_tests PRIVATE http GTest::gtest_main)
gtest_discover_tests(http_boundary_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS integration TIMEOUT 120)

# Plain rules of the edge: framing, Host, sizes, UTF-8; what a matched (or unmatched) route
# answers; gzip of bodies; a streamed body's producer; a target read into path and query; the
# access log's line.
add_executable(http_unit_tests http/head_checks_test.cpp http/dispatch_test.cpp
                              http/compression_test.cpp http/body_stream_test.cpp
                              http/request_test.cpp http/access_log_test.cpp
                              http/forwarded_test.cpp http/request_ids_test.cpp
                              http/sites_test.cpp http/response_head_test.cpp)
target_include_directories(http_unit_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(http_unit_tests PRIVATE http ZLIB::ZLIB GTest::gtest_main)
gtest_discover_tests(http_unit_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)

# The whole application at its edge, on SQLite and PostgreSQL: smuggling, Host, invalid UTF-8
# in every path, query, form and upload, security headers, typed API bodies, open redirects.
add_executable(edge_tests http/edge_test.cpp support/test_database.cpp support/http_client.cpp
                          support/app_server.cpp)
target_include_directories(edge_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(edge_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(edge_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS integration TIMEOUT 300
  FIXTURES_REQUIRED postgres ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")

# The compiled mustache renderer against kainjow mustache (what pages were drawn with before),
# by example and over random templates and models.
add_executable(http_mustache_tests http/mustache_test.cpp http/kainjow_reference.cpp)
target_include_directories(http_mustache_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(http_mustache_tests PRIVATE http GTest::gtest_main)
gtest_discover_tests(http_mustache_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)

# Every page the demo's people reach, and every template, drawn by both renderers: same bytes.
add_executable(pages_render_tests http/pages_render_test.cpp http/kainjow_reference.cpp
                                  support/test_database.cpp support/http_client.cpp
                                  support/app_server.cpp)
target_include_directories(pages_render_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(pages_render_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(pages_render_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS integration TIMEOUT 600)
