// The demo coach's year at the school: Ramon Castillo's coaching log at Garvanza and Hope Street
// ES through PS 3.0's 2018-2019, and non-evaluative observations. All of it is illustrative
// (the program's coaching records are not public) and marked so on every page that shows it.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "db/connection.hpp"

namespace practica::demo {

[[nodiscard]] core::Result<void> LoadCoachingDemo(db::Connection& db, std::int64_t district_id,
                                                  const std::map<std::string, std::int64_t>& school_ids,
                                                  std::int64_t now);

}  // namespace practica::demo
