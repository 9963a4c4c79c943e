#include "app/application.hpp"

#include <spdlog/spdlog.h>

#include <map>

#include "app/api_description.hpp"
#include "app/effects.hpp"
#include "app/embedded.hpp"
#include "app/home_task_sources.hpp"
#include "app/jobs_wiring.hpp"
#include "app/routes.hpp"
#include "auth/oidc/client.hpp"
#include "features/districts/store/districts_store.hpp"
#include "mail/log_mailer.hpp"
#include "mail/smtp_mailer.hpp"

namespace practica::app {

std::vector<db::Migration> Migrations() {
  // "0003_schools.sql" serves both dialects; "0001_ids.sqlite.sql" and "0001_ids.postgres.sql"
  // are one migration written twice.
  std::map<int, db::Migration> by_version;
  for (const auto& [file, sql] : generated::EmbeddedMigrations()) {
    const int version = std::stoi(file.substr(0, file.find('_')));
    auto& migration = by_version[version];
    migration.version = version;
    const bool sqlite_only = file.ends_with(".sqlite.sql");
    const bool postgres_only = file.ends_with(".postgres.sql");
    migration.name = file.substr(0, file.find('.'));
    if (!postgres_only) migration.sqlite_sql = sql;
    if (!sqlite_only) migration.postgres_sql = sql;
  }
  std::vector<db::Migration> all;
  for (auto& [version, migration] : by_version) all.push_back(std::move(migration));
  return all;
}

core::Result<std::unique_ptr<db::Database>> OpenDatabase(const std::string& address,
                                                        int pool_size) {
  auto database = db::Database::Open(address, pool_size);
  if (!database) return database;
  const auto migrations = Migrations();
  auto migrated = db::Migrate(**database, migrations);
  if (!migrated) {
    auto error = migrated.error();
    error.code = core::ErrorCode::kUnavailable;
    error.message = "Cannot bring the database " + (*database)->description() +
                    " up to date: " + error.message;
    return std::unexpected(error);
  }
  return database;
}

namespace {

// The configured district, as the tenant every feature serves; kNotFound naming the database
// when it has no such district.
core::Result<features::Tenant> FindTenant(db::Database& database, const Config& config) {
  auto district = [&]() -> core::Result<std::optional<districts::District>> {
    auto lease = database.Acquire();
    return districts::DistrictsStore(*lease).FindBySlug(config.district);
  }();
  if (!district) return std::unexpected(district.error());
  if (!*district) {
    if (!config.district_hosts.empty()) {
      return core::Fail(core::ErrorCode::kNotFound,
                        "The database " + database.description() + " has no district \"" + config.district +
                            "\", which district_hosts names. Correct district_hosts, or load that district "
                            "(`practica demo --database " + config.database + " --district " + config.district +
                            "` loads a copy of the demo under that name).",
                        {}, "district_hosts");
    }
    return core::Fail(core::ErrorCode::kNotFound,
                      "The database " + database.description() + " has no district \"" +
                          config.district + "\". Load the demo with `practica demo --database " +
                          config.database + "`, or set --district to one it has.",
                      {}, "district");
  }
  auto zone = core::TimeZone::Locate((*district)->time_zone);
  if (!zone) return std::unexpected(zone.error());
  return features::Tenant{(*district)->id, (*district)->slug, (*district)->name,
                          (*district)->short_name, *zone};
}

// What the pages are made of: the embedded static files (the API description assembled from
// every feature's part among them), the request schemas read from that description, and the
// templates with the site's name and the static files' versioned URLs.
struct Pages {
  std::unique_ptr<http::StaticFiles> static_files;
  std::unique_ptr<RequestSchemas> request_schemas;
  std::optional<http::Views> views;
};

core::Result<Pages> LoadPages(const std::string& site_name) {
  Pages pages;
  std::vector<http::NamedText> statics;
  for (auto& [name, text] : generated::EmbeddedStatic()) statics.push_back({name, text});
  auto api_description = AssembleApiDescription(generated::EmbeddedApiDocs());
  if (!api_description) return std::unexpected(api_description.error());
  auto request_schemas = RequestSchemas::Build(*api_description);
  if (!request_schemas) return std::unexpected(request_schemas.error());
  pages.request_schemas = std::move(*request_schemas);
  statics.push_back({"openapi.json", std::move(*api_description)});
  pages.static_files = std::make_unique<http::StaticFiles>(statics);
  std::vector<http::NamedText> templates;
  for (auto& [name, text] : generated::EmbeddedTemplates()) templates.push_back({name, text});
  auto views = http::Views::Load(
      templates, http::SiteInfo{site_name, pages.static_files->VersionedUrl("app.css"),
                                pages.static_files->VersionedUrl("app.js"),
                                pages.static_files->VersionedUrl("htmx.min.js")});
  if (!views) return std::unexpected(views.error());
  pages.views.emplace(std::move(*views));
  return pages;
}

// SMTP when a server is configured; otherwise e-mails are written to the log.
core::Result<std::unique_ptr<mail::Mailer>> MakeMailer(const Config& config, const core::Clock& clock) {
  if (config.smtp_url.empty()) return std::make_unique<mail::LogMailer>();
  auto smtp = mail::SmtpMailer::Create({config.smtp_url, config.mail_from, config.smtp_username,
                                        config.smtp_password, false, 10000},
                                       clock);
  if (!smtp) return std::unexpected(smtp.error());
  return std::make_unique<mail::SmtpMailer>(std::move(*smtp));
}

// The OpenID provider's client, discovered now, when one is configured; none otherwise.
core::Result<std::shared_ptr<auth::oidc::Client>> DiscoverOidc(const Config& config,
                                                               const core::Clock& clock) {
  if (config.oidc_issuer.empty()) return std::shared_ptr<auth::oidc::Client>();
  return auth::oidc::Client::Discover({config.oidc_issuer, config.oidc_client_id,
                                       config.oidc_client_secret,
                                       config.public_url + "/auth/oidc/callback"},
                                      clock);
}

// Sessions' lifetimes, and secure cookies when the public address is https.
features::AuthSettings AuthSettingsOf(const Config& config) {
  return features::AuthSettings{
      auth::SessionPolicy{static_cast<int>(config.session_idle_minutes),
                          static_cast<int>(config.session_absolute_hours)},
      config.public_url.starts_with("https://"), config.public_url};
}

}  // namespace

core::Result<std::unique_ptr<Application>> Application::Open(const Config& config,
                                                            const core::Clock& clock,
                                                            std::shared_ptr<db::Database> database) {
  std::unique_ptr<Application> app(new Application());
  if (database == nullptr) {
    auto opened = OpenDatabase(config.database, static_cast<int>(config.db_pool));
    if (!opened) return std::unexpected(opened.error());
    database = std::move(*opened);
  }
  app->database_ = std::move(database);
  app->database_->set_acquire_timeout_ms(static_cast<int>(config.db_wait_ms));
  auto tenant = FindTenant(*app->database_, config);
  if (!tenant) return std::unexpected(tenant.error());
  app->tenant_.emplace(std::move(*tenant));
  auto pages = LoadPages(app->tenant_->name);
  if (!pages) return std::unexpected(pages.error());
  app->request_schemas_ = std::move(pages->request_schemas);
  app->static_files_ = std::move(pages->static_files);
  app->views_.emplace(std::move(*pages->views));
  auto mailer = MakeMailer(config, clock);
  if (!mailer) return std::unexpected(mailer.error());
  app->mailer_ = std::move(*mailer);
  auto oidc = DiscoverOidc(config, clock);
  if (!oidc) return std::unexpected(oidc.error());
  app->oidc_ = std::move(*oidc);
  app->auth_settings_ = AuthSettingsOf(config);
  app->effects_ = MakeEffects(app->tenant_->id);
  app->deps_.reset(new features::Deps{*app->database_, *app->views_, clock, *app->tenant_,
                                      app->auth_settings_, *app->mailer_, app->oidc_.get(),
                                      &app->effects_, &HomeTaskSources()});
  if (auto added = RegisterRoutes(app->router_, *app->deps_, *app->static_files_); !added) {
    return std::unexpected(added.error());
  }
  // Innermost, so the guard's session reads and writes stay on the primary.
  if (!config.database_replica.empty()) {
    app->replica_reads_ = std::make_unique<ReplicaReads>(
        *app->database_,
        ReplicaReads::Settings{config.database, config.database_replica,
                               static_cast<int>(config.replica_max_lag_seconds),
                               static_cast<int>(config.db_pool), static_cast<int>(config.db_wait_ms),
                               app->auth_settings_.secure_cookies});
    app->replica_reads_->Wrap(app->router_);
  }
  // Bodies are checked inside the guard: who may call comes first, then what they sent.
  app->request_schemas_->Guard(app->router_);
  app->guard_.reset(new auth::GuardContext{*app->database_, clock, app->tenant_->zone,
                                           app->tenant_->id, app->auth_settings_.sessions,
                                           &*app->views_, app->auth_settings_.secure_cookies});
  if (config.session_cache) {
    app->principals_ = std::make_unique<auth::PrincipalCache>();
    app->guard_->principals = app->principals_.get();
    auto* cache = app->principals_.get();
    // Not live (nothing kept) until the listener's connection is listening; while it is not,
    // every session is read from the database, as with the setting off.
    spdlog::info("session_cache: sessions are kept in memory while this server listens on "
                 "PostgreSQL channel {}, and read from the database whenever it does not.",
                 auth::kPrincipalsChannel);
    app->principal_notices_ = std::make_unique<db::ChangeListener>(
        config.database, auth::kPrincipalsChannel,
        db::ChangeListener::Callbacks{[cache](std::string_view payload) { cache->Heard(payload); },
                                      [cache](bool live) { cache->SetLive(live); }});
  }
  if (auto guarded = auth::GuardRoutes(app->router_, *app->guard_); !guarded) {
    return std::unexpected(guarded.error());
  }
  app->jobs_ = MakeJobRunner(*app->database_, clock, *app->tenant_, *app->mailer_, *app->views_,
                             {config.public_url, static_cast<int>(config.jobs_poll_seconds), config.chromium_path});
  app->wake_jobs_ = [runner = app->jobs_.get()] { runner->Nudge(); };
  app->deps_->wake_jobs = &app->wake_jobs_;
  return app;
}

}  // namespace practica::app
