// How pages answer a form post: go on to the next page, or show the form again with the
// message and everything typed, so nothing is lost.
#pragma once

#include <boost/json/object.hpp>

#include <functional>
#include <string>

#include "features/applications/routes/context.hpp"
#include "features/kit/form_answer.hpp"
#include "http/response.hpp"

namespace practica::applications {

using Rerender = features::Rerender;

// features::AfterForm for a change that answers with its audit note.
http::Response AfterForm(const features::Deps& deps, const http::Request& request,
                         const core::Result<AuditNote>& done, const std::string& next_url,
                         std::string_view form, const Fields& typed, const Rerender& rerender);

}  // namespace practica::applications
