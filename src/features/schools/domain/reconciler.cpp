#include "features/schools/domain/reconciler.hpp"

#include <algorithm>

namespace practica::schools {

std::vector<std::size_t> Reconciler::AddList(const std::vector<std::string>& names) {
  std::vector<std::size_t> resolved;
  std::vector<bool> claimed(schools_.size(), false);
  for (const auto& name : names) {
    const NameKey key = KeyOf(name);
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < claimed.size(); ++i) {
      if (claimed[i]) continue;
      const auto& keys = schools_[i].keys;
      if (std::any_of(keys.begin(), keys.end(),
                      [&](const NameKey& known) { return SameSchool(known, key); })) {
        candidates.push_back(i);
      }
    }
    if (candidates.size() == 1) {
      auto& school = schools_[candidates.front()];
      claimed[candidates.front()] = true;
      if (name != school.name &&
          std::find(school.aliases.begin(), school.aliases.end(), name) == school.aliases.end()) {
        school.aliases.push_back(name);
      }
      school.keys.push_back(key);
      if (!school.level) school.level = key.level;
      resolved.push_back(candidates.front());
      continue;
    }
    if (candidates.size() > 1) {
      ReconcileNote note{name, {}};
      for (auto i : candidates) note.candidates.push_back(schools_[i].name);
      notes_.push_back(std::move(note));
    }
    schools_.push_back(ReconciledSchool{name, {}, key.level, {key}});
    resolved.push_back(schools_.size() - 1);
  }
  return resolved;
}

}  // namespace practica::schools
