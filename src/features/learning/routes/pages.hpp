// The learning pages: the calendar, one offering (with its registration forms), attendance for
// one day, a cohort's attendance grid and the planning form. `typed` carries a refused form's
// message and what was typed, shown again with the page.
#pragma once

#include <boost/json/object.hpp>

#include "features/kit/deps.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace practica::learning {

http::Response ListPage(const features::Deps& deps, const http::Request& request);
http::Response ListApi(const features::Deps& deps, const http::Request& request);
http::Response OfferingPage(const features::Deps& deps, const http::Request& request,
                            const boost::json::object& typed = {}, int status = 200);
http::Response OfferingApi(const features::Deps& deps, const http::Request& request);
http::Response AttendancePage(const features::Deps& deps, const http::Request& request,
                              const boost::json::object& typed = {}, int status = 200);
http::Response ProgressPage(const features::Deps& deps, const http::Request& request);
http::Response ProgressApi(const features::Deps& deps, const http::Request& request);
// The edit form, filled with the session as it is, or with what was typed when refused.
http::Response EditPage(const features::Deps& deps, const http::Request& request,
                        const boost::json::object& typed = {}, int status = 200);
http::Response NewPage(const features::Deps& deps, const http::Request& request,
                       const boost::json::object& typed = {}, int status = 200);

}  // namespace practica::learning
