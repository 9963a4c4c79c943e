// Agreements that still wait for a signature: what the home pages of the director, principals
// and instructional directors count. Read straight from the signatures and today's grants, as
// ComputeAgreement judges them: a slot is signed when someone who holds its role today signed
// the cohort's newest published version.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/time_zone.hpp"
#include "db/connection.hpp"

namespace practica::participations {

struct UnsignedAgreement {
  std::string cohort_slug;
  std::string cohort_number;  // "4.0"
  std::string school_year;    // "2019-2020"
  std::int64_t school_id = 0;
  std::int64_t local_district_id = 0;  // 0 when the school has none
  std::string school_slug;
  std::string school_name;
  bool principal_signed = false;
  bool director_signed = false;
};

// Every participation that is not retracted, whose cohort has a published agreement, and that
// lacks a current signature in at least one slot; newest cohort first, then by school name.
[[nodiscard]] core::Result<std::vector<UnsignedAgreement>> UnsignedAgreements(db::Connection& connection,
                                                                              std::int64_t district_id,
                                                                              const core::LocalDate& today);

}  // namespace practica::participations
