// What every feature's routes receive from the application: the database, the page renderer,
// the clock and the district being served. Features hold no global state.
#pragma once

#include <cstdint>
#include <string>

#include "auth/session_store.hpp"
#include "core/clock.hpp"
#include "core/time_zone.hpp"
#include "db/database.hpp"
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
};

}  // namespace practica::features
