// For development only: e-mail written to the log instead of sent, when no SMTP server is set.
#pragma once

#include "mail/mailer.hpp"

namespace practica::mail {

// Writes each message, body included, to the log (spdlog, level info) and sends nothing, so a
// developer without a mail server can follow a password-reset or invitation link from the
// console. Never wire it in production: nobody receives the mail, and sign-in links end up in
// the logs. The application uses it only when smtp_url is empty, and says so at start-up.
class LogMailer final : public Mailer {
 public:
  LogMailer();

  // kInvalidInput naming the field for a message SmtpMailer would refuse (see CheckMessage),
  // so development catches what production would; never kUnavailable.
  [[nodiscard]] core::Result<void> Send(const Message& message) override;
};

}  // namespace practica::mail
