// The "mail.send" handler: hands a queued e-mail to the mailer, unless its person turned the
// topic off since it was queued.
#pragma once

#include <functional>

#include "jobs/mail_payload.hpp"
#include "jobs/runner.hpp"
#include "mail/mailer.hpp"

namespace practica::jobs {

// Whether the person still wants mail on the topic; the application answers from their
// preferences. An error is retried like a failed send.
using MailGate = std::function<core::Result<bool>(db::Connection&, std::int64_t district_id,
                                                  const MailAudience&)>;

// kInvalidInput (failed for good) for a payload or message the mailer cannot write;
// kUnavailable (tried again later) when the mail server cannot take it now. A message whose
// person said no is dropped and the job counts as done. `mailer` must outlive the handler.
Handler MailSendHandler(mail::Mailer& mailer, MailGate gate);

}  // namespace practica::jobs
