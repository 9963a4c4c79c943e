#include "auth/oidc/claims.hpp"

#include <algorithm>
#include <boost/json.hpp>

namespace practica::auth::oidc {
namespace {

namespace json = boost::json;
using core::ErrorCode;

// The person signing in cannot fix a bad token; every message says to start again, and the
// wording tells the help desk which family of failure it was.
constexpr std::string_view kWrongIssuer =
    "Sign-in could not be completed: the answer did not come from the district's identity "
    "provider; try signing in again.";
constexpr std::string_view kWrongAudience =
    "Sign-in could not be completed: the identity provider's answer was meant for another "
    "application; try signing in again.";
constexpr std::string_view kOutOfTime =
    "Sign-in could not be completed: the identity provider's answer has expired; try signing in "
    "again, and if this keeps happening ask the district's IT help desk to check the server's "
    "clock.";
constexpr std::string_view kFromTheFuture =
    "Sign-in could not be completed: the identity provider's answer is dated in the future; ask "
    "the district's IT help desk to check the server's clock, then try signing in again.";
constexpr std::string_view kWrongNonce =
    "Sign-in could not be completed: the identity provider's answer belongs to a different "
    "sign-in; start signing in again from the Practica sign-in page.";
constexpr std::string_view kNoEmail =
    "Sign-in could not be completed: the identity provider did not share your e-mail address; "
    "allow Practica to see it when the provider asks, or ask the district's IT help desk.";
constexpr std::string_view kUnreadable =
    "Sign-in could not be completed: the identity provider's answer could not be read; try "
    "signing in again.";

std::unexpected<core::Error> Refuse(std::string_view message, std::string detail) {
  return core::Fail(ErrorCode::kUnauthenticated, std::string(message), std::move(detail));
}

std::string Quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

// Copies a string claim; false when present with another type.
bool ReadString(const json::object& payload, std::string_view key, std::string& out) {
  const auto* value = payload.if_contains(key);
  if (value == nullptr || value->is_null()) return true;
  if (!value->is_string()) return false;
  out = std::string(value->get_string());
  return true;
}

// NumericDate is seconds since the epoch, which providers may send with a fraction.
bool ReadSeconds(const json::object& payload, std::string_view key, std::int64_t& out) {
  const auto* value = payload.if_contains(key);
  if (value == nullptr) return true;
  if (value->is_int64())
    out = value->get_int64();
  else if (value->is_uint64())
    out = static_cast<std::int64_t>(value->get_uint64());
  else if (value->is_double())
    out = static_cast<std::int64_t>(value->get_double());
  else
    return false;
  return true;
}

// Some providers send email_verified as the string "true"; it means the same.
bool ReadVerified(const json::object& payload, bool& out) {
  const auto* value = payload.if_contains("email_verified");
  if (value == nullptr || value->is_null()) return true;
  if (value->is_bool())
    out = value->get_bool();
  else if (value->is_string())
    out = value->get_string() == "true";
  else
    return false;
  return true;
}

bool ReadAudiences(const json::object& payload, IdTokenClaims& claims) {
  const auto* value = payload.if_contains("aud");
  if (value == nullptr) return true;
  if (value->is_string()) {
    claims.aud = std::string(value->get_string());
    claims.audiences = {claims.aud};
    return true;
  }
  if (!value->is_array()) return false;
  for (const auto& item : value->get_array()) {
    if (!item.is_string()) return false;
    claims.audiences.emplace_back(item.get_string());
  }
  if (claims.audiences.size() == 1) claims.aud = claims.audiences.front();
  return true;
}

// The token must name this client among its audiences, and when it names several, the party
// it was issued to (azp) must be this client too (OpenID Connect Core 3.1.3.7, items 3 to 5).
core::Result<void> CheckAudience(const IdTokenClaims& claims, std::string_view client_id) {
  std::vector<std::string> audiences = claims.audiences;
  if (audiences.empty() && !claims.aud.empty()) audiences.push_back(claims.aud);
  if (std::find(audiences.begin(), audiences.end(), client_id) == audiences.end()) {
    return Refuse(kWrongAudience,
                  "ID token audience does not include the client id " + Quoted(client_id) +
                      (audiences.empty() ? " (no aud claim)"
                                         : "; first audience " + Quoted(audiences.front())));
  }
  if (audiences.size() > 1 && claims.azp.empty()) {
    return Refuse(kWrongAudience, "ID token names " + std::to_string(audiences.size()) +
                                      " audiences but no azp (authorized party)");
  }
  if (!claims.azp.empty() && claims.azp != client_id) {
    return Refuse(kWrongAudience, "ID token azp " + Quoted(claims.azp) + " is not the client id " +
                                      Quoted(client_id));
  }
  return {};
}

core::Result<void> CheckTimes(const IdTokenClaims& claims, std::int64_t now, int leeway_seconds) {
  const std::string clock =
      ", now " + std::to_string(now) + ", leeway " + std::to_string(leeway_seconds) + " s";
  if (claims.exp == 0 || now > claims.exp + leeway_seconds) {
    return Refuse(kOutOfTime, "ID token expired: exp " + std::to_string(claims.exp) + clock);
  }
  if (claims.iat > now + leeway_seconds) {
    return Refuse(kFromTheFuture,
                  "ID token issued in the future: iat " + std::to_string(claims.iat) + clock);
  }
  return {};
}

}  // namespace

core::Result<IdTokenClaims> ParseIdTokenClaims(std::string_view payload_json) {
  boost::system::error_code ec;
  const json::value parsed = json::parse(payload_json, ec);
  if (ec || !parsed.is_object()) {
    return Refuse(kUnreadable, "ID token payload is not a JSON object: " + ec.message());
  }
  const auto& payload = parsed.get_object();
  IdTokenClaims claims;
  const std::pair<std::string_view, std::string*> strings[] = {
      {"iss", &claims.iss},     {"sub", &claims.sub},   {"nonce", &claims.nonce},
      {"email", &claims.email}, {"name", &claims.name}, {"azp", &claims.azp}};
  for (const auto& [key, out] : strings) {
    if (!ReadString(payload, key, *out)) {
      return Refuse(kUnreadable, "ID token claim " + std::string(key) + " is not a string");
    }
  }
  if (!ReadSeconds(payload, "exp", claims.exp) || !ReadSeconds(payload, "iat", claims.iat)) {
    return Refuse(kUnreadable, "ID token claim exp or iat is not a number");
  }
  if (!ReadVerified(payload, claims.email_verified)) {
    return Refuse(kUnreadable, "ID token claim email_verified is not a boolean");
  }
  if (!ReadAudiences(payload, claims)) {
    return Refuse(kUnreadable, "ID token claim aud is neither a string nor a list of strings");
  }
  return claims;
}

core::Result<void> CheckClaims(const IdTokenClaims& claims, std::string_view issuer,
                               std::string_view client_id, std::string_view nonce, std::int64_t now,
                               int leeway_seconds) {
  if (claims.iss != issuer) {
    return Refuse(kWrongIssuer, "ID token issuer " + Quoted(claims.iss) +
                                    " is not the configured issuer " + Quoted(issuer));
  }
  if (auto audience = CheckAudience(claims, client_id); !audience) return audience;
  if (auto times = CheckTimes(claims, now, leeway_seconds); !times) return times;
  if (nonce.empty() || claims.nonce != nonce) {
    return Refuse(kWrongNonce, "ID token nonce " + Quoted(claims.nonce) +
                                   " does not match the nonce stored for this sign-in");
  }
  if (claims.sub.empty()) {
    return Refuse(kUnreadable, "ID token has no sub (subject) claim");
  }
  if (claims.email.empty()) {
    return Refuse(kNoEmail, "ID token for sub " + Quoted(claims.sub) +
                                " has no email claim; is the \"email\" scope granted?");
  }
  return {};
}

}  // namespace practica::auth::oidc
