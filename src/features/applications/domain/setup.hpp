// What a cohort asks of applicants and when: guiding questions, selection criteria (the
// "essential traits"), Q&A sessions, the site-visit window, the notification week and the
// agreement (Intent to Participate), versioned.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/time_zone.hpp"
#include "features/cohorts/domain/cohort.hpp"

namespace practica::applications {

struct Question {
  std::int64_t id = 0;
  int position = 0;  // 1, 2, … as the cohort asks them
  std::string text;
};

// An essential trait a school rates itself against and reviewers score.
struct Criterion {
  std::int64_t id = 0;
  int position = 0;
  std::string text;
};

struct QaSession {
  std::int64_t id = 0;
  std::int64_t starts_at = 0;  // UTC seconds
  std::int64_t ends_at = 0;
  std::string details;  // the join link, dial-in, room
};

struct AgreementVersion {
  int version = 0;
  std::string title;
  std::string text;
  std::int64_t published_at = 0;
};

struct Setup {
  cohorts::Cohort cohort;  // with its application window; goals and timeline not loaded
  std::vector<Question> questions;
  std::vector<Criterion> criteria;
  std::vector<QaSession> qa_sessions;
  std::optional<core::LocalDate> site_visits_from;
  std::optional<core::LocalDate> site_visits_to;
  std::optional<core::LocalDate> notification_week_of;
  std::string copied_from;  // "PS 3.0" when the cohort was opened from another one
  // How that cohort named itself (number, title, school year), to find what still names it.
  std::string copied_number, copied_title, copied_school_year;
  std::vector<std::string> timeline_titles;  // the cohort's timeline, in date order
  std::vector<std::string> goals;
  std::optional<AgreementVersion> agreement;  // the newest version
  int application_count = 0;
};

inline constexpr std::size_t kMaxListItems = 30;
inline constexpr std::size_t kMaxItemChars = 1000;
inline constexpr std::size_t kMaxAgreementChars = 60000;

// Lines typed one per item: trimmed, blank lines dropped, order kept. kInvalidInput naming
// `field` when none is left, there are too many, or one is too long. `what`: "guiding question".
[[nodiscard]] core::Result<std::vector<std::string>> CheckList(const std::vector<std::string>& lines,
                                                               std::string_view what,
                                                               const std::string& field);
// kConflict once any school has started an application: answers and ratings refer to the items.
[[nodiscard]] core::Result<void> CheckListsChangeable(const Setup& setup, std::string_view what);

// kInvalidInput naming the field: a session must end after it starts, on the same day.
[[nodiscard]] core::Result<void> CheckQaSession(const QaSession& session, const core::TimeZone& zone);
// kInvalidInput: the window's last day may not come before its first.
[[nodiscard]] core::Result<void> CheckSiteVisitWindow(const core::LocalDate& from,
                                                      const core::LocalDate& to);
// kInvalidInput naming title or text when either is empty or the text is too long.
[[nodiscard]] core::Result<void> CheckAgreement(const std::string& title, const std::string& text);
// kInvalidInput naming the field when the window closes before it opens.
[[nodiscard]] core::Result<void> CheckApplicationWindow(const cohorts::Cohort& cohort,
                                                        std::int64_t opens_at, std::int64_t closes_at);

// "2018-04-06" and "16:00" typed in the district's zone; kInvalidInput naming `field`.
[[nodiscard]] core::Result<core::LocalDateTime> ParseLocalDateTime(std::string_view date,
                                                                   std::string_view time,
                                                                   const std::string& field);

// "April 9 to May 4, 2018"
std::string DescribeDays(const core::LocalDate& from, const core::LocalDate& to);
// "Wednesday, March 14, 2018, 2:00 PM to 3:00 PM"
std::string DescribeQaSession(const QaSession& session, const core::TimeZone& zone);
// "Week of May 14, 2018"
std::string DescribeWeek(const core::LocalDate& monday);

}  // namespace practica::applications
