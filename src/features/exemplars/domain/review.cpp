#include "features/exemplars/domain/review.hpp"

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

}  // namespace practica::exemplars
