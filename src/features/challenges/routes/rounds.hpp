// Critical Friends rounds: the cohort's list with the form to schedule one, the round's own page
// the facilitator runs on a phone or a projector, and their API twins. Changes go through
// features::RunChange, each with its audit entry against the presenting school.
#pragma once

#include <boost/json/object.hpp>

#include "features/challenges/routes/context.hpp"
#include "features/kit/deps.hpp"
#include "features/kit/fields.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace practica::challenges {

// A round with the presenting school as the person may read it, and the person's part in it.
struct RoundPlace {
  RoundRecord round;
  Place place;
  RoundRole role = RoundRole::kNone;
  bool runs = false;  // the facilitator, or district staff: moves the round on
};

// The round of the path ({id}). kNotFound for an unknown round; kForbidden as for the presenting
// school's challenge.
[[nodiscard]] core::Result<RoundPlace> FindRound(const features::Deps& deps, ChallengesStore& store,
                                                 const http::Request& request);

// school (slug), held_on (YYYY-MM-DD), place, facilitator (person id), participants (ids, commas),
// cycle (a number, optional). District staff or a coach of the cohort.
core::Result<boost::json::object> ScheduleRound(const features::Deps&, const http::Request&, const features::Fields&);
// kind ("clarifying", "probing", "warm", "cool", "reflection", "debrief"), body.
core::Result<boost::json::object> AddRoundItem(const features::Deps&, const http::Request&, const features::Fields&);
// Moves the round to its next step (the facilitator or district staff).
core::Result<boost::json::object> AdvanceRound(const features::Deps&, const http::Request&, const features::Fields&);

http::Response RoundsPage(const features::Deps& deps, const http::Request& request, const boost::json::object& extra,
                          int status);
http::Response RoundsApi(const features::Deps& deps, const http::Request& request);
http::Response RoundPage(const features::Deps& deps, const http::Request& request, const boost::json::object& extra,
                         int status);
http::Response RoundApi(const features::Deps& deps, const http::Request& request);

}  // namespace practica::challenges
