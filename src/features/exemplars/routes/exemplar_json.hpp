// The view model of exemplars, one for the pages and the API: a library line, a whole exemplar
// (its reviews only for those who may see them), the library's search answer.
#pragma once

#include <boost/json/object.hpp>
#include <map>
#include <string>

#include "features/exemplars/routes/context.hpp"

namespace practica::exemplars {

using Names = std::map<std::string, std::string>;

// "3-5" → "Grades 3 to 5" by kind, the code itself when unknown.
std::string NameOf(const Names& names, const std::string& kind, const std::string& code);

boost::json::object LineJson(const ExemplarLine& line, const Names& names, const std::vector<std::string>& terms = {});

// The exemplar as `found.viewer` may see it: artifacts without a standing consent and reviews
// are left out for the public. `criteria` names the reviews' scores (removed criteria too).
boost::json::object ExemplarJson(const Found& found, const Names& names, const std::vector<Criterion>& criteria);

}  // namespace practica::exemplars
