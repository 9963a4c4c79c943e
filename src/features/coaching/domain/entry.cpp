#include "features/coaching/domain/entry.hpp"

#include <algorithm>
#include <climits>

#include "core/text.hpp"
#include "features/standards/domain/standard.hpp"

namespace practica::coaching {
namespace {

using core::ErrorCode;
using core::Fail;

// The seven practices of the K-12 Computer Science Framework (2016).
const std::vector<FocusChoice>& CsPractices() {
  static const std::vector<FocusChoice> kPractices = {
      {"cs.p1", "CS practice 1: Fostering an inclusive computing culture"},
      {"cs.p2", "CS practice 2: Collaborating around computing"},
      {"cs.p3", "CS practice 3: Recognizing and defining computational problems"},
      {"cs.p4", "CS practice 4: Developing and using abstractions"},
      {"cs.p5", "CS practice 5: Creating computational artifacts"},
      {"cs.p6", "CS practice 6: Testing and refining computational artifacts"},
      {"cs.p7", "CS practice 7: Communicating about computing"},
  };
  return kPractices;
}

}  // namespace

const std::vector<KindInfo>& Kinds() {
  static const std::vector<KindInfo> kKinds = {
      {Kind::kCoTeach, "co_teach", "Co-teach", "co-teaching"},
      {Kind::kModelLesson, "model_lesson", "Model lesson", "a model lesson"},
      {Kind::kCoDesign, "co_design", "Co-design", "co-design of instruction"},
      {Kind::kTeamPlanning, "team_planning", "Grade or subject team planning", "grade or subject team planning"},
      {Kind::kIltMeeting, "ilt_meeting", "ILT meeting", "an Instructional Leadership Team meeting"},
      {Kind::kBankedTimePd, "banked_time_pd", "PD facilitation during banked time", "PD facilitation in banked time"},
      {Kind::kDebrief, "debrief", "One-to-one debrief", "a one-to-one debrief"},
      {Kind::kCheckIn, "check_in", "Check-in meeting", "a check-in meeting"},
  };
  return kKinds;
}

std::string LoggedNote(std::string_view coach, Kind kind, std::string_view school, const core::LocalDate& held_on,
                       int minutes) {
  std::string_view phrase;
  for (const auto& k : Kinds()) {
    if (k.kind == kind) phrase = k.phrase;
  }
  return std::string(coach) + " logged " + std::string(phrase) + " at " + std::string(school) + " on " +
         core::FormatLongDate(held_on) + " (" + std::to_string(minutes) + " minutes)";
}

std::optional<Kind> ParseKind(std::string_view code) {
  for (const auto& k : Kinds()) {
    if (k.code == code) return k.kind;
  }
  return std::nullopt;
}

std::string_view KindCode(Kind kind) {
  for (const auto& k : Kinds()) {
    if (k.kind == kind) return k.code;
  }
  return "";
}

std::string_view KindLabel(Kind kind) {
  for (const auto& k : Kinds()) {
    if (k.kind == kind) return k.label;
  }
  return "";
}

const std::vector<FocusChoice>& FocusChoices() {
  // Built once: every log entry a page shows asks for its focus's label.
  static const std::vector<FocusChoice> kChoices = [] {
    std::vector<FocusChoice> choices;
    for (const auto& standard : standards::IsteStudentStandards()) {
      for (const auto& indicator : standard.indicators) {
        choices.push_back({indicator.code, "ISTE " + indicator.code + " " + standard.name + ": " + indicator.text});
      }
    }
    for (const auto& practice : CsPractices()) choices.push_back(practice);
    return choices;
  }();
  return kChoices;
}

namespace {
constexpr std::string_view kStepPrefix = "step.";
}  // namespace

std::string StepFocusCode(std::int64_t step_id) { return std::string(kStepPrefix) + std::to_string(step_id); }

std::optional<std::int64_t> StepOfFocus(std::string_view code) {
  if (!code.starts_with(kStepPrefix)) return std::nullopt;
  auto id = core::ParseInt(code.substr(kStepPrefix.size()), 1, INT64_MAX);
  if (!id) return std::nullopt;
  return *id;
}

std::string StepFocusLabel(int number, std::string_view cohort_number, std::string_view what) {
  return "Design challenge step " + std::to_string(number) + " (PS " + std::string(cohort_number) + "): " +
         std::string(what);
}

std::optional<std::string> FocusLabel(std::string_view code) {
  for (const auto& choice : FocusChoices()) {
    if (choice.code == code) return choice.label;
  }
  return std::nullopt;
}

core::Result<void> CheckEntry(const EntryDraft& draft, const EntryContext& context) {
  if (!context.caseload.contains(draft.school_id)) {
    return Fail(ErrorCode::kForbidden,
                "That school is not in your caseload; log coaching only at the schools assigned to you.",
                {}, "school");
  }
  if (draft.held_on > context.today) {
    return Fail(ErrorCode::kInvalidInput,
                "The date " + core::FormatLongDate(draft.held_on) + " is still to come; log coaching once it happened.",
                {}, "held_on");
  }
  if (draft.minutes < 1 || draft.minutes > 600) {
    return Fail(ErrorCode::kInvalidInput, "Give the minutes spent, from 1 to 600.", {}, "minutes");
  }
  if (!ParseKind(draft.kind)) {
    return Fail(ErrorCode::kInvalidInput, "Choose what kind of coaching this was.", {}, "kind");
  }
  for (auto id : draft.teacher_ids) {
    if (!context.school_staff.contains(id)) {
      return Fail(ErrorCode::kInvalidInput,
                  "Person " + std::to_string(id) + " is not on this school's staff; name only its own teachers.",
                  {}, "teachers");
    }
  }
  if (auto step = StepOfFocus(draft.focus)) {
    if (!context.school_steps.contains(*step)) {
      return Fail(ErrorCode::kInvalidInput,
                  "That design-challenge step is not one of this school's; choose a step of its own challenge, "
                  "an ISTE indicator or a K-12 CS practice.",
                  {}, "focus");
    }
  } else if (!FocusLabel(draft.focus)) {
    return Fail(ErrorCode::kInvalidInput,
                "Choose the focus: an ISTE indicator (such as 1.4.b), a K-12 CS practice or a step of the school's "
                "design challenge.",
                {}, "focus");
  }
  if (draft.next_step.empty() != !draft.next_step_due.has_value()) {
    return Fail(ErrorCode::kInvalidInput, "Give the next step together with the date it is due.", {},
                "next_step_due");
  }
  return {};
}

bool NotesVisible(std::int64_t viewer, std::int64_t coach_id, bool shared, bool named) {
  if (viewer == 0) return false;
  return viewer == coach_id || (shared && named);
}

}  // namespace practica::coaching
