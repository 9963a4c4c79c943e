// The review rubric: district staff read and edit it at /exemplars/rubric; reviews score the
// rubric as it is when they are sent.
#pragma once

#include <boost/json/object.hpp>

#include "features/kit/deps.hpp"
#include "features/kit/fields.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace practica::exemplars {

http::Response RubricPage(const features::Deps& deps, const http::Request& request, boost::json::object extra = {},
                          int status = 200);
http::Response RubricApi(const features::Deps& deps, const http::Request& request);

// Fields: name_<code> for each criterion kept (renamed or not), remove_<code> to drop one,
// new_name to add one.
[[nodiscard]] core::Result<boost::json::object> ChangeRubric(const features::Deps& deps, const http::Request& request,
                                                           const features::Fields& fields);

}  // namespace practica::exemplars
