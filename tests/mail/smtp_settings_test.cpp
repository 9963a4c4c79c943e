// SmtpMailer::Create: settings are checked before anything is sent (no server needed).
#include <gtest/gtest.h>

#include "mail/smtp_mailer.hpp"

namespace practica::mail {
namespace {

using core::ErrorCode;

const core::FixedClock kClock(1795425260);

SmtpSettings Settings(std::string url, std::string from = "Practica <noreply@district.org>") {
  SmtpSettings settings;
  settings.url = std::move(url);
  settings.from = std::move(from);
  return settings;
}

TEST(SmtpMailerCreate, RefusesAUrlThatIsNotSmtp) {
  const auto mailer = SmtpMailer::Create(Settings("https://mail.district.org"), kClock);

  ASSERT_FALSE(mailer);
  EXPECT_EQ(mailer.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(mailer.error().field, "smtp_url");
  EXPECT_EQ(mailer.error().message,
            "The setting smtp_url must be an smtp:// or smtps:// URL with a host, such as "
            "smtp://mail.district.org:587; got \"https://mail.district.org\".");
}

TEST(SmtpMailerCreate, RefusesAUrlWithoutScheme) {
  const auto mailer = SmtpMailer::Create(Settings("mail.district.org:25"), kClock);

  ASSERT_FALSE(mailer);
  EXPECT_EQ(mailer.error().field, "smtp_url");
}

TEST(SmtpMailerCreate, RefusesASenderWithoutAddress) {
  const auto mailer = SmtpMailer::Create(Settings("smtp://mail.district.org", "Practica"), kClock);

  ASSERT_FALSE(mailer);
  EXPECT_EQ(mailer.error().field, "mail_from");
  EXPECT_EQ(mailer.error().message.rfind("The setting mail_from must be an address such as "
                                         "\"Practica <noreply@district.org>\": ",
                                         0),
            0u);
}

TEST(SmtpMailerCreate, RefusesATimeoutOfZero) {
  auto settings = Settings("smtp://mail.district.org");
  settings.timeout_ms = 0;

  const auto mailer = SmtpMailer::Create(settings, kClock);

  ASSERT_FALSE(mailer);
  EXPECT_EQ(mailer.error().field, "smtp_timeout_ms");
}

TEST(SmtpMailerCreate, ShowsTheUrlWithoutPassword) {
  const auto mailer =
      SmtpMailer::Create(Settings("smtps://practica:s3cret@mail.district.org:465"), kClock);

  ASSERT_TRUE(mailer) << mailer.error().message;
  EXPECT_EQ(mailer->shown_url(), "smtps://mail.district.org:465");
}

}  // namespace
}  // namespace practica::mail
