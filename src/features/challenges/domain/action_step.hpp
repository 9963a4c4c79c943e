// The action steps a school maps for the year: what, who (a member of its practitioner team or
// its coach), by when, and how far along. A step is due at the end of its day in the district.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/time_zone.hpp"

namespace practica::challenges {

enum class StepStatus { kNotStarted, kInProgress, kDone };
std::string_view StepStatusCode(StepStatus status);   // "not_started"
std::string_view StepStatusLabel(StepStatus status);  // "Not started"
std::optional<StepStatus> ParseStepStatus(std::string_view code);

struct ActionStep {
  std::int64_t id = 0;
  int number = 0;  // 1, 2, … in the order the team wrote them
  std::string what;
  std::int64_t owner_person_id = 0;
  std::string owner_name;
  core::LocalDate due_on;
  StepStatus status = StepStatus::kNotStarted;
};

// Days before its day from which an open step is "due soon", as commitments count them.
inline constexpr int kStepDueSoonDays = 14;

enum class Timing { kOnTrack, kDueSoon, kLate, kDone };
std::string_view TimingLabel(Timing timing);  // "late", "due soon", …

// Late once its day has passed and it is not done: a step due Friday, March 22, 2019 is late on
// Saturday the 23rd. Due soon from 14 days before (Friday, March 8).
Timing TimingOf(const ActionStep& step, const core::LocalDate& today);

// Who may own a step: the school's practitioner team and its coach, as the participation lists them.
struct TeamPerson {
  std::int64_t person_id = 0;
  std::string name;
  std::string role;  // "Practitioner team", "Coach (ITF)"
};

// kInvalidInput naming the field when the text or day is missing, or the owner is not on the
// school's team nor its coach.
[[nodiscard]] core::Result<ActionStep> CheckStep(ActionStep step, const std::vector<TeamPerson>& team,
                                                 std::string_view school_name);

}  // namespace practica::challenges
