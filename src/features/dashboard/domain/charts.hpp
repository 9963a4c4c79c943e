// The cohort in charts, above the dashboard's grid: its commitments over the school year, month
// by month, and its team sessions one by one, counted over the schools the grid shows (its
// filters apply). Each chart is drawn from a table that stays on the page for screen readers.
#pragma once

#include <string>
#include <vector>

#include "core/time_zone.hpp"
#include "features/dashboard/domain/signals.hpp"

namespace practica::dashboard {

struct SessionLabel {
  std::string title;
  core::LocalDate day;  // its first day
};

struct MonthBar {
  std::string month;  // "2018-09"
  std::string label;  // "September 2018"
  int verified = 0;
  int late = 0;
  int open = 0;  // not due yet
};

struct SessionBar {
  std::string label;  // "Sep 28, 2018: PS 3.0 follow-up learning"
  std::string day;    // "Sep 28, 2018": the chart's axis, where a phone has no room for the title
  int attended = 0;
  int partial = 0;
  int missed = 0;
  int upcoming = 0;  // registered, still to come
};

// Every month any shown school has a commitment due in, in order, summed over `shown`.
std::vector<MonthBar> YearByMonth(const std::vector<const SchoolSignals*>& shown);

// One bar per session, in `sessions`' order, summed from the shown schools' marks.
std::vector<SessionBar> BySession(const std::vector<SessionLabel>& sessions,
                                  const std::vector<const SchoolSignals*>& shown);

// "Sep 28, 2018": a session's day on a chart's axis.
std::string ShortDate(const core::LocalDate& day);

}  // namespace practica::dashboard
