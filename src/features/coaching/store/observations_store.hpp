// Observations' storage and the one server gate over them: a record is read only through
// Read/ListFor, which answer only its teacher and its coach (coaching::MayReadObservation);
// everyone else gets Aggregate, which answers counts only over enough observations
// (coaching::AggregateOf). No other code reads coaching_observations.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/refs.hpp"
#include "core/school_scope.hpp"
#include "db/connection.hpp"
#include "features/coaching/domain/observation.hpp"

namespace practica::coaching {

struct Observation {
  std::int64_t id = 0;
  std::int64_t coach_id = 0;
  std::string coach_name;
  core::SchoolRef school;
  std::int64_t teacher_id = 0;
  std::string teacher_name;
  core::LocalDate observed_on;
  std::string indicator;
  std::string samr;
  std::string look_fors;
  std::string engagement;
  std::string notes;
  std::string reflection;
  bool illustrative = false;
};

class ObservationsStore {
 public:
  ObservationsStore(db::Connection& db, std::int64_t district_id) : db_(db), district_id_(district_id) {}

  [[nodiscard]] core::Result<std::int64_t> Add(const ObservationDraft& draft, bool illustrative, std::int64_t now);
  // kNotFound (the same answer as for no such record, so a refusal says nothing of it) unless
  // `viewer` is the observation's teacher or coach.
  [[nodiscard]] core::Result<Observation> Read(std::int64_t viewer, std::int64_t id);
  // The observations `viewer` made or was observed in, newest first.
  [[nodiscard]] core::Result<std::vector<Observation>> ListFor(std::int64_t viewer);
  // kNotFound unless `viewer` is the observed teacher; writes the teacher's reflection.
  [[nodiscard]] core::Result<void> Reflect(std::int64_t viewer, std::int64_t id, const std::string& text,
                                           std::int64_t now);
  // Counts over every observation at the schools of `scope` taken together (never school by
  // school, so no subtraction isolates one), or nullopt when AggregateOf suppresses them.
  [[nodiscard]] core::Result<std::optional<Aggregate>> AggregateWithin(const core::SchoolScope& scope);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::coaching
