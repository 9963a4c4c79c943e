#include "features/coaching/domain/pd_plan.hpp"

#include "features/coaching/domain/entry.hpp"

namespace practica::coaching {
namespace {

using core::ErrorCode;
using core::Fail;

constexpr std::size_t kMaxTopic = 200;
constexpr std::size_t kMaxShare = 4000;

}  // namespace

bool MayPlan(const PlanPeople& people, std::int64_t person, bool district_staff) {
  return district_staff || people.leaders.contains(person) || people.coach == person;
}

bool MayRead(const PlanPeople& people, std::int64_t person, bool oversees) {
  return oversees || MayPlan(people, person, false) || people.staff.contains(person);
}

core::Result<void> CheckSession(const SessionDraft& draft, const PlanPeople& people, const YearSpan& year) {
  if (draft.held_on < year.first || year.last < draft.held_on) {
    return Fail(ErrorCode::kInvalidInput,
                "Choose a day in the cohort's school year, " + core::FormatLongDate(year.first) + " to " +
                    core::FormatLongDate(year.last) + ".",
                {}, "held_on");
  }
  if (draft.topic.empty()) return Fail(ErrorCode::kInvalidInput, "Give the session's topic.", {}, "topic");
  if (draft.topic.size() > kMaxTopic) {
    return Fail(ErrorCode::kInvalidInput, "Keep the topic under 200 characters.", {}, "topic");
  }
  if (!FocusLabel(draft.focus)) {
    return Fail(ErrorCode::kInvalidInput, "Choose the ISTE indicator or CS practice the session builds.", {}, "focus");
  }
  if (draft.facilitators.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Choose who facilitates: a member of the practitioner team or the coach.", {},
                "facilitators");
  }
  for (auto id : draft.facilitators) {
    if (!people.leaders.contains(id) && people.coach != id) {
      return Fail(ErrorCode::kInvalidInput,
                  "Only the school's practitioner team and its coach facilitate its banked-time sessions.", {},
                  "facilitators");
    }
  }
  return {};
}

core::Result<void> CheckAgree(int sessions, bool agreed) {
  if (agreed) return Fail(ErrorCode::kConflict, "The plan is agreed already.");
  if (sessions == 0) {
    return Fail(ErrorCode::kConflict, "Add the year's sessions first: there is nothing to agree yet.");
  }
  return {};
}

core::Result<void> CheckAttendance(const core::LocalDate& held_on, const core::LocalDate& today,
                                   const std::vector<std::int64_t>& present, const PlanPeople& people) {
  if (today < held_on) {
    return Fail(ErrorCode::kConflict, "Attendance is taken on the day of the session (" +
                                          core::FormatLongDate(held_on) + ") or after.");
  }
  for (auto id : present) {
    if (!people.staff.contains(id)) {
      return Fail(ErrorCode::kInvalidInput, "Mark only the school's staff present.", {}, "present");
    }
  }
  return {};
}

core::Result<void> CheckShare(bool attended, const std::string& text) {
  if (!attended) {
    return Fail(ErrorCode::kForbidden, "Only someone who attended the session shares back how they use it.");
  }
  if (text.empty()) return Fail(ErrorCode::kInvalidInput, "Say how you used what you learned.", {}, "text");
  if (text.size() > kMaxShare) return Fail(ErrorCode::kInvalidInput, "Keep it under 4,000 characters.", {}, "text");
  return {};
}

std::string ParticipationRate::Text() const {
  return std::to_string(attended) + " of " + std::to_string(teachers) + " teachers (" + std::to_string(Percent()) +
         "%)";
}

ParticipationRate RateOf(const std::set<std::int64_t>& attendees, const std::set<std::int64_t>& teachers) {
  ParticipationRate rate;
  rate.teachers = static_cast<int>(teachers.size());
  for (auto id : attendees) {
    if (teachers.contains(id)) ++rate.attended;
  }
  return rate;
}

bool YearOver(const YearSpan& year, const core::LocalDate& today) { return year.last < today; }

core::Result<void> CheckYearOpen(const YearSpan& year, const core::LocalDate& today, std::string_view cohort) {
  if (!YearOver(year, today)) return {};
  return core::Fail(core::ErrorCode::kConflict,
                    std::string(cohort) + "'s school year ended on " + core::FormatLongDate(year.last) +
                        ": its professional learning plan is kept as the year left it and no longer changes.");
}

}  // namespace practica::coaching
