// Non-evaluative classroom observations and the one privacy rule over them: the observed
// teacher and the coach who observed see a record; everyone else (a principal, a local
// district's instructional director, district staff) sees only counts, and only over at least
// five observations of at least two teachers, so that no figure points at one teacher.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/time_zone.hpp"

namespace practica::coaching {

inline constexpr int kMinimumObservations = 5;
inline constexpr int kMinimumTeachers = 2;

struct ObservationDraft {
  std::int64_t coach_id = 0;
  std::int64_t school_id = 0;
  std::int64_t teacher_id = 0;
  core::LocalDate observed_on;
  std::string indicator;   // an ISTE student indicator, "1.4.b": what the look-fors follow
  std::string samr;        // "S", "A", "M" or "R": the task observed
  std::string look_fors;   // what was looked for and seen
  std::string engagement;  // student-engagement evidence
  std::string notes;
};

// Who may be named: the coach's caseload and the chosen school's staff.
struct ObservationContext {
  std::set<std::int64_t> caseload;
  std::set<std::int64_t> school_staff;
  core::LocalDate today;
};

// kForbidden outside the caseload; kInvalidInput naming the field for a teacher not on the
// school's staff, a date still to come, an unknown indicator or SAMR level, no look-fors.
[[nodiscard]] core::Result<void> CheckObservation(const ObservationDraft& draft, const ObservationContext& context);

// Whether `viewer` may read one observation: only its teacher and its coach.
bool MayReadObservation(std::int64_t viewer, std::int64_t teacher_id, std::int64_t coach_id);

// One observation as an aggregate counts it.
struct ObservationFact {
  std::int64_t teacher_id = 0;
  std::string indicator;
  std::string samr;
};

// Counts by indicator and by SAMR level, or nullopt (suppressed) when the observations are
// fewer than kMinimumObservations or cover fewer than kMinimumTeachers teachers.
struct Aggregate {
  int observations = 0;
  std::map<std::string, int> by_indicator;
  std::map<std::string, int> by_samr;
};
std::optional<Aggregate> AggregateOf(const std::vector<ObservationFact>& facts);

// An ISTE Standards for Students indicator's code, such as "1.4.b".
bool IsStudentIndicator(std::string_view code);
bool IsSamrLevel(std::string_view code);
std::string_view SamrName(std::string_view code);

}  // namespace practica::coaching
