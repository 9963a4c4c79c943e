// Visits between Practitioner Schools: a host school offers a dated visit (its purpose, the
// classrooms or look-fors to see, a number of seats); people of other schools and district
// leaders sign up, the host takes attendance after the day, and those who came write what they
// saw and what they take back. The agreement's "OPTIONAL release of teachers ... to visit other
// Practitioner Schools" is such a visit, marked as a release day.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/time_zone.hpp"

namespace practica::visits {

inline constexpr int kMinCapacity = 1;
inline constexpr int kMaxCapacity = 200;

// A visit as the host's form types it: text, checked by CheckVisit.
struct VisitDraft {
  std::string held_on;  // "2019-02-07"
  std::string starts;   // "08:30"
  std::string ends;     // "11:00"
  std::string purpose;
  std::string look_fors;  // the classrooms to visit or what to look for
  std::string capacity;
  bool release_day = false;  // teachers of other schools released to visit
};

struct VisitPlan {
  core::LocalDate held_on;
  int starts_minute = 0;  // minutes after midnight, the district's time
  int ends_minute = 0;
  std::string purpose;
  std::string look_fors;
  int capacity = 0;
  bool release_day = false;
};

// kInvalidInput naming the field: no day or a day before `today`, a time that is not HH:MM, an
// end not after the start, no purpose, no classrooms or look-fors, capacity outside 1..200.
[[nodiscard]] core::Result<VisitPlan> CheckVisit(const VisitDraft& draft, const core::LocalDate& today);

// "8:30 AM to 11:00 AM"
std::string TimeSpan(int starts_minute, int ends_minute);
// "08:30", as <input type="time"> takes it.
std::string ClockText(int minute);

// Who is asking, as the visit rules see them.
struct Asker {
  std::int64_t person_id = 0;
  bool district_staff = false;        // director, coordinator or specialist, district-wide
  std::vector<std::int64_t> leads;    // schools where they are principal or practitioner-team member
  std::vector<std::int64_t> coaches;  // the coach's caseload
  std::vector<std::int64_t> belongs;  // every school they work at (any role, or the staff list)
};

// The host's side of a school: its principal, practitioner team, coach, or district staff.
bool Hosts(const Asker& asker, std::int64_t school_id);
// Of the host school: working there or coaching it.
bool OfSchool(const Asker& asker, std::int64_t school_id);

// Who offers a visit at `school_name`: kForbidden for anyone but the host's side;
// kInvalidInput (field "school") when the school is in no cohort of the program.
[[nodiscard]] core::Result<void> CheckOffer(const Asker& asker, std::int64_t school_id, std::string_view school_name,
                                            bool practitioner_school);

// What the sign-up rules need of a visit.
struct VisitFacts {
  std::int64_t school_id = 0;
  std::string school_name;
  core::LocalDate held_on;
  int capacity = 0;
  int taken = 0;  // seats held by those signed up now
};

// "the visit to Garvanza ES on Thursday, February 7, 2019"
std::string VisitName(const VisitFacts& visit);

// A sign-up: kConflict when the day has passed, the person holds a seat already, or
// every seat is taken; kForbidden for the host school's own people and coach.
[[nodiscard]] core::Result<void> CheckSignUp(const Asker& asker, const VisitFacts& visit, const core::LocalDate& today,
                                             bool signed_up);
// A cancellation, before the visit's day only: kConflict otherwise, or when not signed up.
[[nodiscard]] core::Result<void> CheckCancel(const VisitFacts& visit, const core::LocalDate& today, bool signed_up);

// Attendance, from the visit's day on, of those signed up only: kConflict before the day;
// kInvalidInput (field "present") naming anyone marked who is not signed up.
[[nodiscard]] core::Result<void> CheckAttendance(const VisitFacts& visit, const core::LocalDate& today,
                                                 const std::vector<std::int64_t>& present,
                                                 const std::vector<std::int64_t>& signed_up);

struct Reflection {
  std::string notes;      // what they saw
  std::string take_back;  // what they take back to their school
};

// A visitor's notes and reflection: kForbidden unless marked present; kInvalidInput (field
// "notes") when both are empty.
[[nodiscard]] core::Result<Reflection> CheckReflection(bool attended, Reflection reflection);

}  // namespace practica::visits
