// Sign-ins in progress (table oidc_logins): what Complete needs to finish what Begin started.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "db/connection.hpp"

namespace practica::auth::oidc {

struct PendingLogin {
  std::string state_hash;  // HashState(state); the state itself is never stored
  std::string nonce;
  std::string code_verifier;
  std::string return_to;
  std::int64_t created_at = 0;  // UTC seconds
};

class LoginStore {
 public:
  LoginStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  // kConflict when the state hash is already stored (a random 256-bit state never repeats).
  [[nodiscard]] core::Result<void> Save(const PendingLogin& login);
  // Deletes and returns the sign-in with this state hash, so no state is accepted twice;
  // nullopt when there is none (never started, already used, or purged).
  [[nodiscard]] core::Result<std::optional<PendingLogin>> Consume(std::string_view state_hash);
  // Deletes sign-ins started before `created_before`: abandoned ones would otherwise pile up.
  [[nodiscard]] core::Result<void> PurgeStartedBefore(std::int64_t created_before);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::auth::oidc
