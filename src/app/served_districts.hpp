// The districts one server answers for: the `district` setting alone at every host name, or
// each district of `district_hosts` at its own, all on one database and one connection pool.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "app/application.hpp"
#include "http/sites.hpp"

namespace practica::app {

class ServedDistricts {
 public:
  // Opens and migrates the database once, then each district's Application on it. kNotFound
  // naming the district the database does not have; the errors of Application::Open.
  [[nodiscard]] static core::Result<ServedDistricts> Open(const Config& config, const core::Clock& clock);

  // Each district's routes at its host name, for http::Server.
  http::Sites Sites() const;
  // The first district (the only one without district_hosts).
  Application& first() { return *districts_.front().app; }
  // The district at that host name; null when none is served there.
  Application* At(const std::string& host);
  std::size_t size() const { return districts_.size(); }
  // "LAUSD at practica.lausd.net, VUSD at practica.valleyusd.org": for the start-up line.
  std::string Describe() const;

  // Every district's job runner: each claims only its own district's jobs.
  void StartJobs();
  void StopJobs();

 private:
  struct Served {
    std::string host;  // "" answers every host name
    std::unique_ptr<Application> app;
  };
  std::vector<Served> districts_;
};

}  // namespace practica::app
