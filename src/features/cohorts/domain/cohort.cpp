#include "features/cohorts/domain/cohort.hpp"

#include "core/text.hpp"

namespace practica::cohorts {

std::string_view PrecisionCode(Precision precision) {
  switch (precision) {
    case Precision::kTime: return "time";
    case Precision::kDay: return "day";
    case Precision::kWeek: return "week";
  }
  return "day";
}

std::optional<Precision> ParsePrecision(std::string_view code) {
  if (code == "time") return Precision::kTime;
  if (code == "day") return Precision::kDay;
  if (code == "week") return Precision::kWeek;
  return std::nullopt;
}

core::Result<void> CheckCohort(const Cohort& cohort) {
  using core::ErrorCode;
  if (cohort.number.empty()) {
    return core::Fail(ErrorCode::kInvalidInput, "Give the cohort a number, e.g. 3.0.", {}, "number");
  }
  if (cohort.title.empty()) {
    return core::Fail(ErrorCode::kInvalidInput,
                      "Give the cohort a title, e.g. Innovative Designer.", {}, "title");
  }
  if (cohort.applications_open_at.has_value() != cohort.applications_close_at.has_value()) {
    return core::Fail(ErrorCode::kInvalidInput,
                      "Give the application window both an opening and a closing time, or neither.",
                      {}, "applications_close_at");
  }
  if (cohort.applications_open_at && *cohort.applications_close_at <= *cohort.applications_open_at) {
    return core::Fail(ErrorCode::kInvalidInput,
                      "Applications for " + ShortName(cohort) +
                          " must close after they open; move the deadline later.",
                      {}, "applications_close_at");
  }
  return {};
}

std::string ShortName(const Cohort& cohort) { return "PS " + cohort.number; }

std::string FullName(const Cohort& cohort) {
  return "Practitioner Schools " + cohort.number + ": " + cohort.title;
}

namespace {

std::string MonthDay(const core::LocalDate& date) {
  return core::MonthName(date.month) + " " + std::to_string(date.day);
}

}  // namespace

std::string DescribeWhen(const TimelineItem& item, const core::TimeZone& zone) {
  const auto start = zone.ToLocal(item.starts_at);
  switch (item.precision) {
    case Precision::kWeek:
      return "Week of " + MonthDay(start.date) + ", " + std::to_string(start.date.year);
    case Precision::kDay: {
      if (!item.ends_at) return core::FormatLongDate(start.date);
      const auto end = zone.ToLocal(*item.ends_at);
      if (end.date.year != start.date.year) {
        return MonthDay(start.date) + ", " + std::to_string(start.date.year) + " to " +
               MonthDay(end.date) + ", " + std::to_string(end.date.year);
      }
      return MonthDay(start.date) + " to " + MonthDay(end.date) + ", " +
             std::to_string(end.date.year);
    }
    case Precision::kTime: {
      if (!item.ends_at) return core::FormatLongDateTime(start);
      const auto end = zone.ToLocal(*item.ends_at);
      return core::FormatLongDate(start.date) + ", " + core::FormatClock(start.hour, start.minute) +
             " to " + core::FormatClock(end.hour, end.minute);
    }
  }
  return core::FormatLongDate(start.date);
}

WindowState ApplicationWindow(const Cohort& cohort, std::int64_t now) {
  if (!cohort.applications_open_at || !cohort.applications_close_at) {
    return WindowState::kNotScheduled;
  }
  if (now < *cohort.applications_open_at) return WindowState::kNotYetOpen;
  if (now < *cohort.applications_close_at) return WindowState::kOpen;
  return WindowState::kClosed;
}

std::string DescribeApplicationWindow(const Cohort& cohort, std::int64_t now,
                                      const core::TimeZone& zone) {
  const std::string who = "Applications for " + ShortName(cohort);
  switch (ApplicationWindow(cohort, now)) {
    case WindowState::kNotScheduled:
      return who + " have no dates yet; the program office announces them with the overview.";
    case WindowState::kNotYetOpen:
      return who + " open on " + core::FormatLongDateTime(zone.ToLocal(*cohort.applications_open_at)) +
             " and are due " + core::FormatLongDateTime(zone.ToLocal(*cohort.applications_close_at)) +
             ".";
    case WindowState::kOpen:
      return who + " are open until " +
             core::FormatLongDateTime(zone.ToLocal(*cohort.applications_close_at)) + ".";
    case WindowState::kClosed:
      return who + " closed on " +
             core::FormatLongDateTime(zone.ToLocal(*cohort.applications_close_at)) + ".";
  }
  return who + ".";
}

std::optional<core::LocalDate> SchoolYearLastDay(std::string_view school_year) {
  if (school_year.size() != 9 || school_year[4] != '-') return std::nullopt;
  const auto first = core::ParseInt(school_year.substr(0, 4), 1900, 2999);
  const auto second = core::ParseInt(school_year.substr(5, 4), 1900, 3000);
  if (!first || !second || *second != *first + 1) return std::nullopt;
  return core::LocalDate{static_cast<int>(*second), 6, 30};
}

bool SchoolYearOver(std::string_view school_year, const core::LocalDate& today) {
  const auto last_day = SchoolYearLastDay(school_year);
  return last_day && today > *last_day;
}

}  // namespace practica::cohorts
