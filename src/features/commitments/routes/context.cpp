#include "features/commitments/routes/context.hpp"

#include <boost/json/parse.hpp>

#include <algorithm>

#include "auth/domain/policy.hpp"
#include "auth/guard.hpp"
#include "features/kit/access.hpp"

namespace practica::commitments {
namespace json = boost::json;
using features::Allows;
using core::ErrorCode;
using core::Fail;

namespace {

const std::vector<auth::Role> kDistrictStaff = {auth::Role::kDirector, auth::Role::kCoordinator,
                                                auth::Role::kSpecialist};

}  // namespace

http::ResourceResolver SchoolResolver(const features::Deps& deps) {
  return [&deps](const http::Request& request) -> core::Result<auth::Resource> {
    auto db = deps.database.Acquire();
    auto school = CommitmentsStore(*db, deps.tenant.id).FindSchool(request.Param("school"));
    if (!school) return std::unexpected(school.error());
    if (!*school) {
      return Fail(ErrorCode::kNotFound, "There is no school \"" + std::string(request.Param("school")) +
                                            "\"; search for it on the schools page.");
    }
    return auth::Resource{(*school)->local_district_id, (*school)->id, 0, false};
  };
}

http::ResourceResolver ListingResolver() {
  return [](const http::Request&) -> core::Result<auth::Resource> {
    return auth::Resource{0, 0, 0, true};
  };
}

core::Error CohortNotFound(std::string_view slug) {
  return core::Error{ErrorCode::kNotFound,
                     "There is no cohort \"" + std::string(slug) +
                         "\"; the cohorts are listed on the home page.",
                     {}, {}};
}

core::Result<CohortRef> FindCohort(CommitmentsStore& store, const http::Request& request) {
  auto cohort = store.FindCohort(request.Param("slug"));
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) return Fail(CohortNotFound(request.Param("slug")));
  return **cohort;
}

core::Result<SchoolPlace> FindPlace(CommitmentsStore& store, const http::Request& request) {
  auto cohort = FindCohort(store, request);
  if (!cohort) return std::unexpected(cohort.error());
  auto school = store.FindSchool(request.Param("school"));
  if (!school) return std::unexpected(school.error());
  if (!*school) {
    return Fail(ErrorCode::kNotFound, "There is no school \"" + std::string(request.Param("school")) +
                                          "\"; search for it on the schools page.");
  }
  auto in = store.InCohort(cohort->id, (*school)->id);
  if (!in) return std::unexpected(in.error());
  if (!*in) {
    return Fail(ErrorCode::kNotFound, (*school)->name + " is not part of " + cohort->ShortName() +
                                          "; its cohorts are listed on its school page.");
  }
  return SchoolPlace{std::move(*cohort), std::move(**school)};
}

Viewer ViewerAt(const features::Deps& deps, const http::Request& request, const SchoolRef& school) {
  Viewer viewer;
  if (!request.principal) return viewer;
  const auto& who = *request.principal;
  const auth::Resource here{school.local_district_id, school.id, 0, false};
  const auto today = auth::Today(deps.clock, deps.tenant.zone);
  viewer.actor.person_id = who.person_id;
  viewer.actor.district_staff = auth::HoldsDistrictWide(who, kDistrictStaff, today);
  const bool coach = std::any_of(who.grants.begin(), who.grants.end(), [&](const auth::Grant& g) {
    return g.role == auth::Role::kCoach && g.ActiveOn(today);
  });
  viewer.actor.school_coach =
      coach && std::find(who.caseload_school_ids.begin(), who.caseload_school_ids.end(), school.id) !=
                   who.caseload_school_ids.end();
  viewer.may_submit = Allows(deps, who, "commitments.submit", here);
  viewer.may_verify = Allows(deps, who, "commitments.verify", here);
  return viewer;
}

std::optional<SchoolScope> ListingScope(const features::Deps& deps, const http::Request& request) {
  if (!request.principal) return SchoolScope{};
  auto scope = features::ScopeOf(deps, *request.principal, "commitments.read");
  if (scope.everything) return std::nullopt;
  return scope;
}

}  // namespace practica::commitments
