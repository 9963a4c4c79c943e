// The visits room's tables: a host school's visits and who signed up, attended and reflected.
// Schools, people and cohorts are read only through their rooms' published views.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/time_zone.hpp"
#include "db/connection.hpp"
#include "features/visits/domain/visit.hpp"

namespace practica::visits {

struct HostSchool {
  std::int64_t id = 0;
  std::string slug;
  std::string name;
};

struct Visitor {
  std::int64_t person_id = 0;
  std::string name;
  std::string from;  // the visitor's school, or "" for district leaders
  bool cancelled = false;
  std::optional<bool> attended;  // unknown until the host takes attendance
  std::string notes;
  std::string take_back;
  std::int64_t reflected_at = 0;  // 0: no reflection yet
};

struct Visit {
  std::int64_t id = 0;
  HostSchool school;
  VisitPlan plan;
  bool illustrative = false;
  std::int64_t offered_by = 0;
  std::optional<std::int64_t> attendance_taken_at;
  int taken = 0;                  // seats held now
  std::vector<Visitor> visitors;  // Load only: signed up, then cancelled, by name

  VisitFacts Facts() const;
  const Visitor* Find(std::int64_t person_id) const;  // nullptr: never signed up
  std::vector<std::int64_t> SignedUp() const;         // holding a seat
};

class VisitsStore {
 public:
  VisitsStore(db::Connection& connection, std::int64_t district_id) : db_(connection), district_id_(district_id) {}

  [[nodiscard]] core::Result<std::int64_t> Add(std::int64_t school_id, const VisitPlan& plan, std::int64_t by,
                                               std::int64_t now, bool illustrative = false);
  // The visit with its visitors; nullopt for an unknown id.
  [[nodiscard]] core::Result<std::optional<Visit>> Load(std::int64_t id);
  // Visits across the district from `from` on, soonest first (no visitors loaded).
  [[nodiscard]] core::Result<std::vector<Visit>> Upcoming(const core::LocalDate& from);
  // One school's visits, the latest first (no visitors loaded).
  [[nodiscard]] core::Result<std::vector<Visit>> OfSchool(std::int64_t school_id);
  // The visits a person holds a seat at, soonest first (no visitors loaded).
  [[nodiscard]] core::Result<std::vector<Visit>> SignedUpBy(std::int64_t person_id);

  // A host school's visits whose day has come, with seats held and no attendance taken yet.
  [[nodiscard]] core::Result<std::int64_t> AttendanceDue(std::int64_t school_id, const core::LocalDate& today);
  // The visits a person attended and has not reflected on yet.
  [[nodiscard]] core::Result<std::int64_t> ToReflect(std::int64_t person_id);

  // Locks the visit's row until the transaction ends, so a seat count read after it stays true.
  [[nodiscard]] core::Result<void> Lock(std::int64_t visit_id);
  [[nodiscard]] core::Result<int> SeatsTaken(std::int64_t visit_id);
  // Whether the person holds a seat now.
  [[nodiscard]] core::Result<bool> HoldsSeat(std::int64_t visit_id, std::int64_t person_id);
  [[nodiscard]] core::Result<void> SignUp(std::int64_t visit_id, std::int64_t person_id, std::int64_t now);
  [[nodiscard]] core::Result<void> Cancel(std::int64_t visit_id, std::int64_t person_id);
  // Marks every seat holder present or absent.
  [[nodiscard]] core::Result<void> TakeAttendance(std::int64_t visit_id, const std::vector<std::int64_t>& present,
                                                  std::int64_t by, std::int64_t now);
  [[nodiscard]] core::Result<void> Reflect(std::int64_t visit_id, std::int64_t person_id, const Reflection& reflection,
                                           std::int64_t now);

  // The directory the rules need: a school by its address, whether it is in a cohort, the
  // schools in cohorts (the offer form's choices) and the schools a person works at.
  [[nodiscard]] core::Result<std::optional<HostSchool>> FindSchool(const std::string& slug);
  [[nodiscard]] core::Result<bool> InACohort(std::int64_t school_id);
  [[nodiscard]] core::Result<std::vector<HostSchool>> PractitionerSchools();
  [[nodiscard]] core::Result<std::vector<std::int64_t>> SchoolsOf(std::int64_t person_id);

 private:
  [[nodiscard]] core::Result<std::vector<Visit>> Visits(const std::string& where, const db::Params& params);
  [[nodiscard]] core::Result<void> LoadVisitors(Visit& visit);

  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::visits
