#include "features/cohorts/store/window_notices_store.hpp"

namespace practica::cohorts {
namespace {

constexpr std::string_view kColumns = "id, email, requested_at, stopped_at";

NoticeRequest ReadRequest(const db::Row& row) {
  return NoticeRequest{row.Int(0), row.String(1), row.Int(2), row.OptionalInt(3)};
}

}  // namespace

core::Result<void> WindowNoticesStore::RecordAsk(const std::string& email, const std::string& client,
                                                 std::int64_t now, std::int64_t forget_before) {
  auto forgotten = db_.Exec("DELETE FROM window_notice_attempts WHERE district_id = $1 AND at < $2",
                            {district_id_, forget_before});
  if (!forgotten) return std::unexpected(forgotten.error());
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  auto added = db_.Exec(
      "INSERT INTO window_notice_attempts (district_id, id, email, client, at) VALUES ($1, $2, $3, $4, $5)",
      {district_id_, *id, email, client, now});
  if (!added) return std::unexpected(added.error());
  return {};
}

core::Result<RecentAsks> WindowNoticesStore::AsksSince(const std::string& email, const std::string& client,
                                                       std::int64_t since) {
  RecentAsks asks;
  auto by_email = db_.Execute(
      "SELECT at FROM window_notice_attempts WHERE district_id = $1 AND email = $2 AND at > $3 ORDER BY at",
      {district_id_, email, since}, [&](const db::Row& row) { asks.by_email.push_back(row.Int(0)); });
  if (!by_email) return std::unexpected(by_email.error());
  auto by_client = db_.Execute(
      "SELECT at FROM window_notice_attempts WHERE district_id = $1 AND client = $2 AND at > $3 ORDER BY at",
      {district_id_, client, since}, [&](const db::Row& row) { asks.by_client.push_back(row.Int(0)); });
  if (!by_client) return std::unexpected(by_client.error());
  return asks;
}

core::Result<std::optional<NoticeRequest>> WindowNoticesStore::FindByEmail(const std::string& email) {
  std::optional<NoticeRequest> found;
  auto done = db_.Execute("SELECT " + std::string(kColumns) +
                              " FROM window_notice_requests WHERE district_id = $1 AND email = $2",
                          {district_id_, email}, [&](const db::Row& row) { found = ReadRequest(row); });
  if (!done) return std::unexpected(done.error());
  return found;
}

core::Result<NoticeRequest> WindowNoticesStore::Add(const std::string& email, std::int64_t now) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  auto added = db_.Exec(
      "INSERT INTO window_notice_requests (district_id, id, email, requested_at) VALUES ($1, $2, $3, $4)"
      " ON CONFLICT (district_id, email) DO NOTHING",
      {district_id_, *id, email, now});
  if (!added) return std::unexpected(added.error());
  auto found = FindByEmail(email);
  if (!found) return std::unexpected(found.error());
  if (!*found) return core::Fail(core::ErrorCode::kInternal, "The request was not saved; try again.",
                                 "window_notice_requests row missing after insert");
  return std::move(**found);
}

core::Result<void> WindowNoticesStore::Resume(std::int64_t request_id, std::int64_t now) {
  auto done = db_.Exec("UPDATE window_notice_requests SET stopped_at = NULL, requested_at = $3"
                       " WHERE district_id = $1 AND id = $2",
                       {district_id_, request_id, now});
  if (!done) return std::unexpected(done.error());
  return {};
}

core::Result<void> WindowNoticesStore::Stop(std::int64_t request_id, std::int64_t now) {
  auto done = db_.Exec("UPDATE window_notice_requests SET stopped_at = $3"
                       " WHERE district_id = $1 AND id = $2 AND stopped_at IS NULL",
                       {district_id_, request_id, now});
  if (!done) return std::unexpected(done.error());
  return {};
}

core::Result<std::optional<NoticeRequest>> WindowNoticesStore::FindByStopLink(const std::string& token_hash) {
  std::optional<NoticeRequest> found;
  auto done = db_.Execute(
      "SELECT r.id, r.email, r.requested_at, r.stopped_at FROM window_notices_sent s"
      " JOIN window_notice_requests r ON r.district_id = s.district_id AND r.id = s.request_id"
      " WHERE s.district_id = $1 AND s.token_hash = $2",
      {district_id_, token_hash}, [&](const db::Row& row) { found = ReadRequest(row); });
  if (!done) return std::unexpected(done.error());
  return found;
}

core::Result<std::vector<NoticeRequest>> WindowNoticesStore::ClaimWaiting(std::int64_t cohort_id, int limit) {
  std::string sql = "SELECT " + std::string(kColumns) +
                    " FROM window_notice_requests r WHERE r.district_id = $1 AND r.stopped_at IS NULL"
                    " AND NOT EXISTS (SELECT 1 FROM window_notices_sent s WHERE s.district_id = r.district_id"
                    " AND s.request_id = r.id AND s.cohort_id = $2) ORDER BY r.id LIMIT $3";
  // The job queue's discipline: a row another planner holds is skipped, not waited for.
  if (db_.dialect() == db::Dialect::kPostgres) sql += " FOR UPDATE SKIP LOCKED";
  std::vector<NoticeRequest> requests;
  auto done = db_.Execute(sql, {district_id_, cohort_id, std::int64_t{limit}},
                          [&](const db::Row& row) { requests.push_back(ReadRequest(row)); });
  if (!done) return std::unexpected(done.error());
  return requests;
}

core::Result<bool> WindowNoticesStore::MarkTold(std::int64_t request_id, std::int64_t cohort_id,
                                                const std::string& token_hash, std::int64_t now) {
  auto added = db_.Exec(
      "INSERT INTO window_notices_sent (district_id, request_id, cohort_id, token_hash, sent_at)"
      " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (district_id, request_id, cohort_id) DO NOTHING",
      {district_id_, request_id, cohort_id, token_hash, now});
  if (!added) return std::unexpected(added.error());
  return *added > 0;
}

core::Result<NoticeCounts> WindowNoticesStore::Counts(std::int64_t cohort_id) {
  NoticeCounts counts;
  auto done = db_.Execute("SELECT waiting, told FROM cohort_window_notices WHERE district_id = $1 AND cohort_id = $2",
                          {district_id_, cohort_id}, [&](const db::Row& row) {
                            counts.waiting = row.Int(0);
                            counts.told = row.Int(1);
                          });
  if (!done) return std::unexpected(done.error());
  return counts;
}

}  // namespace practica::cohorts
