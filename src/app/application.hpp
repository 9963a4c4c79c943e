// Everything a running Practica needs, wired once: database, tenant, templates, static files,
// and the router with every feature's routes. `serve` and the route tests both build one.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "app/config.hpp"
#include "app/replica_reads.hpp"
#include "app/request_schemas.hpp"
#include "auth/guard.hpp"
#include "auth/principal_cache.hpp"
#include "mail/mailer.hpp"
#include "core/clock.hpp"
#include "db/change_listener.hpp"
#include "db/database.hpp"
#include "db/migrator.hpp"
#include "features/kit/deps.hpp"
#include "http/router.hpp"
#include "http/static_files.hpp"
#include "http/views.hpp"
#include "jobs/runner.hpp"

namespace practica::app {

// The migrations compiled into the binary, paired by version across the two dialects.
std::vector<db::Migration> Migrations();

// Opens the database at the address and brings its schema up to date. kUnavailable naming the
// file or server when it cannot be opened or migrated.
[[nodiscard]] core::Result<std::unique_ptr<db::Database>> OpenDatabase(const std::string& address,
                                                                      int pool_size);

class Application {
 public:
  // kNotFound when the database has no district with the configured short name; kUnavailable
  // when the OpenID provider or the database cannot be reached; kInvalidInput for unusable
  // mail settings. Every route is behind the guard when this returns.
  // `database`, when given, is already open and migrated, and shared with the other districts
  // this server answers for (ServedDistricts); otherwise config.database is opened.
  [[nodiscard]] static core::Result<std::unique_ptr<Application>> Open(
      const Config& config, const core::Clock& clock, std::shared_ptr<db::Database> database = nullptr);
  Application(const Application&) = delete;
  Application& operator=(const Application&) = delete;

  const http::Router& router() const { return router_; }
  const http::Views& views() const { return *views_; }
  db::Database& database() { return *database_; }
  const features::Tenant& tenant() const { return *tenant_; }
  mail::Mailer& mailer() { return *mailer_; }
  // Due jobs (reminders, digests, e-mail); `serve` starts its thread, `jobs run` runs it once.
  jobs::Runner& jobs() { return *jobs_; }

 private:
  Application() = default;
  std::shared_ptr<db::Database> database_;
  // Null without database_replica; its monitor stops before the primary closes.
  std::unique_ptr<ReplicaReads> replica_reads_;
  std::optional<features::Tenant> tenant_;
  std::optional<http::Views> views_;
  std::unique_ptr<http::StaticFiles> static_files_;
  std::unique_ptr<mail::Mailer> mailer_;
  std::shared_ptr<auth::oidc::Client> oidc_;
  features::AuthSettings auth_settings_;
  features::Effects effects_;
  std::unique_ptr<features::Deps> deps_;
  std::unique_ptr<auth::GuardContext> guard_;
  // With session_cache: the sessions kept in memory, and the listener that clears them on the
  // database's notices (stopped first: its thread calls the cache).
  std::unique_ptr<auth::PrincipalCache> principals_;
  std::unique_ptr<db::ChangeListener> principal_notices_;
  std::unique_ptr<RequestSchemas> request_schemas_;
  http::Router router_;
  std::function<void()> wake_jobs_;  // deps_->wake_jobs: nudges jobs_
  std::unique_ptr<jobs::Runner> jobs_;  // last: stopped before what its jobs use
};

}  // namespace practica::app
