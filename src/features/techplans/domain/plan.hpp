// A school's technology plan: its sections, the goals of its Single Plan for Student Achievement
// (SPSA) seen through the ISTE lens, and the rules of saving, submitting, returning and
// approving it. Plain C++: the routes and the store hold no rule of their own.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace practica::techplans {

// One SPSA goal: the strategies to meet it, the ISTE indicators ("1.4.a, 1.4.c") and the digital
// tools and resources.
struct Goal {
  std::string goal;
  std::string strategies;
  std::string indicators;
  std::string tools;
};

struct PlanContent {
  std::string vision;
  std::vector<Goal> goals;
  std::string personalized_learning;
  std::string digital_citizenship;
  std::string change_management;
  std::string responsible_use;
  std::string parent_acknowledgement;
  std::string social_media_educators;
  std::string social_media_students;
};

// One titled part of the plan as text, in the order the plan is read (goals one part each).
struct Section {
  std::string key;    // "vision", "goal_1", "responsible_use", …
  std::string title;  // "Instructional technology vision"
  std::string text;
};
std::vector<Section> Sections(const PlanContent& content);

enum class PlanStatus { kDraft, kSubmitted, kReturned, kApproved };
std::string_view StatusCode(PlanStatus status);   // "draft", "submitted", …
std::string_view StatusLabel(PlanStatus status);  // "Draft", "Submitted for review", …
std::optional<PlanStatus> ParseStatus(std::string_view code);

inline constexpr std::size_t kMaxGoals = 8;
inline constexpr std::size_t kMaxSectionChars = 20000;

// The content trimmed. kInvalidInput naming the field: a goal's strategies, indicators or tools
// without the goal; an indicator that is not an ISTE code ("1.4.a"; "1.4a" is read as it); a section over 20,000
// characters; more than eight goals.
[[nodiscard]] core::Result<PlanContent> CheckContent(PlanContent content);

// kConflict while the plan waits for review or once approved: the team saves a draft or a
// returned plan only.
[[nodiscard]] core::Result<void> MaySave(PlanStatus status);

// kForbidden when the person is not on the school's practitioner team; kConflict unless a draft
// or returned plan with a version; kInvalidInput when the latest version has no vision or no goal.
[[nodiscard]] core::Result<void> MaySubmit(std::optional<PlanStatus> status, const PlanContent* latest,
                                           bool on_team, std::string_view school_name);

// kConflict unless submitted; kInvalidInput (field "comment") without a comment saying what to change.
[[nodiscard]] core::Result<void> MayReturn(std::optional<PlanStatus> status, std::string_view comment);

// kConflict unless submitted; kForbidden when the approver wrote any version of the plan or
// submitted it (`authors`): a plan is never approved by its own author.
[[nodiscard]] core::Result<void> MayApprove(std::optional<PlanStatus> status, std::int64_t approver,
                                            const std::vector<std::int64_t>& authors);

// kInvalidInput (field "comment") for an empty comment or one over 5,000 characters.
[[nodiscard]] core::Result<std::string> CheckComment(std::string_view comment);

}  // namespace practica::techplans
