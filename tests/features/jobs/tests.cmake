# Jobs (src/jobs) and what runs on them: the queue and runner on SQLite and PostgreSQL, the
# reminder and digest rules alone, and the e-mails end to end through the SMTP rig.
set(JOBS_TESTS ${CMAKE_CURRENT_LIST_DIR})
add_executable(jobs_unit_tests
  ${JOBS_TESTS}/backoff_test.cpp
  ${JOBS_TESTS}/schedule_test.cpp
  ${JOBS_TESTS}/reminders_test.cpp)
target_link_libraries(jobs_unit_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(jobs_unit_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)

add_executable(jobs_tests
  ${CMAKE_CURRENT_SOURCE_DIR}/support/test_database.cpp
  ${JOBS_TESTS}/queue_test.cpp)
target_include_directories(jobs_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(jobs_tests PRIVATE app GTest::gtest_main)
# DISCOVERY_TIMEOUT comes before PROPERTIES, which takes every argument after it.
gtest_discover_tests(jobs_tests DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS integration TIMEOUT 300 FIXTURES_REQUIRED postgres
             ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")

# E-mail end to end (reminders, digests, unsubscribe) and the jobs page, on the demo district.
add_executable(jobs_email_tests
  ${CMAKE_CURRENT_SOURCE_DIR}/support/test_database.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/http_client.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/app_server.cpp
  ${JOBS_TESTS}/email_test.cpp
  ${JOBS_TESTS}/jobs_page_test.cpp)
target_include_directories(jobs_email_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(jobs_email_tests PRIVATE app mail_test_support GTest::gtest_main)
gtest_discover_tests(jobs_email_tests DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS integration TIMEOUT 300 FIXTURES_REQUIRED postgres
             ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")
