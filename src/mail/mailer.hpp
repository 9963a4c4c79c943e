// Where features hand e-mail over: SMTP in production, the log in development.
#pragma once

#include "core/error.hpp"
#include "mail/message.hpp"

namespace practica::mail {

class Mailer {
 public:
  virtual ~Mailer() = default;

  // Returns once the message is handed over (accepted by the mail server, or written to the
  // log). kInvalidInput naming the field ("to", "to_name", "subject", "text") when the message
  // cannot be written as it is; kUnavailable when it could not be handed over for now, so the
  // caller may keep it and try again. Safe to call from several threads at once.
  [[nodiscard]] virtual core::Result<void> Send(const Message& message) = 0;
};

}  // namespace practica::mail
