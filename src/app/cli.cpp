// The only translation unit that includes CLI11.
#include "app/cli.hpp"

#include <spdlog/async.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>

#include "app/commands.hpp"
#include "app/config.hpp"
#include "app/jobs_wiring.hpp"

namespace practica::app {
namespace {

// Flags given on the command line, kept as text so they go through the same checks as the
// file and the environment.
struct ConfigFlags {
  std::string config_file;
  Settings settings;
};

void AddConfigFlags(CLI::App& command, ConfigFlags& flags, bool server_flags) {
  command.add_option("--config", flags.config_file,
                     "TOML file of settings (also PRACTICA_CONFIG); flags override it");
  for (const auto& [key, help] : ConfigKeys()) {
    const bool server_only = key != "database" && key != "district" && key != "log_level";
    if (server_only && !server_flags) continue;
    std::string flag = "--" + key;
    for (auto& c : flag) if (c == '_') c = '-';
    command.add_option_function<std::string>(
        flag, [&flags, key](const std::string& value) { flags.settings[key] = value; },
        help + " [PRACTICA_" + [&] {
          std::string upper;
          for (char c : key) upper.push_back(static_cast<char>(std::toupper(c)));
          return upper;
        }() + "]");
  }
}

// Defaults, then the TOML file, then PRACTICA_* variables, then flags.
core::Result<Config> BuildConfig(const ConfigFlags& flags) {
  Config config;
  std::string file = flags.config_file;
  if (file.empty()) {
    if (const char* env = std::getenv("PRACTICA_CONFIG"); env != nullptr) file = env;
  }
  if (!file.empty()) {
    auto from_file = ReadTomlFile(file);
    if (!from_file) return std::unexpected(from_file.error());
    if (auto applied = Apply(*from_file, config); !applied) return std::unexpected(applied.error());
  }
  if (auto applied = Apply(ReadEnvironment(), config); !applied) {
    return std::unexpected(applied.error());
  }
  if (auto applied = Apply(flags.settings, config); !applied) {
    return std::unexpected(applied.error());
  }
  if (auto finished = Finish(config); !finished) return std::unexpected(finished.error());
  return config;
}

void SetUpLogging(const std::string& level) {
  spdlog::init_thread_pool(8192, 1);
  auto sink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
  auto main_logger = std::make_shared<spdlog::async_logger>(
      "practica", sink, spdlog::thread_pool(), spdlog::async_overflow_policy::block);
  auto access = std::make_shared<spdlog::async_logger>(
      "access", sink, spdlog::thread_pool(), spdlog::async_overflow_policy::block);
  spdlog::set_default_logger(main_logger);
  spdlog::register_logger(access);
  spdlog::set_level(spdlog::level::from_str(level));
  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ %v");
}

}  // namespace

int RunCli(int argc, char** argv) {
  CLI::App cli{"Practica: the Practitioner Schools program, from application to exemplar."};
  cli.require_subcommand(1);
  ConfigFlags flags;

  auto* serve = cli.add_subcommand("serve", "Serve the web pages and the JSON API");
  AddConfigFlags(*serve, flags, true);

  auto* migrate = cli.add_subcommand("migrate", "Bring the database schema up to date");
  AddConfigFlags(*migrate, flags, false);

  auto* demo = cli.add_subcommand("demo", "Load the program's real history as demo data");
  AddConfigFlags(*demo, flags, false);
  std::string scale = "history";
  demo->add_option("--scale", scale,
                   "history (the four real cohorts) or district (plus ~1,000 schools and "
                   "~25,000 teachers for benchmarks)")
      ->check(CLI::IsMember({"history", "district"}));

  auto* user = cli.add_subcommand("user", "Add and list people");
  user->require_subcommand(1);
  auto* user_add = user->add_subcommand("add", "Add a person");
  AddConfigFlags(*user_add, flags, false);
  UserAddOptions add_options;
  user_add->add_option("--email", add_options.email, "their e-mail address")->required();
  user_add->add_option("--name", add_options.name, "their name as people know it")->required();
  user_add->add_option("--school", add_options.school_slug, "a school's short address, e.g. hope-street-es");
  user_add->add_option("--role", add_options.role, "principal, teacher or support (with --school)")
      ->check(CLI::IsMember({"principal", "teacher", "support"}));
  auto* user_list = user->add_subcommand("list", "List people");
  AddConfigFlags(*user_list, flags, false);
  auto* user_grant = user->add_subcommand("grant", "Grant a role (the first administrator: --role director)");
  AddConfigFlags(*user_grant, flags, false);
  UserGrantOptions grant_options;
  user_grant->add_option("--email", grant_options.email, "the person's e-mail address")->required();
  user_grant->add_option("--role", grant_options.role,
                         "director, coordinator, specialist, coach, instructional_director, "
                         "principal, team_member, teacher or reviewer")->required();
  user_grant->add_option("--scope", grant_options.scope,
                         "a school's short address for school roles, a local district for an "
                         "instructional director; none for district-wide roles");
  user_grant->add_option("--from", grant_options.from, "first day, YYYY-MM-DD (default today)");
  user_grant->add_option("--until", grant_options.until, "last day, YYYY-MM-DD (default open-ended)");
  auto* user_password = user->add_subcommand("password", "Set a person's password, read from standard input");
  AddConfigFlags(*user_password, flags, false);
  std::string password_email;
  user_password->add_option("--email", password_email, "the person's e-mail address")->required();

  auto* backup = cli.add_subcommand("backup", "Write a consistent copy of the database");
  AddConfigFlags(*backup, flags, false);
  std::string backup_to;
  backup->add_option("--to", backup_to, "the file to write")->required();

  auto* jobs = cli.add_subcommand("jobs", "Work with the job queue");
  jobs->require_subcommand(1);
  auto* jobs_run = jobs->add_subcommand("run", "Run the due jobs once (plans reminders and digests first) and exit");
  AddConfigFlags(*jobs_run, flags, true);

  auto* routes = cli.add_subcommand("routes", "Print every route with its action, as JSON");
  AddConfigFlags(*routes, flags, false);

  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return cli.exit(e);
  }

  auto config = BuildConfig(flags);
  if (!config) {
    std::cerr << "practica: " << config.error().message << "\n";
    return 1;
  }
  SetUpLogging(config->log_level);

  core::Result<void> outcome;
  if (*serve) outcome = Serve(*config);
  if (*migrate) outcome = Migrate(*config);
  if (*demo) outcome = Demo(*config, scale == "district");
  if (*user_add) outcome = UserAdd(*config, add_options);
  if (*user_list) outcome = UserList(*config);
  if (*user_grant) outcome = UserGrant(*config, grant_options);
  if (*user_password) outcome = UserPassword(*config, password_email);
  if (*backup) outcome = Backup(*config, backup_to);
  if (*routes) outcome = PrintRoutes(*config);
  if (*jobs_run) outcome = RunJobsOnce(*config);
  spdlog::shutdown();
  if (!outcome) {
    std::cerr << "practica: " << outcome.error().message << "\n";
    if (!outcome.error().detail.empty()) std::cerr << "  (" << outcome.error().detail << ")\n";
    return 1;
  }
  return 0;
}

}  // namespace practica::app
