// The technology plan's changes, shared by the pages and the API: save a version, submit it,
// comment on it (the coach), return it with comments or approve it (district staff).
#pragma once

#include <boost/json/object.hpp>

#include "features/kit/deps.hpp"
#include "features/kit/fields.hpp"
#include "features/techplans/domain/plan.hpp"
#include "http/request.hpp"

namespace practica::techplans {

using Change = core::Result<boost::json::object> (*)(const features::Deps&, const http::Request&,
                                                    const features::Fields&);

// The plan's content from the form's fields: vision, goal_N, strategies_N, indicators_N, tools_N, …

PlanContent ContentFromFields(const features::Fields& fields);

core::Result<boost::json::object> SavePlan(const features::Deps&, const http::Request&, const features::Fields&);
core::Result<boost::json::object> SubmitPlan(const features::Deps&, const http::Request&, const features::Fields&);
core::Result<boost::json::object> CommentOnPlan(const features::Deps&, const http::Request&, const features::Fields&);
core::Result<boost::json::object> ReturnPlan(const features::Deps&, const http::Request&, const features::Fields&);
core::Result<boost::json::object> ApprovePlan(const features::Deps&, const http::Request&, const features::Fields&);

}  // namespace practica::techplans
