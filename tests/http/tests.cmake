# Streamed response bodies over real loopback connections (no database).
add_executable(http_stream_tests http/stream_test.cpp)
target_include_directories(http_stream_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(http_stream_tests PRIVATE http GTest::gtest_main)
gtest_discover_tests(http_stream_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS integration TIMEOUT 120)
