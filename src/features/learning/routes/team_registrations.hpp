// An offering's registration forms for the schools whose team the person registers (as
// principal, or as a member of the school's team in the offering's cohort): each school's
// registration with its attendees and who may swap in, or its team to choose attendees from.
#pragma once

#include <boost/json/array.hpp>

#include <cstdint>
#include <string>

#include "features/kit/deps.hpp"
#include "features/learning/store/learning_store.hpp"
#include "http/request.hpp"

namespace practica::learning {

// What the forms share with the rest of the offering's page.
struct TeamForms {
  std::string cohort_slug;  // of the offering's cohort, for the links to each school's team
  bool open = false;        // the offering takes registrations
  std::int64_t now = 0;
};

// The page's "schools": empty unless the offering is for teams of a cohort and someone signed
// in. Reads the schools, their teams, their registrations and, once the session has ended,
// their marks, one query each however many schools the person registers.
[[nodiscard]] core::Result<boost::json::array> TeamRegistrationsJson(
    const features::Deps& deps, LearningStore& store, const http::Request& request,
    const Offering& offering, const TeamForms& forms);

}  // namespace practica::learning
