// Each school's technology plan and digital citizenship certification in a cohort, for the
// district's dashboard: the plan's status and the certification's, and whether staff verified it.
#pragma once

#include <cstdint>
#include <map>
#include <optional>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "features/techplans/domain/certification.hpp"
#include "features/techplans/domain/plan.hpp"

namespace practica::techplans {

struct SchoolPlan {
  std::optional<PlanStatus> plan;             // none: nothing written yet
  std::optional<CertStatus> certification;  // as it stands on the day asked (StatusOn); none: nothing recorded yet
  bool verified = false;                      // staff verified the certification
};

// By school id, every school of the cohort, on `today`.
[[nodiscard]] core::Result<std::map<std::int64_t, SchoolPlan>> CohortPlans(db::Connection& db,
                                                                          std::int64_t district_id,
                                                                          std::int64_t cohort_id,
                                                                          const core::LocalDate& today);

}  // namespace practica::techplans
