# E-mail (src/mail): the message format and settings without I/O, then SmtpMailer against a real
# SMTP server that tests/rig/smtp-server.mjs runs in Node (npm packages smtp-server, mailparser).

# The SMTP rig and mailbox reader, for any test that sends mail (password reset, invitations):
# link mail_test_support and include "mail/smtp_rig.hpp".
add_library(mail_test_support STATIC mail/mailbox.cpp mail/smtp_rig.cpp)
target_include_directories(mail_test_support PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_definitions(mail_test_support PRIVATE PRACTICA_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
target_link_libraries(mail_test_support PUBLIC core Boost::json)

add_executable(mail_unit_tests
  mail/address_test.cpp
  mail/message_writer_test.cpp
  mail/smtp_settings_test.cpp
  mail/log_mailer_test.cpp)
target_link_libraries(mail_unit_tests PRIVATE mail spdlog::spdlog GTest::gtest_main)
gtest_discover_tests(mail_unit_tests PROPERTIES LABELS unit DISCOVERY_TIMEOUT 60)

add_executable(mail_tests mail/smtp_mailer_test.cpp)
target_link_libraries(mail_tests PRIVATE mail mail_test_support GTest::gtest_main)
gtest_discover_tests(mail_tests PROPERTIES LABELS integration TIMEOUT 120 DISCOVERY_TIMEOUT 60)
