// Everything the dashboard shows for a cohort, read through what each room publishes: the
// participation's standing, commitments, sessions, coaching minutes, the design challenge,
// exemplars, feedback forms, the technology plan and the certification.
// The dashboard owns no table; each signal stays its room's. Published, since the year's
// progress report (features/reports) counts and writes up the same signals.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "core/refs.hpp"
#include "core/school_scope.hpp"
#include "core/time_zone.hpp"
#include "db/connection.hpp"
#include "features/dashboard/domain/charts.hpp"
#include "features/dashboard/domain/signals.hpp"

namespace practica::dashboard {

struct DashboardData {
  core::CohortRef cohort;
  std::vector<SchoolSignals> schools;  // inside the scope, by name
  std::vector<std::pair<std::string, std::string>> local_districts;  // {slug, name} of those schools
  std::vector<std::pair<std::string, std::string>> school_types;     // {code, label} of those schools
  std::vector<SessionLabel> sessions;  // the cohort's team sessions, by first day (session_marks' order)
};

struct ReadAt {
  const core::TimeZone& zone;
  std::int64_t now = 0;
  core::LocalDate today;
};

// kNotFound when there is no such cohort.
[[nodiscard]] core::Result<DashboardData> ReadDashboard(db::Connection& db, std::int64_t district_id,
                                                        std::string_view cohort_slug,
                                                        const core::SchoolScope& scope, const ReadAt& at);

}  // namespace practica::dashboard
