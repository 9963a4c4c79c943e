#include "auth/account_store.hpp"

#include "auth/secrets.hpp"

namespace practica::auth {
namespace {
std::string PurposeCode(LinkPurpose purpose) {
  return purpose == LinkPurpose::kReset ? "reset" : "invitation";
}
}  // namespace

core::Result<std::optional<PasswordRecord>> AccountStore::ForEmail(std::string_view email) {
  std::optional<PasswordRecord> record;
  auto done = db_.Execute(
      "SELECT p.id, COALESCE(c.password_hash, ''), p.active FROM published_people p"
      " LEFT JOIN credentials c ON c.district_id = p.district_id AND c.person_id = p.id"
      " WHERE p.district_id = $1 AND p.email = $2",
      {district_id_, std::string(email)}, [&](const db::Row& row) {
        record = PasswordRecord{row.Int(0), row.String(1), row.Int(2) != 0};
      });
  if (!done) return std::unexpected(done.error());
  return record;
}

core::Result<void> AccountStore::SetPassword(std::int64_t person_id, const std::string& hash,
                                             std::int64_t now) {
  auto saved = db_.Exec(
      "INSERT INTO credentials (district_id, person_id, password_hash, updated_at)"
      " VALUES ($1, $2, $3, $4) ON CONFLICT (district_id, person_id)"
      " DO UPDATE SET password_hash = excluded.password_hash, updated_at = excluded.updated_at",
      {district_id_, person_id, hash, now});
  if (!saved) return std::unexpected(saved.error());
  return {};
}

core::Result<std::string> AccountStore::IssueLink(std::int64_t person_id, LinkPurpose purpose,
                                                  std::int64_t now, std::int64_t ttl_seconds) {
  const std::string token = RandomToken();
  auto saved = db_.Exec(
      "INSERT INTO one_time_tokens (district_id, token_hash, person_id, purpose, created_at,"
      " expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
      {district_id_, HashToken(token), person_id, PurposeCode(purpose), now, now + ttl_seconds});
  if (!saved) return std::unexpected(saved.error());
  return token;
}

core::Result<std::optional<std::int64_t>> AccountStore::CheckLink(std::string_view token,
                                                                 LinkPurpose purpose,
                                                                 std::int64_t now, bool consume) {
  const std::string hash = HashToken(token);
  std::optional<std::int64_t> person;
  auto read = db_.Execute(
      "SELECT person_id FROM one_time_tokens WHERE district_id = $1 AND token_hash = $2"
      " AND purpose = $3 AND used_at IS NULL AND expires_at > $4",
      {district_id_, hash, PurposeCode(purpose), now},
      [&](const db::Row& row) { person = row.Int(0); });
  if (!read) return std::unexpected(read.error());
  if (person && consume) {
    // Only one of two racing uses may win: the update counts the row it changed.
    auto used = db_.Exec(
        "UPDATE one_time_tokens SET used_at = $3 WHERE district_id = $1 AND token_hash = $2"
        " AND used_at IS NULL",
        {district_id_, hash, now});
    if (!used) return std::unexpected(used.error());
    if (*used == 0) person.reset();
  }
  return person;
}

core::Result<void> AccountStore::RecordAttempt(const std::string& email, const std::string& address,
                                               std::int64_t now, bool succeeded) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  auto saved = db_.Exec(
      "INSERT INTO sign_in_attempts (district_id, id, email, address, at, succeeded)"
      " VALUES ($1, $2, $3, $4, $5, $6)",
      {district_id_, *id, email, address, now, std::int64_t{succeeded ? 1 : 0}});
  if (!saved) return std::unexpected(saved.error());
  return {};
}

core::Result<RecentFailures> AccountStore::Failures(const std::string& email,
                                                    const std::string& address, std::int64_t now) {
  RecentFailures failures;
  const std::int64_t since = now - kThrottleWindowSeconds;
  // A success clears the account's count: only failures after the last success matter.
  auto account = db_.Execute(
      "SELECT at FROM sign_in_attempts WHERE district_id = $1 AND email = $2 AND at > $3"
      " AND succeeded = 0 AND at > COALESCE((SELECT MAX(at) FROM sign_in_attempts"
      "  WHERE district_id = $1 AND email = $2 AND succeeded = 1), 0) ORDER BY at",
      {district_id_, email, since}, [&](const db::Row& row) { failures.account.push_back(row.Int(0)); });
  if (!account) return std::unexpected(account.error());
  auto by_address = db_.Execute(
      "SELECT at FROM sign_in_attempts WHERE district_id = $1 AND address = $2 AND at > $3"
      " AND succeeded = 0 ORDER BY at",
      {district_id_, address, since}, [&](const db::Row& row) { failures.address.push_back(row.Int(0)); });
  if (!by_address) return std::unexpected(by_address.error());
  return failures;
}

core::Result<std::map<std::int64_t, std::int64_t>> AccountStore::PendingInvitations(
    const std::vector<std::int64_t>& person_ids) {
  std::map<std::int64_t, std::int64_t> pending;
  if (person_ids.empty()) return pending;
  std::string ids;
  for (auto id : person_ids) ids += (ids.empty() ? "" : ",") + std::to_string(id);  // numbers only
  auto read = db_.Execute(
      "SELECT t.person_id, MAX(t.expires_at) FROM one_time_tokens t WHERE t.district_id = $1"
      " AND t.purpose = 'invitation' AND t.person_id IN (" + ids + ")"
      " AND NOT EXISTS (SELECT 1 FROM one_time_tokens u WHERE u.district_id = t.district_id"
      " AND u.person_id = t.person_id AND u.purpose = 'invitation' AND u.used_at IS NOT NULL)"
      " AND NOT EXISTS (SELECT 1 FROM credentials c WHERE c.district_id = t.district_id AND c.person_id = t.person_id)"
      " AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.district_id = t.district_id AND s.person_id = t.person_id)"
      " GROUP BY t.person_id",
      {district_id_}, [&](const db::Row& row) { pending[row.Int(0)] = row.Int(1); });
  if (!read) return std::unexpected(read.error());
  return pending;
}

}  // namespace practica::auth
