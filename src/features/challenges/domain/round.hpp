// A Critical Friends round between the cohort's schools: one school presents a cycle of its
// design challenge to people of other schools of the cohort, with a coach facilitating. What makes
// a round that can be held, and who is who in it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "features/challenges/domain/protocol.hpp"

namespace practica::challenges {

// Someone of one of the cohort's schools who may be invited.
struct RoundPerson {
  std::int64_t person_id = 0;
  std::string name;
  std::int64_t school_id = 0;
  std::string school_name;
};

struct RoundPlan {
  std::int64_t presenting_school_id = 0;
  std::int64_t facilitator_id = 0;
  std::vector<std::int64_t> participant_ids;
};

// kInvalidInput naming the field when the presenting school's challenge is not shared yet (the
// others read it before they question it), the facilitator is not a coach of the cohort, nobody
// is invited, or someone invited is not of another school of the cohort (the presenting school's
// own people present; people outside the cohort do not take part).
[[nodiscard]] core::Result<void> CheckPlan(const RoundPlan& plan, bool challenge_shared,
                                           const std::vector<std::int64_t>& cohort_coach_ids,
                                           const std::vector<RoundPerson>& cohort_people);

// The person's part in the round: facilitator first (a coach may also coach the presenting
// school), then participant, then presenter (`of_presenting_school`).
RoundRole RoleIn(std::int64_t person_id, std::int64_t facilitator_id, const std::vector<std::int64_t>& participant_ids,
                 bool of_presenting_school);

}  // namespace practica::challenges
