// What every feature's routes receive from the application: the database, the page renderer,
// the clock and the district being served. Features hold no global state.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "auth/session_store.hpp"
#include "core/clock.hpp"
#include "core/time_zone.hpp"
#include "db/database.hpp"
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

// A school's team attended every session tied to one of its commitments: the learning feature
// says so inside the transaction that took the attendance, and the commitments feature marks the
// commitment met. src/app connects the two, so neither includes the other's store.
struct AttendanceMet {
  std::int64_t cohort_id = 0;
  std::int64_t school_id = 0;
  int commitment_number = 0;
  std::int64_t recorded_by = 0;  // who took the attendance that completed it
  std::int64_t at = 0;
  std::string note;  // "Attended: Onboarding (4 days), …"
};

// A cohort was opened from another (the applications feature's "Open the next cohort"): the
// features that keep other parts of a cohort copy theirs inside the same transaction, the
// cohorts feature its goals and the commitments feature its template and calendar.
struct CohortCopied {
  std::int64_t from_cohort_id = 0;
  std::int64_t to_cohort_id = 0;
  // The old cohort's text in the new cohort's words (number, theme, school year).
  std::function<std::string(std::string_view)> reword;
  // The same day a year later.
  std::function<core::LocalDate(const core::LocalDate&)> next_year;
  std::int64_t by = 0;
  std::int64_t at = 0;
};

struct Signals {
  std::function<core::Result<void>(db::Connection&, const AttendanceMet&)> attendance_met;
  std::function<core::Result<void>(db::Connection&, const CohortCopied&)> cohort_copied;
};

struct Deps {
  db::Database& database;
  const http::Views& views;
  const core::Clock& clock;
  const Tenant& tenant;
  const AuthSettings& auth;
  mail::Mailer& mailer;
  auth::oidc::Client* oidc = nullptr;  // null when no OpenID provider is configured
  const Signals* signals = nullptr;    // null: nothing listens
  const std::vector<HomeTaskSource>* home_tasks = nullptr;  // null: the home page lists no work
};

}  // namespace practica::features
