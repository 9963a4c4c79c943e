#include "features/challenges/routes/context.hpp"

#include <algorithm>

#include "auth/domain/policy.hpp"
#include "auth/guard.hpp"
#include "features/kit/access.hpp"

namespace practica::challenges {
namespace {

using auth::Role;
using auth::ScopeKind;
using core::ErrorCode;
using core::Fail;

const std::vector<Role> kDistrictStaff = {Role::kDirector, Role::kCoordinator, Role::kSpecialist};

bool Contains(const std::vector<std::int64_t>& ids, std::int64_t id) { return std::ranges::find(ids, id) != ids.end(); }

bool SchoolPerson(Role role) { return role == Role::kPrincipal || role == Role::kTeamMember || role == Role::kTeacher; }

core::Error NoSchool(std::string_view slug) {
  return core::Error{ErrorCode::kNotFound,
                     "There is no school \"" + std::string(slug) + "\"; search for it on the schools page.", {}, {}};
}

core::Error NoCohort(std::string_view slug) {
  return core::Error{ErrorCode::kNotFound,
                     "There is no cohort \"" + std::string(slug) + "\"; the cohorts are listed on the home page.",
                     {}, {}};
}

core::Error MayNotRead(const std::string& what) {
  return core::Error{ErrorCode::kForbidden,
                     "You do not have access to " + what +
                         ": design challenges are read by the cohort's schools and their coaches, district "
                         "staff and the local district's instructional director.",
                     {}, {}};
}

// The schools of the cohort where the person works or coaches.
std::vector<std::int64_t> OwnCohortSchools(const auth::Principal& who, const core::LocalDate& today,
                                           const std::vector<std::int64_t>& cohort_school_ids) {
  std::vector<std::int64_t> own;
  const bool coach = std::ranges::any_of(who.grants, [&](const auth::Grant& g) {
    return g.role == Role::kCoach && g.ActiveOn(today);
  });
  for (const auto& grant : who.grants) {
    if (grant.ActiveOn(today) && SchoolPerson(grant.role) && grant.scope == ScopeKind::kSchool &&
        Contains(cohort_school_ids, grant.scope_id)) {
      own.push_back(grant.scope_id);
    }
  }
  if (coach) {
    for (auto id : who.caseload_school_ids) {
      if (Contains(cohort_school_ids, id)) own.push_back(id);
    }
  }
  return own;
}

Reader ReaderAt(const features::Deps& deps, const auth::Principal& who, const SchoolRef& school,
                const std::vector<std::int64_t>& cohort_school_ids) {
  const auto today = auth::Today(deps.clock, deps.tenant.zone);
  Reader reader;
  reader.district_staff = auth::HoldsDistrictWide(who, kDistrictStaff, today);
  for (const auto& grant : who.grants) {
    if (!grant.ActiveOn(today)) continue;
    if (grant.role == Role::kInstructionalDirector && grant.scope == ScopeKind::kLocalDistrict &&
        school.local_district_id != 0 && grant.scope_id == school.local_district_id) {
      reader.local_director = true;
    }
    if (SchoolPerson(grant.role) && grant.scope == ScopeKind::kSchool && grant.scope_id == school.id) {
      reader.own_school = true;
    }
  }
  const auto own = OwnCohortSchools(who, today, cohort_school_ids);
  reader.own_coach = Contains(who.caseload_school_ids, school.id) && Contains(own, school.id);
  reader.in_cohort = !own.empty();
  reader.may_change = features::Allows(deps, who, "challenges.change",
                                       auth::Resource{school.local_district_id, school.id, 0, false});
  return reader;
}

}  // namespace

http::ResourceResolver SchoolResolver(const features::Deps& deps) {
  return [&deps](const http::Request& request) -> core::Result<auth::Resource> {
    auto db = deps.database.Acquire();
    auto school = ChallengesStore(*db, deps.tenant.id).FindSchool(request.Param("school"));
    if (!school) return std::unexpected(school.error());
    if (!*school) return Fail(NoSchool(request.Param("school")));
    return auth::Resource{(*school)->local_district_id, (*school)->id, 0, false};
  };
}

http::ResourceResolver ListingResolver() {
  return [](const http::Request&) -> core::Result<auth::Resource> { return auth::Resource{0, 0, 0, true}; };
}

core::Result<Place> FindPlace(const features::Deps& deps, ChallengesStore& store, const http::Request& request) {
  return FindPlaceOf(deps, store, request, request.Param("slug"), request.Param("school"));
}

core::Result<Place> FindPlaceOf(const features::Deps& deps, ChallengesStore& store, const http::Request& request,
                                std::string_view cohort_slug, std::string_view school_slug) {
  auto cohort = store.FindCohort(cohort_slug);
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) return Fail(NoCohort(cohort_slug));
  auto school = store.FindSchool(school_slug);
  if (!school) return std::unexpected(school.error());
  if (!*school) return Fail(NoSchool(school_slug));
  auto ids = store.CohortSchoolIds((*cohort)->id);
  if (!ids) return std::unexpected(ids.error());
  Place place{**cohort, **school, std::move(*ids), {}};
  if (request.principal) place.reader = ReaderAt(deps, *request.principal, place.school, place.cohort_school_ids);
  if (ReadAccess(place.reader) == Access::kNone) {
    return Fail(MayNotRead(place.school.name + "'s design challenge in " + place.cohort.ShortName()));
  }
  if (!Contains(place.cohort_school_ids, place.school.id)) {
    return Fail(ErrorCode::kNotFound, place.school.name + " is not part of " + place.cohort.ShortName() +
                                          "; its cohorts are listed on its school page.");
  }
  return place;
}

