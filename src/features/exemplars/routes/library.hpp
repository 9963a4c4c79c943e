// The library: what a search asks (words, facets, sort, page) read from the query string, and
// the answer with its facet counts and links that keep the rest of the query.
#pragma once

#include <boost/json/object.hpp>

#include <string>

#include "features/exemplars/store/search_cache.hpp"
#include "features/kit/deps.hpp"
#include "http/request.hpp"

namespace practica::exemplars {

// The search and its answer; kInvalidInput for a page that is not a whole number. `cache` keeps
// this server's recent answers (the routes share one). Given `facets_html`, the facets are
// written there as the page's HTML (the answer's "facets" left empty) instead of as JSON.
[[nodiscard]] core::Result<boost::json::object> LibraryJson(const features::Deps& deps, const http::Request& request,
                                                            SearchCache& cache, std::string* facets_html = nullptr);

}  // namespace practica::exemplars
