// The practitioner team roster of each participation. Removing a member keeps the row.
#pragma once

#include <map>
#include <vector>

#include "db/connection.hpp"
#include "features/participations/domain/team.hpp"

namespace practica::participations {

class TeamStore {
 public:
  TeamStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  // Current members, in the order they were added.
  [[nodiscard]] core::Result<std::vector<TeamMember>> Members(std::int64_t cohort_id, std::int64_t school_id);
  // The same for several schools of the cohort in one statement, by school id (an empty team is absent).
  [[nodiscard]] core::Result<std::map<std::int64_t, std::vector<TeamMember>>> MembersOf(
      std::int64_t cohort_id, const std::vector<std::int64_t>& school_ids);
  // The member with their new number. kConflict when the person is already on the team.
  [[nodiscard]] core::Result<TeamMember> Add(std::int64_t cohort_id, std::int64_t school_id, TeamMember member,
                                             std::int64_t by, std::int64_t now);
  // kNotFound when the team has no such current member.
  [[nodiscard]] core::Result<void> Remove(std::int64_t cohort_id, std::int64_t school_id, std::int64_t member_id,
                                          std::int64_t by, std::int64_t now);
  // Whether the person is a current member of any cohort's team at the school.
  [[nodiscard]] core::Result<bool> OnAnyTeam(std::int64_t school_id, std::int64_t person_id);
  [[nodiscard]] core::Result<void> SetAttendance(std::int64_t cohort_id, std::int64_t school_id,
                                                 std::int64_t member_id, bool attends);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::participations
