#include "jobs/mail_handler.hpp"

#include <spdlog/spdlog.h>

namespace practica::jobs {

Handler MailSendHandler(mail::Mailer& mailer, MailGate gate) {
  return [&mailer, gate = std::move(gate)](JobContext& context) -> core::Result<void> {
    auto payload = ReadMailPayload(context.payload());
    if (!payload) return std::unexpected(payload.error());
    context.Progress(0, 1);
    if (gate && payload->audience.person_id != 0 && !payload->audience.topic.empty()) {
      auto wanted = gate(context.connection(), context.district_id(), payload->audience);
      if (!wanted) return std::unexpected(wanted.error());
      if (!*wanted) {
        spdlog::info("job {}: {} turned {} e-mails off; not sent", context.job_id(),
                     payload->audience.person_id, payload->audience.topic);
        context.Progress(1, 1);
        return {};
      }
    }
    if (auto sent = mailer.Send(payload->message); !sent) return sent;
    context.Progress(1, 1);
    return {};
  };
}

}  // namespace practica::jobs
