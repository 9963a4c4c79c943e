// The view models the surveys pages and API share: a form, its questions by section.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <vector>

#include "features/kit/deps.hpp"
#include "features/surveys/store/surveys_store.hpp"

namespace practica::surveys {

boost::json::object FormJson(const features::Deps& deps, const Form& form);
// The questions grouped by their sections in order, each with its options; `typed` (the
// refused form's fields, "typed_q<id>") marks what the person had picked or written.
boost::json::array SectionsJson(const std::vector<Question>& questions, const boost::json::object& typed);
std::string AudienceLabel(std::string_view kind);

}  // namespace practica::surveys
