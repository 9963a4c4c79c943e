// The only translation unit that includes CLI11.
#include "app/cli.hpp"

#include <spdlog/async.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <functional>
#include <iostream>
#include <memory>
#include <vector>

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

// A subcommand and what it runs once the configuration is built; the options it reads are
// kept alive by the command.
struct Command {
  CLI::App* subcommand;
  std::function<core::Result<void>(const Config&)> run;
};

// A subcommand that takes only the configuration flags.
void AddPlain(CLI::App& parent, ConfigFlags& flags, std::vector<Command>& commands, const std::string& name,
              const std::string& help, bool server_flags, core::Result<void> (*run)(const Config&)) {
  auto* command = parent.add_subcommand(name, help);
  AddConfigFlags(*command, flags, server_flags);
  commands.push_back({command, run});
}

void AddDemo(CLI::App& cli, ConfigFlags& flags, std::vector<Command>& commands) {
  auto* demo = cli.add_subcommand("demo", "Load the program's real history as demo data");
  AddConfigFlags(*demo, flags, false);
  auto scale = std::make_shared<std::string>("history");
  demo->add_option("--scale", *scale,
                   "history (the four real cohorts) or district (plus ~1,000 schools and "
                   "~25,000 teachers for benchmarks)")
      ->check(CLI::IsMember({"history", "district"}));
  commands.push_back({demo, [scale](const Config& config) { return Demo(config, *scale == "district"); }});
}

void AddUserAdd(CLI::App& user, ConfigFlags& flags, std::vector<Command>& commands) {
  auto* add = user.add_subcommand("add", "Add a person");
  AddConfigFlags(*add, flags, false);
  auto options = std::make_shared<UserAddOptions>();
  add->add_option("--email", options->email, "their e-mail address")->required();
  add->add_option("--name", options->name, "their name as people know it")->required();
  add->add_option("--school", options->school_slug, "a school's short address, e.g. hope-street-es");
  add->add_option("--role", options->role, "principal, teacher or support (with --school)")
      ->check(CLI::IsMember({"principal", "teacher", "support"}));
  commands.push_back({add, [options](const Config& config) { return UserAdd(config, *options); }});
}

void AddUserGrant(CLI::App& user, ConfigFlags& flags, std::vector<Command>& commands) {
  auto* grant = user.add_subcommand("grant", "Grant a role (the first administrator: --role director)");
  AddConfigFlags(*grant, flags, false);
  auto options = std::make_shared<UserGrantOptions>();
  grant->add_option("--email", options->email, "the person's e-mail address")->required();
  grant->add_option("--role", options->role,
                    "director, coordinator, specialist, coach, instructional_director, "
                    "principal, team_member, teacher or reviewer")->required();
  grant->add_option("--scope", options->scope,
                    "a school's short address for school roles, a local district for an "
                    "instructional director; none for district-wide roles");
  grant->add_option("--from", options->from, "first day, YYYY-MM-DD (default today)");
  grant->add_option("--until", options->until, "last day, YYYY-MM-DD (default open-ended)");
  commands.push_back({grant, [options](const Config& config) { return UserGrant(config, *options); }});
}

void AddUser(CLI::App& cli, ConfigFlags& flags, std::vector<Command>& commands) {
  auto* user = cli.add_subcommand("user", "Add and list people");
  user->require_subcommand(1);
  AddUserAdd(*user, flags, commands);
  AddPlain(*user, flags, commands, "list", "List people", false, &UserList);
  AddUserGrant(*user, flags, commands);
  auto* password = user->add_subcommand("password", "Set a person's password, read from standard input");
  AddConfigFlags(*password, flags, false);
  auto email = std::make_shared<std::string>();
  password->add_option("--email", *email, "the person's e-mail address")->required();
  commands.push_back({password, [email](const Config& config) { return UserPassword(config, *email); }});
}

void AddBackup(CLI::App& cli, ConfigFlags& flags, std::vector<Command>& commands) {
  auto* backup = cli.add_subcommand("backup", "Write a consistent copy of the database");
  AddConfigFlags(*backup, flags, false);
  auto to = std::make_shared<std::string>();
  backup->add_option("--to", *to, "the file to write")->required();
  commands.push_back({backup, [to](const Config& config) { return Backup(config, *to); }});
}

void AddRestore(CLI::App& cli, ConfigFlags& flags, std::vector<Command>& commands) {
  auto* restore = cli.add_subcommand("restore", "Put a backup back (stop the servers first)");
  AddConfigFlags(*restore, flags, false);
  auto from = std::make_shared<std::string>();
  auto force = std::make_shared<bool>(false);
  restore->add_option("--from", *from, "the file `practica backup` wrote")->required();
  restore->add_flag("--force", *force, "replace a database that already holds data");
  commands.push_back({restore, [from, force](const Config& config) { return Restore(config, *from, *force); }});
}

void AddJobs(CLI::App& cli, ConfigFlags& flags, std::vector<Command>& commands) {
  auto* jobs = cli.add_subcommand("jobs", "Work with the job queue");
  jobs->require_subcommand(1);
  AddPlain(*jobs, flags, commands, "run",
           "Run the due jobs once (plans reminders and digests first) and exit", true, &RunJobsOnce);
}

// The message of a failed command, with its detail when it has one.
int Failed(const core::Error& error) {
  std::cerr << "practica: " << error.message << "\n";
  if (!error.detail.empty()) std::cerr << "  (" << error.detail << ")\n";
  return 1;
}

}  // namespace

int RunCli(int argc, char** argv) {
  CLI::App cli{"Practica: the Practitioner Schools program, from application to exemplar."};
  cli.require_subcommand(1);
  ConfigFlags flags;
  std::vector<Command> commands;
  AddPlain(cli, flags, commands, "serve", "Serve the web pages and the JSON API", true, &Serve);
  AddPlain(cli, flags, commands, "migrate", "Bring the database schema up to date", false, &Migrate);
  AddDemo(cli, flags, commands);
  AddUser(cli, flags, commands);
  AddBackup(cli, flags, commands);
  AddRestore(cli, flags, commands);
  AddJobs(cli, flags, commands);
  AddPlain(cli, flags, commands, "routes", "Print every route with its action, as JSON", false, &PrintRoutes);
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
  for (const auto& command : commands) {
    if (*command.subcommand) outcome = command.run(*config);
  }
  spdlog::shutdown();
  return outcome ? 0 : Failed(outcome.error());
}

}  // namespace practica::app
