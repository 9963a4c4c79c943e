#include "app/commands.hpp"

#include <spdlog/spdlog.h>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "app/application.hpp"
#include "app/effects.hpp"
#include "app/served_districts.hpp"
#include "auth/account_store.hpp"
#include "auth/audit_log.hpp"
#include "auth/grant_store.hpp"
#include "auth/secrets.hpp"
#include "core/text.hpp"
#include "features/cohorts/store/cohorts_store.hpp"
#include "features/districts/store/districts_store.hpp"
#include "features/people/store/people_store.hpp"
#include "features/reports/routes/report_build.hpp"
#include "features/schools/store/schools_store.hpp"
#include "http/server.hpp"
#include "app/server_options.hpp"

namespace practica::app {

using core::ErrorCode;
using core::Fail;

core::Result<void> Serve(const Config& config) {
  core::SystemClock clock;
  auto districts = ServedDistricts::Open(config, clock);
  if (!districts) return std::unexpected(districts.error());
  http::ServerOptions options = ServerOptionsFor(config);
  options.handle_signals = true;
  http::Server server(options, districts->Sites());
  auto port = server.Start();
  if (!port) return std::unexpected(port.error());
  spdlog::info("Practica serves {} on http://{}:{} from {} ({} I/O threads, {} workers, {} download threads, "
               "{} database connections)",
               districts->Describe(), config.address, *port, districts->first().database().description(),
               options.io_threads, options.worker_threads, options.download_threads, config.db_pool);
  if (config.jobs_enabled) districts->StartJobs();
  server.Wait();
  districts->StopJobs();  // lets the jobs in hand finish
  spdlog::info("stopped");
  return {};
}

core::Result<void> Migrate(const Config& config) {
  auto database = db::Database::Open(config.database, 1);
  if (!database) return std::unexpected(database.error());
  const auto migrations = Migrations();
  auto report = db::Migrate(**database, migrations);
  if (!report) return std::unexpected(report.error());
  std::cout << "Applied " << report->applied << " migration(s); " << (*database)->description()
            << " is at version " << report->current_version << ".\n";
  return {};
}

namespace {

// The demo's progress report of PS 3.0 (illustrative: the seeds have none), as Allison Jonas
// would ask for it, built now so it is there from the first page: printing it takes Chromium a
// few seconds. Should printing fail, the server's job runner tries again.
core::Result<std::int64_t> QueueDemoReport(db::Connection& db, std::int64_t district_id, std::int64_t now) {
  auto cohort = cohorts::CohortsStore(db, district_id).FindBySlug("ps-3-0");
  if (!cohort) return std::unexpected(cohort.error());
  auto allison = people::PeopleStore(db, district_id).FindByEmail("allison.jonas@lausd.net");
  if (!allison) return std::unexpected(allison.error());
  if (!*cohort || !*allison) return Fail(ErrorCode::kNotFound, "The demo has no PS 3.0 or no Allison Jonas.");
  auto tx = db::Transaction::Begin(db);
  if (!tx) return std::unexpected(tx.error());
  auto report = reports::QueueReport(db, district_id,
                                     {(*cohort)->id, std::nullopt, "Every school", (*allison)->id, now, std::nullopt});
  if (!report) return std::unexpected(report.error());
  if (auto committed = tx->Commit(); !committed) return std::unexpected(committed.error());
  return report->id;
}

void BuildDemoReport(const Config& config) {
  core::SystemClock clock;
  auto app = Application::Open(config, clock);
  if (!app) {
    std::cout << "The demo's progress report was not asked for: " << app.error().message << "\n";
    return;
  }
  auto db = (*app)->database().Acquire();
  const auto now = clock.NowUtcSeconds();
  auto id = QueueDemoReport(*db, (*app)->tenant().id, now);
  if (!id) {
    std::cout << "The demo's progress report was not asked for: " << id.error().message << "\n";
    return;
  }
  auto built = reports::BuildNow(*db, (*app)->views(), (*app)->tenant(),
                                 {{config.chromium_path, 120}, config.public_url}, *id, now);
  if (built) {
    std::cout << "Built PS 3.0's progress report (/reports/" << *id << ").\n";
  } else {
    std::cout << "PS 3.0's progress report is left for the server's job runner to build: " << built.error().message
              << "\n";
  }
}

}  // namespace

core::Result<void> Demo(const Config& config, bool district_scale) {
  auto database = OpenDatabase(config.database, 1);
  if (!database) return std::unexpected(database.error());
  // --district other than lausd loads the demo's history again as a second, labelled district.
  auto report = LoadDemo(**database,
                           district_scale ? demo::Scale::kDistrict : demo::Scale::kHistory,
                           core::SystemClock().NowUtcSeconds(), config.district);
  if (!report) return std::unexpected(report.error());
  if (report->already_loaded) {
    std::cout << (*database)->description() << " already holds the demo district " << config.district
              << "; left as it is.\n";
  } else {
    std::cout << "Loaded " << report->cohorts << " cohorts, " << report->schools << " schools and "
              << report->people << " people into " << (*database)->description() << ".\n";
    BuildDemoReport(config);
  }
  return {};
}

namespace {

// The district a command-line change applies to; kNotFound when the database lacks it.
core::Result<std::int64_t> DistrictId(db::Connection& db, const Config& config) {
  auto district = districts::DistrictsStore(db).FindBySlug(config.district);
  if (!district) return std::unexpected(district.error());
  if (!*district) {
    return Fail(ErrorCode::kNotFound, "The database has no district \"" + config.district +
                                          "\"; load the demo first or pass --district.");
  }
  return (*district)->id;
}

}  // namespace

core::Result<void> UserAdd(const Config& config, const UserAddOptions& options) {
  auto person = people::NewPerson(options.email, options.name);
  if (!person) return std::unexpected(person.error());
  auto database = OpenDatabase(config.database, 1);
  if (!database) return std::unexpected(database.error());
  auto lease = (*database)->Acquire();
  auto district_id = DistrictId(*lease, config);
  if (!district_id) return std::unexpected(district_id.error());
  auto tx = db::Transaction::Begin(*lease);
  if (!tx) return std::unexpected(tx.error());
  auto created = people::PeopleStore(*lease, *district_id).Create(*person);
  if (!created) return std::unexpected(created.error());
  if (!options.school_slug.empty()) {
    auto school = schools::SchoolsStore(*lease, *district_id).FindBySlug(options.school_slug);
    if (!school) return std::unexpected(school.error());
    if (!*school) {
      return Fail(ErrorCode::kNotFound, "There is no school \"" + options.school_slug +
                                            "\"; the schools page shows each school's short "
                                            "address in its link.");
    }
    const auto role = people::ParseStaffRole(options.role).value_or(people::StaffRole::kTeacher);
    auto added = people::PeopleStore(*lease, *district_id).AddToSchool((*school)->id, created->id, role);
    if (!added) return std::unexpected(added.error());
  }
  if (auto committed = tx->Commit(); !committed) return std::unexpected(committed.error());
  std::cout << "Added " << created->display_name << " <" << created->email << ">.\n";
  return {};
}

core::Result<void> UserList(const Config& config) {
  auto database = OpenDatabase(config.database, 1);
  if (!database) return std::unexpected(database.error());
  auto lease = (*database)->Acquire();
  auto district_id = DistrictId(*lease, config);
  if (!district_id) return std::unexpected(district_id.error());
  auto people = people::PeopleStore(*lease, *district_id).List(100000, 0);
  if (!people) return std::unexpected(people.error());
  for (const auto& person : *people) {
    std::cout << person.email << "\t" << person.display_name
              << (person.active ? "" : "\t(deactivated)") << "\n";
  }
  return {};
}

core::Result<void> UserGrant(const Config& config, const UserGrantOptions& options) {
  auto database = OpenDatabase(config.database, 1);
  if (!database) return std::unexpected(database.error());
  auto lease = (*database)->Acquire();
  auto district_id = DistrictId(*lease, config);
  if (!district_id) return std::unexpected(district_id.error());
  people::PeopleStore people_store(*lease, *district_id);
  auto person = people_store.FindByEmail(core::ToLower(options.email));
  if (!person) return std::unexpected(person.error());
  if (!*person) return Fail(ErrorCode::kNotFound, "No one uses " + options.email + "; add them first with `practica user add`.");
  const auto role = auth::ParseRole(options.role);
  if (!role) {
    return Fail(ErrorCode::kInvalidInput, "\"" + options.role + "\" is not a role; use director, coordinator, "
                "specialist, coach, instructional_director, principal, team_member, teacher or reviewer.");
  }
  auth::NewGrant grant{(*person)->id, *role, auth::NaturalScope(*role), 0, {}, std::nullopt};
  const core::SystemClock clock;
  auto zone = core::TimeZone::Locate("America/Los_Angeles");
  grant.starts_on = zone->ToLocal(clock.NowUtcSeconds()).date;
  if (!options.from.empty()) {
    auto day = core::ParseLocalDate(options.from);
    if (!day) return std::unexpected(day.error());
    grant.starts_on = *day;
  }
  if (!options.until.empty()) {
    auto day = core::ParseLocalDate(options.until);
    if (!day) return std::unexpected(day.error());
    grant.ends_on = *day;
  }
  if (grant.scope == auth::ScopeKind::kSchool) {
    auto school = people_store.School(options.scope);
    if (!school) return std::unexpected(school.error());
    if (!*school) return Fail(ErrorCode::kNotFound, "No school has the short address \"" + options.scope + "\".");
    grant.scope_id = (*school)->id;
  } else if (grant.scope == auth::ScopeKind::kLocalDistrict) {
    auto local = people_store.LocalDistrictId(options.scope);
    if (!local) return std::unexpected(local.error());
    if (*local == 0) return Fail(ErrorCode::kNotFound, "No local district is called \"" + options.scope + "\".");
    grant.scope_id = *local;
  }
  auto tx = db::Transaction::Begin(*lease);
  if (!tx) return std::unexpected(tx.error());
  auto added = auth::GrantStore(*lease, *district_id).Add(grant, 0, clock.NowUtcSeconds());
  if (!added) return std::unexpected(added.error());
  auth::AuditEntry entry{0, "people.manage", false, "grant", std::to_string(added->id)};
  entry.reason = "granted " + std::string(auth::RoleLabel(added->role)) + " (" + added->scope_label +
                 ") to " + (*person)->email + " from the command line";
  entry.request_id = "cli";
  entry.address = "command line";
  if (auto audited = auth::WriteAudit(*lease, *district_id, clock.NowUtcSeconds(), entry); !audited) {
    return std::unexpected(audited.error());
  }
  if (auto committed = tx->Commit(); !committed) return std::unexpected(committed.error());
  std::cout << "Granted " << auth::RoleLabel(added->role) << " (" << added->scope_label << ") to "
            << (*person)->email << ".\n";
  return {};
}

core::Result<void> UserPassword(const Config& config, const std::string& email) {
  std::string password;
  std::getline(std::cin, password);
  if (auto checked = auth::CheckNewPassword(password); !checked) return std::unexpected(checked.error());
  auto hash = auth::HashPassword(password);
  if (!hash) return std::unexpected(hash.error());
  auto database = OpenDatabase(config.database, 1);
  if (!database) return std::unexpected(database.error());
  auto lease = (*database)->Acquire();
  auto district_id = DistrictId(*lease, config);
  if (!district_id) return std::unexpected(district_id.error());
  auth::AccountStore accounts(*lease, *district_id);
  auto record = accounts.ForEmail(core::ToLower(email));
  if (!record) return std::unexpected(record.error());
  if (!*record) return Fail(ErrorCode::kNotFound, "No one uses " + email + "; add them first with `practica user add`.");
  if (auto set = accounts.SetPassword((*record)->person_id, *hash, core::SystemClock().NowUtcSeconds()); !set) {
    return std::unexpected(set.error());
  }
  std::cout << "Password set for " << email << ".\n";
  return {};
}

core::Result<void> Backup(const Config& config, const std::string& to) {
  if (std::filesystem::exists(to)) {
    return Fail(ErrorCode::kConflict, to + " already exists; choose a new file for the backup.");
  }
  if (db::IsPostgresAddress(config.database)) {
    // pg_dump takes a consistent snapshot of a live database.
    const std::string command = "pg_dump --format=custom --file='" + to + "' '" +
                                config.database + "'";
    if (to.find('\'') != std::string::npos || config.database.find('\'') != std::string::npos) {
      return Fail(ErrorCode::kInvalidInput, "The backup path and database URL may not contain quotes.");
    }
    if (std::system(command.c_str()) != 0) {
      return Fail(ErrorCode::kUnavailable,
                  "pg_dump could not back up " + db::RedactAddress(config.database) +
                      "; check that postgresql-client is installed and the server answers.");
    }
  } else {
    auto database = db::Database::Open(config.database, 1);
    if (!database) return std::unexpected(database.error());
    auto lease = (*database)->Acquire();
    std::string quoted;
    for (char c : to) quoted += c == '\'' ? std::string("''") : std::string(1, c);
    // VACUUM INTO writes a consistent, compacted copy while the server keeps running.
    if (auto copied = lease->ExecuteScript("VACUUM INTO '" + quoted + "'"); !copied) {
      auto error = copied.error();
      error.message = "Cannot write the backup to " + to + "; check that its folder exists and is writable.";
      return std::unexpected(error);
    }
  }
  std::cout << "Backed up " << db::RedactAddress(config.database) << " to " << to << ".\n";
  return {};
}

core::Result<void> PrintRoutes(const Config& config) {
  core::SystemClock clock;
  auto app = Application::Open(config, clock);
  if (!app) return std::unexpected(app.error());
  boost::json::array routes;
  for (const auto& route : (*app)->router().routes()) {
    routes.emplace_back(boost::json::object{
        {"method", http::MethodName(route.method)},
        {"path", route.pattern},
        {"action", route.action},
        {"surface", route.surface == http::Surface::kApi    ? "api"
                    : route.surface == http::Surface::kPage ? "page"
                                                            : "asset"}});
  }
  std::cout << boost::json::serialize(routes) << "\n";
  return {};
}

}  // namespace practica::app
