#include "mail/log_mailer.hpp"

#include <spdlog/spdlog.h>

#include "core/text.hpp"
#include "mail/address.hpp"
#include "mail/message_writer.hpp"

namespace practica::mail {

LogMailer::LogMailer() {
  spdlog::warn("No SMTP server is configured (smtp_url): e-mails are written to this log and "
               "not sent. Set smtp_url and mail_from before real people use this server.");
}

core::Result<void> LogMailer::Send(const Message& message) {
  if (auto checked = CheckMessage(message); !checked) return checked;
  const std::string to =
      message.to_name.empty() ? message.to : message.to_name + " <" + message.to + ">";
  // One-time links (password resets, invitations, calendar feeds) are someone's key: whoever
  // reads the log must not be able to use them.
  spdlog::info("E-mail not sent (no smtp_url; development only)\nTo: {}\nSubject: {}\n\n{}",
               Printable(to), Printable(message.subject), core::RedactSecrets(message.text));
  return {};
}

}  // namespace practica::mail
