// What staff may change about a planned session (given the seats taken, the attendance taken
// and the clock), when it may be cancelled, and what its registered people are told changed.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/time_zone.hpp"
#include "features/learning/domain/offering.hpp"

namespace practica::learning {

// What the store knows that an edit must respect.
struct EditFacts {
  int seats_taken = 0;        // seats held by registered (not waiting) teams and teachers
  std::set<int> marked_days;  // day numbers whose attendance has been taken
  std::int64_t now = 0;
};

// Checks `after`, the edited `before`: kConflict naming "offering" when the session is
// cancelled, or is over and anything but its place, join link or description changed;
// kConflict naming "days" when a day whose attendance was taken would go; kInvalidInput
// naming "capacity" when the seats drop below those taken, and whatever Validate refuses.
core::Result<void> CheckEdit(const Offering& before, const Offering& after,
                             const EditFacts& facts, const core::TimeZone& zone);

// kConflict naming "offering" when the session is cancelled already or over; kInvalidInput
// naming "reason" when no reason is given or it runs past 1000 characters.
core::Result<void> CheckCancel(const Offering& offering, const std::string& reason,
                               std::int64_t now, const core::TimeZone& zone);

// kConflict naming "offering" when the session is cancelled: "<title> was cancelled
// (<reason>); <refused>.", `refused` saying what cannot happen ("it takes no registrations").
core::Result<void> CheckNotCancelled(const Offering& offering, std::string_view refused);

// One thing that changed, as a reader sees it.
struct Difference {
  std::string what;  // "When", "Where", "Join link", "Seats"...
  std::string before;
  std::string after;
};

// What people who hold or wait for a seat must hear of: the days and times (in the district's
// zone), the place and the join link. Empty when none of these changed.
std::vector<Difference> NoticeableChanges(const Offering& before, const Offering& after,
                                          const core::TimeZone& zone);
// Every change an edit made, the noticeable ones first: for the audit trail.
std::vector<Difference> AllChanges(const Offering& before, const Offering& after,
                                   const core::TimeZone& zone);
// "When: A → B; Seats: 6 → 9"
std::string Describe(const std::vector<Difference>& changes);

// "Saturday, June 2, 2018, 8:00 AM – 3:00 PM; Wednesday, August 8, 2018, …"
std::string WhenText(const Offering& offering, const core::TimeZone& zone);

}  // namespace practica::learning
