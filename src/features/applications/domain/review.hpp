// Reviewing applications: who may review which school, rubric scores and the site visit (the
// program office's decisions are in decision.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/time_zone.hpp"
#include "features/applications/domain/application.hpp"
#include "features/applications/domain/decision.hpp"

namespace practica::applications {

enum class RoleScope { kDistrict, kLocalDistrict, kSchool, kCaseload };

// A role someone holds, as the grants record it.
struct HeldRole {
  std::string role;        // "principal"
  std::string role_label;  // "Principal"
  RoleScope scope = RoleScope::kDistrict;
  std::int64_t scope_id = 0;  // the school or local district
  std::string scope_label;    // "Hope Street ES", "Local District East"
  core::LocalDate starts_on;
  std::optional<core::LocalDate> ends_on;  // the last day it holds

  bool ActiveOn(const core::LocalDate& day) const;
};

// The role that keeps a reviewer away from a school: an active one held at the school itself or
// over its local district. nullopt when the reviewer is free to review it.
std::optional<HeldRole> ReviewerConflict(const std::vector<HeldRole>& roles, std::int64_t school_id,
                                         std::int64_t local_district_id, const core::LocalDate& today);
// kConflict naming the reviewer, the school and the role when ReviewerConflict finds one.
[[nodiscard]] core::Result<void> CheckReviewerFree(const std::string& reviewer_name,
                                                   const std::string& school_name,
                                                   const std::vector<HeldRole>& roles,
                                                   std::int64_t school_id,
                                                   std::int64_t local_district_id,
                                                   const core::LocalDate& today);
// kInvalidInput naming the reviewer unless they hold an active role that reviews: reviewer or
// district program staff.
[[nodiscard]] core::Result<void> CheckMayReview(const std::string& reviewer_name,
                                                const std::vector<HeldRole>& roles,
                                                const core::LocalDate& today);

struct Score {
  std::int64_t criterion_id = 0;
  int score = 0;
  std::string comment;
};

inline constexpr std::size_t kMaxCommentChars = 4000;

// kInvalidInput naming the field: every criterion of the cohort scored once, on the rubric.
[[nodiscard]] core::Result<void> CheckScores(const std::vector<Criterion>& criteria,
                                             const std::vector<Score>& scores);

struct SiteVisit {
  core::LocalDate visited_on;
  std::string visitors;  // who went
  std::string notes;
};

// kInvalidInput naming the field: a visit falls within the cohort's site-visit window and says
// who went; kInvalidInput when the cohort has no window yet.
[[nodiscard]] core::Result<void> CheckSiteVisit(const SiteVisit& visit, const Setup& setup);

}  // namespace practica::applications
