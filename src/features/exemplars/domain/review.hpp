// Reviewing an exemplar: who may be assigned, the rubric's scores and what a decision does.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "features/exemplars/domain/exemplar.hpp"

namespace practica::exemplars {

enum class Decision { kChangesRequested, kApproved, kDeclined };

std::string_view DecisionCode(Decision decision);   // "approved"
std::string_view DecisionLabel(Decision decision);  // "Approved"
std::optional<Decision> ParseDecision(std::string_view code);

// One rubric criterion; staff may reword or add criteria, each scored 1 to 4.
struct Criterion {
  std::string code;  // "alignment"
  std::string name;  // "Alignment to the indicators"
};
// The rubric a new district starts with.
const std::vector<Criterion>& DefaultRubric();
inline constexpr int kMinScore = 1;
inline constexpr int kMaxScore = 4;
inline constexpr std::size_t kMaxCriteria = 8;

// What staff send when they edit the rubric: the criteria kept (renamed or not, in order) and
// any new ones (code empty).
struct RubricEdit {
  std::vector<Criterion> kept;
  std::vector<std::string> added;  // names
};

// The rubric after the edit, new criteria given codes from their names; kInvalidInput naming
// the field ("name_<code>" or "new_name") when a name is empty, too long or repeated, or when
// the rubric would have no criterion or more than eight.
[[nodiscard]] core::Result<std::vector<Criterion>> EditRubric(const RubricEdit& edit, const std::vector<Criterion>& known);

// A code for a new criterion, from its name and unlike every code known (removed ones too):
// "Use of student voice" → "use-of-student-voice", then "use-of-student-voice-2".
std::string CriterionCode(std::string_view name, const std::vector<Criterion>& known);

// What the candidate reviewer holds at the exemplar's school, as the store finds it.
struct ReviewerStanding {
  std::string name;
  bool is_school_coach = false;      // the school's ITF (caseload or cohort assignment)
  bool holds_role_at_school = false; // any active grant scoped to the school
  bool is_author = false;
};

// kConflict naming the person when they coach the school, hold a role there or wrote the
// exemplar: a review is from outside the school.
[[nodiscard]] core::Result<void> CheckReviewer(const ReviewerStanding& standing, std::string_view school_name);

// Scores for every criterion of the rubric, each 1 to 4, and a comment; kInvalidInput naming
// the first criterion missing or out of range, or the empty comment.
[[nodiscard]] core::Result<void> CheckScores(const std::vector<Criterion>& rubric, const std::vector<int>& scores,
                                             std::string_view comment);

// The exemplar's status after a decision; kConflict unless it is in review.
[[nodiscard]] core::Result<Status> AfterDecision(Status status, Decision decision, std::string_view title);

}  // namespace practica::exemplars
