#include "features/coaching/routes/pd_place.hpp"

#include "features/coaching/routes/viewer.hpp"
#include "features/kit/access.hpp"

namespace practica::coaching {
namespace {

using core::ErrorCode;
using core::Fail;

core::Result<PdPlace> Judge(const features::Deps& deps, PdStore& store, const http::Request& request,
                            core::CohortRef cohort, core::SchoolRef school) {
  auto people = store.People(cohort.id, school.id);
  if (!people) return std::unexpected(people.error());
  PdPlace place{std::move(cohort), std::move(school), {}, std::move(*people)};
  const auto me = Me(request);
  const auth::Resource where{place.school.local_district_id, place.school.id, 0, false};
  const bool staff = request.principal && features::Allows(deps, *request.principal, "pd.agree", where);
  const bool oversees = request.principal && features::Allows(deps, *request.principal, "pd.oversee", where);
  place.may_read = MayRead(place.people, me, oversees);
  place.may_plan = MayPlan(place.people, me, staff);
  place.may_agree = staff;
  // Who may read is judged first, so that a stranger learns nothing, not even whether the school
  // is in the cohort.
  if (!place.may_read) {
    return Fail(ErrorCode::kForbidden, "Only " + place.school.name +
                                           "'s staff, team and coach, and district staff, see its professional learning plan.");
  }
  auto in = store.InCohort(place.cohort.id, place.school.id);
  if (!in) return std::unexpected(in.error());
  if (!*in) return Fail(ErrorCode::kNotFound, place.school.name + " is not in " + place.cohort.ShortName() + ".");
  auto year = YearOf(place.cohort);
  if (!year) return Fail(ErrorCode::kNotFound, place.cohort.ShortName() + " has no school year set.");
  place.year = *year;
  place.today = Today(deps);
  place.year_over = YearOver(place.year, place.today);
  return place;
}

}  // namespace

core::Result<void> MustBeOpen(const PdPlace& place) {
  return CheckYearOpen(place.year, place.today, place.cohort.ShortName());
}

core::Result<PdPlace> PlaceOfPlan(const features::Deps& deps, PdStore& store, const http::Request& request) {
  auto cohort = store.FindCohort(request.Param("slug"));
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) return Fail(ErrorCode::kNotFound, "There is no cohort \"" + std::string(request.Param("slug")) + "\".");
  auto db_school = store.FindSchool(request.Param("school"));
  if (!db_school) return std::unexpected(db_school.error());
  if (!*db_school) {
    return Fail(ErrorCode::kNotFound, "There is no school \"" + std::string(request.Param("school")) + "\".");
  }
  return Judge(deps, store, request, **cohort, **db_school);
}

core::Result<PdPlace> PlaceOfSession(const features::Deps& deps, PdStore& store, const http::Request& request,
                                     std::int64_t session_id) {
  auto at = store.PlaceOf(session_id);
  if (!at) return std::unexpected(at.error());
  auto cohort = store.CohortById(at->cohort_id);
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) return Fail(ErrorCode::kNotFound, "There is no banked-time session " + std::to_string(session_id) + ".");
  return Judge(deps, store, request, **cohort, at->school);
}

}  // namespace practica::coaching
