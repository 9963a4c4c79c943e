#include "features/applications/domain/rubric.hpp"

#include <algorithm>
#include <cmath>

#include "core/text.hpp"

namespace practica::applications {

std::string_view ScoreLabel(int score) {
  switch (score) {
    case 1: return "Not yet in place";
    case 2: return "Beginning";
    case 3: return "In place";
    case 4: return "Exemplary";
    default: return "";
  }
}

namespace {

std::string Short(const std::string& text) {
  return text.size() <= 60 ? text : text.substr(0, 57) + "…";
}

core::Error OffTheRubric(std::string_view got, const Criterion& criterion, const std::string& field) {
  return core::Error{core::ErrorCode::kInvalidInput,
                     "The score for criterion " + std::to_string(criterion.position) + " (\"" +
                         Short(criterion.text) + "\") must be from 1 (" +
                         std::string(ScoreLabel(kLowestScore)) + ") to 4 (" +
                         std::string(ScoreLabel(kHighestScore)) + "); got " + std::string(got) + ".",
                     {}, field};
}

}  // namespace

core::Result<void> CheckScore(int score, const Criterion& criterion, const std::string& field) {
  if (score < kLowestScore || score > kHighestScore) {
    return std::unexpected(OffTheRubric(std::to_string(score), criterion, field));
  }
  return {};
}

core::Result<int> ParseScore(std::string_view text, const Criterion& criterion,
                             const std::string& field) {
  const auto trimmed = core::Trim(text);
  if (trimmed.empty()) return 0;
  const auto value = core::ParseInt(trimmed, kLowestScore, kHighestScore);
  if (!value) return std::unexpected(OffTheRubric("\"" + std::string(trimmed) + "\"", criterion, field));
  return static_cast<int>(*value);
}

ScoreSummary Summarize(const std::vector<int>& scores) {
  ScoreSummary summary;
  if (scores.empty()) return summary;
  const auto [low, high] = std::minmax_element(scores.begin(), scores.end());
  int total = 0;
  for (int score : scores) total += score;
  summary.count = static_cast<int>(scores.size());
  summary.mean = static_cast<double>(total) / summary.count;
  summary.spread = *high - *low;
  return summary;
}

std::string FormatMean(const ScoreSummary& summary) {
  if (summary.count == 0) return "—";
  const double tenths = std::round(summary.mean * 10) / 10;
  const long whole = std::lround(tenths * 10);
  return std::to_string(whole / 10) + (whole % 10 == 0 ? "" : "." + std::to_string(whole % 10));
}

}  // namespace practica::applications
