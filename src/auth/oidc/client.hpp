// Sign-in through the district's OpenID Connect provider: authorization code flow with PKCE.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

#include "auth/oidc/key_set.hpp"
#include "auth/oidc/provider_metadata.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "db/connection.hpp"

namespace practica::auth::oidc {

struct ProviderSettings {
  std::string issuer;  // exactly as the provider's discovery document names itself
  std::string client_id;
  std::string client_secret;
  std::string redirect_uri;  // ${public_url}/auth/oidc/callback
  std::string scopes = "openid email profile";
};

struct VerifiedIdentity {
  std::string subject;  // the provider's stable id for the person ("sub")
  std::string email;
  bool email_verified = false;
  std::string name;
};

// How long a started sign-in may take before its state is refused.
inline constexpr std::int64_t kLoginLifetimeSeconds = 10 * 60;

// One provider, discovered once at start-up and shared by every worker thread: the metadata is
// fixed after Discover, and the cached signing keys are swapped under a mutex.
class Client {
 public:
  // Fetches {issuer}/.well-known/openid-configuration and the JWKS. kInvalidInput (field named)
  // when a setting is missing or the document names another issuer; kUnavailable naming the
  // issuer when the provider cannot be reached or describes itself unusably.
  [[nodiscard]] static core::Result<std::shared_ptr<Client>> Discover(ProviderSettings settings,
                                                                      const core::Clock& clock);

  // Starts a sign-in: a new state, nonce and PKCE verifier, saved for the district (the state
  // only hashed) with `return_to` and the time. Returns the provider's authorization URL to
  // redirect the browser to. A `return_to` that is not a path on this site becomes "/".
  // Errors from the database as they come.
  [[nodiscard]] core::Result<std::string> Begin(db::Connection& connection,
                                                std::int64_t district_id,
                                                std::string_view return_to);

  // Finishes a sign-in from the provider's redirect: consumes the state (kUnauthenticated when
  // unknown, already used or older than ten minutes), exchanges the code and verifier at the
  // token endpoint (kUnauthenticated when the provider refuses the code, kUnavailable when it
  // cannot be reached), then VerifyIdToken with the stored nonce. Returns who signed in and the
  // stored return_to.
  [[nodiscard]] core::Result<std::pair<VerifiedIdentity, std::string>> Complete(
      db::Connection& connection, std::int64_t district_id, std::string_view state,
      std::string_view code);

  // Checks an ID token: its RS256/ES256 signature against the provider's keys (fetched again
  // once when the token names an unknown key), then CheckClaims against this client, `nonce`
  // and `now`. kUnauthenticated when it does not hold; kUnavailable when the keys cannot be
  // fetched again.
  [[nodiscard]] core::Result<VerifiedIdentity> VerifyIdToken(std::string_view id_token,
                                                             std::string_view nonce,
                                                             std::int64_t now);

  // The provider's end_session_endpoint with post_logout_redirect_uri and client_id, or "" when
  // the provider offers no logout.
  std::string LogoutUrl(std::string_view post_logout_redirect_uri) const;

  const ProviderMetadata& metadata() const { return metadata_; }

 private:
  Client(ProviderSettings settings, ProviderMetadata metadata, std::shared_ptr<KeySet> keys,
         const core::Clock& clock)
      : settings_(std::move(settings)),
        metadata_(std::move(metadata)),
        keys_(std::move(keys)),
        clock_(&clock) {}
  [[nodiscard]] core::Result<std::string> ExchangeCode(std::string_view code,
                                                       std::string_view code_verifier) const;
  [[nodiscard]] core::Result<void> RefreshKeys();
  std::shared_ptr<KeySet> Keys() const;

  const ProviderSettings settings_;
  const ProviderMetadata metadata_;
  mutable std::mutex keys_mutex_;
  std::shared_ptr<KeySet> keys_;  // guarded by keys_mutex_; a reader keeps its copy alive
  const core::Clock* clock_;
};

}  // namespace practica::auth::oidc
