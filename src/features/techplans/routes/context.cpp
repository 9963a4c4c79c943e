#include "features/techplans/routes/context.hpp"

#include <algorithm>

#include <boost/json/serialize.hpp>

#include "auth/domain/policy.hpp"
#include "auth/guard.hpp"

namespace practica::techplans {
namespace {

using auth::Role;
using auth::ScopeKind;
using core::ErrorCode;
using core::Fail;

const std::vector<Role> kDistrictStaff = {Role::kDirector, Role::kCoordinator, Role::kSpecialist};

bool SchoolPerson(Role role) { return role == Role::kPrincipal || role == Role::kTeamMember || role == Role::kTeacher; }

core::Error NoSchool(std::string_view slug) {
  return core::Error{ErrorCode::kNotFound,
                     "There is no school \"" + std::string(slug) + "\"; search for it on the schools page.", {}, {}};
}

}  // namespace

http::ResourceResolver SchoolResolver(const features::Deps& deps) {
  return [&deps](const http::Request& request) -> core::Result<auth::Resource> {
    auto db = deps.database.Acquire();
    auto school = TechPlansStore(*db, deps.tenant.id).FindSchool(request.Param("school"));
    if (!school) return std::unexpected(school.error());
    if (!*school) return Fail(NoSchool(request.Param("school")));
    return auth::Resource{(*school)->local_district_id, (*school)->id, 0, false};
  };
}

http::ResourceResolver ListingResolver() {
  return [](const http::Request&) -> core::Result<auth::Resource> { return auth::Resource{0, 0, 0, true}; };
}

bool DistrictStaff(const features::Deps& deps, const http::Request& request) {
  return request.principal &&
         auth::HoldsDistrictWide(*request.principal, kDistrictStaff, auth::Today(deps.clock, deps.tenant.zone));
}

core::Result<CohortRef> FindCohort(TechPlansStore& store, const http::Request& request) {
  auto cohort = store.FindCohort(request.Param("slug"));
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) {
    return Fail(ErrorCode::kNotFound, "There is no cohort \"" + std::string(request.Param("slug")) +
                                          "\"; the cohorts are listed on the home page.");
  }
  return **cohort;
}

core::Result<Place> FindPlace(const features::Deps& deps, TechPlansStore& store, const http::Request& request) {
  auto cohort = FindCohort(store, request);
  if (!cohort) return std::unexpected(cohort.error());
  auto school = store.FindSchool(request.Param("school"));
  if (!school) return std::unexpected(school.error());
  if (!*school) return Fail(NoSchool(request.Param("school")));
  Place place{*cohort, **school, {}, 0, auth::Today(deps.clock, deps.tenant.zone), {}};
  place.base_url = "/cohorts/" + place.cohort.slug + "/schools/" + place.school.slug;
  if (request.principal) {
    const auto& who = *request.principal;
    place.person_id = who.person_id;
    place.reader.district_staff = auth::HoldsDistrictWide(who, kDistrictStaff, place.today);
    for (const auto& grant : who.grants) {
      if (!grant.ActiveOn(place.today)) continue;
      if (grant.role == Role::kInstructionalDirector && grant.scope == ScopeKind::kLocalDistrict &&
          place.school.local_district_id != 0 && grant.scope_id == place.school.local_district_id) {
        place.reader.local_director = true;
      }
      if (SchoolPerson(grant.role) && grant.scope == ScopeKind::kSchool && grant.scope_id == place.school.id) {
        place.reader.school_person = true;
      }
      if (grant.role == Role::kCoach && std::ranges::find(who.caseload_school_ids, place.school.id) !=
                                            who.caseload_school_ids.end()) {
        place.reader.coach = true;
      }
    }
  }
  if (!place.reader.Reads()) {
    return Fail(ErrorCode::kForbidden, "You do not have access to " + place.school.name +
                                           "'s technology plan and certification: the school's people, its coach, "
                                           "the local district's director and district staff read them.");
  }
  auto in_cohort = store.InCohort(place.cohort.id, place.school.id);
  if (!in_cohort) return std::unexpected(in_cohort.error());
  if (!*in_cohort) {
    return Fail(ErrorCode::kNotFound, place.school.name + " is not part of " + place.cohort.ShortName() +
                                          "; its cohorts are listed on its school page.");
  }
  return place;
}

auth::AuditEntry Entry(const Place& place, std::string record_type, const boost::json::object& after,
                       std::string reason) {
  auth::AuditEntry entry;
  entry.record_type = std::move(record_type);
  entry.record_id = std::to_string(place.cohort.id) + ":" + std::to_string(place.school.id);
  entry.school_id = place.school.id;
  entry.after_json = boost::json::serialize(after);
  entry.reason = std::move(reason);
  return entry;
}

core::Result<boost::json::object> RunOnPlace(const features::Deps& deps, const http::Request& request,
                                             std::string_view action, const PlaceChange& change) {
  return features::RunChange(deps, request, action,
                             [&](db::Connection& db) -> core::Result<features::Changed<boost::json::object>> {
                               TechPlansStore store(db, deps.tenant.id);
                               auto place = FindPlace(deps, store, request);
                               if (!place) return std::unexpected(place.error());
                               return change(store, *place, db);
                             });
}

}  // namespace practica::techplans
