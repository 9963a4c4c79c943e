// A feedback form and the certifications at district scale, for `make bench`: the spring staff
// survey of the every-school cohort (ps-8-0) sent to all its schools' staff (about 26,000
// people) with 20,000 answers, and a digital citizenship certification recorded for three
// schools in four. Generated, deterministic but for the invitation links, marked illustrative.
#pragma once

#include <cstdint>
#include <vector>

#include "core/error.hpp"
#include "core/time_zone.hpp"
#include "db/connection.hpp"

namespace practica::demo {

inline constexpr int kScaleSurveyAnswers = 20000;

[[nodiscard]] core::Result<void> AddScaleSurveys(db::Connection& db, std::int64_t district_id,
                                                 const core::TimeZone& zone);

}  // namespace practica::demo
