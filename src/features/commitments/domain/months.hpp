// A cohort's commitments over its school year, month by month: for the month of each due day,
// how many of the schools' own commitments due then are verified, late, or not due yet. The
// district's dashboard draws it as a chart above its grid.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "features/commitments/domain/due.hpp"
#include "features/commitments/domain/status.hpp"

namespace practica::commitments {

struct MonthCount {
  int verified = 0;  // due this month, and verified
  int late = 0;      // due this month, past its due instant, not verified
  int open = 0;      // due this month, not past due yet, not verified
  int Due() const { return verified + late + open; }
};

// By month key, "2018-09"; std::map keeps the months in order.
using Months = std::map<std::string, MonthCount>;

// Counts one commitment of a school into the months of its occurrences' due days, judged at
// `now` (events after it do not count yet). An occurrence with no due day (the calendar lacks
// the date) is left out. PS 3.0's commitment 19, due monthly: its September 2018 form, verified on
// October 1, 2018, counts as verified in "2018-09"; its December 2018 form, never given, counts as
// late in "2018-12" once December 31, 2018 is over.
void CountMonths(const std::vector<Occurrence>& occurrences, const std::vector<Event>& events, std::int64_t now,
                 Months& months);

// "2018-09" → "September 2018"; anything else as it is.
std::string MonthLabel(std::string_view key);

}  // namespace practica::commitments