bool IsDistrictStaff(const features::Deps& deps, const http::Request& request) {
  return request.principal &&
         auth::HoldsDistrictWide(*request.principal, kDistrictStaff, auth::Today(deps.clock, deps.tenant.zone));
}

bool IsCoach(const features::Deps& deps, const http::Request& request) {
  if (!request.principal) return false;
  const auto today = auth::Today(deps.clock, deps.tenant.zone);
  return std::ranges::any_of(request.principal->grants,
                             [&](const auth::Grant& g) { return g.role == Role::kCoach && g.ActiveOn(today); });
}

bool MayScheduleRounds(const features::Deps& deps, const http::Request& request, const CohortView& view) {
  if (IsDistrictStaff(deps, request)) return true;
  return IsCoach(deps, request) && std::ranges::any_of(request.principal->caseload_school_ids, [&](std::int64_t id) {
           return Contains(view.cohort_school_ids, id);
         });
}

core::Result<CohortView> FindCohortView(const features::Deps& deps, ChallengesStore& store,
                                        const http::Request& request) {
  return FindCohortViewOf(deps, store, request, request.Param("slug"));
}

core::Result<CohortView> FindCohortViewOf(const features::Deps& deps, ChallengesStore& store,
                                          const http::Request& request, std::string_view slug) {
  auto cohort = store.FindCohort(slug);
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) return Fail(NoCohort(slug));
  auto ids = store.CohortSchoolIds((*cohort)->id);
  if (!ids) return std::unexpected(ids.error());
  CohortView view{**cohort, std::move(*ids), false, {}, {}, false};
  if (!request.principal) return Fail(MayNotRead("the design challenges of " + view.cohort.ShortName()));
  const auto& who = *request.principal;
  const auto today = auth::Today(deps.clock, deps.tenant.zone);
  view.own_school_ids = OwnCohortSchools(who, today, view.cohort_school_ids);
  view.district_staff = auth::HoldsDistrictWide(who, kDistrictStaff, today);
  view.everything = view.district_staff || !view.own_school_ids.empty();
  for (const auto& grant : who.grants) {
    if (grant.ActiveOn(today) && grant.role == Role::kInstructionalDirector && grant.scope == ScopeKind::kLocalDistrict) {
      view.local_district_ids.push_back(grant.scope_id);
    }
  }
  if (!view.everything && view.local_district_ids.empty()) {
    return Fail(MayNotRead("the design challenges of " + view.cohort.ShortName()));
  }
  return view;
}

}  // namespace practica::challenges
