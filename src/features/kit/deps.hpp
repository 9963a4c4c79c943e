// What every feature's routes receive from the application: the database, the page renderer,
// the clock and the district being served. Features hold no global state.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "auth/session_policy.hpp"
#include "core/clock.hpp"
#include "core/time_zone.hpp"
#include "db/database.hpp"
#include "features/kit/effects.hpp"
#include "features/kit/home_tasks.hpp"
#include "http/views.hpp"
#include "mail/mailer.hpp"

namespace practica::auth::oidc {
class Client;
}

namespace practica::features {

// The district (tenant) a request belongs to. Every query filters by `id`.
struct Tenant {
  std::int64_t id = 0;
  std::string slug;
  std::string name;
  std::string short_name;
  core::TimeZone zone;
};

// How people sign in here.
struct AuthSettings {
  auth::SessionPolicy sessions;
  bool secure_cookies = false;  // the public URL is https
  std::string public_url;       // "https://practica.district.org": links in e-mails, redirects
};

struct Deps {
  db::Database& database;
  const http::Views& views;
  const core::Clock& clock;
  const Tenant& tenant;
  const AuthSettings& auth;
  mail::Mailer& mailer;
  auth::oidc::Client* oidc = nullptr;  // null when no OpenID provider is configured
  const Effects* effects = nullptr;    // null: nothing listens (see Emit below)
  const std::vector<HomeTaskSource>* home_tasks = nullptr;  // null: the home page lists no work
  // Wakes this server's job runner for work a person waits on; null: nothing to wake (the runner
  // finds the job at its next poll).
  const std::function<void()>* wake_jobs = nullptr;
};

// Emits the event through deps.effects, inside the transaction `db` holds: the first handler's
// error is returned for the caller to abandon its change.
template <typename Event>
[[nodiscard]] core::Result<void> Emit(const Deps& deps, db::Connection& db, const Event& event) {
  if (deps.effects == nullptr) return {};
  return deps.effects->Emit(db, event);
}

}  // namespace practica::features
