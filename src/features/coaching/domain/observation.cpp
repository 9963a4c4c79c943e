#include "features/coaching/domain/observation.hpp"

#include "features/standards/domain/standard.hpp"

namespace practica::coaching {
namespace {

using core::ErrorCode;
using core::Fail;

}  // namespace

bool IsStudentIndicator(std::string_view code) {
  for (const auto& standard : standards::IsteStudentStandards()) {
    for (const auto& indicator : standard.indicators) {
      if (indicator.code == code) return true;
    }
  }
  return false;
}

bool IsSamrLevel(std::string_view code) { return !SamrName(code).empty(); }

std::string_view SamrName(std::string_view code) {
  for (const auto& level : standards::SamrLevels()) {
    if (level.code == code) return level.name;
  }
  return "";
}

core::Result<void> CheckObservation(const ObservationDraft& draft, const ObservationContext& context) {
  if (!context.caseload.contains(draft.school_id)) {
    return Fail(ErrorCode::kForbidden,
                "That school is not in your caseload; observe only at the schools assigned to you.", {},
                "school");
  }
  if (!context.school_staff.contains(draft.teacher_id)) {
    return Fail(ErrorCode::kInvalidInput, "Choose a teacher on this school's staff.", {}, "teacher");
  }
  if (draft.observed_on > context.today) {
    return Fail(ErrorCode::kInvalidInput,
                "The date " + core::FormatLongDate(draft.observed_on) + " is still to come.", {}, "observed_on");
  }
  if (!IsStudentIndicator(draft.indicator)) {
    return Fail(ErrorCode::kInvalidInput, "Choose the ISTE indicator the look-fors follow, such as 1.4.b.", {},
                "indicator");
  }
  if (!IsSamrLevel(draft.samr)) {
    return Fail(ErrorCode::kInvalidInput, "Choose the SAMR level of the task observed.", {}, "samr");
  }
  if (draft.look_fors.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Write what you looked for and saw.", {}, "look_fors");
  }
  return {};
}

bool MayReadObservation(std::int64_t viewer, std::int64_t teacher_id, std::int64_t coach_id) {
  return viewer != 0 && (viewer == teacher_id || viewer == coach_id);
}

std::optional<Aggregate> AggregateOf(const std::vector<ObservationFact>& facts) {
  std::set<std::int64_t> teachers;
  for (const auto& f : facts) teachers.insert(f.teacher_id);
  if (static_cast<int>(facts.size()) < kMinimumObservations ||
      static_cast<int>(teachers.size()) < kMinimumTeachers) {
    return std::nullopt;
  }
  Aggregate aggregate;
  aggregate.observations = static_cast<int>(facts.size());
  for (const auto& f : facts) {
    ++aggregate.by_indicator[f.indicator];
    ++aggregate.by_samr[f.samr];
  }
  return aggregate;
}

}  // namespace practica::coaching
