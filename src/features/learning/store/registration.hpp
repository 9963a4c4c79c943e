// What the learning store reads besides offerings: registrations with their school or teacher
// and attendees, and refs to the people, schools and cohorts other rooms own.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/refs.hpp"
#include "features/learning/domain/seating.hpp"

namespace practica::learning {

using PersonRef = core::PersonRef;
using SchoolRef = core::SchoolRef;
using CohortRef = core::CohortRef;

struct Registration {
  std::int64_t id = 0;
  std::int64_t offering_id = 0;
  std::optional<SchoolRef> school;  // a team's registration
  std::optional<PersonRef> teacher; // an individual registration
  State state = State::kRegistered;
  int seats = 0;
  std::int64_t registered_at = 0;
  std::vector<PersonRef> attendees;  // current seat holders, in the order they were added
};

}  // namespace practica::learning
