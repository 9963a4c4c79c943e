#include "features/surveys/domain/schedule.hpp"

#include <algorithm>
#include <charconv>

#include "core/calendar_days.hpp"

namespace practica::surveys {
namespace {

struct RhythmInfo {
  Rhythm rhythm;
  std::string_view code;
  std::string_view name;
};

constexpr RhythmInfo kRhythms[] = {
    {Rhythm::kAfterEachMeeting, "after_each_meeting", "After each meeting of a learning session"},
    {Rhythm::kEachQuarter, "each_quarter", "Each quarter of the cohort's school year"},
    {Rhythm::kPrePost, "pre_post", "Start and end of the year, paired"},
};

std::string DaysLabel(const std::vector<int>& numbers) {
  if (numbers.size() == 1) return "day " + std::to_string(numbers.front());
  std::string text = "days ";
  for (std::size_t i = 0; i < numbers.size(); ++i) {
    if (i > 0) text += i + 1 == numbers.size() ? " and " : ", ";
    text += std::to_string(numbers[i]);
  }
  return text;
}

}  // namespace

std::string_view RhythmCode(Rhythm rhythm) {
  for (const auto& r : kRhythms) {
    if (r.rhythm == rhythm) return r.code;
  }
  return "";
}

std::string_view RhythmName(Rhythm rhythm) {
  for (const auto& r : kRhythms) {
    if (r.rhythm == rhythm) return r.name;
  }
  return "";
}

std::optional<Rhythm> ParseRhythm(std::string_view code) {
  for (const auto& r : kRhythms) {
    if (r.code == code) return r.rhythm;
  }
  return std::nullopt;
}

core::Result<void> CheckOpenDays(int open_days) {
  if (open_days < 1 || open_days > kMaxOpenDays) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "Keep each form of the series open from 1 to " + std::to_string(kMaxOpenDays) + " days.", {},
                      "open_days");
  }
  return {};
}

std::vector<Window> AfterEachMeeting(std::vector<SessionDay> days, int open_days) {
  std::sort(days.begin(), days.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
  std::vector<Window> windows;
  for (std::size_t i = 0; i < days.size();) {
    // A meeting runs while each day follows the one before.
    std::size_t end = i + 1;
    while (end < days.size() && days[end].date == core::AddDays(days[end - 1].date, 1)) ++end;
    Window w;
    w.position = static_cast<int>(windows.size()) + 1;
    for (std::size_t k = i; k < end; ++k) w.day_numbers.push_back(days[k].number);
    const auto last = days[end - 1].date;
    w.label = "After " + DaysLabel(w.day_numbers) + " (" + core::FormatLongDate(last) + ")";
    w.opens = {core::AddDays(last, 1), kOpensAtHour, 0};
    w.closes = {core::AddDays(last, open_days), kClosesAtHour, 0};
    windows.push_back(std::move(w));
    i = end;
  }
  return windows;
}

std::vector<Window> EachQuarter(std::string_view school_year, int open_days) {
  int first = 0, second = 0;
  const auto dash = school_year.find('-');
  if (dash == std::string_view::npos) return {};
  const auto a = school_year.substr(0, dash), b = school_year.substr(dash + 1);
  if (std::from_chars(a.data(), a.data() + a.size(), first).ec != std::errc{} ||
      std::from_chars(b.data(), b.data() + b.size(), second).ec != std::errc{} || second != first + 1) {
    return {};
  }
  static constexpr const char* kNames[] = {"July to September", "October to December", "January to March",
                                           "April to June"};
  std::vector<Window> windows;
  for (int q = 0; q < 4; ++q) {
    const int year = q < 2 ? first : second;
    const int last_month = q < 2 ? 9 + 3 * q : 3 + 3 * (q - 2);
    const auto last = core::LastDayOfMonth({year, last_month, 1});
    Window w;
    w.position = q + 1;
    w.label = "Quarter " + std::to_string(q + 1) + ", " + kNames[q] + " " + std::to_string(year);
    w.opens = {core::AddDays(last, 1 - open_days), kOpensAtHour, 0};
    w.closes = {last, kClosesAtHour, 0};
    windows.push_back(std::move(w));
  }
  return windows;
}

core::Result<std::vector<Window>> PrePost(const core::LocalDateTime& pre_opens, const core::LocalDateTime& pre_closes,
                                          const core::LocalDateTime& post_opens,
                                          const core::LocalDateTime& post_closes) {
  if (pre_closes <= pre_opens) {
    return core::Fail(core::ErrorCode::kInvalidInput, "Close the start-of-year form after it opens.", {}, "closes_on");
  }
  if (post_opens < pre_closes) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "Open the end-of-year form after the start-of-year form closes, so that each person's two "
                      "answers are a start and an end.",
                      {}, "post_opens_on");
  }
  if (post_closes <= post_opens) {
    return core::Fail(core::ErrorCode::kInvalidInput, "Close the end-of-year form after it opens.", {},
                      "post_closes_on");
  }
  return std::vector<Window>{{1, "Start of the year", pre_opens, pre_closes, {}},
                             {2, "End of the year", post_opens, post_closes, {}}};
}

std::string DayNumbersText(const std::vector<int>& numbers) {
  std::string text;
  for (const int n : numbers) text += (text.empty() ? "" : ",") + std::to_string(n);
  return text;
}

std::vector<int> ParseDayNumbers(std::string_view text) {
  std::vector<int> numbers;
  while (!text.empty()) {
    const auto comma = text.find(',');
    const auto part = text.substr(0, comma);
    int n = 0;
    if (std::from_chars(part.data(), part.data() + part.size(), n).ec == std::errc{}) numbers.push_back(n);
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return numbers;
}

}  // namespace practica::surveys
