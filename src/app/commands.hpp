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
// SQLite: VACUUM INTO the file (an online, consistent copy). PostgreSQL: pg_dump to the file.
[[nodiscard]] core::Result<void> Backup(const Config& config, const std::string& to);
[[nodiscard]] core::Result<void> PrintRoutes(const Config& config);

}  // namespace practica::app
