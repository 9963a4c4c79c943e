// The technology plan as the page and the API show it: the latest version's parts, the history
// of versions and review steps, what the person may do, and two versions compared.
#pragma once

#include <boost/json/object.hpp>

#include "features/kit/deps.hpp"
#include "features/techplans/routes/context.hpp"

namespace practica::techplans {

// kInternal only when the store fails.
[[nodiscard]] core::Result<boost::json::object> PlanJson(const features::Deps& deps, TechPlansStore& store,
                                                         const Place& place);

// Versions `from` and `to` compared. kNotFound naming the version when either does not exist.
[[nodiscard]] core::Result<boost::json::object> CompareJson(const features::Deps& deps, TechPlansStore& store,
                                                            const Place& place, int from, int to);

// "Friday, May 24, 2019 at 3:00 PM" in the district's zone.
std::string When(const features::Deps& deps, std::int64_t at);

}  // namespace practica::techplans
