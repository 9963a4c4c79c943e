// Everything about one school's application to one cohort, loaded once, and its JSON: the
// API's answer and the page's view model. What a person sees depends on where they stand:
// reviews and the site visit only for those who manage applications, a reviewer's own scores
// for that reviewer.
#pragma once

#include <boost/json/object.hpp>

#include <optional>
#include <vector>

#include "features/applications/routes/context.hpp"
#include "features/applications/store/reviews_store.hpp"

namespace practica::applications {

struct ApplicationView {
  Setup setup;
  SchoolRef school;
  std::optional<Application> application;
  std::optional<Extension> extension;
  std::vector<ReviewerRef> reviewers;
  std::vector<ReviewScore> scores;
  std::optional<SiteVisitRecord> visit;
  std::vector<DecisionRecord> decisions;

  bool AssignedTo(std::int64_t person_id) const;
};

// kNotFound naming the cohort or the school.
[[nodiscard]] core::Result<ApplicationView> LoadView(const features::Deps& deps, db::Connection& db,
                                                     std::string_view cohort_slug, std::string_view school_slug);

// A reviewer who holds no other standing at the school sees only applications assigned to them:
// kForbidden otherwise.
[[nodiscard]] core::Result<void> CheckMayRead(const ApplicationView& view, const Standing& standing);

boost::json::object ApplicationJson(const ApplicationView& view, const Standing& standing, std::int64_t now,
                                    const core::TimeZone& zone);

}  // namespace practica::applications
