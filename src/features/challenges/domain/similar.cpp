#include "features/challenges/domain/similar.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace practica::challenges {

std::vector<Similar> SimilarTo(const Targeting& of, const std::vector<Targeting>& others) {
  std::vector<Similar> found;
  for (const auto& other : others) {
    if (other.school_id == of.school_id) continue;
    Similar similar{other.school_id, {}};
    for (const auto& code : of.indicators) {
      if (std::ranges::find(other.indicators, code) != other.indicators.end()) similar.shared.push_back(code);
    }
    if (!similar.shared.empty()) found.push_back(std::move(similar));
  }
  std::ranges::stable_sort(found, [](const Similar& a, const Similar& b) { return a.shared.size() > b.shared.size(); });
  return found;
}

bool MatchesQuery(const std::string& text, const std::string& query) {
  const std::string haystack = core::ToLower(text);
  std::string word;
  const std::string lowered = core::ToLower(query) + " ";
  for (char c : lowered) {
    if (c != ' ') {
      word += c;
      continue;
    }
    if (!word.empty() && haystack.find(word) == std::string::npos) return false;
    word.clear();
  }
  return true;
}

}  // namespace practica::challenges
