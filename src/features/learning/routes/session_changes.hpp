// Staff change a planned session: edit what the planning form set, or cancel it with a reason.
// Each runs in one transaction under the offering's lock, with its audit entry and the e-mails
// to everyone who holds or waits for a seat, and answers the offering as JSON.
#pragma once

#include <boost/json/object.hpp>

#include <optional>

#include "features/kit/deps.hpp"
#include "features/kit/fields.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace practica::learning {

// Fields as the planning form names them (title, description, capacity, registration_closes,
// location, join_url, commitment_number, dayN_date/start/end); a field left out keeps its
// value, the days are replaced when day1_date is sent. Waiting teams are seated when seats go
// up; a change of days, times, place or join link is e-mailed to every registered person.
core::Result<boost::json::object> EditSession(const features::Deps&, const http::Request&,
                                              const features::Fields&);
// Field "reason". The session is kept, marked cancelled; registration closes and everyone
// registered is e-mailed once with the reason.
core::Result<boost::json::object> CancelSession(const features::Deps&, const http::Request&,
                                                const features::Fields&);

// The cancel form's confirmation: the session's page again with a box naming the session and
// how many people will be told, until the form comes back with confirm=yes. Nothing (go on
// with the change) when confirmed, or when the change would be refused anyway.
std::optional<http::Response> ConfirmCancel(const features::Deps&, const http::Request&,
                                            const features::Fields&);

}  // namespace practica::learning
