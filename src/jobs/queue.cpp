#include "jobs/queue.hpp"

#include "jobs/mail_payload.hpp"

namespace practica::jobs {

core::Result<bool> Enqueue(db::Connection& connection, std::int64_t district_id,
                           const NewJob& job) {
  if (job.kind.empty()) {
    return core::Fail(core::ErrorCode::kInvalidInput, "A job needs a kind.", {}, "kind");
  }
  if (job.max_attempts < 1) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "A job's max_attempts must be at least 1.", {}, "max_attempts");
  }
  auto id = connection.NextId();
  if (!id) return std::unexpected(id.error());
  db::Value key = job.dedupe_key.empty() ? db::Value{nullptr} : db::Value{job.dedupe_key};
  auto added = connection.Exec(
      "INSERT INTO jobs (district_id, id, kind, payload, dedupe_key, state, attempts,"
      " max_attempts, run_after, created_at) VALUES ($1, $2, $3, $4, $5, 'queued', 0, $6, $7, $8)"
      " ON CONFLICT (district_id, dedupe_key) DO NOTHING",
      {district_id, *id, job.kind, job.payload, key, std::int64_t{job.max_attempts},
       job.run_after, job.enqueued_at ? job.enqueued_at : job.run_after});
  if (!added) return std::unexpected(added.error());
  return *added > 0;
}

core::Result<bool> EnqueueMail(db::Connection& connection, std::int64_t district_id,
                               const mail::Message& message, std::string dedupe_key,
                               std::int64_t now, const MailAudience& audience) {
  if (message.to.empty()) {
    return core::Fail(core::ErrorCode::kInvalidInput, "An e-mail needs a recipient.", {}, "to");
  }
  if (message.subject.empty()) {
    return core::Fail(core::ErrorCode::kInvalidInput, "An e-mail needs a subject.", {},
                      "subject");
  }
  NewJob job{.kind = std::string(kMailSendKind),
             .payload = WriteMailPayload({message, audience}),
             .dedupe_key = std::move(dedupe_key),
             .run_after = now,
             .max_attempts = 6,
             .enqueued_at = now};
  return Enqueue(connection, district_id, job);
}

}  // namespace practica::jobs
