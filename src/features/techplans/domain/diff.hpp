// Two versions of a technology plan compared part by part, line by line: what was removed,
// added or kept, in the order the plan is read.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "features/techplans/domain/plan.hpp"

namespace practica::techplans {

enum class LineChange { kSame, kAdded, kRemoved };

struct DiffLine {
  LineChange change = LineChange::kSame;
  std::string text;
};

// The lines of `before` and `after` in a shortest edit (longest common subsequence): removals
// before additions where a line was replaced.
std::vector<DiffLine> DiffLines(std::string_view before, std::string_view after);

struct SectionDiff {
  std::string key;
  std::string title;
  bool changed = false;
  std::vector<DiffLine> lines;
};

// Every part either version has, matched by key (a goal added in `after` is all additions).
std::vector<SectionDiff> Compare(const PlanContent& before, const PlanContent& after);

}  // namespace practica::techplans
