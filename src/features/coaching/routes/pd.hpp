// The school's professional learning plan (commitment 7) and its banked-time sessions
// (commitments 8 and 17): the pages, their API twins and the changes their forms post. Who may
// read, plan, agree and share back is judged by coaching/domain/pd_plan on the school's people.
#pragma once

#include <boost/json/object.hpp>

#include "core/error.hpp"
#include "features/kit/deps.hpp"
#include "features/kit/fields.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace practica::coaching {

// /cohorts/{slug}/schools/{school}/pd-plan
http::Response PdPlanPage(const features::Deps& deps, const http::Request& request, const boost::json::object& typed,
                          int status);
http::Response PdPlanApi(const features::Deps& deps, const http::Request& request);
// /pd-sessions/{id}
http::Response PdSessionPage(const features::Deps& deps, const http::Request& request,
                             const boost::json::object& typed, int status);
http::Response PdSessionApi(const features::Deps& deps, const http::Request& request);

core::Result<boost::json::object> AddPdSession(const features::Deps& deps, const http::Request& request,
                                               const features::Fields& fields);
core::Result<boost::json::object> AgreePdPlan(const features::Deps& deps, const http::Request& request,
                                              const features::Fields& fields);
core::Result<boost::json::object> TakePdAttendance(const features::Deps& deps, const http::Request& request,
                                                   const features::Fields& fields);
core::Result<boost::json::object> SharePdBack(const features::Deps& deps, const http::Request& request,
                                              const features::Fields& fields);

}  // namespace practica::coaching
