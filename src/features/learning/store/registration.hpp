// What the learning store reads besides offerings: registrations with their school or teacher
// and attendees, and refs to the people, schools and cohorts other rooms own.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "features/learning/domain/seating.hpp"

namespace practica::learning {

struct PersonRef {
  std::int64_t id = 0;
  std::string name;
  std::string email;
};

struct SchoolRef {
  std::int64_t id = 0;
  std::string slug;
  std::string name;
  std::int64_t local_district_id = 0;
};

struct CohortRef {
  std::int64_t id = 0;
  std::string slug;
  std::string name;  // "PS 3.0 · Innovative Designer (2018-2019)"
};

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
