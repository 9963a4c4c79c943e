// Coaching cycles' storage and the one server gate over them: a cycle is read only through
// Read/ListFor, which answer only its teacher and its coach (coaching::MayReadCycle), so no
// route can open one to a principal or to district staff. No other code reads coaching_cycles.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/refs.hpp"
#include "db/connection.hpp"
#include "features/coaching/domain/cycle.hpp"

namespace practica::coaching {

struct Cycle {
  std::int64_t id = 0;
  std::int64_t coach_id = 0;
  std::string coach_name;
  core::SchoolRef school;
  std::int64_t teacher_id = 0;
  std::string teacher_name;
  std::string goal;
  std::string teacher_note;
  bool illustrative = false;
  CycleFacts facts;  // the start and the steps recorded
};

class CyclesStore {
 public:
  CyclesStore(db::Connection& db, std::int64_t district_id) : db_(db), district_id_(district_id) {}

  [[nodiscard]] core::Result<std::int64_t> Add(const CycleDraft& draft, bool illustrative, std::int64_t now);
  // kNotFound (the same answer as for no such cycle) unless `viewer` is its teacher or coach.
  [[nodiscard]] core::Result<Cycle> Read(std::int64_t viewer, std::int64_t id);
  // The cycles `viewer` coaches or is coached in, newest first, with their steps.
  [[nodiscard]] core::Result<std::vector<Cycle>> ListFor(std::int64_t viewer);
  // The teachers with a cycle of this coach that is not complete.
  [[nodiscard]] core::Result<std::set<std::int64_t>> OpenWith(std::int64_t coach_id);
  // Writes one step; the caller has checked it (CheckStep). kConflict when it is already there.
  [[nodiscard]] core::Result<void> AddStep(std::int64_t cycle_id, const StepRecord& step, std::int64_t now);
  // kNotFound unless `viewer` is the cycle's teacher; writes the teacher's note.
  [[nodiscard]] core::Result<void> WriteTeacherNote(std::int64_t viewer, std::int64_t id, const std::string& text);

 private:
  [[nodiscard]] core::Result<void> LoadSteps(std::vector<Cycle>& cycles);
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::coaching
