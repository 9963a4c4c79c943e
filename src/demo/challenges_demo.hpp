// The design challenges of the demo: the three "How might we" statements the program's writing
// gives as examples (seed 003), each placed on a PS 3.0 school of the demo with a problem of
// practice, action steps on the 2018-2019 calendar, one closed cycle and one open. The writing
// does not say which schools wrote them: every one is marked illustrative on its page.
#pragma once

#include <cstdint>

#include "core/time_zone.hpp"
#include "db/connection.hpp"

namespace practica::demo {

[[nodiscard]] core::Result<void> LoadChallengesDemo(db::Connection& db, std::int64_t district_id,
                                                    const core::TimeZone& zone);

}  // namespace practica::demo
