// What reviewers and the program office do with a submitted application, each audited in the
// same transaction (record type "application", with the school). Each returns kNotFound for an
// unknown cohort or school or when the school has no application.
#pragma once

#include <functional>
#include <vector>

#include "features/applications/routes/context.hpp"

namespace practica::applications {

// Reads a reviewer's scores from input, given the cohort's criteria; kInvalidInput.
using ScoreReader = std::function<core::Result<std::vector<Score>>(const std::vector<Criterion>&)>;

// fields: reviewer (an e-mail address). kInvalidInput when nobody has it or they hold no
// reviewer role; kConflict when they hold a role at the school or over its local district, or
// already review it.
[[nodiscard]] core::Result<AuditNote> AssignReviewer(const features::Deps& deps, const http::Request& request,
                                                     const Fields& fields);
[[nodiscard]] core::Result<AuditNote> RemoveReviewer(const features::Deps& deps, const http::Request& request,
                                                     std::int64_t person_id);
// The signed-in reviewer's scores. kForbidden unless assigned; kConflict when they hold a role
// at the school, or it is not submitted; kInvalidInput for a score off the rubric.
[[nodiscard]] core::Result<AuditNote> SaveReview(const features::Deps& deps, const http::Request& request,
                                                 const ScoreReader& read);
// fields: visited_on, visitors, notes. kInvalidInput outside the cohort's site-visit window.
[[nodiscard]] core::Result<AuditNote> RecordSiteVisit(const features::Deps& deps, const http::Request& request,
                                                      const Fields& fields);
// score_<criterion> and comment_<criterion> fields.
ScoreReader ScoresFromForm(const Fields& fields);
// {"scores":[{"criterion_id","score","comment"}]}
ScoreReader ScoresFromJson(const boost::json::object& body);

}  // namespace practica::applications
