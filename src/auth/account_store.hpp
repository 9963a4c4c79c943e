// Local accounts: password hashes, one-time links (reset, invitation), sign-in attempts.
#pragma once

#include <map>
#include <vector>

#include <optional>
#include <string>

#include "auth/domain/grant_rules.hpp"
#include "db/connection.hpp"

namespace practica::auth {

struct PasswordRecord {
  std::int64_t person_id = 0;
  std::string password_hash;  // "" when the person has never set one
  bool active = true;
};

enum class LinkPurpose { kReset, kInvitation };

class AccountStore {
 public:
  AccountStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  [[nodiscard]] core::Result<std::optional<PasswordRecord>> ForEmail(std::string_view email);
  [[nodiscard]] core::Result<void> SetPassword(std::int64_t person_id, const std::string& hash,
                                               std::int64_t now);

  // A new one-time link token (returned once; stored hashed), valid for ttl_seconds.
  [[nodiscard]] core::Result<std::string> IssueLink(std::int64_t person_id, LinkPurpose purpose,
                                                    std::int64_t now, std::int64_t ttl_seconds);
  // The person the link is for, if it is unused and unexpired; `consume` marks it used.
  [[nodiscard]] core::Result<std::optional<std::int64_t>> CheckLink(std::string_view token,
                                                                   LinkPurpose purpose,
                                                                   std::int64_t now, bool consume);

  // Of these people, those invited who have not accepted yet, with when their newest invitation
  // link expires: an invitation was sent, none was used, and they have neither a password nor a
  // session (someone who signs in through the district's OpenID provider never uses the link).
  [[nodiscard]] core::Result<std::map<std::int64_t, std::int64_t>> PendingInvitations(
      const std::vector<std::int64_t>& person_ids);

  [[nodiscard]] core::Result<void> RecordAttempt(const std::string& email,
                                                 const std::string& address, std::int64_t now,
                                                 bool succeeded);
  // Failures within the throttle window, oldest first.
  [[nodiscard]] core::Result<RecentFailures> Failures(const std::string& email,
                                                      const std::string& address,
                                                      std::int64_t now);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::auth
