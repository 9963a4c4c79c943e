// Start-up configuration: defaults, then a TOML file, then PRACTICA_* variables, then flags.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "core/error.hpp"

namespace practica::app {

struct Config {
  std::string database = "practica.db";  // SQLite file path or postgresql:// URL
  // A streaming replica of a PostgreSQL database (postgresql:// URL): "" for none. Reports,
  // exports, the library and the public pages read from it (app/replica_reads.hpp).
  std::string database_replica;
  std::int64_t replica_max_lag_seconds = 10;  // further behind than this, reads use the primary
  std::string address = "127.0.0.1";
  std::int64_t port = 8080;
  std::int64_t io_threads = 0;        // 0: one per core
  std::int64_t worker_threads = 0;    // 0: two per core, at least 4
  std::int64_t download_threads = 0;  // 0: 4 (app/thread_counts.hpp)
  std::int64_t db_pool = 0;           // 0: enough for them (app/thread_counts.hpp)
  std::int64_t db_wait_ms = 10000;    // a request waits this long for a free connection, then 503
  std::string district = "lausd";     // the district (tenant) this server answers for
  // Several districts on one database, each at its host name: "practica.lausd.net = lausd,
  // practica.valleyusd.org = valley" (app/district_hosts.hpp). Empty: `district` alone, at
  // every host name.
  std::string district_hosts;
  std::string log_level = "info";
  bool access_log = true;
  // PostgreSQL only: keep signed-in sessions in memory, cleared by the database's notices
  // (auth/principal_cache.hpp).
  bool session_cache = false;
  std::int64_t body_limit_mb = 10;
  std::int64_t request_timeout_ms = 30000;
  // Load balancers (addresses or CIDR ranges) whose X-Forwarded-For names the client; empty
  // trusts none, so the socket's peer is the client.
  std::string trusted_proxies;
  // Signing in.
  std::string public_url;  // "": http://address:port
  std::int64_t session_idle_minutes = 120;
  std::int64_t session_absolute_hours = 12;
  std::string oidc_issuer;  // "": no OpenID provider; passwords only
  std::string oidc_client_id;
  std::string oidc_client_secret;
  // E-mail.
  std::string smtp_url;  // "": messages are written to the log (development only)
  std::string smtp_username;
  std::string smtp_password;
  std::string mail_from = "Practica <noreply@practica.invalid>";
  // A development server may write e-mail to the log even with an https public_url; a real
  // one refuses to start that way (people would never get their links).
  bool development = false;
  // Jobs: reminders, digests and other work done outside requests.
  bool jobs_enabled = true;         // run due jobs on a thread of this server
  std::int64_t jobs_poll_seconds = 30;  // how often the runner looks for due jobs
  std::string chromium_path = "chromium";  // prints progress reports to PDF (found on PATH)
};

// Values given as text from one source (file, environment or flags), by key.
using Settings = std::map<std::string, std::string>;

// Every key Config understands, with its help text, in display order.
const std::map<std::string, std::string>& ConfigKeys();

// Reads a TOML file into settings. kInvalidInput naming the file and line on a syntax error,
// or naming an unknown key.
[[nodiscard]] core::Result<Settings> ReadTomlFile(const std::string& path);
// PRACTICA_DATABASE, PRACTICA_PORT, … from the environment.
Settings ReadEnvironment();

// Applies settings over config. kInvalidInput naming the key and value when one is unusable.
[[nodiscard]] core::Result<void> Apply(const Settings& settings, Config& config);
// Fills the zeros (threads, pool) from the machine and checks ranges.
[[nodiscard]] core::Result<void> Finish(Config& config);

}  // namespace practica::app
