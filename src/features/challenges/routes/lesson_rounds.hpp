// Critical Friends rounds on the third day of an ISTE Standards Suite offering (the 2+1 format):
// the offering's rounds with the form to open one for a participant's lesson, a round's own page
// (the same protocol and page parts as a school's round), and their API twins. Changes go
// through features::RunChange, each with its audit entry.
#pragma once

#include <boost/json/object.hpp>

#include "features/challenges/routes/context.hpp"
#include "features/kit/deps.hpp"
#include "features/kit/fields.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace practica::challenges {

// The offering of the path ({slug}) with its registered participants and the person's standing.
struct LessonDay {
  SuiteOfferingRecord offering;
  std::vector<RoundPerson> registered;
  bool staff = false;
  bool coach = false;
};

// A round with its offering, as the person meets it.
struct LessonRoundPlace {
  LessonRoundRecord round;
  LessonDay day;
  RoundRole role = RoundRole::kNone;
  bool runs = false;  // the facilitator, or district staff
};

// presenter (person id), lesson_title, tried, link. District staff or a coach; they facilitate it.
core::Result<boost::json::object> OpenLessonRound(const features::Deps&, const http::Request&, const features::Fields&);
// kind, body: as in a school's round.
core::Result<boost::json::object> AddLessonItem(const features::Deps&, const http::Request&, const features::Fields&);
// Moves the round to its next step (the facilitator or district staff).
core::Result<boost::json::object> AdvanceLessonRound(const features::Deps&, const http::Request&, const features::Fields&);

// The round of the path ({id}). kNotFound for an unknown round; kForbidden unless the person is
// registered for its offering, facilitates it, coaches or is district staff.
[[nodiscard]] core::Result<LessonRoundPlace> FindLessonRound(const features::Deps& deps, ChallengesStore& store,
                                                             const http::Request& request);
// The offering of the path, read as FindLessonRound reads a round's.
[[nodiscard]] core::Result<LessonDay> FindLessonDay(const features::Deps& deps, ChallengesStore& store,
                                                    const http::Request& request);

http::Response LessonRoundsPage(const features::Deps& deps, const http::Request& request,
                                const boost::json::object& extra, int status);
http::Response LessonRoundsApi(const features::Deps& deps, const http::Request& request);
http::Response LessonRoundPage(const features::Deps& deps, const http::Request& request,
                               const boost::json::object& extra, int status);
http::Response LessonRoundApi(const features::Deps& deps, const http::Request& request);

}  // namespace practica::challenges
