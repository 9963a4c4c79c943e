// The demo's people: one for each kind of user, with a known password (README lists them).
#pragma once

#include <map>
#include <string>

#include "core/error.hpp"
#include "db/connection.hpp"

namespace practica::demo {

inline constexpr std::string_view kDemoPassword = "practitioner-demo";

// `school_ids` and `local_ids` map names (as the newest cohort lists them) to ids.
[[nodiscard]] core::Result<int> AddDemoPeople(db::Connection& db, std::int64_t district_id,
                                              const std::map<std::string, std::int64_t>& school_ids,
                                              const std::map<std::string, std::int64_t>& local_ids,
                                              std::int64_t now);

}  // namespace practica::demo
