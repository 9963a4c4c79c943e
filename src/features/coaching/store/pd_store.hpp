// The professional learning plans' storage: a school's plan for a cohort, its banked-time
// sessions with their facilitators, attendance and share-backs, and what the plan reads of
// other rooms (the cohort, the school's staff, team and coach) through their published views.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/refs.hpp"
#include "db/connection.hpp"
#include "features/coaching/domain/pd_plan.hpp"
#include "features/coaching/store/coaching_store.hpp"

namespace practica::coaching {

struct Share {
  std::int64_t person_id = 0;
  std::string name;
  std::string text;
  std::int64_t at = 0;
};

struct PdSession {
  std::int64_t id = 0;
  std::int64_t plan_id = 0;
  core::LocalDate held_on;
  std::string topic;
  std::string focus;
  std::vector<NamedPerson> facilitators;
  std::set<std::int64_t> present;
  std::vector<Share> shares;
};

struct PdPlan {
  std::int64_t id = 0;  // 0: no plan yet (nothing written)
  core::CohortRef cohort;
  core::SchoolRef school;
  std::optional<std::int64_t> agreed_at;
  std::string agreed_by_name;
  bool illustrative = false;
  std::vector<PdSession> sessions;  // by day
};

class PdStore {
 public:
  PdStore(db::Connection& db, std::int64_t district_id) : db_(db), district_id_(district_id) {}

  [[nodiscard]] core::Result<std::optional<core::CohortRef>> FindCohort(std::string_view slug);
  [[nodiscard]] core::Result<std::optional<core::CohortRef>> CohortById(std::int64_t id);
  [[nodiscard]] core::Result<std::optional<core::SchoolRef>> FindSchool(std::string_view slug);
  // Whether the school is on the cohort's roster.
  [[nodiscard]] core::Result<bool> InCohort(std::int64_t cohort_id, std::int64_t school_id);
  // The school's principal(s) and current team, its current coach, staff and teachers.
  [[nodiscard]] core::Result<PlanPeople> People(std::int64_t cohort_id, std::int64_t school_id);
  // The plan with its sessions (facilitators, attendance and share-backs); id 0 when none.
  [[nodiscard]] core::Result<PdPlan> Plan(const core::CohortRef& cohort, const core::SchoolRef& school);
  // The plan's id, made the first time a session is added.
  [[nodiscard]] core::Result<std::int64_t> EnsurePlan(std::int64_t cohort_id, std::int64_t school_id,
                                                      bool illustrative, std::int64_t now);
  [[nodiscard]] core::Result<std::int64_t> AddSession(std::int64_t plan_id, const SessionDraft& draft,
                                                      std::int64_t by, std::int64_t now);
  // kConflict when another person agreed it at the same moment.
  [[nodiscard]] core::Result<void> Agree(std::int64_t plan_id, std::int64_t by, std::int64_t now);
  // The session's cohort and school; kNotFound when there is no such session.
  struct SessionPlace {
    std::int64_t plan_id = 0;
    std::int64_t cohort_id = 0;
    core::SchoolRef school;
  };
  [[nodiscard]] core::Result<SessionPlace> PlaceOf(std::int64_t session_id);
  // Replaces the session's attendance with `present`.
  [[nodiscard]] core::Result<void> SetAttendance(std::int64_t session_id, const std::vector<std::int64_t>& present,
                                                 std::int64_t by, std::int64_t now);
  // Everyone who attended any session of the plan.
  [[nodiscard]] core::Result<std::set<std::int64_t>> Attendees(std::int64_t plan_id);
  // The sessions held from `since` to `until` that the person attended and has not shared back
  // after, newest first.
  [[nodiscard]] core::Result<std::vector<std::int64_t>> SharesOwed(std::int64_t person_id, const core::LocalDate& since,
                                                                   const core::LocalDate& until);
  [[nodiscard]] core::Result<std::int64_t> AddShare(std::int64_t session_id, std::int64_t person_id,
                                                    const std::string& text, std::int64_t now);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

// The cohort's school year as days: "2018-2019" runs July 1, 2018 to June 30, 2019.
std::optional<YearSpan> YearOf(const core::CohortRef& cohort);

}  // namespace practica::coaching
