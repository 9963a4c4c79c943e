// The school's professional learning plan for its year (commitment 7) and its banked-time
// sessions (commitment 17): who may plan and agree it, what a session needs, whose attendance
// counts, who may share back, and the participation rate behind commitment 8's "a majority of
// the teachers". Plain rules, without I/O.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/time_zone.hpp"

namespace practica::coaching {

// Who the plan belongs to, read for one school and cohort.
struct PlanPeople {
  std::set<std::int64_t> leaders;      // the principal(s) and the practitioner team
  std::optional<std::int64_t> coach;   // the participation's coach
  std::set<std::int64_t> staff;        // everyone on the school's staff
  std::set<std::int64_t> teachers;     // the staff whose role is teacher: commitment 8's whole
  std::map<std::int64_t, std::string> names;  // everyone above, for the pages
};

// Who may read the plan and its sessions: whoever may plan it, the school's staff, and those who
// oversee the school (district staff, its local district's instructional director).
bool MayRead(const PlanPeople& people, std::int64_t person, bool oversees);

// The school's principal and team and its coach plan the sessions and take attendance; district
// staff may too (they draft the plan with the school, commitment 7). Nobody else.
bool MayPlan(const PlanPeople& people, std::int64_t person, bool district_staff);

// What a session's form gives.
struct SessionDraft {
  core::LocalDate held_on;
  std::string topic;
  std::string focus;  // an ISTE indicator ("1.4.a") or a K-12 CS Framework practice ("cs.p3")
  std::vector<std::int64_t> facilitators;
};

// The cohort's school year, July 1 to June 30: PS 3.0's is 2018-07-01 to 2019-06-30.
struct YearSpan {
  core::LocalDate first;
  core::LocalDate last;
};

// kInvalidInput naming the field: a day outside the cohort's school year, no topic (or one over
// 200 characters), an unknown focus, no facilitator, or a facilitator who is neither one of the
// school's leaders nor its coach ("the ID Practitioner Team will facilitate … in partnership
// with the ITF").
[[nodiscard]] core::Result<void> CheckSession(const SessionDraft& draft, const PlanPeople& people,
                                              const YearSpan& year);

// kConflict once the cohort's school year is over (for PS 3.0, from Monday, July 1, 2019): the
// plan, its sessions, their attendance and share-backs are then the year's record, read as they
// stood, and no longer change. `cohort` names it in the message ("PS 3.0").
[[nodiscard]] core::Result<void> CheckYearOpen(const YearSpan& year, const core::LocalDate& today,
                                               std::string_view cohort);
// The same question without the message: whether `today` is past the year's last day.
bool YearOver(const YearSpan& year, const core::LocalDate& today);

// kConflict when there is nothing to agree yet (no session) or it is agreed already.
[[nodiscard]] core::Result<void> CheckAgree(int sessions, bool agreed);

// kConflict before the session's day (attendance is taken on the day or after); kInvalidInput
// naming "present" for anyone marked present who is not on the school's staff.
[[nodiscard]] core::Result<void> CheckAttendance(const core::LocalDate& held_on, const core::LocalDate& today,
                                                 const std::vector<std::int64_t>& present,
                                                 const PlanPeople& people);

// kForbidden unless the person attended the session ("teachers agree to come back after
// professional development to share"); kInvalidInput naming "text" for nothing said, or more
// than 4,000 characters.
[[nodiscard]] core::Result<void> CheckShare(bool attended, const std::string& text);

// Commitment 8's figure: the distinct teachers who attended at least one banked-time session,
// over all the school's teachers. A majority is more than half: 14 of 28 is not, 15 of 28 is.
struct ParticipationRate {
  int attended = 0;
  int teachers = 0;
  bool Majority() const { return attended * 2 > teachers; }
  int Percent() const { return teachers == 0 ? 0 : attended * 100 / teachers; }
  std::string Text() const;  // "15 of 28 teachers (53%)"
};
ParticipationRate RateOf(const std::set<std::int64_t>& attendees, const std::set<std::int64_t>& teachers);

}  // namespace practica::coaching
