#include "app/signals.hpp"

#include "features/cohorts/store/cohorts_store.hpp"
#include "features/commitments/store/commitments_store.hpp"

namespace practica::app {

namespace {

core::Result<void> VerifyByAttendance(std::int64_t district_id, db::Connection& db,
                                      const features::AttendanceMet& met) {
  commitments::CommitmentsStore store(db, district_id);
  auto items = store.ForSchool(met.cohort_id, met.school_id);
  if (!items) return std::unexpected(items.error());
  for (const auto& item : *items) {
    if (commitments::IsDistricts(item.commitment) ||
        item.commitment.number != met.commitment_number) {
      continue;
    }
    if (!item.events.empty() && item.events.back().kind == commitments::EventKind::kVerified) {
      return {};
    }
    if (auto locked = store.Lock(item.commitment.id); !locked) return locked;
    commitments::Event event;
    event.kind = commitments::EventKind::kVerified;
    event.person_id = met.recorded_by;
    event.at = met.at;
    event.comment = met.note;
    auto added = store.AddEvent(item.commitment.id, std::move(event));
    if (!added) return std::unexpected(added.error());
    return {};
  }
  return {};  // the commitments were not issued to the school: nothing to mark
}

// The goals, the commitment template and its calendar, in the new cohort's words, each fixed
// date a year later. Staff edit them on the new cohort's pages before its window opens.
core::Result<void> CopyCohortParts(std::int64_t district_id, db::Connection& db, const features::CohortCopied& copied) {
  cohorts::CohortsStore cohorts_store(db, district_id);
  auto goals = cohorts_store.Goals(copied.from_cohort_id);
  if (!goals) return std::unexpected(goals.error());
  for (auto& goal : *goals) goal = copied.reword(goal);
  if (auto added = cohorts_store.AddGoals(copied.to_cohort_id, *goals); !added) return added;

  commitments::CommitmentsStore commitments_store(db, district_id);
  auto items = commitments_store.Template(copied.from_cohort_id);
  if (!items) return std::unexpected(items.error());
  for (auto item : *items) {
    item.id = 0;
    item.title = copied.reword(item.title);
    item.description = copied.reword(item.description);
    item.evidence.label = copied.reword(item.evidence.label);
    if (item.due.on) item.due.on = copied.next_year(*item.due.on);
    auto saved = commitments_store.SaveTemplateItem(copied.to_cohort_id, std::move(item), copied.by, copied.at);
    if (!saved) return std::unexpected(saved.error());
  }
  auto calendar = commitments_store.LoadCalendar(copied.from_cohort_id);
  if (!calendar) return std::unexpected(calendar.error());
  for (auto* day : {&calendar->coach_starts_on, &calendar->instruction_starts_on, &calendar->support_ends_on}) {
    if (*day) *day = copied.next_year(**day);
  }
  if (calendar->coach_starts_on || calendar->instruction_starts_on || calendar->support_ends_on) {
    if (auto saved = commitments_store.SaveCalendar(copied.to_cohort_id, *calendar, copied.by, copied.at); !saved) {
      return saved;
    }
  }
  return {};
}

}  // namespace

features::Signals MakeSignals(std::int64_t district_id) {
  features::Signals signals;
  signals.attendance_met = [district_id](db::Connection& db, const features::AttendanceMet& met) {
    return VerifyByAttendance(district_id, db, met);
  };
  signals.cohort_copied = [district_id](db::Connection& db, const features::CohortCopied& copied) {
    return CopyCohortParts(district_id, db, copied);
  };
  return signals;
}

}  // namespace practica::app
