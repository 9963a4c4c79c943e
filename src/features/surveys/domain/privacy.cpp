#include "features/surveys/domain/privacy.hpp"

#include <map>

namespace practica::surveys {
namespace {

using Children = std::multimap<std::string, const Group*>;

// The shown groups nearest below `key`: a shown child, or, under a hidden child, its own
// nearest shown groups. Together they are what can be subtracted from `key`.
void NearestShown(const Children& children, const std::string& key, const std::set<std::string>& shown,
                  std::vector<const Group*>& out) {
  auto [first, last] = children.equal_range(key);
  for (auto it = first; it != last; ++it) {
    if (shown.contains(it->second->key)) {
      out.push_back(it->second);
    } else {
      NearestShown(children, it->second->key, shown, out);
    }
  }
}

// Hides the smallest of `group`'s nearest shown groups while subtracting all of them from it
// would leave one to four answers. Returns whether anything was hidden.
bool Complement(const Children& children, const Group& group, std::set<std::string>& shown) {
  bool hid = false;
  while (true) {
    std::vector<const Group*> nearest;
    NearestShown(children, group.key, shown, nearest);
    int rest = group.answers;
    const Group* smallest = nullptr;
    for (const auto* g : nearest) {
      rest -= g->answers;
      if (smallest == nullptr || g->answers < smallest->answers) smallest = g;
    }
    if (rest == 0 || rest >= kMinimumAnswers || smallest == nullptr) return hid;
    shown.erase(smallest->key);
    hid = true;
  }
}

}  // namespace

std::set<std::string> ShownGroups(const std::vector<Group>& groups, bool anonymous) {
  std::set<std::string> shown;
  for (const auto& g : groups) {
    if (!anonymous || g.answers >= kMinimumAnswers) shown.insert(g.key);
  }
  if (!anonymous) return shown;
  Children children;
  for (const auto& g : groups) {
    if (!g.parent.empty()) children.emplace(g.parent, &g);
  }
  // Hiding one group uncovers the groups under it to the groups above: repeat until no group
  // is hidden.
  for (bool changed = true; changed;) {
    changed = false;
    for (const auto& g : groups) {
      if (shown.contains(g.key) && Complement(children, g, shown)) changed = true;
    }
  }
  return shown;
}

}  // namespace practica::surveys
