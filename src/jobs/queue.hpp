// Putting work on the job queue: inside the caller's transaction, at most once per dedupe key.
#pragma once

#include <cstdint>
#include <string>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "mail/message.hpp"

namespace practica::jobs {

struct NewJob {
  std::string kind;            // the handler's name: "mail.send", "reminders.plan"
  std::string payload = "{}";  // JSON text the handler reads
  std::string dedupe_key;      // a second job with the same key is not added; empty: never
  std::int64_t run_after = 0;  // UTC seconds: not before
  int max_attempts = 5;        // tries before the job is marked failed
  std::int64_t enqueued_at = 0;  // UTC seconds, shown on the jobs page
};

// Adds the job on `connection` (commit is the caller's). Returns false, adding nothing, when
// the district already has a job with that dedupe key, whatever its state. kInvalidInput when
// the kind is empty or max_attempts is below 1; db errors as Connection::Execute reports them.
[[nodiscard]] core::Result<bool> Enqueue(db::Connection& connection, std::int64_t district_id,
                                         const NewJob& job);

// Who a mail is for, so the sender can honour the person's choice at the time of sending.
struct MailAudience {
  std::int64_t person_id = 0;  // 0: no person to ask (a transactional e-mail)
  std::string topic;           // "reminder", "digest": what the person may turn off; "" never
};

inline constexpr std::string_view kMailSendKind = "mail.send";

// A "mail.send" job for `message`, due at `now`; false when the key was already used.
// kInvalidInput naming the field when the message has no recipient or subject.
[[nodiscard]] core::Result<bool> EnqueueMail(db::Connection& connection, std::int64_t district_id,
                                             const mail::Message& message,
                                             std::string dedupe_key, std::int64_t now,
                                             const MailAudience& audience = {});

}  // namespace practica::jobs
