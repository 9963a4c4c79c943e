#include "features/visits/domain/visit.hpp"

#include <algorithm>
#include <cstdio>

#include "core/text.hpp"

namespace practica::visits {
namespace {

using core::ErrorCode;
using core::Fail;

bool Has(const std::vector<std::int64_t>& ids, std::int64_t id) { return std::ranges::find(ids, id) != ids.end(); }

// "08:30" or "08:30:00" (as some browsers send a time input) to minutes after midnight.
std::optional<int> ParseClock(std::string_view text) {
  text = core::Trim(text);
  if (text.size() != 5 && text.size() != 8) return std::nullopt;
  if (text[2] != ':' || (text.size() == 8 && text[5] != ':')) return std::nullopt;
  auto hour = core::ParseInt(text.substr(0, 2), 0, 23);
  auto minute = core::ParseInt(text.substr(3, 2), 0, 59);
  if (!hour || !minute) return std::nullopt;
  return static_cast<int>(*hour * 60 + *minute);
}

core::Result<int> ClockField(std::string_view text, const std::string& field, std::string_view what) {
  auto minute = ParseClock(text);
  if (!minute) {
    return Fail(ErrorCode::kInvalidInput,
                "Give the " + std::string(what) + " time as hours and minutes, for example 08:30.", {}, field);
  }
  return *minute;
}

std::string TwelveHour(int minute) { return core::FormatClock(minute / 60, minute % 60); }

}  // namespace

std::string ClockText(int minute) { return core::FormatClock24(minute / 60, minute % 60); }

std::string TimeSpan(int starts_minute, int ends_minute) {
  return TwelveHour(starts_minute) + " to " + TwelveHour(ends_minute);
}

core::Result<VisitPlan> CheckVisit(const VisitDraft& draft, const core::LocalDate& today) {
  VisitPlan plan;
  auto day = core::ParseLocalDate(core::Trim(draft.held_on));
  if (!day) return Fail(ErrorCode::kInvalidInput, "Give the visit's day as a date, for example 2019-02-07.", {}, "held_on");
  if (*day < today) {
    return Fail(ErrorCode::kInvalidInput,
                core::FormatLongDate(*day) + " has passed; offer a visit from today on.", {}, "held_on");
  }
  plan.held_on = *day;
  auto starts = ClockField(draft.starts, "starts", "start");
  if (!starts) return std::unexpected(starts.error());
  auto ends = ClockField(draft.ends, "ends", "end");
  if (!ends) return std::unexpected(ends.error());
  if (*ends <= *starts) {
    return Fail(ErrorCode::kInvalidInput, "The visit must end after it starts (" + TwelveHour(*starts) + ").", {}, "ends");
  }
  plan.starts_minute = *starts;
  plan.ends_minute = *ends;
  plan.purpose = std::string(core::Trim(draft.purpose));
  if (plan.purpose.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Say what the visit is for: visitors read the purpose before they sign up.",
                {}, "purpose");
  }
  plan.look_fors = std::string(core::Trim(draft.look_fors));
  if (plan.look_fors.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Name the classrooms to visit or the look-fors visitors watch for.", {},
                "look_fors");
  }
  auto capacity = core::ParseInt(core::Trim(draft.capacity), kMinCapacity, kMaxCapacity);
  if (!capacity) {
    return Fail(ErrorCode::kInvalidInput,
                "Capacity is the number of visitors the school can host: a whole number from 1 to 200; got \"" +
                    std::string(core::Trim(draft.capacity)) + "\".",
                {}, "capacity");
  }
  plan.capacity = static_cast<int>(*capacity);
  plan.release_day = draft.release_day;
  return plan;
}

bool Hosts(const Asker& asker, std::int64_t school_id) {
  return asker.district_staff || Has(asker.leads, school_id) || Has(asker.coaches, school_id);
}

bool OfSchool(const Asker& asker, std::int64_t school_id) {
  return Has(asker.belongs, school_id) || Has(asker.leads, school_id) || Has(asker.coaches, school_id);
}

core::Result<void> CheckOffer(const Asker& asker, std::int64_t school_id, std::string_view school_name,
                              bool practitioner_school) {
  if (!Hosts(asker, school_id)) {
    return Fail(ErrorCode::kForbidden,
                "Visits to " + std::string(school_name) +
                    " are offered by its principal, its practitioner team, its coach or district staff.");
  }
  if (!practitioner_school) {
    return Fail(ErrorCode::kInvalidInput,
                std::string(school_name) + " is in no cohort of the program; visits are hosted by Practitioner Schools.",
                {}, "school");
  }
  return {};
}

std::string VisitName(const VisitFacts& visit) {
  return "the visit to " + visit.school_name + " on " + core::FormatLongDate(visit.held_on);
}

core::Result<void> CheckSignUp(const Asker& asker, const VisitFacts& visit, const core::LocalDate& today,
                               bool signed_up) {
  if (visit.held_on < today) {
    return Fail(ErrorCode::kConflict, core::FormatLongDate(visit.held_on) + " has passed: " + VisitName(visit) +
                                          " takes no more sign-ups; choose a visit to come.");
  }
  if (OfSchool(asker, visit.school_id)) {
    return Fail(ErrorCode::kForbidden, "You are of " + visit.school_name +
                                           ", the host school; visits are for people of other schools and district leaders.");
  }
  if (signed_up) return Fail(ErrorCode::kConflict, "You are already signed up for " + VisitName(visit) + ".");
  if (visit.taken >= visit.capacity) {
    return Fail(ErrorCode::kConflict, "Every seat of " + VisitName(visit) + " is taken (" +
                                          std::to_string(visit.capacity) + " of " + std::to_string(visit.capacity) +
                                          "); choose another visit.");
  }
  return {};
}

core::Result<void> CheckCancel(const VisitFacts& visit, const core::LocalDate& today, bool signed_up) {
  if (!signed_up) return Fail(ErrorCode::kConflict, "You are not signed up for " + VisitName(visit) + ".");
  if (visit.held_on <= today) {
    return Fail(ErrorCode::kConflict, "A sign-up is cancelled before the visit's day; " + VisitName(visit) +
                                          " has come. Tell the host school if you cannot come.");
  }
  return {};
}

core::Result<void> CheckAttendance(const VisitFacts& visit, const core::LocalDate& today,
                                   const std::vector<std::int64_t>& present,
                                   const std::vector<std::int64_t>& signed_up) {
  if (today < visit.held_on) {
    return Fail(ErrorCode::kConflict,
                "Attendance for " + VisitName(visit) + " is taken on or after the day, not before.");
  }
  for (auto id : present) {
    if (!Has(signed_up, id)) {
      return Fail(ErrorCode::kInvalidInput,
                  "Person " + std::to_string(id) + " is not signed up for " + VisitName(visit) +
                      "; only signed-up visitors can be marked present.",
                  {}, "present");
    }
  }
  return {};
}

core::Result<Reflection> CheckReflection(bool attended, Reflection reflection) {
  if (!attended) {
    return Fail(ErrorCode::kForbidden, "Only visitors the host marked present write notes and a reflection on the visit.");
  }
  reflection.notes = std::string(core::Trim(reflection.notes));
  reflection.take_back = std::string(core::Trim(reflection.take_back));
  if (reflection.notes.empty() && reflection.take_back.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Write what you saw, what you take back to your school, or both.", {}, "notes");
  }
  return reflection;
}

}  // namespace practica::visits
