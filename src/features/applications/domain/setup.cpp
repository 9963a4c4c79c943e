#include "features/applications/domain/setup.hpp"

#include "core/text.hpp"

namespace practica::applications {
namespace {

using core::ErrorCode;
using core::Fail;

std::string MonthDay(const core::LocalDate& date) {
  return core::MonthName(date.month) + " " + std::to_string(date.day);
}

}  // namespace

core::Result<std::vector<std::string>> CheckList(const std::vector<std::string>& lines,
                                                 std::string_view what, const std::string& field) {
  std::vector<std::string> items;
  for (const auto& line : lines) {
    const auto text = core::Trim(line);
    if (text.empty()) continue;
    if (text.size() > kMaxItemChars) {
      return Fail(ErrorCode::kInvalidInput,
                  "The " + std::string(what) + " beginning \"" + std::string(text.substr(0, 40)) +
                      "…\" is longer than " + std::to_string(kMaxItemChars) +
                      " characters; shorten it.",
                  {}, field);
    }
    items.emplace_back(text);
  }
  if (items.empty()) {
    return Fail(ErrorCode::kInvalidInput,
                "Write at least one " + std::string(what) + ", one per line.", {}, field);
  }
  if (items.size() > kMaxListItems) {
    return Fail(ErrorCode::kInvalidInput,
                "A cohort can have at most " + std::to_string(kMaxListItems) + " of them; you wrote " +
                    std::to_string(items.size()) + " " + std::string(what) + "s.",
                {}, field);
  }
  return items;
}

core::Result<void> CheckListsChangeable(const Setup& setup, std::string_view what) {
  if (setup.application_count == 0) return {};
  const std::string count = std::to_string(setup.application_count);
  return Fail(ErrorCode::kConflict,
              "The " + std::string(what) + " of " + cohorts::ShortName(setup.cohort) +
                  " can no longer change: " + count +
                  (setup.application_count == 1 ? " school has" : " schools have") +
                  " started applying to them. Publish clarifications in the Q&A sessions instead.");
}

core::Result<void> CheckQaSession(const QaSession& session, const core::TimeZone& zone) {
  const auto start = zone.ToLocal(session.starts_at);
  const auto end = zone.ToLocal(session.ends_at);
  if (session.ends_at <= session.starts_at || start.date != end.date) {
    return Fail(ErrorCode::kInvalidInput,
                "A Q&A session must end after it starts, on the same day; check the end time.", {},
                "ends_at");
  }
  if (core::Trim(session.details).empty()) {
    return Fail(ErrorCode::kInvalidInput,
                "Say how to join the Q&A session: a link, a phone number or a room.", {}, "details");
  }
  return {};
}

core::Result<void> CheckSiteVisitWindow(const core::LocalDate& from, const core::LocalDate& to) {
  if (to < from) {
    return Fail(ErrorCode::kInvalidInput,
                "The site-visit window ends on " + core::FormatLongDate(to) + ", before it starts on " +
                    core::FormatLongDate(from) + "; check the last day.",
                {}, "site_visits_to");
  }
  return {};
}

core::Result<void> CheckAgreement(const std::string& title, const std::string& text) {
  if (core::Trim(title).empty()) {
    return Fail(ErrorCode::kInvalidInput,
                "Give the agreement a title, e.g. Intent to Participate.", {}, "title");
  }
  if (core::Trim(text).empty()) {
    return Fail(ErrorCode::kInvalidInput, "Write the agreement's text before publishing it.", {},
                "text");
  }
  if (text.size() > kMaxAgreementChars) {
    return Fail(ErrorCode::kInvalidInput,
                "The agreement is longer than " + std::to_string(kMaxAgreementChars) +
                    " characters; summarize it and link to the full document.",
                {}, "text");
  }
  return {};
}

core::Result<void> CheckApplicationWindow(const cohorts::Cohort& cohort, std::int64_t opens_at,
                                          std::int64_t closes_at) {
  if (closes_at <= opens_at) {
    return Fail(ErrorCode::kInvalidInput,
                "Applications for " + cohorts::ShortName(cohort) +
                    " must close after they open; move the deadline later.",
                {}, "closes_on");
  }
  return {};
}

core::Result<core::LocalDateTime> ParseLocalDateTime(std::string_view date, std::string_view time,
                                                     const std::string& field) {
  auto parsed = core::ParseLocalDateTime(date, time);
  if (!parsed) return Fail(ErrorCode::kInvalidInput, parsed.error().message, {}, field);
  return parsed;
}

std::string DescribeDays(const core::LocalDate& from, const core::LocalDate& to) {
  if (from.year != to.year) {
    return MonthDay(from) + ", " + std::to_string(from.year) + " to " + MonthDay(to) + ", " +
           std::to_string(to.year);
  }
  return MonthDay(from) + " to " + MonthDay(to) + ", " + std::to_string(to.year);
}

std::string DescribeQaSession(const QaSession& session, const core::TimeZone& zone) {
  const auto start = zone.ToLocal(session.starts_at);
  const auto end = zone.ToLocal(session.ends_at);
  return core::FormatLongDate(start.date) + ", " + core::FormatClock(start.hour, start.minute) +
         " to " + core::FormatClock(end.hour, end.minute);
}

std::string DescribeWeek(const core::LocalDate& monday) {
  return "Week of " + MonthDay(monday) + ", " + std::to_string(monday.year);
}

}  // namespace practica::applications
