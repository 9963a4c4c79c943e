// The dashboard's rules: each school's row as cells of a heatmap, the state always in words
// beside its colour (never colour alone), which schools are at risk, and how rows filter and
// sort. The program's logic reads left to right: agreement, team, coach, commitments,
// sessions, coaching, design challenge, exemplars, feedback forms, technology plan, certification.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "features/dashboard/domain/signals.hpp"

namespace practica::dashboard {

// good: on track; watch: something to follow up; risk: behind; none: nothing to judge yet
// (not issued, no session held, a retracted participation).
enum class Heat { kGood, kWatch, kRisk, kNone };
std::string_view HeatCode(Heat heat);   // "good", "watch", "risk", "none"
std::string_view HeatLabel(Heat heat);  // "On track", "Follow up", "Behind", "Not yet"

enum class ColumnKey {
  kAgreement, kTeam, kCoach, kCommitments, kSessions, kCoaching, kChallenge, kExemplars, kFeedback, kPlan,
  kCertification
};

struct Column {
  ColumnKey key;
  std::string_view code;   // "commitments": the sort's value
  std::string_view label;  // "Commitments"
};
const std::vector<Column>& Columns();
std::optional<ColumnKey> ParseColumn(std::string_view code);

struct Cell {
  ColumnKey key;
  Heat heat = Heat::kNone;
  std::string text;  // "2 late · 12 of 21 verified"
  int rank = 0;      // orders the column from best to worst: higher is worse
};

struct Row {
  SchoolSignals school;
  std::vector<Cell> cells;  // in Columns() order
  bool at_risk = false;     // late commitments and missed sessions together
  int trouble = 0;          // late commitments plus missed sessions: orders the at-risk first
};

Row RowOf(const SchoolSignals& school);

// A school is at risk when it has late commitments and has missed sessions at the same time:
// either alone is a follow-up, both together is a school falling out of the program.
bool AtRisk(const SchoolSignals& school);

struct Filter {
  std::string local_district;  // slug, "" for all
  std::string school_type;     // "" for all
};
bool Matches(const Filter& filter, const SchoolSignals& school);

// The default order puts schools at risk first, the most trouble first, then by name; a
// column sorts by its rank (worst first unless ascending), then by name.
struct Sort {
  std::optional<ColumnKey> column;
  bool ascending = false;
};
void SortRows(std::vector<Row>& rows, const Sort& sort);

// Counts of each heat per column, for the summary above the grid.
struct ColumnSummary {
  ColumnKey key;
  int good = 0;
  int watch = 0;
  int risk = 0;
  int none = 0;
};
std::vector<ColumnSummary> Summarize(const std::vector<Row>& rows);

// "2 of 3 forms answered by most · 64% of 25 asked": the share rounds down.
std::string FeedbackText(const SchoolSignals& school);

// "12.5 h", "45 min", "None logged".
std::string HoursText(std::int64_t minutes);

}  // namespace practica::dashboard
