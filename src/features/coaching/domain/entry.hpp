// A coaching-log entry: what the coach (ITF) did at a school, with whom, for how long, on what
// focus, and what comes next. The rules that refuse an entry live here, without I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/time_zone.hpp"

namespace practica::coaching {

// The kinds of work the issue and the agreement name (commitments 10, 11, 14, 17).
enum class Kind {
  kCoTeach, kModelLesson, kCoDesign, kTeamPlanning, kIltMeeting, kBankedTimePd, kDebrief, kCheckIn,
};

struct KindInfo {
  Kind kind;
  std::string_view code;    // "co_teach", as stored and typed in the API
  std::string_view label;   // "Co-teach"
  std::string_view phrase;  // "co-teaching", as a sentence says what was logged
};
const std::vector<KindInfo>& Kinds();
std::optional<Kind> ParseKind(std::string_view code);
std::string_view KindCode(Kind kind);
std::string_view KindLabel(Kind kind);

// A focus is an ISTE Standards for Students indicator ("1.4.b") or a K-12 CS Framework practice
// ("cs.p3"). The label is what a page prints; nullopt when the code is neither.
std::optional<std::string> FocusLabel(std::string_view code);
struct FocusChoice {
  std::string code;
  std::string label;
};
// Every indicator, then every practice; built once.
const std::vector<FocusChoice>& FocusChoices();

// Or a focus is a step of the school's design challenge, coded "step.<id>" with the id of the
// challenges room's action step ("step.7"): the ILT meeting that agreed Garvanza's next step, the
// co-design session that carried it out. Only the chosen school's own steps are accepted.
std::string StepFocusCode(std::int64_t step_id);
std::optional<std::int64_t> StepOfFocus(std::string_view code);
// "Design challenge step 2 (PS 3.0): Co-design a first-instruction lesson …"
std::string StepFocusLabel(int number, std::string_view cohort_number, std::string_view what);

// What the coach typed, already parsed into values.
struct EntryDraft {
  std::int64_t coach_id = 0;
  std::int64_t school_id = 0;
  core::LocalDate held_on;
  int minutes = 0;
  std::string kind;   // a Kind code
  std::vector<std::int64_t> teacher_ids;
  std::string focus;  // a focus code
  std::string notes;
  bool notes_shared = false;  // false: the notes are the coach's alone
  std::string next_step;
  std::optional<core::LocalDate> next_step_due;
};

// Who the coach may name: the schools of the caseload, each school's staff.
struct EntryContext {
  std::set<std::int64_t> caseload;      // school ids
  std::set<std::int64_t> school_staff;  // person ids on the chosen school's staff
  core::LocalDate today;
  std::set<std::int64_t> school_steps;  // the chosen school's design-challenge steps, by id
};

// kForbidden when the school is not in the coach's caseload; kInvalidInput naming the field
// for a bad date (later than today), minutes outside 1..600, an unknown kind or focus (or a
// design-challenge step of another school), a teacher not on that school's staff, or a next step without a date (or a date without a step).
[[nodiscard]] core::Result<void> CheckEntry(const EntryDraft& draft, const EntryContext& context);

// What a commitment's verification says the entry was, naming no teacher (the school's
// commitments are read more widely than the log): "Ramon Castillo logged a check-in meeting at
// Garvanza ES on Thursday, August 16, 2018 (20 minutes)".
std::string LoggedNote(std::string_view coach, Kind kind, std::string_view school, const core::LocalDate& held_on,
                       int minutes);

// Whether `viewer` may read an entry's notes: the coach who wrote them always; a person the
// entry names only when the coach shared them; nobody else (a principal never does).
bool NotesVisible(std::int64_t viewer, std::int64_t coach_id, bool shared, bool named);

}  // namespace practica::coaching
