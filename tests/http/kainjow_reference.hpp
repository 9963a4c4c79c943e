// How pages were drawn before the compiled renderer: the view model converted to kainjow
// mustache's data and rendered by kainjow. Kept for tests only, to prove the new path draws
// the same bytes.
#pragma once

#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace practica::testing {

// nullopt when kainjow does not parse the template.
std::optional<std::string> KainjowRender(std::string_view tmpl, const boost::json::value& model);

}  // namespace practica::testing
