// The demo's feedback forms, the kind the agreement's commitment 19 asks for: PS 3.0's
// session-feedback series, a form after each follow-up day (September 28, 2018, March 22 and
// May 31, 2019) sent to the day's attendees by name, an anonymous fall form to the staff of the PS 3.0 schools, and an anonymous
// start-of-year and end-of-year pair to the same staff whose answers are paired (a series). Their
// questions and answers are illustrative (the program's survey data is not public) and marked so
// wherever they show. The answer that brings a school's staff past half of those asked verifies
// that month's commitment 19 through `effects`, as an answer given on the page does. Two
// illustrative conversations are recorded beside them: a focus group with Garvanza's team
// (March 22, 2019) and an interview with Hope Street's principal (May 23, 2019).
#pragma once

#include <cstdint>

#include "core/error.hpp"
#include "core/time_zone.hpp"
#include "db/connection.hpp"
#include "features/kit/effects.hpp"
#include "features/surveys/store/surveys_store.hpp"

namespace practica::demo {

// A generated form as district staff would build it: created at its opening, then its
// questions in order; `form.id` and each question's id are filled in.
[[nodiscard]] core::Result<void> CreateFormWithQuestions(surveys::SurveysStore& store, surveys::Form& form,
                                                         std::vector<surveys::Question>& questions);

[[nodiscard]] core::Result<void> LoadSurveysDemo(db::Connection& db, std::int64_t district_id,
                                                 const core::TimeZone& zone, const features::Effects& effects);

}  // namespace practica::demo
