#include "features/commitments/domain/grid.hpp"

namespace practica::commitments {

void Progress::Add(const Standing& standing) {
  ++total;
  if (standing.status == Status::kVerified) ++verified;
  if (standing.past_due) ++late;
  if (standing.status == Status::kDueSoon) ++due_soon;
}

std::string Progress::Text() const {
  return std::to_string(verified) + " of " + std::to_string(total) + " verified";
}

GridTally::GridTally(const std::vector<Commitment>& columns) {
  for (const auto& commitment : columns) {
    columns_.push_back(GridColumn{Code(commitment), ShortLabel(commitment), commitment.title,
                                  IsDistricts(commitment)});
    keys_.push_back(ColumnKey{IsDistricts(commitment), commitment.number});
  }
}

namespace {

bool SameCalendar(const Calendar& a, const Calendar& b) {
  return a.coach_starts_on == b.coach_starts_on && a.instruction_starts_on == b.instruction_starts_on &&
         a.support_ends_on == b.support_ends_on && a.school_year_ends_on == b.school_year_ends_on;
}

bool SameRule(const DueRule& a, const DueRule& b) {
  return a.kind == b.kind && a.on == b.on && a.months == b.months;
}

}  // namespace

const std::vector<Occurrence>& GridTally::ScheduleOf(const DueRule& rule, const Calendar& calendar,
                                                     const core::TimeZone& zone) {
  if (!scheduled_for_ || !SameCalendar(*scheduled_for_, calendar) || scheduled_in_ != &zone) {
    schedules_.clear();
    scheduled_for_ = calendar;
    scheduled_in_ = &zone;
  }
  for (const auto& scheduled : schedules_) {
    if (SameRule(scheduled.rule, rule)) return scheduled.occurrences;
  }
  return schedules_.emplace_back(Scheduled{rule, Schedule(rule, calendar, zone)}).occurrences;
}

GridRow GridTally::Add(GridSchool school, const std::vector<SchoolCommitment>& items,
                       const Calendar& calendar, const core::TimeZone& zone, std::int64_t now) {
  GridRow row;
  row.school = std::move(school);
  row.cells.resize(columns_.size());
  row.issued = !items.empty();
  const auto year_ends_at = SchoolYearEndsAt(calendar, zone);
  for (const auto& item : items) {
    const auto standing =
        Assess(ScheduleOf(item.commitment.due, calendar, zone), item.events, now, year_ends_at);
    const auto status = standing.status;
    const bool district = IsDistricts(item.commitment);
    if (!district) {
      ++row.total;
      if (status == Status::kVerified) ++row.verified;
      if (standing.past_due) ++row.late;
      if (status == Status::kDueSoon) ++row.due_soon;
    }
    // The column whose code is the copy's (Code(): the party and the number).
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      if (keys_[c].district != district || keys_[c].number != item.commitment.number) continue;
      row.cells[c] = standing;
      if (status == Status::kVerified) ++columns_[c].verified;
      if (standing.past_due) ++columns_[c].late;
    }
  }
  ++schools_;
  return row;
}

void GridTally::AddMonths(const std::vector<SchoolCommitment>& items, const Calendar& calendar,
                          const core::TimeZone& zone, std::int64_t now, Months& months) {
  for (const auto& item : items) {
    if (IsDistricts(item.commitment)) continue;
    CountMonths(ScheduleOf(item.commitment.due, calendar, zone), item.events, now, months);
  }
}

}  // namespace practica::commitments
