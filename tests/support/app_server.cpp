#include "support/app_server.hpp"

#include <gtest/gtest.h>

#include "app/effects.hpp"
#include "app/server_options.hpp"
#include "auth/account_store.hpp"
#include "auth/session_store.hpp"
#include "core/text.hpp"
#include "support/test_database.hpp"

namespace practica::testing {

std::unique_ptr<AppServer> AppServer::Start(app::Config config, bool load_demo, demo::Scale scale) {
  std::unique_ptr<AppServer> server(new AppServer());
  if (load_demo) {
    if (config.database == app::Config{}.database) {
      auto database = OpenMigrated(db::Dialect::kSqlite, 1);
      if (database == nullptr) return nullptr;
      config.database = database->description();
    }
    auto database = app::OpenDatabase(config.database, 1);
    EXPECT_TRUE(database.has_value());
    auto loaded = app::LoadDemo(**database, scale, kTestNow);
    EXPECT_TRUE(loaded.has_value()) << (loaded ? "" : loaded.error().detail);
  }
  config.port = 0;
  config.public_url = config.public_url.empty() ? "http://127.0.0.1" : config.public_url;
  EXPECT_TRUE(app::Finish(config).has_value());
  server->config_ = config;
  auto districts = app::ServedDistricts::Open(config, server->clock_);
  if (!districts) {
    ADD_FAILURE() << districts.error().message << " " << districts.error().detail;
    return nullptr;
  }
  server->districts_.emplace(std::move(*districts));
  server->app_ = &server->districts_->first();
  http::ServerOptions options = app::ServerOptionsFor(config);
  options.port = 0;
  options.access_log = false;
  server->server_ = std::make_unique<http::Server>(options, server->districts_->Sites());
  auto port = server->server_->Start();
  if (!port) {
    ADD_FAILURE() << port.error().message;
    return nullptr;
  }
  server->port_ = *port;
  return server;
}

std::unique_ptr<AppServer> AppServer::StartByHostName(
    const std::vector<std::pair<std::string, std::string>>& hosts) {
  auto database = OpenMigrated(db::Dialect::kSqlite, 1);
  if (database == nullptr) return nullptr;
  app::Config config;
  config.database = database->description();
  for (const auto& [host, district] : hosts) {
    auto loaded = app::LoadDemo(*database, demo::Scale::kHistory, kTestNow, district);
    EXPECT_TRUE(loaded.has_value()) << (loaded ? "" : loaded.error().message);
    config.district_hosts += host + " = " + district + "\n";
  }
  database.reset();
  return Start(config, false);
}

AppServer::~AppServer() {
  if (server_) {
    server_->Stop();
    server_->Wait();
  }
}

app::Application& AppServer::app_at(const std::string& host) {
  auto* app = districts_->At(host);
  EXPECT_NE(app, nullptr) << "this server answers for no district at " << host;
  return app != nullptr ? *app : *app_;
}

SignedIn AppServer::SignIn(const std::string& email) { return SignInAt(*app_, email); }

SignedIn AppServer::SignInAt(app::Application& app, const std::string& email) {
  auto db = app.database().Acquire();
  const auto district = app.tenant().id;
  auto record = auth::AccountStore(*db, district).ForEmail(email);
  EXPECT_TRUE(record.has_value() && record->has_value()) << "no demo person " << email;
  if (!record || !*record) return {};
  auto session = auth::SessionStore(*db, district)
                     .Create((*record)->person_id, clock_.NowUtcSeconds(), auth::SessionPolicy{});
  EXPECT_TRUE(session.has_value());
  return SignedIn{(*record)->person_id, "practica_session=" + session->token, session->csrf_token};
}

Reply AppServer::Get(const std::string& target, const SignedIn* who,
                     std::map<std::string, std::string> headers) {
  if (who != nullptr) headers["Cookie"] = who->cookie;
  return Fetch(port_, "GET", target, headers);
}

Reply AppServer::PostForm(const std::string& target, const SignedIn* who, std::string form,
                          std::optional<std::string> csrf) {
  std::map<std::string, std::string> headers{{"Content-Type", "application/x-www-form-urlencoded"}};
  if (who != nullptr) headers["Cookie"] = who->cookie;
  const std::string token = csrf ? *csrf : (who != nullptr ? who->csrf_token : std::string());
  if (!token.empty()) form += (form.empty() ? "" : "&") + std::string("csrf_token=") + core::UrlEncode(token);
  return Fetch(port_, "POST", target, headers, form);
}

Reply AppServer::PostJson(const std::string& target, const SignedIn& who, const std::string& body) {
  return Fetch(port_, "POST", target,
               {{"Cookie", who.cookie}, {"X-CSRF-Token", who.csrf_token}, {"Content-Type", "application/json"}}, body);
}

Reply AppServer::PostMultipart(const std::string& target, const SignedIn& who, const std::vector<FormPart>& parts) {
  const std::string boundary = "----PracticaTestBoundary";
  std::string body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n" +
                     who.csrf_token + "\r\n";
  for (const auto& part : parts) {
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name + "\"";
    if (!part.file_name.empty() || part.name == "file") {
      body += "; filename=\"" + part.file_name + "\"\r\nContent-Type: " + part.content_type;
    }
    body += "\r\n\r\n" + part.value + "\r\n";
  }
  body += "--" + boundary + "--\r\n";
  return Fetch(port_, "POST", target,
               {{"Cookie", who.cookie}, {"X-CSRF-Token", who.csrf_token},
                {"Content-Type", "multipart/form-data; boundary=" + boundary}},
               body);
}

std::unique_ptr<AppServer> AppServer::StartOn(db::Dialect dialect) {
  app::Config config;
  if (dialect == db::Dialect::kPostgres) config.database = FreshPostgresDatabase();
  return Start(config);
}

Reply AppServer::Send(const std::string& method, const std::string& target,
                      std::map<std::string, std::string> headers, const std::string& body) {
  return Fetch(port_, method, target, headers, body);
}

std::int64_t AppServer::CountRows(const std::string& sql) {
  auto db = app_->database().Acquire();
  return db->QueryInt(sql).value().value_or(-1);
}

std::int64_t AppServer::QueuedMail(const std::string& text) {
  auto db = app_->database().Acquire();
  return db->QueryInt("SELECT COUNT(*) FROM jobs WHERE kind = 'mail.send' AND state = 'queued' AND payload LIKE $1",
                      {"%" + text + "%"})
      .value()
      .value_or(-1);
}

jobs::RunReport AppServer::RunJobs() {
  auto report = app_->jobs().RunDue();
  EXPECT_TRUE(report.has_value()) << (report ? "" : report.error().detail);
  return report.value_or(jobs::RunReport{});
}

}  // namespace practica::testing
