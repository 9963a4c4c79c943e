// Where a professional-learning request is: the cohort, the school and its people, read once for
// the page and for each change, with who asks and what they may do there.
#pragma once

#include "core/refs.hpp"
#include "features/coaching/domain/pd_plan.hpp"
#include "features/coaching/store/pd_store.hpp"
#include "features/kit/deps.hpp"
#include "http/request.hpp"

namespace practica::coaching {

struct PdPlace {
  core::CohortRef cohort;
  core::SchoolRef school;
  YearSpan year;
  PlanPeople people;
  bool may_read = false;
  bool may_plan = false;
  bool may_agree = false;  // district staff
  core::LocalDate today;   // the day the place was judged on, in the district's zone
  bool year_over = false;  // the cohort's school year has ended: the plan reads as it was
  // What the pages offer: the forms of those who may plan or agree, while the year runs.
  bool PlansNow() const { return may_plan && !year_over; }
  bool AgreesNow() const { return may_agree && !year_over; }
};

// kConflict once the place's school year is over (CheckYearOpen), for every change to a plan.
[[nodiscard]] core::Result<void> MustBeOpen(const PdPlace& place);

// From /cohorts/{slug}/schools/{school}: kNotFound for an unknown cohort or school, or a school
// not in the cohort; kForbidden for someone who may not read the plan.
[[nodiscard]] core::Result<PdPlace> PlaceOfPlan(const features::Deps& deps, PdStore& store,
                                                const http::Request& request);
// The same for the school of a banked-time session.
[[nodiscard]] core::Result<PdPlace> PlaceOfSession(const features::Deps& deps, PdStore& store,
                                                   const http::Request& request, std::int64_t session_id);

}  // namespace practica::coaching
