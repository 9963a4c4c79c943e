// The addresses waiting to be told when an application window opens, the e-mails sent to them
// (with their stop links) and the record of each asking, for one district.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"

namespace practica::cohorts {

struct NoticeRequest {
  std::int64_t id = 0;
  std::string email;
  std::int64_t requested_at = 0;
  std::optional<std::int64_t> stopped_at;
};

// When an address and a client asked lately, oldest first: what the limit reads.
struct RecentAsks {
  std::vector<std::int64_t> by_email;
  std::vector<std::int64_t> by_client;
};

struct NoticeCounts {
  std::int64_t waiting = 0;  // not stopped, not yet told of this cohort
  std::int64_t told = 0;     // told of this cohort's window
};

class WindowNoticesStore {
 public:
  WindowNoticesStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  // Notes one asking and forgets askings from before `forget_before`.
  [[nodiscard]] core::Result<void> RecordAsk(const std::string& email, const std::string& client,
                                             std::int64_t now, std::int64_t forget_before);
  [[nodiscard]] core::Result<RecentAsks> AsksSince(const std::string& email,
                                                   const std::string& client, std::int64_t since);

  [[nodiscard]] core::Result<std::optional<NoticeRequest>> FindByEmail(const std::string& email);
  // The address's request, added when there is none (two servers adding it at once make one).
  [[nodiscard]] core::Result<NoticeRequest> Add(const std::string& email, std::int64_t now);
  // A stopped request waits again, from `now`.
  [[nodiscard]] core::Result<void> Resume(std::int64_t request_id, std::int64_t now);
  [[nodiscard]] core::Result<void> Stop(std::int64_t request_id, std::int64_t now);

  // The request whose e-mail carried the stop link with this hash; nullopt when none did.
  [[nodiscard]] core::Result<std::optional<NoticeRequest>> FindByStopLink(const std::string& token_hash);

  // Up to `limit` requests not stopped and not yet told of the cohort, oldest first. Inside a
  // transaction on PostgreSQL the rows are locked, and other planners pass over them.
  [[nodiscard]] core::Result<std::vector<NoticeRequest>> ClaimWaiting(std::int64_t cohort_id, int limit);
  // Marks the request told of the cohort, with its e-mail's stop link; false when it already was.
  [[nodiscard]] core::Result<bool> MarkTold(std::int64_t request_id, std::int64_t cohort_id,
                                            const std::string& token_hash, std::int64_t now);
  [[nodiscard]] core::Result<NoticeCounts> Counts(std::int64_t cohort_id);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::cohorts
