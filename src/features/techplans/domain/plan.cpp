#include "features/techplans/domain/plan.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/text.hpp"

namespace practica::techplans {
namespace {

using core::ErrorCode;
using core::Fail;

struct StatusName {
  PlanStatus status;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<StatusName, 4> kStatuses = {{
    {PlanStatus::kDraft, "draft", "Draft"},
    {PlanStatus::kSubmitted, "submitted", "Submitted for review"},
    {PlanStatus::kReturned, "returned", "Returned with comments"},
    {PlanStatus::kApproved, "approved", "Approved"},
}};

// "1.4.a", "2.3.b": a standard, its number and an indicator letter, as the standards are coded
// here. "1.4a" is read as "1.4.a", the way people often write it.
std::optional<std::string> Indicator(std::string_view code) {
  const auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  const auto letter = [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; };
  if (code.size() == 5 && digit(code[0]) && code[1] == '.' && digit(code[2]) && code[3] == '.' && letter(code[4])) {
    return std::string(code);
  }
  if (code.size() == 4 && digit(code[0]) && code[1] == '.' && digit(code[2]) && letter(code[3])) {
    return std::string(code.substr(0, 3)) + "." + code[3];
  }
  return std::nullopt;
}

core::Result<std::string> Indicators(const std::string& text, std::size_t goal) {
  std::string out;
  std::string_view rest = text;
  while (!rest.empty()) {
    const auto comma = rest.find(',');
    const auto code = core::Trim(rest.substr(0, comma));
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    if (code.empty()) continue;
    const auto indicator = Indicator(code);
    if (!indicator) {
      return Fail(ErrorCode::kInvalidInput,
                  "\"" + std::string(code) + "\" is not an ISTE indicator; write codes such as 1.4.a, 1.4.c.", {},
                  "indicators_" + std::to_string(goal));
    }
    out += (out.empty() ? "" : ", ") + *indicator;
  }
  return out;
}

core::Result<void> Length(const std::string& text, const std::string& field) {
  if (text.size() <= kMaxSectionChars) return {};
  return Fail(ErrorCode::kInvalidInput,
              "This part of the plan is " + std::to_string(text.size()) +
                  " characters long; keep it under 20,000 or attach it as a file.",
              {}, field);
}

}  // namespace

std::string_view StatusCode(PlanStatus status) {
  for (const auto& s : kStatuses) {
    if (s.status == status) return s.code;
  }
  return {};
}

std::string_view StatusLabel(PlanStatus status) {
  for (const auto& s : kStatuses) {
    if (s.status == status) return s.label;
  }
  return {};
}

std::optional<PlanStatus> ParseStatus(std::string_view code) {
  for (const auto& s : kStatuses) {
    if (s.code == code) return s.status;
  }
  return std::nullopt;
}

std::vector<Section> Sections(const PlanContent& c) {
  std::vector<Section> sections{{"vision", "Instructional technology vision", c.vision}};
  for (std::size_t i = 0; i < c.goals.size(); ++i) {
    const auto& g = c.goals[i];
    sections.push_back({"goal_" + std::to_string(i + 1), "SPSA goal " + std::to_string(i + 1) + " through the ISTE lens",
                        "Goal: " + g.goal + "\nStrategies: " + g.strategies + "\nISTE indicators: " + g.indicators +
                            "\nDigital tools and resources: " + g.tools});
  }
  sections.push_back({"personalized_learning", "Personalized learning", c.personalized_learning});
  sections.push_back({"digital_citizenship", "Digital citizenship", c.digital_citizenship});
  sections.push_back({"change_management", "Change management", c.change_management});
  sections.push_back({"responsible_use", "Responsible use policy", c.responsible_use});
  sections.push_back({"parent_acknowledgement", "Parent acknowledgement", c.parent_acknowledgement});
  sections.push_back({"social_media_educators", "Social media policy for educators", c.social_media_educators});
  sections.push_back({"social_media_students", "Social media policy for students", c.social_media_students});
  return sections;
}

core::Result<PlanContent> CheckContent(PlanContent c) {
  for (auto* text : {&c.vision, &c.personalized_learning, &c.digital_citizenship, &c.change_management,
                     &c.responsible_use, &c.parent_acknowledgement, &c.social_media_educators,
                     &c.social_media_students}) {
    *text = core::Trim(std::move(*text));
  }
  std::vector<Goal> goals;
  for (std::size_t i = 0; i < c.goals.size(); ++i) {
    auto g = c.goals[i];
    const auto n = goals.size() + 1;
    g.goal = core::Trim(std::move(g.goal));
    g.strategies = core::Trim(std::move(g.strategies));
    g.tools = core::Trim(std::move(g.tools));
    auto codes = Indicators(g.indicators, i + 1);
    if (!codes) return std::unexpected(codes.error());
    g.indicators = *codes;
    if (g.goal.empty()) {
      if (g.strategies.empty() && g.indicators.empty() && g.tools.empty()) continue;
      return Fail(ErrorCode::kInvalidInput,
                  "Goal " + std::to_string(i + 1) + " has strategies, indicators or tools but no goal; write the SPSA goal they serve.",
                  {}, "goal_" + std::to_string(i + 1));
    }
    if (auto ok = Length(g.goal + g.strategies + g.tools, "goal_" + std::to_string(n)); !ok) {
      return std::unexpected(ok.error());
    }
    goals.push_back(std::move(g));
  }
  if (goals.size() > kMaxGoals) {
    return Fail(ErrorCode::kInvalidInput, "A plan holds at most 8 SPSA goals; combine the rest with these.", {},
                "goal_9");
  }
  c.goals = std::move(goals);
  for (const auto& section : Sections(c)) {
    if (auto ok = Length(section.text, section.key); !ok) return std::unexpected(ok.error());
  }
  return c;
}

core::Result<void> MaySave(PlanStatus status) {
  if (status == PlanStatus::kSubmitted) {
    return Fail(ErrorCode::kConflict,
                "The plan is waiting for the district's review; it can be changed again if they return it.");
  }
  if (status == PlanStatus::kApproved) {
    return Fail(ErrorCode::kConflict, "The plan is approved and kept as it is; ask the program office to reopen it.");
  }
  return {};
}

core::Result<void> MaySubmit(std::optional<PlanStatus> status, const PlanContent* latest, bool on_team,
                             std::string_view school_name) {
  if (!on_team) {
    return Fail(ErrorCode::kForbidden, "Only " + std::string(school_name) +
                                           "'s practitioner team submits its technology plan; ask a team member to submit it.");
  }
  if (!status || latest == nullptr) {
    return Fail(ErrorCode::kConflict, "Save the plan before submitting it.");
  }
  if (auto ok = MaySave(*status); !ok) return ok;
  if (latest->vision.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Write the instructional technology vision before submitting.", {}, "vision");
  }
  if (latest->goals.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Add at least one SPSA goal through the ISTE lens before submitting.", {},
                "goal_1");
  }
  return {};
}

core::Result<void> MayReturn(std::optional<PlanStatus> status, std::string_view comment) {
  if (status != PlanStatus::kSubmitted) {
    return Fail(ErrorCode::kConflict, "Only a submitted plan is returned; this one is not waiting for review.");
  }
  if (core::Trim(comment).empty()) {
    return Fail(ErrorCode::kInvalidInput, "Say what the team should change before returning the plan.", {}, "comment");
  }
  return {};
}

core::Result<void> MayApprove(std::optional<PlanStatus> status, std::int64_t approver,
                              const std::vector<std::int64_t>& authors) {
  if (status != PlanStatus::kSubmitted) {
    return Fail(ErrorCode::kConflict, "Only a submitted plan is approved; this one is not waiting for review.");
  }
  if (std::ranges::find(authors, approver) != authors.end()) {
    return Fail(ErrorCode::kForbidden,
                "You wrote or submitted this plan, so another member of the district staff approves it.");
  }
  return {};
}

core::Result<std::string> CheckComment(std::string_view comment) {
  const auto text = core::Trim(comment);
  if (text.empty()) return Fail(ErrorCode::kInvalidInput, "Write the comment before sending it.", {}, "comment");
  if (text.size() > 5000) {
    return Fail(ErrorCode::kInvalidInput, "Keep a comment under 5,000 characters.", {}, "comment");
  }
  return std::string(text);
}

}  // namespace practica::techplans
