// What a participation's pages look up elsewhere in the district: the cohort and school a path
// names, people by e-mail, and who holds a role today (from grants).
#pragma once

#include <map>

#include <optional>
#include <string>
#include <vector>

#include "core/refs.hpp"
#include "core/time_zone.hpp"
#include "db/connection.hpp"
#include "features/participations/domain/agreement.hpp"

namespace practica::participations {

using CohortRef = core::CohortRef;

using SchoolRef = core::SchoolRef;

class DirectoryStore {
 public:
  DirectoryStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  [[nodiscard]] core::Result<std::optional<CohortRef>> FindCohort(std::string_view slug);
  [[nodiscard]] core::Result<std::optional<SchoolRef>> FindSchool(std::string_view slug);
  // An active person of the district; the address is compared in lower case.
  [[nodiscard]] core::Result<std::optional<PersonRef>> PersonByEmail(std::string_view email);
  // Whether the person holds a grant of the role on that day (e.g. "coach").
  [[nodiscard]] core::Result<bool> HoldsRole(std::int64_t person_id, std::string_view role,
                                             const core::LocalDate& today);
  // Active people holding the role on that day, by name.
  [[nodiscard]] core::Result<std::vector<PersonRef>> PeopleWithRole(std::string_view role,
                                                                   const core::LocalDate& today);
  // The school's principals and its local district's instructional directors on that day.
  [[nodiscard]] core::Result<Leadership> Leaders(const SchoolRef& school, const core::LocalDate& today);
  // The same for several schools in two statements, by school id (every school is present).
  [[nodiscard]] core::Result<std::map<std::int64_t, Leadership>> LeadersOf(const std::vector<SchoolRef>& schools,
                                                                          const core::LocalDate& today);
  // Active people on the school's staff list, by name: suggestions for the team form.
  [[nodiscard]] core::Result<std::vector<PersonRef>> StaffOf(std::int64_t school_id);

 private:
  // Who holds the role over each of the scopes on that day, oldest grant first, by scope id.
  [[nodiscard]] core::Result<std::map<std::int64_t, std::vector<PersonRef>>> HoldersOf(
      std::string_view role, std::string_view scope_kind, const std::vector<std::int64_t>& scope_ids,
      const core::LocalDate& today);
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::participations
