// Offerings and registrations as the API answers them and the pages render them, and an
// offering read from the planning form's fields.
#pragma once

#include <boost/json/object.hpp>

#include <string>

#include "core/time_zone.hpp"
#include "db/connection.hpp"
#include "features/kit/deps.hpp"
#include "features/kit/fields.hpp"
#include "features/learning/domain/offering.hpp"
#include "features/learning/domain/seating.hpp"
#include "features/learning/store/learning_store.hpp"

namespace practica::learning {

// "Saturday, June 2, 2018, 8:00 AM – 3:00 PM; Wednesday, August 8, 2018, …"
std::string DaysText(const Offering& offering, const core::TimeZone& zone);

// "Each school's practitioner team of 3", "Any teacher of the district, one seat each"
std::string AudienceText(const Offering& offering);

// A day as the pages show it: its number, "Saturday, June 2, 2018", "8:00 AM", "3:00 PM", and
// its start in ISO 8601 for the page's <time> element.
boost::json::object DayJson(const Day& day, const core::TimeZone& zone);

boost::json::object OfferingJson(const Offering& offering, const core::TimeZone& zone);
boost::json::object SeatsJson(const Seats& seats);
boost::json::object RegistrationJson(const Registration& registration);

// The planning form: kind, title, description, cohort (slug, empty for an offering open to
// every teacher), capacity, team_size, registration_closes (a date: registration closes at the
// end of that day), location, join_url, commitment_number, standard_code, and for each day N
// from 1: dayN_date, dayN_start, dayN_end ("08:00"). kInvalidInput naming the field.
// The planning form's parts, shared with the edit form: dayN_date/start/end from day 1 until
// the first empty date; the last day to register (none when empty); the commitment number
// (none when empty). kInvalidInput naming the field.
core::Result<std::vector<Day>> DaysFromFields(const features::Fields& fields,
                                              const core::TimeZone& zone);
core::Result<std::optional<std::int64_t>> ClosesFromFields(const features::Fields& fields,
                                                           const core::TimeZone& zone);
core::Result<std::optional<int>> CommitmentFromFields(const features::Fields& fields);

core::Result<Offering> OfferingFromFields(db::Connection& db, const features::Deps& deps,
                                          const features::Fields& fields);

}  // namespace practica::learning
