// What each `practica` subcommand does, given the checked configuration.
#pragma once

#include <string>

#include "app/config.hpp"
#include "core/error.hpp"

namespace practica::app {

struct UserAddOptions {
  std::string email;
  std::string name;
  std::string school_slug;
  std::string role = "teacher";
};

[[nodiscard]] core::Result<void> Serve(const Config& config);
[[nodiscard]] core::Result<void> Migrate(const Config& config);
[[nodiscard]] core::Result<void> Demo(const Config& config, bool district_scale);
[[nodiscard]] core::Result<void> UserAdd(const Config& config, const UserAddOptions& options);
[[nodiscard]] core::Result<void> UserList(const Config& config);

struct UserGrantOptions {
  std::string email;
  std::string role;   // director, coordinator, …
  std::string scope;  // a school's or local district's short address; "" for district-wide
  std::string from;   // YYYY-MM-DD; "": today
  std::string until;  // YYYY-MM-DD; "": open-ended
};
[[nodiscard]] core::Result<void> UserGrant(const Config& config, const UserGrantOptions& options);
// Sets a local password read from standard input (first line), for the first administrator.
[[nodiscard]] core::Result<void> UserPassword(const Config& config, const std::string& email);
// SQLite: VACUUM INTO the file (an online, consistent copy). PostgreSQL: pg_dump to the file.
[[nodiscard]] core::Result<void> Backup(const Config& config, const std::string& to);
// Puts a backup back. SQLite: copies the file into place; an existing database is moved aside
// (FILE.replaced-TIME) only with `force`. PostgreSQL: pg_restore of the custom-format archive in
// one transaction, into an empty database, or over Practica's tables with `force` (--clean).
// Servers using the database must be stopped first.
[[nodiscard]] core::Result<void> Restore(const Config& config, const std::string& from, bool force);
[[nodiscard]] core::Result<void> PrintRoutes(const Config& config);

}  // namespace practica::app
