#include "app/signals.hpp"

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

}  // namespace

features::Signals MakeSignals(std::int64_t district_id) {
  features::Signals signals;
  signals.attendance_met = [district_id](db::Connection& db, const features::AttendanceMet& met) {
    return VerifyByAttendance(district_id, db, met);
  };
  return signals;
}

}  // namespace practica::app
