// The one scale schools rate themselves on and reviewers score with: 1 to 4, each with a label.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "features/applications/domain/setup.hpp"

namespace practica::applications {

inline constexpr int kLowestScore = 1;
inline constexpr int kHighestScore = 4;

// "Not yet in place", "Beginning", "In place", "Exemplary"; "" outside the scale.
std::string_view ScoreLabel(int score);

// kInvalidInput naming `field` when the score is not on the rubric (1 to 4).
[[nodiscard]] core::Result<void> CheckScore(int score, const Criterion& criterion,
                                            const std::string& field);
// A typed score: "" is none (0); anything else must be a whole number on the rubric.
[[nodiscard]] core::Result<int> ParseScore(std::string_view text, const Criterion& criterion,
                                           const std::string& field);

struct ScoreSummary {
  int count = 0;
  double mean = 0;
  int spread = 0;  // highest minus lowest: how far the reviewers disagree
};

ScoreSummary Summarize(const std::vector<int>& scores);
// "3.5", "3", "—" when nobody scored.
std::string FormatMean(const ScoreSummary& summary);

}  // namespace practica::applications
