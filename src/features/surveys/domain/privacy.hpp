// The privacy floor of anonymous forms, in one place: which groups of answers a page, the API
// or an export may show. Results can be filtered to the whole form, a cohort or one school, so
// the groups form a tree (schools inside cohorts inside the whole); a group is shown only when
// it holds at least kMinimumAnswers answers, and groups are hidden in pairs (complementary
// suppression) so that subtracting shown groups from their shown parent never leaves a group
// of one to four answers, however many levels the subtraction spans.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace practica::surveys {

inline constexpr int kMinimumAnswers = 5;
inline constexpr std::string_view kWholeForm = "all";

// One group results can be filtered to. `parent` is the key of the group that holds it; the
// whole form (kWholeForm) has none.
struct Group {
  std::string key;     // "all", "cohort:3", "school:17"
  std::string parent;  // "", "all", "cohort:3"
  int answers = 0;
};

// The keys of the groups that may be shown. A named form shows every group. An anonymous form
// shows a group only when it holds kMinimumAnswers or more and, for each shown group, what is
// left after subtracting the shown groups nearest below it holds none or at least
// kMinimumAnswers (the smallest of those is hidden too until it does).
std::set<std::string> ShownGroups(const std::vector<Group>& groups, bool anonymous);

}  // namespace practica::surveys
