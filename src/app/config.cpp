// The only translation unit that includes toml++.
#include "app/config.hpp"

#include <toml++/toml.h>

#include <cstdlib>
#include <thread>

#include "app/district_hosts.hpp"
#include "app/thread_counts.hpp"
#include "core/text.hpp"
#include "db/database.hpp"
#include "http/forwarded.hpp"

namespace practica::app {

using core::ErrorCode;
using core::Fail;

const std::map<std::string, std::string>& ConfigKeys() {
  static const std::map<std::string, std::string> kKeys = {
      {"database", "SQLite file path or postgresql:// URL (default practica.db)"},
      {"address", "IP address to listen on (default 127.0.0.1)"},
      {"port", "TCP port (default 8080; 0 picks a free one)"},
      {"io_threads", "threads reading and writing sockets (default: one per core)"},
      {"worker_threads", "threads running pages and API calls (default: two per core, min 4)"},
      {"download_threads", "threads producing streamed exports, each as fast as its client reads (default 4)"},
      {"database_replica", "a streaming replica's postgresql:// URL for reads that need no write: reports, exports, the library, the public pages (PostgreSQL only; default empty: none)"},
      {"replica_max_lag_seconds", "reads fall back to the primary while the replica is further behind than this, in seconds (default 10)"},
      {"db_pool", "database connections (default: SQLite workers plus download threads; PostgreSQL as many as workers)"},
      {"db_wait_ms", "how long a request waits for a free database connection before answering 503, in ms (default 10000)"},
      {"development", "true or false: a development server, which may log e-mail instead of sending it even with an https public_url (default false)"},
      {"district", "short name of the district this server answers for (default lausd)"},
      {"district_hosts", "several districts on one database, each at its own host name: \"practica.lausd.net = lausd, practica.valleyusd.org = valley\" (default empty: the one district setting, at any host name)"},
      {"log_level", "trace, debug, info, warn or error (default info)"},
      {"access_log", "true or false: one log line per request (default true)"},
      {"body_limit_mb", "largest request body accepted, in MB (default 10)"},
      {"request_timeout_ms", "time allowed to read one request, in ms (default 30000)"},
      {"trusted_proxies", "load balancers whose X-Forwarded-For names the client: addresses or CIDR ranges, e.g. \"10.0.0.5, 10.0.1.0/24\" (default empty: none; the socket's peer is the client)"},
      {"public_url", "the address people use, for links in e-mails and sign-in (default http://address:port)"},
      {"session_idle_minutes", "a session unused this long ends (default 120)"},
      {"session_absolute_hours", "every session ends this long after sign-in (default 12)"},
      {"session_cache", "true or false: on PostgreSQL, keep signed-in sessions in memory instead of reading them on every request; any server's change to a person's session, role, caseload or record makes every server forget that person's sessions within milliseconds (default false)"},
      {"oidc_issuer", "the district's OpenID Connect provider (empty: Practica passwords only)"},
      {"oidc_client_id", "Practica's client id at the OpenID provider"},
      {"oidc_client_secret", "Practica's client secret at the OpenID provider"},
      {"smtp_url", "smtp://host:port or smtps://host:port for e-mail (empty: e-mail goes to the log)"},
      {"smtp_username", "SMTP user name (empty: no authentication)"},
      {"smtp_password", "SMTP password"},
      {"mail_from", "sender of Practica's e-mail, e.g. \"Practica <noreply@district.org>\""},
      {"jobs_enabled", "true or false: this server runs due jobs (reminders, digests) (default true)"},
      {"jobs_poll_seconds", "how often the job runner looks for due jobs, in seconds (default 30)"},
      {"chromium_path", "the Chromium that prints progress reports to PDF (default chromium, found on PATH)"},
  };
  return kKeys;
}

core::Result<Settings> ReadTomlFile(const std::string& path) {
  toml::table table;
  try {
    table = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    const auto& where = e.source().begin;
    return Fail(ErrorCode::kInvalidInput,
                "The configuration file " + path + " cannot be read at line " +
                    std::to_string(where.line) + ": " + std::string(e.description()),
                {}, "config");
  }
  Settings settings;
  for (const auto& [key, node] : table) {
    const std::string name(key.str());
    if (!ConfigKeys().contains(name)) {
      return Fail(ErrorCode::kInvalidInput,
                  "The configuration file " + path + " has an unknown key \"" + name +
                      "\"; `practica serve --help` lists the keys.",
                  {}, name);
    }
    if (auto s = node.value<std::string>(); s && node.is_string()) {
      settings[name] = *s;
    } else if (auto i = node.value<std::int64_t>(); i && node.is_integer()) {
      settings[name] = std::to_string(*i);
    } else if (auto b = node.value<bool>(); b && node.is_boolean()) {
      settings[name] = *b ? "true" : "false";
    } else {
      return Fail(ErrorCode::kInvalidInput,
                  "The key \"" + name + "\" in " + path + " must be a string, number or boolean.",
                  {}, name);
    }
  }
  return settings;
}

Settings ReadEnvironment() {
  Settings settings;
  for (const auto& [key, help] : ConfigKeys()) {
    std::string variable = "PRACTICA_";
    for (char c : key) variable.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    if (const char* value = std::getenv(variable.c_str()); value != nullptr) settings[key] = value;
  }
  return settings;
}

namespace {

core::Result<void> SetInt(const std::string& key, const std::string& value, std::int64_t min,
                          std::int64_t max, std::int64_t& out) {
  const auto parsed = core::ParseInt(value, min, max);
  if (!parsed) {
    return Fail(ErrorCode::kInvalidInput,
                "The setting " + key + " = \"" + value + "\" must be a whole number from " +
                    std::to_string(min) + " to " + std::to_string(max) + ".",
                {}, key);
  }
  out = *parsed;
  return {};
}

}  // namespace

core::Result<void> Apply(const Settings& settings, Config& config) {
  for (const auto& [key, value] : settings) {
    core::Result<void> ok;
    if (key == "database") {
      if (value.empty()) return Fail(ErrorCode::kInvalidInput, "The setting database is empty; give a SQLite file path or a postgresql:// URL.", {}, key);
      config.database = value;
    } else if (key == "database_replica") {
      config.database_replica = value;
    } else if (key == "replica_max_lag_seconds") {
      ok = SetInt(key, value, 1, 3600, config.replica_max_lag_seconds);
    } else if (key == "address") {
      config.address = value;
    } else if (key == "port") {
      ok = SetInt(key, value, 0, 65535, config.port);
    } else if (key == "io_threads") {
      ok = SetInt(key, value, 0, 256, config.io_threads);
    } else if (key == "worker_threads") {
      ok = SetInt(key, value, 0, 1024, config.worker_threads);
    } else if (key == "download_threads") {
      ok = SetInt(key, value, 0, 1024, config.download_threads);
    } else if (key == "db_pool") {
      ok = SetInt(key, value, 0, 1024, config.db_pool);
    } else if (key == "db_wait_ms") {
      ok = SetInt(key, value, 10, 600000, config.db_wait_ms);
    } else if (key == "development") {
      if (value != "true" && value != "false") {
        return Fail(ErrorCode::kInvalidInput, "The setting development = \"" + value + "\" must be true or false.", {}, key);
      }
      config.development = value == "true";
    } else if (key == "district") {
      config.district = value;
    } else if (key == "district_hosts") {
      if (auto parsed = ParseDistrictHosts(value); !parsed) return std::unexpected(parsed.error());
      config.district_hosts = value;
    } else if (key == "log_level") {
      if (value != "trace" && value != "debug" && value != "info" && value != "warn" &&
          value != "error") {
        return Fail(ErrorCode::kInvalidInput, "The setting log_level = \"" + value + "\" must be trace, debug, info, warn or error.", {}, key);
      }
      config.log_level = value;
    } else if (key == "session_cache") {
      if (value != "true" && value != "false") {
        return Fail(ErrorCode::kInvalidInput, "The setting session_cache = \"" + value + "\" must be true or false.", {}, key);
      }
      config.session_cache = value == "true";
    } else if (key == "access_log") {
      if (value != "true" && value != "false") {
        return Fail(ErrorCode::kInvalidInput, "The setting access_log = \"" + value + "\" must be true or false.", {}, key);
      }
      config.access_log = value == "true";
    } else if (key == "body_limit_mb") {
      ok = SetInt(key, value, 1, 1024, config.body_limit_mb);
    } else if (key == "request_timeout_ms") {
      ok = SetInt(key, value, 100, 600000, config.request_timeout_ms);
    } else if (key == "trusted_proxies") {
      if (auto parsed = http::TrustedProxies::Parse(value); !parsed) return std::unexpected(parsed.error());
      config.trusted_proxies = value;
    } else if (key == "public_url") {
      if (!value.empty() && !value.starts_with("http://") && !value.starts_with("https://")) {
        return Fail(ErrorCode::kInvalidInput, "The setting public_url = \"" + value + "\" must start with http:// or https://.", {}, key);
      }
      config.public_url = value;
      while (!config.public_url.empty() && config.public_url.back() == '/') config.public_url.pop_back();
    } else if (key == "session_idle_minutes") {
      ok = SetInt(key, value, 1, 7 * 24 * 60, config.session_idle_minutes);
    } else if (key == "session_absolute_hours") {
      ok = SetInt(key, value, 1, 24 * 90, config.session_absolute_hours);
    } else if (key == "oidc_issuer") {
      config.oidc_issuer = value;
    } else if (key == "oidc_client_id") {
      config.oidc_client_id = value;
    } else if (key == "oidc_client_secret") {
      config.oidc_client_secret = value;
    } else if (key == "smtp_url") {
      config.smtp_url = value;
    } else if (key == "smtp_username") {
      config.smtp_username = value;
    } else if (key == "smtp_password") {
      config.smtp_password = value;
    } else if (key == "mail_from") {
      config.mail_from = value;
    } else if (key == "jobs_enabled") {
      if (value != "true" && value != "false") {
        return Fail(ErrorCode::kInvalidInput, "The setting jobs_enabled = \"" + value + "\" must be true or false.", {}, key);
      }
      config.jobs_enabled = value == "true";
    } else if (key == "chromium_path") {
      if (value.empty()) return Fail(ErrorCode::kInvalidInput, "The setting chromium_path must name a program.", {}, key);
      config.chromium_path = value;
    } else if (key == "jobs_poll_seconds") {
      ok = SetInt(key, value, 1, 24 * 3600, config.jobs_poll_seconds);
    } else {
      return Fail(ErrorCode::kInvalidInput, "Unknown setting \"" + key + "\".", {}, key);
    }
    if (!ok) return ok;
  }
  return {};
}

core::Result<void> Finish(Config& config) {
  const auto cores = static_cast<std::int64_t>(std::max(1u, std::thread::hardware_concurrency()));
  const bool on_postgres = db::IsPostgresAddress(config.database);
  const auto counts = DefaultThreadCounts(cores);
  if (config.io_threads == 0) config.io_threads = counts.io;
  if (config.worker_threads == 0) config.worker_threads = counts.workers;
  if (config.download_threads == 0) config.download_threads = counts.downloads;
  if (config.db_pool == 0) config.db_pool = DefaultDbPool(config.worker_threads, config.download_threads, on_postgres);
  if (config.public_url.empty()) {
    config.public_url = "http://" + config.address + ":" + std::to_string(config.port);
  }
  if (!config.oidc_issuer.empty()) {
    for (const auto& [key, value] : {std::pair{"oidc_client_id", &config.oidc_client_id},
                                     std::pair{"oidc_client_secret", &config.oidc_client_secret}}) {
      if (value->empty()) {
        return Fail(ErrorCode::kInvalidInput,
                    std::string("The setting oidc_issuer is set but ") + key +
                        " is empty; give the issuer, client id and client secret together.",
                    {}, key);
      }
    }
  }
  if (config.public_url.starts_with("https://") && config.smtp_url.empty() && !config.development) {
    return Fail(ErrorCode::kInvalidInput,
                "The setting public_url = \"" + config.public_url +
                    "\" is a real address but smtp_url is empty, so invitations and password "
                    "resets would never reach anyone; set smtp_url, or development = true for a "
                    "test server.",
                {}, "smtp_url");
  }
  if (config.session_cache && !on_postgres) {
    return Fail(ErrorCode::kInvalidInput,
                "The setting session_cache = true needs a PostgreSQL database (a postgresql:// URL); "
                "on SQLite a session is read from the same file in microseconds. Remove it, or "
                "point database at PostgreSQL.",
                {}, "session_cache");
  }
  if (!config.database_replica.empty()) {
    if (!on_postgres) {
      return Fail(ErrorCode::kInvalidInput,
                  "The setting database_replica is set but database is a SQLite file; a replica "
                  "needs PostgreSQL. Remove database_replica, or move to PostgreSQL first.",
                  {}, "database_replica");
    }
    if (!db::IsPostgresAddress(config.database_replica)) {
      return Fail(ErrorCode::kInvalidInput,
                  "The setting database_replica = \"" + config.database_replica +
                      "\" must be a postgresql:// URL of a streaming replica of database.",
                  {}, "database_replica");
    }
  }
  if (config.district.empty()) {
    return Fail(ErrorCode::kInvalidInput, "The setting district is empty; give the district's short name, e.g. lausd.", {}, "district");
  }
  return {};
}

}  // namespace practica::app
