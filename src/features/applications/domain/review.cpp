#include "features/applications/domain/review.hpp"

#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "features/applications/domain/rubric.hpp"

namespace practica::applications {
namespace {

using core::ErrorCode;
using core::Fail;

}  // namespace

bool HeldRole::ActiveOn(const core::LocalDate& day) const {
  return starts_on <= day && (!ends_on || day <= *ends_on);
}

std::optional<HeldRole> ReviewerConflict(const std::vector<HeldRole>& roles, std::int64_t school_id,
                                         std::int64_t local_district_id, const core::LocalDate& today) {
  for (const auto& role : roles) {
    if (!role.ActiveOn(today)) continue;
    const bool at_school = role.scope == RoleScope::kSchool && role.scope_id == school_id;
    const bool over_school = role.scope == RoleScope::kLocalDistrict && local_district_id != 0 &&
                             role.scope_id == local_district_id;
    if (at_school || over_school) return role;
  }
  return std::nullopt;
}

core::Result<void> CheckReviewerFree(const std::string& reviewer_name, const std::string& school_name,
                                     const std::vector<HeldRole>& roles, std::int64_t school_id,
                                     std::int64_t local_district_id, const core::LocalDate& today) {
  const auto conflict = ReviewerConflict(roles, school_id, local_district_id, today);
  if (!conflict) return {};
  return Fail(ErrorCode::kConflict,
              reviewer_name + " cannot review " + school_name + ": they are " + conflict->role_label +
                  " at " + conflict->scope_label +
                  ". Reviewers come from outside the school and its local district; assign someone else.",
              {}, "reviewer");
}

core::Result<void> CheckMayReview(const std::string& reviewer_name, const std::vector<HeldRole>& roles,
                                  const core::LocalDate& today) {
  static const std::set<std::string, std::less<>> kReviewing = {"reviewer", "director", "coordinator",
                                                                "specialist"};
  for (const auto& role : roles) {
    if (role.ActiveOn(today) && kReviewing.contains(role.role)) return {};
  }
  return Fail(ErrorCode::kInvalidInput,
              reviewer_name + " holds no reviewer role; grant them the Reviewer role on the People "
                              "page first.",
              {}, "reviewer");
}

core::Result<void> CheckScores(const std::vector<Criterion>& criteria, const std::vector<Score>& scores) {
  std::set<std::int64_t> seen;
  for (const auto& score : scores) {
    const auto criterion = std::find_if(criteria.begin(), criteria.end(),
                                        [&](const Criterion& c) { return c.id == score.criterion_id; });
    if (criterion == criteria.end()) {
      return Fail(ErrorCode::kInvalidInput,
                  "There is no criterion " + std::to_string(score.criterion_id) +
                      " in this cohort; reload the page to see its criteria.",
                  {}, "scores");
    }
    const std::string field = "score_" + std::to_string(criterion->id);
    if (!seen.insert(score.criterion_id).second) {
      return Fail(ErrorCode::kInvalidInput,
                  "Criterion " + std::to_string(criterion->position) + " is scored twice; score it once.",
                  {}, field);
    }
    if (auto checked = CheckScore(score.score, *criterion, field); !checked) return checked;
    if (score.comment.size() > kMaxCommentChars) {
      return Fail(ErrorCode::kInvalidInput,
                  "The comment on criterion " + std::to_string(criterion->position) + " is longer than " +
                      std::to_string(kMaxCommentChars) + " characters; shorten it.",
                  {}, "comment_" + std::to_string(criterion->id));
    }
  }
  for (const auto& criterion : criteria) {
    if (!seen.contains(criterion.id)) {
      return Fail(ErrorCode::kInvalidInput,
                  "Score criterion " + std::to_string(criterion.position) + " (\"" +
                      (criterion.text.size() <= 60 ? criterion.text : criterion.text.substr(0, 57) + "…") +
                      "\") too; a review scores every criterion.",
                  {}, "score_" + std::to_string(criterion.id));
    }
  }
  return {};
}

core::Result<void> CheckSiteVisit(const SiteVisit& visit, const Setup& setup) {
  if (!setup.site_visits_from || !setup.site_visits_to) {
    return Fail(ErrorCode::kInvalidInput,
                "Set the site-visit window of " + cohorts::ShortName(setup.cohort) +
                    " on its setup page before recording visits.",
                {}, "visited_on");
  }
  if (visit.visited_on < *setup.site_visits_from || *setup.site_visits_to < visit.visited_on) {
    return Fail(ErrorCode::kInvalidInput,
                "Site visits for " + cohorts::ShortName(setup.cohort) + " take place " +
                    DescribeDays(*setup.site_visits_from, *setup.site_visits_to) + "; " +
                    core::FormatLongDate(visit.visited_on) + " is outside that window.",
                {}, "visited_on");
  }
  if (core::Trim(visit.visitors).empty()) {
    return Fail(ErrorCode::kInvalidInput, "Say who went on the site visit.", {}, "visitors");
  }
  if (visit.notes.size() > kMaxAnswerChars) {
    return Fail(ErrorCode::kInvalidInput,
                "The notes are longer than " + std::to_string(kMaxAnswerChars) + " characters; shorten them.",
                {}, "notes");
  }
  return {};
}

}  // namespace practica::applications
