#include "features/commitments/domain/due.hpp"

#include <algorithm>
#include <chrono>

#include "core/text.hpp"

namespace practica::commitments {
namespace {

namespace chrono = std::chrono;

std::string MonthYear(const core::LocalDate& date) {
  return core::MonthName(date.month) + " " + std::to_string(date.year);
}

std::string PeriodKey(const core::LocalDate& date) {
  return core::FormatIsoDate(date).substr(0, 7);  // "2018-09"
}

std::string Months(int months) {
  return months == 1 ? "1 month" : std::to_string(months) + " months";
}

// A recurring commitment's periods: blocks of `months` calendar months from the month
// instruction starts, the last one ending with the coach's support.
std::vector<Occurrence> RecurringPeriods(int months, const core::LocalDate& starts,
                                         const core::LocalDate& ends) {
  std::vector<Occurrence> periods;
  const core::LocalDate first_month{starts.year, starts.month, 1};
  // A school year has at most a dozen months; the bound only guards against a wild calendar.
  for (int k = 0; k < 120; ++k) {
    const auto begins = AddMonths(first_month, k * months);
    if (begins > ends) break;
    Occurrence period;
    period.period = PeriodKey(begins);
    period.opens_on = std::max(begins, starts);
    const auto last_month = AddMonths(begins, months - 1);
    const auto block_end = LastDayOfMonth(last_month);
    period.due_on = std::min(block_end, ends);
    period.label = months == 1 ? MonthYear(begins)
                               : MonthYear(begins) + " to " + MonthYear(*period.due_on);
    periods.push_back(std::move(period));
  }
  return periods;
}

}  // namespace

core::Result<void> CheckCalendar(const Calendar& calendar) {
  using core::ErrorCode;
  using core::Fail;
  if (calendar.instruction_starts_on && calendar.support_ends_on &&
      *calendar.support_ends_on <= *calendar.instruction_starts_on) {
    return Fail(ErrorCode::kInvalidInput,
                "The coach's support must end after the first day of instruction (" +
                    core::FormatLongDate(*calendar.instruction_starts_on) +
                    "); move the end of support later.",
                {}, "support_ends_on");
  }
  if (calendar.coach_starts_on && calendar.support_ends_on &&
      *calendar.support_ends_on <= *calendar.coach_starts_on) {
    return Fail(ErrorCode::kInvalidInput,
                "The coach's support must end after the coach starts (" +
                    core::FormatLongDate(*calendar.coach_starts_on) +
                    "); move the end of support later.",
                {}, "support_ends_on");
  }
  return {};
}

std::vector<Occurrence> Occurrences(const DueRule& rule, const Calendar& calendar) {
  std::vector<Occurrence> occurrences;
  switch (rule.kind) {
    case DueKind::kFixed:
      occurrences.push_back(Occurrence{"", "", std::nullopt, rule.on});
      break;
    case DueKind::kBeforeCoach:
      occurrences.push_back(Occurrence{});
      if (calendar.coach_starts_on) occurrences.back().due_on = AddDays(*calendar.coach_starts_on, -1);
      break;
    case DueKind::kAfterInstructionStarts:
      occurrences.push_back(Occurrence{});
      if (calendar.instruction_starts_on) {
        occurrences.back().due_on = AddMonths(*calendar.instruction_starts_on, rule.months);
      }
      break;
    case DueKind::kEndOfSupport:
      occurrences.push_back(Occurrence{"", "", std::nullopt, calendar.support_ends_on});
      break;
    case DueKind::kRecurring:
      if (calendar.instruction_starts_on && calendar.support_ends_on && rule.months >= 1) {
        occurrences = RecurringPeriods(rule.months, *calendar.instruction_starts_on,
                                       *calendar.support_ends_on);
      }
      if (occurrences.empty()) occurrences.push_back(Occurrence{});
      break;
  }
  return occurrences;
}

std::vector<Occurrence> Schedule(const DueRule& rule, const Calendar& calendar,
                                 const core::TimeZone& zone) {
  auto occurrences = Occurrences(rule, calendar);
  for (auto& occurrence : occurrences) {
    if (occurrence.opens_on) occurrence.opens_at = StartOfDay(*occurrence.opens_on, zone);
    if (!occurrence.due_on) continue;
    // Local midnights, not a count of seconds: a window across a DST change is 14 calendar days.
    occurrence.due_at = StartOfDay(AddDays(*occurrence.due_on, 1), zone);
    occurrence.due_soon_from = StartOfDay(AddDays(*occurrence.due_on, 1 - kDueSoonDays), zone);
  }
  return occurrences;
}

std::string DescribeDue(const DueRule& rule, const Calendar& calendar) {
  const std::string not_set = "; the program office has not set ";
  switch (rule.kind) {
    case DueKind::kFixed:
      return rule.on ? "Due by " + core::FormatLongDate(*rule.on) : "Due date not set yet";
    case DueKind::kBeforeCoach:
      if (!calendar.coach_starts_on) return "Due before the coach starts" + not_set + "that date yet";
      return "Due before the coach starts on " + core::FormatLongDate(*calendar.coach_starts_on) +
             " (by " + core::FormatLongDate(AddDays(*calendar.coach_starts_on, -1)) + ")";
    case DueKind::kAfterInstructionStarts:
      if (!calendar.instruction_starts_on) {
        return "Due within " + Months(rule.months) + " of the first day of instruction" + not_set +
               "that date yet";
      }
      return "Due within " + Months(rule.months) + " of the first day of instruction (by " +
             core::FormatLongDate(AddMonths(*calendar.instruction_starts_on, rule.months)) + ")";
    case DueKind::kEndOfSupport:
      if (!calendar.support_ends_on) return "Due by the end of the coach's support" + not_set + "that date yet";
      return "Due by the end of the coach's direct support (" +
             core::FormatLongDate(*calendar.support_ends_on) + ")";
    case DueKind::kRecurring: {
      const std::string every =
          rule.months == 1 ? "Due monthly, by the end of each month" : "Due every " + Months(rule.months);
      if (!calendar.instruction_starts_on || !calendar.support_ends_on) {
        return every + not_set + "the first day of instruction and the end of support yet";
      }
      return every + ", " + MonthYear(*calendar.instruction_starts_on) + " to " +
             MonthYear(*calendar.support_ends_on);
    }
  }
  return "Due date not set yet";
}

std::optional<std::int64_t> SchoolYearEndsAt(const Calendar& calendar, const core::TimeZone& zone) {
  if (!calendar.school_year_ends_on) return std::nullopt;
  return StartOfDay(AddDays(*calendar.school_year_ends_on, 1), zone);
}

}  // namespace practica::commitments
