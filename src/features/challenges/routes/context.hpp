// What every challenges route finds first: the cohort and school the path names, and who is
// asking in that school's terms (its own people, its coach, another school of the cohort,
// district staff, the local district's director).
#pragma once

#include <vector>

#include "features/challenges/domain/access.hpp"
#include "features/challenges/store/challenges_store.hpp"
#include "features/kit/deps.hpp"
#include "http/request.hpp"
#include "http/router.hpp"

namespace practica::challenges {

// The school of the path ({school}) for the policy: only its team and coach change it.
http::ResourceResolver SchoolResolver(const features::Deps& deps);
// A cohort's schools (reading and commenting): the handler narrows it to the cohort.
http::ResourceResolver ListingResolver();

struct Place {
  CohortRef cohort;
  SchoolRef school;
  std::vector<std::int64_t> cohort_school_ids;
  Reader reader;
};

// The cohort ({slug}) and school ({school}) of the path, and the person as a reader of it.
// kNotFound for an unknown cohort or school; kForbidden when the person may not read the
// school's challenge (asked before whether the school is in the cohort, so the answer says
// nothing to someone outside); kNotFound when the school is not in the cohort.
[[nodiscard]] core::Result<Place> FindPlace(const features::Deps& deps, ChallengesStore& store,
                                            const http::Request& request);
// The same for a cohort and school named otherwise (a round names its presenting school).
[[nodiscard]] core::Result<Place> FindPlaceOf(const features::Deps& deps, ChallengesStore& store,
                                              const http::Request& request, std::string_view cohort_slug,
                                              std::string_view school_slug);

// The cohort of the path and the person's standing in it, for the gallery: kForbidden unless
// district staff, a director of a local district, or a person or coach of one of its schools.
struct CohortView {
  CohortRef cohort;
  std::vector<std::int64_t> cohort_school_ids;
  bool everything = false;                      // district staff, or a person of one of its schools
  std::vector<std::int64_t> local_district_ids; // an instructional director: those schools only
  std::vector<std::int64_t> own_school_ids;     // drafts the person may see in the gallery
  bool district_staff = false;
};
// District staff (director, coordinator, specialist) today.
bool IsDistrictStaff(const features::Deps& deps, const http::Request& request);
// A coach today, of any school.
bool IsCoach(const features::Deps& deps, const http::Request& request);

// District staff, or a coach of one of the cohort's schools: who schedules a Critical Friends round.
bool MayScheduleRounds(const features::Deps& deps, const http::Request& request, const CohortView& view);

[[nodiscard]] core::Result<CohortView> FindCohortView(const features::Deps& deps, ChallengesStore& store,
                                                      const http::Request& request);
// The same for a cohort named otherwise (an inquiry group names its cohort).
[[nodiscard]] core::Result<CohortView> FindCohortViewOf(const features::Deps& deps, ChallengesStore& store,
                                                        const http::Request& request, std::string_view slug);

}  // namespace practica::challenges
