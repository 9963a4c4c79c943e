// Cohorts as JSON: the API's answer and the pages' view model are the same shape.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <vector>

#include "core/time_zone.hpp"
#include "features/cohorts/domain/cohort.hpp"
#include "features/cohorts/store/cohorts_store.hpp"

namespace practica::cohorts {

boost::json::object CohortSummaryJson(const Cohort& cohort, std::int64_t now,
                                      const core::TimeZone& zone);
// Adds goals and timeline to the summary.
boost::json::object CohortJson(const Cohort& cohort, std::int64_t now, const core::TimeZone& zone);
boost::json::array CohortSchoolsJson(const std::vector<CohortSchool>& schools);

}  // namespace practica::cohorts
