// When the forms of a series open and close. A series is forms that belong together: one after
// each meeting of a learning session, one each quarter of a cohort's school year, or a form at
// the start of the year and one at its end whose answers are paired (pairing.hpp). The first
// form is made when the series is; each later one is made from the one before (its questions
// copied) when its window opens, and invites its audience by itself.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/time_zone.hpp"

namespace practica::surveys {

enum class Rhythm { kAfterEachMeeting, kEachQuarter, kPrePost };

std::string_view RhythmCode(Rhythm rhythm);  // "after_each_meeting", "each_quarter", "pre_post"
std::string_view RhythmName(Rhythm rhythm);  // "After each meeting of a learning session", …
std::optional<Rhythm> ParseRhythm(std::string_view code);

// A series' form opens at 8:00 and closes at 17:00, district time.
inline constexpr int kOpensAtHour = 8;
inline constexpr int kClosesAtHour = 17;
inline constexpr int kMaxOpenDays = 60;

// One day of a learning session: its number (1, 2, 3) and its date in the district's zone.
struct SessionDay {
  int number = 0;
  core::LocalDate date;
};

// One form of a series, before or after it is made.
struct Window {
  int position = 0;           // 1, 2, …: the form's place in the series
  std::string label;          // "After days 1 and 2 (Wednesday, January 13, 2027)"
  core::LocalDateTime opens;  // district time
  core::LocalDateTime closes;
  std::vector<int> day_numbers;  // after a meeting: the days whose attendees are asked
};

// kInvalidInput naming "open_days" unless 1 to kMaxOpenDays.
[[nodiscard]] core::Result<void> CheckOpenDays(int open_days);

// After each meeting: consecutive days are one meeting, and its form opens the day after the
// meeting's last day and stays open `open_days` days. The 2+1 ISTE Standards Suite on Empowered
// Learner meets Tuesday and Wednesday, January 12 and 13, 2027, then Wednesday, January 20: its
// forms open on Thursday, January 14 (after days 1 and 2) and Thursday, January 21 (after day 3),
// each at 8:00, and with 7 open days close on Wednesday, January 20 and Wednesday, January 27 at
// 17:00. Days in any
// order; none gives none.
std::vector<Window> AfterEachMeeting(std::vector<SessionDay> days, int open_days);

// Each quarter of the school year "2018-2019": July to September 2018, October to December 2018,
// January to March 2019 and April to June 2019. Each form opens `open_days` days before its
// quarter's last day, at 8:00, and closes on that day at 17:00: with 14 open days, the first
// opens on Monday, September 17, 2018 and closes on Sunday, September 30. Its answers verify
// commitment 19 for the month they are given in, as any form's do. Nothing for a school year that
// is not "YYYY-YYYY+1".
std::vector<Window> EachQuarter(std::string_view school_year, int open_days);

// A start-of-year form and an end-of-year form, each as typed: kInvalidInput naming the field
// when a form closes before it opens or the end of year's opens before the start's closes.
[[nodiscard]] core::Result<std::vector<Window>> PrePost(const core::LocalDateTime& pre_opens,
                                                        const core::LocalDateTime& pre_closes,
                                                        const core::LocalDateTime& post_opens,
                                                        const core::LocalDateTime& post_closes);

// "1,2" and back: how a form of a series keeps the days whose attendees it asks.
std::string DayNumbersText(const std::vector<int>& numbers);
std::vector<int> ParseDayNumbers(std::string_view text);

}  // namespace practica::surveys
