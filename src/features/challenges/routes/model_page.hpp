// How a challenges page is drawn from its view model: what a refused form typed (`extra`), the
// "saved_<form>" notice a redirect asked for (?saved=), and the session's CSRF token for its forms.
#pragma once

#include <boost/json/object.hpp>

#include <string>
#include <string_view>
#include <utility>

#include "core/error.hpp"
#include "features/kit/deps.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace practica::challenges {

// The model and the page's title, or why there is none (the error page, or the API's error).
using TitledModel = core::Result<std::pair<boost::json::object, std::string>>;

http::Response ModelPage(const features::Deps& deps, const http::Request& request, TitledModel model,
                         const boost::json::object& extra, std::string_view view, std::string_view nav, int status);

}  // namespace practica::challenges
