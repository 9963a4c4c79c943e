#include "app/served_districts.hpp"

#include "app/district_hosts.hpp"

namespace practica::app {

core::Result<ServedDistricts> ServedDistricts::Open(const Config& config, const core::Clock& clock) {
  ServedDistricts served;
  auto hosts = ParseDistrictHosts(config.district_hosts);
  if (!hosts) return std::unexpected(hosts.error());
  if (hosts->empty()) {
    auto app = Application::Open(config, clock);
    if (!app) return std::unexpected(app.error());
    served.districts_.push_back({"", std::move(*app)});
    return served;
  }
  auto database = OpenDatabase(config.database, static_cast<int>(config.db_pool));
  if (!database) return std::unexpected(database.error());
  std::shared_ptr<db::Database> shared = std::move(*database);
  for (const auto& [host, district] : *hosts) {
    // Each district's links and sign-in return to its own host name.
    Config own = config;
    own.district = district;
    own.public_url = PublicUrlAt(config.public_url, host);
    auto app = Application::Open(own, clock, shared);
    if (!app) return std::unexpected(app.error());
    served.districts_.push_back({host, std::move(*app)});
  }
  return served;
}

http::Sites ServedDistricts::Sites() const {
  // A lone district with no host name answers every host (http::Sites reads "" so).
  std::vector<std::pair<std::string, http::Site>> by_host;
  for (const auto& [host, app] : districts_) by_host.emplace_back(host, http::Site{&app->router(), &app->views()});
  return http::Sites(std::move(by_host));
}

Application* ServedDistricts::At(const std::string& host) {
  for (auto& [served_host, app] : districts_) {
    if (served_host.empty() || served_host == host) return app.get();
  }
  return nullptr;
}

std::string ServedDistricts::Describe() const {
  std::string text;
  for (const auto& [host, app] : districts_) {
    if (!text.empty()) text += ", ";
    text += app->tenant().name;
    if (!host.empty()) text += " at " + host;
  }
  return text;
}

void ServedDistricts::StartJobs() {
  for (auto& served : districts_) served.app->jobs().Start();
}

void ServedDistricts::StopJobs() {
  for (auto& served : districts_) served.app->jobs().Stop();
}

}  // namespace practica::app
