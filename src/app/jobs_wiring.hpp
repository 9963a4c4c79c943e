// The application's job runner: the mail sender, the daily reminder plan and the weekly coach
// digest, planned on the district's wall clock each time the runner wakes.
#pragma once

#include <memory>
#include <string>

#include "app/config.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"
#include "features/kit/deps.hpp"
#include "jobs/runner.hpp"
#include "mail/mailer.hpp"

namespace practica::app {

// Reminders are planned at this local hour each day; digests on Mondays at the same hour.
inline constexpr int kPlanningHour = 7;

struct JobSettings {
  std::string public_url;  // links in e-mails
  int poll_seconds = 30;
  std::string chromium = "chromium";  // prints progress reports to PDF
};

// A runner with every handler registered, not started. Everything passed must outlive it.
std::unique_ptr<jobs::Runner> MakeJobRunner(db::Database& database, const core::Clock& clock,
                                            const features::Tenant& tenant, mail::Mailer& mailer,
                                            const http::Views& views, const JobSettings& settings);

// `practica jobs run`: opens the application, runs every due job once (after planning), prints
// what ran and returns. kUnavailable when the database cannot be reached.
[[nodiscard]] core::Result<void> RunJobsOnce(const Config& config);

}  // namespace practica::app
