// Schools working on similar problems: those whose challenges target the same ISTE indicators.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace practica::challenges {

struct Targeting {
  std::int64_t school_id = 0;
  std::vector<std::string> indicators;  // "1.4.a", …
};

struct Similar {
  std::int64_t school_id = 0;
  std::vector<std::string> shared;  // the indicators both target, in `of`'s order
};

// The other schools that share at least one indicator with `of`, the most shared first, then
// in the order given (the gallery's, by school name).
std::vector<Similar> SimilarTo(const Targeting& of, const std::vector<Targeting>& others);

// True when every word of `query` is found (ignoring case) in `text`.
bool MatchesQuery(const std::string& text, const std::string& query);

}  // namespace practica::challenges
