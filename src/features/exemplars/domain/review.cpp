#include "features/exemplars/domain/review.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace practica::exemplars {

using core::ErrorCode;
using core::Fail;

std::string_view DecisionCode(Decision decision) {
  switch (decision) {
    case Decision::kChangesRequested: return "changes_requested";
    case Decision::kApproved: return "approved";
    case Decision::kDeclined: return "declined";
  }
  return "changes_requested";
}

std::string_view DecisionLabel(Decision decision) {
  switch (decision) {
    case Decision::kChangesRequested: return "Changes requested";
    case Decision::kApproved: return "Approved";
    case Decision::kDeclined: return "Declined";
  }
  return "Changes requested";
}

std::optional<Decision> ParseDecision(std::string_view code) {
  for (auto d : {Decision::kChangesRequested, Decision::kApproved, Decision::kDeclined}) {
    if (DecisionCode(d) == code) return d;
  }
  return std::nullopt;
}

const std::vector<Criterion>& DefaultRubric() {
  static const std::vector<Criterion> kRubric = {
      {"alignment", "Alignment to the ISTE indicators it names"},
      {"clarity", "Clarity: another teacher can follow the plan"},
      {"replicability", "Replicability in another classroom and school"},
      {"agency", "Student agency: students choose, design and lead"},
  };
  return kRubric;
}

core::Result<void> CheckReviewer(const ReviewerStanding& standing, std::string_view school_name) {
  const std::string school(school_name);
  if (standing.is_school_coach) {
    return Fail(ErrorCode::kConflict, standing.name + " coaches " + school +
                                          "; choose a reviewer from outside the school, so the review is independent.",
                {}, "reviewer");
  }
  if (standing.holds_role_at_school) {
    return Fail(ErrorCode::kConflict, standing.name + " holds a role at " + school +
                                          "; choose a reviewer from outside the school, so the review is independent.",
                {}, "reviewer");
  }
  if (standing.is_author) {
    return Fail(ErrorCode::kConflict, standing.name + " wrote this exemplar; choose someone else to review it.", {},
                "reviewer");
  }
  return {};
}

core::Result<void> CheckScores(const std::vector<Criterion>& rubric, const std::vector<int>& scores,
                               std::string_view comment) {
  for (std::size_t i = 0; i < rubric.size(); ++i) {
    const int score = i < scores.size() ? scores[i] : 0;
    if (score < kMinScore || score > kMaxScore) {
      return Fail(ErrorCode::kInvalidInput,
                  "Score \"" + rubric[i].name + "\" from 1 to 4.", {}, "score_" + rubric[i].code);
    }
  }
  if (core::Trim(comment).empty()) {
    return Fail(ErrorCode::kInvalidInput, "Write a comment the authors can act on.", {}, "comment");
  }
  return {};
}

core::Result<Status> AfterDecision(Status status, Decision decision, std::string_view title) {
  if (status != Status::kInReview) {
    return Fail(ErrorCode::kConflict, "\"" + std::string(title) + "\" is " + std::string(StatusLabel(status)) +
                                          ", not in review; a decision is made only on an exemplar in review.");
  }
  switch (decision) {
    case Decision::kApproved: return Status::kPublished;
    case Decision::kDeclined: return Status::kDeclined;
    case Decision::kChangesRequested: return Status::kChangesRequested;
  }
  return status;
}

std::string CriterionCode(std::string_view name, const std::vector<Criterion>& known) {
  std::string base = core::Slugify(name.substr(0, 40));
  while (!base.empty() && base.back() == '-') base.pop_back();
  if (base.empty()) base = "criterion";
  const auto taken = [&](const std::string& code) {
    return std::ranges::any_of(known, [&](const Criterion& c) { return c.code == code; });
  };
  std::string code = base;
  for (int n = 2; taken(code); ++n) code = base + "-" + std::to_string(n);
  return code;
}

core::Result<std::vector<Criterion>> EditRubric(const RubricEdit& edit, const std::vector<Criterion>& known) {
  std::vector<Criterion> rubric;
  std::vector<Criterion> codes = known;  // new codes must differ from every code ever used
  const auto check = [&](const std::string& name, const std::string& field) -> core::Result<void> {
    if (name.empty()) {
      return Fail(ErrorCode::kInvalidInput, "Name every criterion, or tick Remove beside the one to drop.", {}, field);
    }
    if (name.size() > 120) {
      return Fail(ErrorCode::kInvalidInput, "Keep a criterion's name under 120 characters.", {}, field);
    }
    if (std::ranges::any_of(rubric, [&](const Criterion& c) { return c.name == name; })) {
      return Fail(ErrorCode::kInvalidInput, "\"" + name + "\" is in the rubric twice; name each criterion once.", {}, field);
    }
    return {};
  };
  for (const auto& criterion : edit.kept) {
    const std::string name(core::Trim(criterion.name));
    if (auto ok = check(name, "name_" + criterion.code); !ok) return std::unexpected(ok.error());
    rubric.push_back({criterion.code, name});
  }
  for (const auto& added : edit.added) {
    const std::string name(core::Trim(added));
    if (name.empty()) continue;  // the empty "new criterion" box adds nothing
    if (auto ok = check(name, "new_name"); !ok) return std::unexpected(ok.error());
    Criterion criterion{CriterionCode(name, codes), name};
    codes.push_back(criterion);
    rubric.push_back(std::move(criterion));
  }
  if (rubric.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Keep at least one criterion: a review scores the rubric.", {}, "new_name");
  }
  if (rubric.size() > kMaxCriteria) {
    return Fail(ErrorCode::kInvalidInput, "A rubric has at most eight criteria; remove one before adding another.", {},
                "new_name");
  }
  return rubric;
}

}  // namespace practica::exemplars
