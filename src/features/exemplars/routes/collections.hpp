// Collections: anyone reads them (published exemplars only, signed in or not); district staff
// make them, add published exemplars from an exemplar's page and take them out again.
#pragma once

#include <boost/json/object.hpp>

#include <vector>

#include "features/kit/deps.hpp"
#include "features/kit/fields.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "http/router.hpp"

namespace practica::exemplars {

http::Response CollectionsPage(const features::Deps& deps, const http::Request& request,
                               const boost::json::object& extra = {}, int status = 200);
http::Response CollectionsApi(const features::Deps& deps, const http::Request& request);
http::Response CollectionPage(const features::Deps& deps, const http::Request& request,
                              const boost::json::object& extra = {}, int status = 200);
http::Response CollectionApi(const features::Deps& deps, const http::Request& request);

// title, description → the new collection's url.
[[nodiscard]] core::Result<boost::json::object> CreateCollection(const features::Deps&, const http::Request&,
                                                                 const features::Fields&);
// /exemplars/{id}/collections, collection = a slug: the published exemplar joins it.
[[nodiscard]] core::Result<boost::json::object> AddToCollection(const features::Deps&, const http::Request&,
                                                                const features::Fields&);
// /exemplars/collections/{collection}/items/{id}/remove.
[[nodiscard]] core::Result<boost::json::object> RemoveFromCollection(const features::Deps&, const http::Request&,
                                                                     const features::Fields&);

// The collections' page and post routes, to be registered before /exemplars/{id}.
void AddCollectionRoutes(std::vector<http::Route>& routes, const features::Deps& deps);

}  // namespace practica::exemplars
