// Granting and ending roles; ended grants stay on record.
#pragma once

#include "auth/domain/grant_rules.hpp"
#include "db/connection.hpp"

namespace practica::auth {

class GrantStore {
 public:
  GrantStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  // Checks the grant (CheckGrant) and that its school or local district is in the district:
  // kInvalidInput naming the scope otherwise.
  [[nodiscard]] core::Result<Grant> Add(NewGrant grant, std::int64_t granted_by, std::int64_t now);
  // kNotFound when the person holds no such current grant.
  [[nodiscard]] core::Result<Grant> End(std::int64_t person_id, std::int64_t grant_id,
                                        std::int64_t ended_by, std::int64_t now);

  // A role that follows from a place on a roster (a practitioner-team member's role at the
  // school): granted from `today` unless the person holds it there already, ended when they
  // leave. Both answer whether anything changed.
  [[nodiscard]] core::Result<bool> EnsureSchoolRole(std::int64_t person_id, Role role,
                                                    std::int64_t school_id,
                                                    const core::LocalDate& today,
                                                    std::int64_t granted_by, std::int64_t now);
  [[nodiscard]] core::Result<bool> EndSchoolRole(std::int64_t person_id, Role role,
                                                 std::int64_t school_id, std::int64_t ended_by,
                                                 std::int64_t now);

  // Assigns a school to a coach's caseload (kept as history when it ends).
  [[nodiscard]] core::Result<void> AssignToCaseload(std::int64_t coach_person_id,
                                                    std::int64_t school_id, std::int64_t now);
  // Ends the coach's current caseload entry for the school (kept as history). Ending one that
  // is not there is not an error: the caseload is already as asked.
  [[nodiscard]] core::Result<void> EndCaseloadAssignment(std::int64_t coach_person_id,
                                                         std::int64_t school_id, std::int64_t now);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::auth
