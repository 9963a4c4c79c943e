// The cohort grid: schools down, commitments across, a status in each cell, and counts for
// each row and column. Rows are added one school at a time, so an export can write each row
// as soon as it is known.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "features/commitments/domain/due.hpp"
#include "features/commitments/domain/months.hpp"
#include "features/commitments/domain/status.hpp"

namespace practica::commitments {

struct GridColumn {
  std::string code;   // "12", "d2"
  std::string label;  // "12", "D2"
  std::string title;
  bool district = false;
  int verified = 0;  // schools that have it verified
  int late = 0;      // schools past due on it (late, or returned after its due day)
};

struct GridSchool {
  std::string slug;
  std::string name;
  std::string local_district;
  std::int64_t id = 0;
  std::int64_t local_district_id = 0;
};

struct GridRow {
  GridSchool school;
  std::vector<std::optional<Standing>> cells;  // by column; none: the school has no copy of it
  bool issued = false;  // the school has its copy of the commitments
  // The school's own commitments (not the district's to it).
  int verified = 0;
  int total = 0;
  int late = 0;  // past due: late, or returned after the due day
  int due_soon = 0;  // nothing given yet, and due within kDueSoonDays
};

// Counts over a set of statuses: a school's progress, a phase's.
struct Progress {
  int verified = 0;
  int total = 0;
  int late = 0;
  int due_soon = 0;
  void Add(const Standing& standing);
  std::string Text() const;  // "12 of 21 verified"
};

class GridTally {
 public:
  // `columns` in the agreement's order: the cohort's template.
  explicit GridTally(const std::vector<Commitment>& columns);

  // The school's row, counted into the columns' totals.
  GridRow Add(GridSchool school, const std::vector<SchoolCommitment>& items,
              const Calendar& calendar, const core::TimeZone& zone, std::int64_t now);

  // The school's own commitments counted into `months` (CountMonths), with the schedules the
  // rows use: the dashboard's chart of the year.
  void AddMonths(const std::vector<SchoolCommitment>& items, const Calendar& calendar, const core::TimeZone& zone,
                 std::int64_t now, Months& months);

  const std::vector<GridColumn>& columns() const { return columns_; }
  int schools() const { return schools_; }

 private:
  // The occurrences of a due rule under the tally's calendar and zone: every school's copy of
  // a commitment has the same rule, so each distinct rule is scheduled once per tally.
  const std::vector<Occurrence>& ScheduleOf(const DueRule& rule, const Calendar& calendar,
                                            const core::TimeZone& zone);

  struct ColumnKey {
    bool district = false;
    int number = 0;
  };
  struct Scheduled {
    DueRule rule;
    std::vector<Occurrence> occurrences;
  };
  std::vector<GridColumn> columns_;
  std::vector<ColumnKey> keys_;  // by column: what Code() spells, as numbers
  std::vector<Scheduled> schedules_;
  std::optional<Calendar> scheduled_for_;  // the calendar schedules_ were made for
  const core::TimeZone* scheduled_in_ = nullptr;
  int schools_ = 0;
};

}  // namespace practica::commitments
