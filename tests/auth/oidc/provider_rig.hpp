// The OpenID provider rig (tests/rig/oidc-provider.mjs) as a child process, a browser stand-in
// that signs in at its forms, and helpers to take ID tokens apart.
#pragma once

#include <sys/types.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace practica::testing {

using Query = std::map<std::string, std::string>;

class ProviderRig {
 public:
  // Starts node on the rig with `--port 0` and `arguments`; waits (up to 20 s) for its
  // `listening ISSUER` line. issuer() is empty when it did not start.
  explicit ProviderRig(const std::vector<std::string>& arguments);
  ~ProviderRig();  // SIGTERM, then waits for the process
  ProviderRig(const ProviderRig&) = delete;
  ProviderRig& operator=(const ProviderRig&) = delete;

  const std::string& issuer() const { return issuer_; }

  // Opens `authorization_url` in a fresh cookie jar, signs in as `email` with any password at
  // the provider's login form, accepts the consent form, and returns the query of the redirect
  // to `redirect_uri` (code, state, iss). Fails the test when the flow goes elsewhere.
  Query SignIn(const std::string& authorization_url, std::string_view email,
               std::string_view redirect_uri) const;

  // The decoded query parameters of a URL.
  static Query QueryOf(std::string_view url);

 private:
  pid_t pid_ = -1;
  int stdout_fd_ = -1;
  std::string issuer_;
};

// The string member `key` of a JSON object, or "" when absent.
std::string JsonString(std::string_view json_text, std::string_view key);

// `Basic base64(client_id:secret)`, as client_secret_basic sends it.
std::string BasicAuthorization(std::string_view client_id, std::string_view secret);

// The token with `from` replaced by `to` in its payload, header and signature kept: a forgery.
std::string RewritePayload(std::string_view compact_jws, std::string_view from,
                           std::string_view to);

// The token's payload under an {"alg":"none"} header and no signature.
std::string WithoutSignature(std::string_view compact_jws);

}  // namespace practica::testing
