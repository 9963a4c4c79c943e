// SmtpMailer against a real SMTP server (tests/rig/smtp-server.mjs): what a recipient would see.
#include "mail/smtp_mailer.hpp"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <optional>
#include <regex>
#include <set>
#include <thread>

#include "mail/smtp_rig.hpp"

namespace practica::mail {
namespace {

using core::ErrorCode;
using testing::ReceivedMail;

constexpr std::int64_t kNow = 1795425260;  // Mon, 23 Nov 2026 09:14:20 UTC

class SmtpMailerSend : public ::testing::Test {
 protected:
  void SetUp() override {
    auto started = rig_.Start();
    ASSERT_TRUE(started) << started.error().message << " (" << started.error().detail << ")";
    auto mailer = SmtpMailer::Create(
        {.url = rig_.url(), .from = "Practica <noreply@district.org>"}, clock_);
    ASSERT_TRUE(mailer) << mailer.error().message;
    mailer_.emplace(std::move(*mailer));
  }

  // Sends `message` and returns the one mail that arrived.
  ReceivedMail SendOne(const Message& message) {
    auto sent = mailer_->Send(message);
    EXPECT_TRUE(sent) << sent.error().message << " (" << sent.error().detail << ")";
    const auto mails = rig_.WaitForMail(1);
    EXPECT_EQ(mails.size(), 1u);
    return mails.empty() ? ReceivedMail{} : mails.front();
  }

  core::FixedClock clock_{kNow};
  testing::SmtpRig rig_;
  std::optional<SmtpMailer> mailer_;
};

TEST_F(SmtpMailerSend, DeliversToTheRecipient) {
  const auto mail = SendOne({"ana.ruiz@school.org", "Ana Ruiz", "Reset your password", "Hi\n"});

  EXPECT_EQ(mail.to, std::vector<std::string>{"ana.ruiz@school.org"});
  EXPECT_EQ(mail.to_header, "Ana Ruiz <ana.ruiz@school.org>");
  EXPECT_EQ(mail.subject, "Reset your password");
}

TEST_F(SmtpMailerSend, ComesFromTheConfiguredSender) {
  const auto mail = SendOne({"ana.ruiz@school.org", "", "Welcome", "Hi\n"});

  EXPECT_EQ(mail.from, "noreply@district.org");
  EXPECT_EQ(mail.from_header, "Practica <noreply@district.org>");
}

TEST_F(SmtpMailerSend, KeepsANonAsciiSubjectAndName) {
  const auto mail = SendOne({"jose@school.org", "José Núñez",
                             "Confirmación de su cuenta en Practica: paso 2 de 3", "Hola\n"});

  EXPECT_EQ(mail.subject, "Confirmación de su cuenta en Practica: paso 2 de 3");
  EXPECT_EQ(mail.to_header, "José Núñez <jose@school.org>");
  EXPECT_EQ(mail.Header("Subject").rfind("=?UTF-8?B?", 0), 0u);
}

TEST_F(SmtpMailerSend, KeepsLinesStartingWithADot) {
  // A line holding only "." ends an SMTP message unless the sender dot-stuffs it.
  const std::string text = "Hello Ana,\n.\n.hidden line\n..two dots\nThe rest\n";

  const auto mail = SendOne({"ana@school.org", "", "Dots", text});

  EXPECT_EQ(mail.text, text);
}

TEST_F(SmtpMailerSend, KeepsALongLineWhole) {
  std::string line;
  while (line.size() < 3000) line += "Año escolar 2018-2019, línea larga = sin cortes. ";
  const std::string text = "Start\n" + line + "\nEnd\n";

  const auto mail = SendOne({"ana@school.org", "", "Long", text});

  EXPECT_EQ(mail.text, text);
  std::size_t longest = 0;
  for (std::size_t start = 0, end; (end = mail.raw.find("\r\n", start)) != std::string::npos;
       start = end + 2) {
    longest = std::max(longest, end - start);
  }
  EXPECT_LE(longest, 78u);
}

TEST_F(SmtpMailerSend, WritesDateMessageIdAndContentType) {
  const auto mail = SendOne({"ana@school.org", "", "Headers", "Hi\n"});

  EXPECT_EQ(mail.Header("Date"), "Mon, 23 Nov 2026 09:14:20 +0000");
  EXPECT_TRUE(std::regex_match(mail.Header("Message-ID"),
                               std::regex("<[0-9a-f]{32}@district\\.org>")))
      << mail.Header("Message-ID");
  EXPECT_EQ(mail.Header("MIME-Version"), "1.0");
  EXPECT_EQ(mail.Header("Content-Type"), "text/plain; charset=utf-8");
}

TEST_F(SmtpMailerSend, RefusesAHeaderInjectionAndSendsNothing) {
  const auto sent = mailer_->Send({"a@b.org\r\nBcc: x@y.org", "", "Hello", "Hi\n"});

  ASSERT_FALSE(sent);
  EXPECT_EQ(sent.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(sent.error().field, "to");
  // A marker sent after it is the only mail the server ever got.
  ASSERT_TRUE(mailer_->Send({"marker@school.org", "", "Marker", "Hi\n"}));
  const auto mails = rig_.WaitForMail(1);
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_EQ(mails[0].to, std::vector<std::string>{"marker@school.org"});
}

TEST_F(SmtpMailerSend, ReportsAnAddressTheServerRefuses) {
  const auto sent = mailer_->Send({"nobody@school.invalid", "", "Hello", "Hi\n"});

  ASSERT_FALSE(sent);
  EXPECT_EQ(sent.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(sent.error().field, "to");
  EXPECT_EQ(sent.error().message, "The mail server at " + rig_.url() +
                                      " does not accept the address nobody@school.invalid; "
                                      "check it for typos.");
  EXPECT_TRUE(rig_.Mail().empty());
}

TEST_F(SmtpMailerSend, SendsFromSeveralThreadsAtOnce) {
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([this, t] {
      for (int i = 0; i < 5; ++i) {
        const std::string to = "teacher" + std::to_string(t * 5 + i) + "@school.org";
        auto sent = mailer_->Send({to, "", "Invitation", "Hi\n"});
        EXPECT_TRUE(sent) << sent.error().message << " (" << sent.error().detail << ")";
      }
    });
  }
  for (auto& thread : threads) thread.join();

  std::set<std::string> recipients;
  for (const auto& mail : rig_.WaitForMail(20)) recipients.insert(mail.to.at(0));
  EXPECT_EQ(recipients.size(), 20u);
}

// A loopback port nothing listens on: bound, read and closed again.
int UnusedPort() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  close(fd);
  return ntohs(address.sin_port);
}

TEST(SmtpMailerWithoutServer, ReportsTheServerUnavailable) {
  const core::FixedClock clock(kNow);
  const std::string url = "smtp://127.0.0.1:" + std::to_string(UnusedPort());
  auto mailer = SmtpMailer::Create({.url = url, .from = "noreply@district.org"}, clock);
  ASSERT_TRUE(mailer) << mailer.error().message;

  const auto sent = mailer->Send({"ana.ruiz@school.org", "", "Reset your password", "Hi\n"});

  ASSERT_FALSE(sent);
  EXPECT_EQ(sent.error().code, ErrorCode::kUnavailable);
  EXPECT_EQ(sent.error().message, "The e-mail to ana.ruiz@school.org could not be sent (the mail "
                                  "server at " + url + " did not answer); try again in a few "
                                  "minutes.");
  EXPECT_NE(sent.error().detail.find("curl"), std::string::npos);
}

}  // namespace
}  // namespace practica::mail
