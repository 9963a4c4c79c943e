#include "features/learning/domain/attendance.hpp"

#include <algorithm>

namespace practica::learning {

std::string_view OutcomeCode(Outcome outcome) {
  switch (outcome) {
    case Outcome::kNotRegistered: return "not_registered";
    case Outcome::kWaitlisted: return "waitlisted";
    case Outcome::kUpcoming: return "upcoming";
    case Outcome::kAttended: return "attended";
    case Outcome::kPartial: return "partial";
    case Outcome::kAbsent: return "absent";
    case Outcome::kNotRecorded: return "not_recorded";
  }
  return "not_registered";
}

std::string_view OutcomeLabel(Outcome outcome) {
  switch (outcome) {
    case Outcome::kNotRegistered: return "Not registered";
    case Outcome::kWaitlisted: return "Waiting list";
    case Outcome::kUpcoming: return "Registered";
    case Outcome::kAttended: return "Attended";
    case Outcome::kPartial: return "Partly attended";
    case Outcome::kAbsent: return "Absent";
    case Outcome::kNotRecorded: return "Not recorded";
  }
  return "";
}

Outcome Judge(const Offering& offering, std::optional<State> registration, const Marks& marks,
              std::int64_t now) {
  if (!registration || *registration == State::kCancelled) return Outcome::kNotRegistered;
  if (*registration == State::kWaitlisted) return Outcome::kWaitlisted;
  int full_days = 0;
  int taken_days = 0;
  int anyone = 0;
  for (const auto& day : offering.days) {
    auto found = marks.find(day.number);
    if (found == marks.end()) continue;
    ++taken_days;
    const auto present = std::count_if(found->second.begin(), found->second.end(),
                                       [](const auto& mark) { return mark.second; });
    anyone += static_cast<int>(present);
    if (present >= offering.team_size) ++full_days;
  }
  const auto days = static_cast<int>(offering.days.size());
  if (full_days == days) return Outcome::kAttended;
  if (now < offering.EndsAt()) return Outcome::kUpcoming;
  if (anyone > 0) return Outcome::kPartial;
  return taken_days < days ? Outcome::kNotRecorded : Outcome::kAbsent;
}

Outcome RegistrationOutcome(const Offering& offering, State state, const Marks& marks,
                            std::int64_t now) {
  if (now < offering.EndsAt()) {
    return state == State::kRegistered ? Outcome::kUpcoming : Outcome::kWaitlisted;
  }
  return Judge(offering, state, marks, now);
}

bool CommitmentMet(const std::vector<std::pair<const Offering*, Outcome>>& tied) {
  if (tied.empty()) return false;
  const bool pick_one = std::all_of(tied.begin(), tied.end(), [](const auto& entry) {
    return entry.first->kind == Kind::kTechPlanning;
  });
  auto attended = [](const auto& entry) { return entry.second == Outcome::kAttended; };
  return pick_one ? std::any_of(tied.begin(), tied.end(), attended)
                  : std::all_of(tied.begin(), tied.end(), attended);
}

namespace {

bool ExpectedOfEveryTeam(Kind kind) {
  return kind == Kind::kWelcomeWebinar || kind == Kind::kOnboarding || kind == Kind::kFollowUp;
}

}  // namespace

void AttendanceRecord::Add(const Offering& offering, Outcome outcome, std::int64_t now) {
  if (offering.Cancelled() || offering.days.empty() || now < offering.EndsAt()) return;
  switch (outcome) {
    case Outcome::kAttended: ++attended; break;
    case Outcome::kPartial: ++partial; break;
    case Outcome::kAbsent: ++missed; break;
    case Outcome::kNotRecorded: break;
    case Outcome::kNotRegistered:
    case Outcome::kWaitlisted:
      if (!ExpectedOfEveryTeam(offering.kind)) return;
      ++missed;
      break;
    case Outcome::kUpcoming: return;
  }
  ++held;
}

std::string AttendanceRecord::Text() const {
  if (held == 0) return "No sessions held yet";
  return std::to_string(attended) + " of " + std::to_string(held) + " attended";
}

}  // namespace practica::learning
