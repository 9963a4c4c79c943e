// The application page and the API's answer about one application, for the person asking.
#pragma once

#include <boost/json/object.hpp>

#include "features/applications/routes/context.hpp"
#include "http/response.hpp"

namespace practica::applications {

// The page of /cohorts/{slug}/schools/{school}/application with the forms the person may use;
// `extra` carries a refused form's message and what was typed.
http::Response ApplicationPage(const features::Deps& deps, const http::Request& request,
                               boost::json::object extra = {}, int status = 200);

// The application as JSON for the person asking (kNotFound when the school has none).
[[nodiscard]] core::Result<boost::json::object> ApplicationAnswer(const features::Deps& deps,
                                                                  const http::Request& request);

// The API's answer after a change: the application as it now is, or the error.
http::Response ApiAfterChange(const features::Deps& deps, const http::Request& request,
                              const core::Result<AuditNote>& done, int status = 200);

}  // namespace practica::applications
