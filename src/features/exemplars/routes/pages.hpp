// The exemplar pages (library, one exemplar, packaging form, one's own) and their API twins.
#pragma once

#include <boost/json/object.hpp>

#include "features/exemplars/store/search_cache.hpp"
#include "features/kit/deps.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace practica::exemplars {

http::Response LibraryPage(const features::Deps& deps, const http::Request& request, SearchCache& cache);
http::Response LibraryApi(const features::Deps& deps, const http::Request& request, SearchCache& cache);
http::Response MinePage(const features::Deps& deps, const http::Request& request);
http::Response MineApi(const features::Deps& deps, const http::Request& request);
// `extra`: a refused form's problem and what was typed.
http::Response ExemplarPage(const features::Deps& deps, const http::Request& request, boost::json::object extra = {},
                            int status = 200);
http::Response ExemplarApi(const features::Deps& deps, const http::Request& request);
http::Response ArtifactFile(const features::Deps& deps, const http::Request& request);
// The newest published exemplars as an Atom feed, for feed readers (no sign-in).
http::Response AtomFeed(const features::Deps& deps, const http::Request& request);
// The packaging form: new at {slug}/{school}, or the exemplar {id}'s to edit.
http::Response PackagePage(const features::Deps& deps, const http::Request& request, boost::json::object extra = {},
                           int status = 200);

}  // namespace practica::exemplars
