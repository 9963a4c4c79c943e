// What an offering's page and API show one person: the offering with its seats and days, the
// registration forms of the schools they register, their own enrolment, and for staff the
// registrations and what they may do with the session.
#pragma once

#include <boost/json/object.hpp>

#include "features/kit/deps.hpp"
#include "features/learning/store/learning_store.hpp"
#include "http/request.hpp"

namespace practica::learning {

// The store's error when a read fails.
[[nodiscard]] core::Result<boost::json::object> OfferingModel(const features::Deps& deps,
                                                              LearningStore& store,
                                                              const http::Request& request,
                                                              const Offering& offering);

}  // namespace practica::learning
