// The one view model of a school's design challenge, for its page and its API answer alike; and
// the cohort's gallery.
#pragma once

#include <boost/json/object.hpp>

#include "features/challenges/routes/context.hpp"

namespace practica::challenges {

// The school's challenge as `place.reader` may see it: everything for the school, its coach and
// district; for another school of the cohort only once shared ("visible": false and nothing
// written otherwise). Fails as the store does.
[[nodiscard]] core::Result<boost::json::object> ChallengeJson(const features::Deps& deps, ChallengesStore& store,
                                                              const Place& place);

// Every school of the cohort the person may see, with its statement and stage; `query` keeps
// those whose school name, statement or indicators hold each of its words.
[[nodiscard]] core::Result<boost::json::object> GalleryJson(const features::Deps& deps, ChallengesStore& store,
                                                            const CohortView& view, const std::string& query);

}  // namespace practica::challenges
