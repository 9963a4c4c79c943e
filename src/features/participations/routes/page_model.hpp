// The participation page's view model: the participation's JSON plus what this person may do
// on it (sign, keep the team, manage as staff) and the choices its forms offer.
#pragma once

#include <boost/json/object.hpp>

#include "features/participations/routes/participation_view.hpp"
#include "http/request.hpp"

namespace practica::participations {

// `typed` holds a failed form's message and what was typed, shown again.
[[nodiscard]] core::Result<boost::json::object> PageModel(db::Connection& db, const features::Deps& deps,
                                                          const http::Request& request, const ParticipationView& view,
                                                          const boost::json::object& typed);

}  // namespace practica::participations
