// A cohort's roster: which schools take part, each under the name the cohort's list gave it.
// Only this room writes it; other rooms read published_participations and ask for a change
// through an effect (roster_effects.hpp).
#pragma once

#include <cstdint>
#include <string>

#include "core/error.hpp"
#include "db/connection.hpp"

namespace practica::participations {

class RosterStore {
 public:
  RosterStore(db::Connection& connection, std::int64_t district_id) : db_(connection), district_id_(district_id) {}

  // Adds the school unless it is there already (then its listed name stays).
  [[nodiscard]] core::Result<void> Ensure(std::int64_t cohort_id, std::int64_t school_id,
                                          const std::string& listed_name);
  // Takes the school off; the caller has checked that its participation holds nothing.
  [[nodiscard]] core::Result<void> Remove(std::int64_t cohort_id, std::int64_t school_id);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::participations
