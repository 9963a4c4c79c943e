// The coach's view as one JSON model, shared by the page and the API: hours by school and kind
// this month and this school year, people not coached in 30 days, follow-ups due, the latest
// entries (notes as the viewer may see them).
#pragma once

#include <boost/json/object.hpp>

#include <cstdint>

#include "core/time_zone.hpp"
#include "features/coaching/store/coaching_store.hpp"
#include "features/coaching/store/cycles_store.hpp"

namespace practica::coaching {

// The people not coached in 30 days a view lists unless every one is asked for.
inline constexpr std::size_t kNotCoachedShown = 25;
[[nodiscard]] core::Result<boost::json::object> CoachView(CoachingStore& store, std::int64_t coach_id,
                                                          std::int64_t viewer, const core::LocalDate& today,
                                                          bool every_not_coached = false);
// Every coach's hours this month and school year, for district staff.
[[nodiscard]] core::Result<boost::json::object> DistrictView(CoachingStore& store, const core::LocalDate& today);
boost::json::object EntryJson(const Entry& entry, std::int64_t viewer);
// One coaching cycle with its steps in order and its computed state, as `viewer` sees it.
boost::json::object CycleJson(const Cycle& cycle, std::int64_t viewer);

}  // namespace practica::coaching
