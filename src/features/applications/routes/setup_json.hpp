// A cohort's application setup as JSON: the API's answer and the setup page's view model.
#pragma once

#include <boost/json/object.hpp>

#include "core/time_zone.hpp"
#include "features/applications/domain/setup.hpp"

namespace practica::applications {

boost::json::object SetupJson(const Setup& setup, std::int64_t now, const core::TimeZone& zone);
boost::json::object CohortRefJson(const cohorts::Cohort& cohort);

}  // namespace practica::applications
