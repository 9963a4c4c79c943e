// Schools and their other spellings in the database. Every query is scoped to one district.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "features/schools/domain/school.hpp"

namespace practica::schools {

struct SchoolFilter {
  std::string text;                 // matches the name or an alias, any case
  std::string local_district_slug;  // "" for all
  std::optional<SchoolType> type;
  int limit = 50;
  int offset = 0;
};

struct SchoolPage {
  std::vector<School> schools;  // aliases not loaded
  int total = 0;                // matching schools, ignoring limit and offset
};

// One cohort a school took part in, read from the cohorts' rosters.
struct CohortMembership {
  std::string cohort_slug;
  std::string cohort_number;  // "3.0"
  std::string cohort_title;   // "Innovative Designer"
  std::string school_year;
  std::string listed_name;  // how that cohort's list spelled the school
};

class SchoolsStore {
 public:
  SchoolsStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  // Fills in id and slug (from the name, made unique). kConflict when the CDS code is taken.
  [[nodiscard]] core::Result<School> Create(School school);
  // Records another spelling; a spelling already recorded is left as it is.
  [[nodiscard]] core::Result<void> AddAlias(std::int64_t school_id, const std::string& alias);

  [[nodiscard]] core::Result<std::optional<School>> FindBySlug(std::string_view slug);
  [[nodiscard]] core::Result<SchoolPage> List(const SchoolFilter& filter);
  // Every cohort the school was part of, oldest first.
  [[nodiscard]] core::Result<std::vector<CohortMembership>> History(std::int64_t school_id);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::schools
