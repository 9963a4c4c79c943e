#include "features/cohorts/domain/plan.hpp"

#include "core/text.hpp"

namespace practica::cohorts {
using core::ErrorCode;
using core::Fail;

core::Result<std::vector<std::string>> CheckGoals(const std::vector<std::string>& lines) {
  std::vector<std::string> goals;
  for (const auto& line : lines) {
    const auto goal = core::Trim(line);
    if (goal.empty()) continue;
    if (goal.size() > kMaxGoalChars) {
      return Fail(ErrorCode::kInvalidInput,
                  "Goal " + std::to_string(goals.size() + 1) + " is longer than " + std::to_string(kMaxGoalChars) +
                      " characters; split it into two goals or say it more briefly.",
                  {}, "goals");
    }
    goals.emplace_back(goal);
  }
  if (goals.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Write at least one goal, one per line.", {}, "goals");
  }
  if (goals.size() > kMaxGoals) {
    return Fail(ErrorCode::kInvalidInput,
                std::to_string(goals.size()) + " goals is more than a cohort can keep in view; keep at most " +
                    std::to_string(kMaxGoals) + ".",
                {}, "goals");
  }
  return goals;
}

namespace {

core::Result<std::int64_t> Instant(std::string_view day, std::string_view time, const core::TimeZone& zone,
                                   const std::string& field) {
  auto local = core::ParseLocalDateTime(day, time.empty() ? "00:00" : time);
  if (!local) return Fail(ErrorCode::kInvalidInput, local.error().message, {}, field);
  auto utc = zone.ToUtc(*local);
  if (!utc) return Fail(ErrorCode::kInvalidInput, utc.error().message, {}, field);
  return *utc;
}

}  // namespace

core::Result<TimelineItem> ReadTimelineItem(const TimelineInput& input, const core::TimeZone& zone) {
  TimelineItem item;
  item.title = std::string(core::Trim(input.title));
  if (item.title.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Give the item a title, e.g. \"Information session\".", {}, "title");
  }
  if (item.title.size() > kMaxTimelineTitleChars) {
    return Fail(ErrorCode::kInvalidInput,
                "The title is longer than " + std::to_string(kMaxTimelineTitleChars) + " characters; shorten it.", {},
                "title");
  }
  const auto on = core::Trim(input.on);
  const auto at = core::Trim(input.at);
  const auto until_on = core::Trim(input.until_on);
  const auto until_at = core::Trim(input.until_at);
  if (on.empty()) return Fail(ErrorCode::kInvalidInput, "Give the day it is on.", {}, "on");
  if (!until_at.empty() && at.empty()) {
    return Fail(ErrorCode::kInvalidInput, "An end time needs a start time; give the time it starts.", {}, "at");
  }
  auto starts = Instant(on, at, zone, at.empty() ? "on" : "at");
  if (!starts) return std::unexpected(starts.error());
  item.starts_at = *starts;
  item.precision = !at.empty() ? Precision::kTime : core::Trim(input.shown_as) == "week" ? Precision::kWeek : Precision::kDay;
  if (!until_on.empty() || !until_at.empty()) {
    // A meeting ends on its own day unless another is given.
    auto ends = Instant(until_on.empty() ? on : until_on, until_at, zone, until_on.empty() ? "until_at" : "until_on");
    if (!ends) return std::unexpected(ends.error());
    if (*ends < item.starts_at) {
      return Fail(ErrorCode::kInvalidInput, "It ends before it starts; give an end after the start.", {},
                  until_on.empty() ? "until_at" : "until_on");
    }
    item.ends_at = *ends;
  }
  return item;
}

TimelineInput TimelineFields(const TimelineItem& item, const core::TimeZone& zone) {
  TimelineInput fields;
  fields.title = item.title;
  const auto starts = zone.ToLocal(item.starts_at);
  fields.on = core::FormatIsoDate(starts.date);
  const bool timed = item.precision == Precision::kTime;
  if (timed) fields.at = core::FormatClock24(starts.hour, starts.minute);
  if (item.ends_at) {
    const auto ends = zone.ToLocal(*item.ends_at);
    if (!timed || ends.date != starts.date) fields.until_on = core::FormatIsoDate(ends.date);
    if (timed) fields.until_at = core::FormatClock24(ends.hour, ends.minute);
  }
  fields.shown_as = item.precision == Precision::kWeek ? "week" : "";
  return fields;
}

}  // namespace practica::cohorts
