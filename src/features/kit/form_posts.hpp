// How a feature's page form and its API post run the same change: the page answers a 303 on
// success and, refused with kInvalidInput or kConflict, its page again with the message, the
// field to mark and everything typed (typed_<field>); the API answers the change's JSON.
#pragma once

#include <boost/json/object.hpp>

#include <functional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "features/kit/deps.hpp"
#include "features/kit/fields.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "http/router.hpp"

namespace practica::features {

using PostedChange = std::function<core::Result<boost::json::object>(const Deps&, const http::Request&, const Fields&)>;
// The page shown again for a refused form: `typed` holds "error", "error_on_<field>" and
// "typed_<field>" for each field sent.
using RefusedPage = std::function<http::Response(const Deps&, const http::Request&, const boost::json::object&, int)>;
// Where a successful form goes next.
using NextUrl = std::function<std::string(const http::Request&, const boost::json::object&)>;

http::Response FormPost(const Deps& deps, const http::Request& request, const PostedChange& change,
                        const RefusedPage& page, const NextUrl& next);
// The change on a JSON body (or none), answered with `status` or the error shape.
http::Response ApiPost(const Deps& deps, const http::Request& request, const PostedChange& change, int status);

// One change posted both ways: the page's form at `pattern`, the API at "/api/v1" + `pattern`.
struct PostRoute {
  std::string pattern;
  std::string action;
  PostedChange change;
  RefusedPage page;
  NextUrl next;
  int api_status = 200;
};

// Appends each post's page and API routes to `routes`.
void AddPostRoutes(std::vector<http::Route>& routes, const Deps& deps, const std::vector<PostRoute>& posts);

}  // namespace practica::features
