// The coach's view as one JSON model, shared by the page and the API: hours by school and kind
// this month and this school year, people not coached in 30 days, follow-ups due, the latest
// entries (notes as the viewer may see them).
#pragma once

#include <boost/json/object.hpp>

#include <cstdint>
#include <vector>

#include "core/time_zone.hpp"
#include "features/coaching/store/coaching_store.hpp"
#include "features/coaching/store/cycles_store.hpp"

namespace practica::coaching {

// A coach's caseload: its schools and their active staff. The list of people not coached
// reads both, and so does the coach's own entry form, so a page reads them once and hands them
// to each (at district scale the staff of 27 schools took 3.5 ms on PostgreSQL, twice a page).
struct CaseloadPeople {
  std::vector<SchoolRef> schools;
  std::vector<StaffMember> staff;
};
[[nodiscard]] core::Result<CaseloadPeople> ReadCaseloadPeople(CoachingStore& store, std::int64_t coach_id);

// The people not coached in 30 days a view lists unless every one is asked for.
inline constexpr std::size_t kNotCoachedShown = 25;
// `caseload` is `coach_id`'s.
[[nodiscard]] core::Result<boost::json::object> CoachView(CoachingStore& store, const CaseloadPeople& caseload,
                                                          std::int64_t coach_id, std::int64_t viewer,
                                                          const core::LocalDate& today,
                                                          bool every_not_coached = false);
// Every coach's hours this month and school year, for district staff.
[[nodiscard]] core::Result<boost::json::object> DistrictView(CoachingStore& store, const core::LocalDate& today);
boost::json::object EntryJson(const Entry& entry, std::int64_t viewer);
// One coaching cycle with its steps in order and its computed state, as `viewer` sees it.
boost::json::object CycleJson(const Cycle& cycle, std::int64_t viewer);

}  // namespace practica::coaching
