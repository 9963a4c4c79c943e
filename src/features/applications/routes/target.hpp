// The application a review or decision path names, loaded with its cohort's setup, and a change
// to it run with its audit entry in one transaction.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "features/applications/routes/context.hpp"

namespace practica::applications {

struct Target {
  Setup setup;
  SchoolRef school;
  Application application;
};

// "Hope Street ES's application for PS 5.0"
std::string Name(const Target& target);

// The application of /cohorts/{slug}/schools/{school}/application: kNotFound for an unknown
// cohort or school, or when the school has no application.
[[nodiscard]] core::Result<Target> LoadTarget(const features::Deps& deps, db::Connection& db,
                                              const http::Request& request);

// A change to that application, audited under `action` with the application and school.
[[nodiscard]] core::Result<AuditNote> OnApplication(
    const features::Deps& deps, const http::Request& request, std::string_view action,
    const std::function<core::Result<AuditNote>(db::Connection&, const Target&)>& change);

}  // namespace practica::applications
