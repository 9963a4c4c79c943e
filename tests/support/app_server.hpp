// The whole application on a free loopback port, over a SQLite file holding the demo, with a
// clock the test moves. Sessions can be opened directly for any demo person.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "app/application.hpp"
#include "app/served_districts.hpp"
#include "core/clock.hpp"
#include "db/connection.hpp"
#include "demo/loader.hpp"
#include "http/server.hpp"
#include "support/http_client.hpp"

namespace practica::testing {

// 2026-11-23 17:00 UTC, a Monday morning in Los Angeles.
inline constexpr std::int64_t kTestNow = 1795453200;

struct SignedIn {
  std::int64_t person_id = 0;
  std::string cookie;  // "practica_session=…", for the Cookie header
  std::string csrf_token;
};

// One part of a multipart/form-data post.
struct FormPart {
  std::string name;
  std::string value;
  std::string file_name;  // "" for a plain field
  std::string content_type = "application/octet-stream";
};

class AppServer {
 public:
  // A new SQLite file with the demo loaded (or `database` when given: a second server on the
  // same file, e.g. for another district). Config fields not set here keep their defaults.
  // `scale` kDistrict loads the demo grown to 1,000 schools and 26,008 people.
  static std::unique_ptr<AppServer> Start(app::Config config = {}, bool load_demo = true,
                                          demo::Scale scale = demo::Scale::kHistory);
  // The demo on a new SQLite file, or on a fresh PostgreSQL database of the test rig: what a
  // test run on both databases starts with.
  static std::unique_ptr<AppServer> StartOn(db::Dialect dialect);
  // One server answering several districts on a new SQLite file, each at its host name: the
  // demo loaded once per district, under its short name (demo::Load's copies).
  // {{"lausd.practica.test", "lausd"}, {"valley.practica.test", "valley"}}.
  static std::unique_ptr<AppServer> StartByHostName(const std::vector<std::pair<std::string, std::string>>& hosts);
  ~AppServer();

  std::uint16_t port() const { return port_; }
  // The district answering (the first, when the server answers several by host name).
  app::Application& app() { return *app_; }
  // The district at that host name, when config.district_hosts names several.
  app::Application& app_at(const std::string& host);
  core::FixedClock& clock() { return clock_; }
  const app::Config& config() const { return config_; }

  // Opens a session for the person with that e-mail, as signing in would.
  SignedIn SignIn(const std::string& email);
  // The same, in the district `app` serves.
  SignedIn SignInAt(app::Application& app, const std::string& email);

  Reply Get(const std::string& target, const SignedIn* who = nullptr,
            std::map<std::string, std::string> headers = {});
  // A form post with the session's CSRF token added (unless `csrf` is given, even empty).
  Reply PostForm(const std::string& target, const SignedIn* who, std::string form,
                 std::optional<std::string> csrf = std::nullopt);
  // A JSON body with the session's cookie and CSRF token, as the API takes it from a browser.
  Reply PostJson(const std::string& target, const SignedIn& who, const std::string& body);
  // A multipart/form-data post, as a browser's form or an API client sends a file; the form's
  // CSRF token rides as a field, as the page's hidden input sends it.
  Reply PostMultipart(const std::string& target, const SignedIn& who, const std::vector<FormPart>& parts);
  Reply Send(const std::string& method, const std::string& target,
             std::map<std::string, std::string> headers, const std::string& body = {});

  std::int64_t CountRows(const std::string& sql);

  // The "mail.send" jobs waiting to be sent whose payload holds `text` (a subject, an address):
  // what a change queued.
  std::int64_t QueuedMail(const std::string& text);
  // Runs the due jobs once, as the runner's thread does; the mail they send is in the mailbox
  // when this returns. Fails the calling test when the runner cannot reach the database.
  jobs::RunReport RunJobs();

 private:
  AppServer() : clock_(kTestNow) {}
  app::Config config_;
  core::FixedClock clock_;
  std::optional<app::ServedDistricts> districts_;
  app::Application* app_ = nullptr;  // districts_'s first
  std::unique_ptr<http::Server> server_;
  std::uint16_t port_ = 0;
};

}  // namespace practica::testing
