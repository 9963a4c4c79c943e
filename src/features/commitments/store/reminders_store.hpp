// Who hears about a school's commitments: the schools whose copies were issued, each school's
// principal and practitioner team, and the coaches with their caseloads.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/time_zone.hpp"
#include "db/connection.hpp"

namespace practica::commitments {

struct IssuedSchool {
  std::int64_t cohort_id = 0;
  std::string cohort_slug;    // "ps-3-0"
  std::string cohort_number;  // "3.0"
  std::int64_t school_id = 0;
  std::string school_slug;
  std::string school_name;
};

struct Recipient {
  std::int64_t person_id = 0;
  std::string email;
  std::string name;
};

class RemindersStore {
 public:
  RemindersStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  // Schools holding issued commitments whose participation is not retracted, by cohort, name.
  [[nodiscard]] core::Result<std::vector<IssuedSchool>> IssuedSchools();
  // The same, limited to the schools the coach is currently assigned to.
  [[nodiscard]] core::Result<std::vector<IssuedSchool>> Caseload(std::int64_t coach_person_id);
  // Active people: the school's principal (a grant open on `today`) and its current
  // practitioner team, each once, by name.
  [[nodiscard]] core::Result<std::vector<Recipient>> SchoolTeam(std::int64_t cohort_id,
                                                                std::int64_t school_id,
                                                                const core::LocalDate& today);
  // Active people with at least one current coach assignment, by name.
  [[nodiscard]] core::Result<std::vector<Recipient>> Coaches();

 private:
  [[nodiscard]] core::Result<std::vector<IssuedSchool>> Schools(std::string_view extra,
                                                                db::Params params);
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::commitments
