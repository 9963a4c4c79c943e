# Commitments: due rules, status and evidence rules alone; the stores on SQLite and PostgreSQL;
# the routes over real HTTP on the demo data, with the clock moved through the 2018-2019 year.
set(COMMITMENTS_TESTS ${CMAKE_CURRENT_LIST_DIR})
add_executable(commitments_unit_tests
  ${COMMITMENTS_TESTS}/domain/due_test.cpp
  ${COMMITMENTS_TESTS}/domain/status_test.cpp
  ${COMMITMENTS_TESTS}/domain/evidence_test.cpp
  ${COMMITMENTS_TESTS}/domain/commitment_test.cpp
  ${COMMITMENTS_TESTS}/domain/grid_test.cpp
  ${COMMITMENTS_TESTS}/domain/reminder_mail_test.cpp
  ${COMMITMENTS_TESTS}/domain/verification_test.cpp
  ${COMMITMENTS_TESTS}/domain/months_test.cpp)
target_link_libraries(commitments_unit_tests PRIVATE app GTest::gtest_main)
gtest_discover_tests(commitments_unit_tests DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)

add_executable(commitments_tests
  ${CMAKE_CURRENT_SOURCE_DIR}/support/test_database.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/http_client.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/app_server.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/xlsx_text.cpp
  ${COMMITMENTS_TESTS}/store/commitments_store_test.cpp
  ${COMMITMENTS_TESTS}/store/reminders_store_test.cpp
  ${COMMITMENTS_TESTS}/routes/checklist_routes_test.cpp
  ${COMMITMENTS_TESTS}/routes/checklist_view_test.cpp
  ${COMMITMENTS_TESTS}/routes/returned_and_finished_test.cpp
  ${COMMITMENTS_TESTS}/routes/evidence_files_test.cpp
  ${COMMITMENTS_TESTS}/routes/grid_routes_test.cpp
  ${COMMITMENTS_TESTS}/routes/template_routes_test.cpp
  ${COMMITMENTS_TESTS}/routes/evidence_effects_test.cpp)
target_include_directories(commitments_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(commitments_tests PRIVATE app ZLIB::ZLIB GTest::gtest_main)
# DISCOVERY_TIMEOUT comes before PROPERTIES, which takes every argument after it.
gtest_discover_tests(commitments_tests DISCOVERY_TIMEOUT 60
  PROPERTIES LABELS integration TIMEOUT 300 FIXTURES_REQUIRED postgres
             ENVIRONMENT "PRACTICA_TEST_POSTGRES_URL_FILE=${RIG}/postgres.url")
