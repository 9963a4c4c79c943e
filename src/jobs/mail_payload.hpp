// The JSON a "mail.send" job carries: the message and whom it is for.
#pragma once

#include <string>

#include "core/error.hpp"
#include "jobs/queue.hpp"
#include "mail/message.hpp"

namespace practica::jobs {

struct MailPayload {
  mail::Message message;
  MailAudience audience;
};

std::string WriteMailPayload(const MailPayload& payload);
// kInvalidInput when the text is not a mail payload (a job written by hand or by a bug).
[[nodiscard]] core::Result<MailPayload> ReadMailPayload(std::string_view text);

}  // namespace practica::jobs
