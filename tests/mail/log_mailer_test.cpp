#include "mail/log_mailer.hpp"

#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <sstream>

namespace practica::mail {
namespace {

// Sends the default logger to a string for the test's duration.
class CapturedLog {
 public:
  CapturedLog() : previous_(spdlog::default_logger()) {
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(out_);
    spdlog::set_default_logger(std::make_shared<spdlog::logger>("captured", sink));
  }
  ~CapturedLog() { spdlog::set_default_logger(previous_); }
  std::string Text() const { return out_.str(); }

 private:
  std::ostringstream out_;
  std::shared_ptr<spdlog::logger> previous_;
};

TEST(LogMailer, WritesTheWholeMessageToTheLog) {
  CapturedLog log;
  LogMailer mailer;

  const auto sent = mailer.Send({"ana@school.org", "Ana Ruiz", "Reset your password",
                                 "Open https://practica.test/reset/abc to choose one."});

  ASSERT_TRUE(sent) << sent.error().message;
  EXPECT_NE(log.Text().find("To: Ana Ruiz <ana@school.org>\nSubject: Reset your password\n\n"
                            "Open https://practica.test/reset/abc to choose one."),
            std::string::npos)
      << log.Text();
}

TEST(LogMailer, KeepsOneTimeLinksOutOfTheLog) {
  CapturedLog log;
  LogMailer mailer;
  const std::string token = "q8Zr3LmX0vK2pN7sT4wY9bC1dF6gH5jE_aUo-Ri";

  const auto sent = mailer.Send({"ana@school.org", "Ana Ruiz", "Choose a new Practica password",
                                 "Choose a new password here:\nhttps://practica.test/password/reset/" + token + "\n"});

  ASSERT_TRUE(sent) << sent.error().message;
  EXPECT_EQ(log.Text().find(token), std::string::npos) << log.Text();
  EXPECT_NE(log.Text().find("https://practica.test/password/reset/[redacted]"), std::string::npos) << log.Text();
}

TEST(LogMailer, SaysAtStartThatNothingIsSent) {
  CapturedLog log;

  LogMailer mailer;

  EXPECT_NE(log.Text().find("e-mails are written to this log and not sent"), std::string::npos);
}

TEST(LogMailer, RefusesWhatSmtpWouldRefuse) {
  CapturedLog log;
  LogMailer mailer;

  const auto sent = mailer.Send({"a@b.org\r\nBcc: x@y.org", "", "Hi", "Hi"});

  ASSERT_FALSE(sent);
  EXPECT_EQ(sent.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(sent.error().field, "to");
}

}  // namespace
}  // namespace practica::mail
