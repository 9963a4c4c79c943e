#include "auth/oidc/client.hpp"

#include <sodium.h>

#include <algorithm>
#include <boost/json.hpp>
#include <initializer_list>

#include "auth/oidc/claims.hpp"
#include "auth/oidc/http_fetch.hpp"
#include "auth/oidc/login_store.hpp"
#include "auth/oidc/pkce.hpp"
#include "core/text.hpp"

namespace practica::auth::oidc {
namespace {

namespace json = boost::json;
using core::ErrorCode;
using QueryParams = std::initializer_list<std::pair<std::string_view, std::string_view>>;

std::string AppendQuery(std::string url, QueryParams params) {
  char separator = url.find('?') == std::string::npos ? '?' : '&';
  for (const auto& [key, value] : params) {
    url += separator;
    url += FormEncode(key) + "=" + FormEncode(value);
    separator = '&';
  }
  return url;
}

std::string FormBody(QueryParams params) {
  std::string body = AppendQuery("", params);
  return body.substr(1);
}

// Only a path on this site: "//evil.example" and "/\evil.example" are read by browsers as
// other hosts, so they would make sign-in an open redirect.
std::string LocalPath(std::string_view return_to) {
  return core::IsLocalPath(return_to) ? std::string(return_to) : "/";
}

bool IsHttpUrl(std::string_view url) {
  return url.starts_with("https://") || url.starts_with("http://");
}

// client_secret_basic: both parts form-encoded before base64 (RFC 6749, section 2.3.1).
std::string BasicAuthorization(std::string_view client_id, std::string_view secret) {
  const std::string pair = FormEncode(client_id) + ":" + FormEncode(secret);
  const std::size_t capacity =
      sodium_base64_encoded_len(pair.size(), sodium_base64_VARIANT_ORIGINAL);
  std::string encoded(capacity, '\0');
  sodium_bin2base64(encoded.data(), capacity, reinterpret_cast<const unsigned char*>(pair.data()),
                    pair.size(), sodium_base64_VARIANT_ORIGINAL);
  encoded.resize(capacity - 1);
  return "Basic " + encoded;
}

std::unexpected<core::Error> Unreachable(std::string_view issuer, std::string detail) {
  return core::Fail(ErrorCode::kUnavailable,
                    "The identity provider at " + std::string(issuer) +
                        " could not be reached; check the oidc_issuer setting and that the "
                        "provider is up, then try again.",
                    std::move(detail), "oidc_issuer");
}

std::unexpected<core::Error> StartAgain(std::string message, std::string detail) {
  return core::Fail(ErrorCode::kUnauthenticated, std::move(message), std::move(detail));
}

core::Result<void> CheckSettings(const ProviderSettings& settings) {
  const auto missing = [](std::string what, std::string field) {
    return core::Fail(
        ErrorCode::kInvalidInput,
        "Sign-in through the district's identity provider needs " + what + "; set " + field + ".",
        {}, field);
  };
  if (!IsHttpUrl(settings.issuer)) return missing("the provider's https:// address", "oidc_issuer");
  if (settings.client_id.empty())
    return missing("Practica's client id at the provider", "oidc_client_id");
  if (settings.client_secret.empty())
    return missing("Practica's client secret", "oidc_client_secret");
  if (!IsHttpUrl(settings.redirect_uri))
    return missing("this site's https:// address", "public_url");
  return {};
}

core::Result<std::shared_ptr<KeySet>> FetchKeys(std::string_view issuer,
                                                std::string_view jwks_uri) {
  auto reply = HttpGet(jwks_uri);
  if (!reply) return Unreachable(issuer, reply.error().detail);
  if (reply->status != 200) {
    return Unreachable(issuer, "JWKS " + std::string(jwks_uri) + " answered HTTP " +
                                   std::to_string(reply->status));
  }
  auto keys = KeySet::Parse(reply->body);
  if (!keys) return std::unexpected(keys.error());
  return std::shared_ptr<KeySet>(std::move(*keys));
}

// The id_token of a token endpoint answer, or what the answer means for the person.
core::Result<std::string> IdTokenOf(const HttpReply& reply) {
  boost::system::error_code ec;
  const json::value answer = json::parse(reply.body, ec);
  const json::object* object = !ec && answer.is_object() ? &answer.get_object() : nullptr;
  const auto member = [&](std::string_view key) -> std::string {
    const json::value* value = object != nullptr ? object->if_contains(key) : nullptr;
    return value != nullptr && value->is_string() ? std::string(value->get_string()) : "";
  };
  const std::string provider_says = "token endpoint answered HTTP " + std::to_string(reply.status) +
                                    " error \"" + member("error") +
                                    "\": " + member("error_description");
  if (reply.status == 400 && member("error") == "invalid_grant") {
    // The code was used, expired, or the verifier does not match: the person can start again.
    return StartAgain(
        "Sign-in could not be completed: the identity provider did not accept "
        "this sign-in any more; start signing in again.",
        provider_says);
  }
  if (reply.status != 200) {
    return core::Fail(ErrorCode::kUnavailable,
                      "Sign-in could not be completed: the district's identity provider refused "
                      "Practica; try again later, and if it keeps happening tell the district's "
                      "IT help desk.",
                      provider_says);
  }
  std::string id_token = member("id_token");
  if (id_token.empty()) {
    return core::Fail(ErrorCode::kUnavailable,
                      "Sign-in could not be completed: the district's identity provider sent no "
                      "identity; try again later.",
                      "token endpoint answer has no id_token (is the openid scope granted?)");
  }
  return id_token;
}

}  // namespace

core::Result<std::shared_ptr<Client>> Client::Discover(ProviderSettings settings,
                                                       const core::Clock& clock) {
  if (auto checked = CheckSettings(settings); !checked) return std::unexpected(checked.error());
  const std::string url = DiscoveryUrl(settings.issuer);
  auto reply = HttpGet(url);
  if (!reply) return Unreachable(settings.issuer, reply.error().detail);
  if (reply->status != 200) {
    return Unreachable(settings.issuer, url + " answered HTTP " + std::to_string(reply->status));
  }
  auto metadata = ParseProviderMetadata(reply->body, settings.issuer);
  if (!metadata) return std::unexpected(metadata.error());
  auto keys = FetchKeys(settings.issuer, metadata->jwks_uri);
  if (!keys) return std::unexpected(keys.error());
  return std::shared_ptr<Client>(
      new Client(std::move(settings), std::move(*metadata), std::move(*keys), clock));
}

core::Result<std::string> Client::Begin(db::Connection& connection, std::int64_t district_id,
                                        std::string_view return_to) {
  const std::string state = RandomUrlSafe();
  const std::int64_t now = clock_->NowUtcSeconds();
  const PendingLogin login{HashState(state), RandomUrlSafe(), RandomUrlSafe(), LocalPath(return_to),
                           now};
  LoginStore store(connection, district_id);
  if (auto purged = store.PurgeStartedBefore(now - kLoginLifetimeSeconds); !purged) {
    return std::unexpected(purged.error());
  }
  if (auto saved = store.Save(login); !saved) return std::unexpected(saved.error());
  return AppendQuery(metadata_.authorization_endpoint,
                     {{"response_type", "code"},
                      {"client_id", settings_.client_id},
                      {"redirect_uri", settings_.redirect_uri},
                      {"scope", settings_.scopes},
                      {"state", state},
                      {"nonce", login.nonce},
                      {"code_challenge", CodeChallengeS256(login.code_verifier)},
                      {"code_challenge_method", "S256"}});
}

core::Result<std::pair<VerifiedIdentity, std::string>> Client::Complete(db::Connection& connection,
                                                                        std::int64_t district_id,
                                                                        std::string_view state,
                                                                        std::string_view code) {
  if (state.empty() || code.empty()) {
    return StartAgain(
        "Sign-in could not be completed: the identity provider's answer was "
        "incomplete; start signing in again.",
        "callback without state or code");
  }
  auto login = LoginStore(connection, district_id).Consume(HashState(state));
  if (!login) return std::unexpected(login.error());
  if (!*login) {
    return StartAgain(
        "Sign-in could not be completed: this sign-in was already finished or was "
        "not started here; start signing in again.",
        "state unknown or already used");
  }
  const std::int64_t now = clock_->NowUtcSeconds();
  if (now - (*login)->created_at > kLoginLifetimeSeconds) {
    return StartAgain(
        "Sign-in took longer than 10 minutes, so it was stopped to keep your "
        "account safe; start signing in again.",
        "state started " + std::to_string(now - (*login)->created_at) + " s ago");
  }
  auto id_token = ExchangeCode(code, (*login)->code_verifier);
  if (!id_token) return std::unexpected(id_token.error());
  auto identity = VerifyIdToken(*id_token, (*login)->nonce, now);
  if (!identity) return std::unexpected(identity.error());
  return std::pair{std::move(*identity), std::move((*login)->return_to)};
}

core::Result<std::string> Client::ExchangeCode(std::string_view code,
                                               std::string_view code_verifier) const {
  const bool basic = metadata_.token_auth == TokenAuthMethod::kClientSecretBasic;
  std::string form = FormBody({{"grant_type", "authorization_code"},
                               {"code", code},
                               {"redirect_uri", settings_.redirect_uri},
                               {"code_verifier", code_verifier}});
  if (!basic) {
    form += "&" + FormBody({{"client_id", settings_.client_id},
                            {"client_secret", settings_.client_secret}});
  }
  auto reply = HttpPostForm(
      metadata_.token_endpoint, form,
      basic ? BasicAuthorization(settings_.client_id, settings_.client_secret) : std::string());
  if (!reply) return std::unexpected(reply.error());
  return IdTokenOf(*reply);
}

core::Result<VerifiedIdentity> Client::VerifyIdToken(std::string_view id_token,
                                                     std::string_view nonce, std::int64_t now) {
  auto payload = Keys()->Verify(id_token);
  if (!payload && payload.error().code == ErrorCode::kNotFound) {
    // The provider rotated its keys since we fetched them: fetch once more, then give up.
    if (auto refreshed = RefreshKeys(); !refreshed) return std::unexpected(refreshed.error());
    payload = Keys()->Verify(id_token);
    if (!payload && payload.error().code == ErrorCode::kNotFound) {
      payload.error().code = ErrorCode::kUnauthenticated;
    }
  }
  if (!payload) return std::unexpected(payload.error());
  auto claims = ParseIdTokenClaims(*payload);
  if (!claims) return std::unexpected(claims.error());
  if (auto checked = CheckClaims(*claims, metadata_.issuer, settings_.client_id, nonce, now);
      !checked) {
    return std::unexpected(checked.error());
  }
  return VerifiedIdentity{claims->sub, claims->email, claims->email_verified, claims->name};
}

std::string Client::LogoutUrl(std::string_view post_logout_redirect_uri) const {
  if (metadata_.end_session_endpoint.empty()) return "";
  return AppendQuery(
      metadata_.end_session_endpoint,
      {{"post_logout_redirect_uri", post_logout_redirect_uri}, {"client_id", settings_.client_id}});
}

core::Result<void> Client::RefreshKeys() {
  auto keys = FetchKeys(metadata_.issuer, metadata_.jwks_uri);
  if (!keys) return std::unexpected(keys.error());
  std::lock_guard lock(keys_mutex_);
  keys_ = std::move(*keys);
  return {};
}

std::shared_ptr<KeySet> Client::Keys() const {
  std::lock_guard lock(keys_mutex_);
  return keys_;
}

}  // namespace practica::auth::oidc
