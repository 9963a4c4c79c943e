#include "features/commitments/store/evidence_effects.hpp"

#include <functional>

#include "features/commitments/domain/verification.hpp"
#include "features/commitments/store/commitments_store.hpp"

namespace practica::commitments {

namespace {

using Select = std::function<std::vector<const SchoolCommitment*>(const std::vector<SchoolCommitment>&)>;
// Items with the occurrence each verification is about ("" for a one-time item).
using SelectPeriods = std::function<std::vector<PeriodToVerify>(const std::vector<SchoolCommitment>&)>;

struct Verification {
  std::int64_t cohort_id = 0;
  std::int64_t school_id = 0;
  std::int64_t by = 0;
  std::int64_t at = 0;
  std::string comment;
};

// Verifies what `select` picks of the school's commitments. The picks are locked, then read and
// picked again under the locks, so a verifier acting at the same moment is seen and nothing is
// verified twice.
core::Result<void> VerifyPeriods(db::Connection& db, std::int64_t district_id, const Verification& v,
                                 const SelectPeriods& select) {
  CommitmentsStore store(db, district_id);
  auto items = store.ForSchool(v.cohort_id, v.school_id);
  if (!items) return std::unexpected(items.error());
  const auto picked = select(*items);
  if (picked.empty()) return {};  // not issued, no item names the evidence, or verified already
  for (const auto& pick : picked) {
    if (auto locked = store.Lock(pick.item->commitment.id); !locked) return locked;
  }
  auto locked_items = store.ForSchool(v.cohort_id, v.school_id);
  if (!locked_items) return std::unexpected(locked_items.error());
  for (const auto& pick : select(*locked_items)) {
    Event event;
    event.kind = EventKind::kVerified;
    event.period = pick.period;
    event.person_id = v.by;
    event.at = v.at;
    event.comment = v.comment;
    if (auto added = store.AddEvent(pick.item->commitment.id, std::move(event)); !added) {
      return std::unexpected(added.error());
    }
  }
  return {};
}

core::Result<void> Verify(db::Connection& db, std::int64_t district_id, const Verification& v,
                          const Select& select) {
  return VerifyPeriods(db, district_id, v, [&select](const std::vector<SchoolCommitment>& items) {
    std::vector<PeriodToVerify> picks;
    for (const auto* item : select(items)) picks.push_back({item, ""});
    return picks;
  });
}

core::Result<void> VerifyByKey(db::Connection& db, std::int64_t district_id, Verification v, VerifiedBy key,
                               std::string_view detail) {
  v.comment = VerificationComment(key, detail);
  return Verify(db, district_id, v, [key](const auto& items) { return ToVerify(items, key); });
}

}  // namespace

core::Result<void> VerifyByAttendance(db::Connection& db, std::int64_t district_id,
                                      const features::AttendanceMet& met) {
  const Verification v{met.cohort_id, met.school_id, met.recorded_by, met.at, met.note};
  const int number = met.commitment_number;
  return Verify(db, district_id, v, [number](const auto& items) { return ToVerifyByNumber(items, number); });
}

core::Result<void> VerifyByLeads(db::Connection& db, std::int64_t district_id,
                                 const features::LeadsDesignated& leads) {
  const Verification v{leads.cohort_id, leads.school_id, leads.by, leads.at, {}};
  if (leads.sso) {
    if (auto done = VerifyByKey(db, district_id, v, VerifiedBy::kSsoLead, leads.sso->name); !done) return done;
  }
  if (leads.technology_support) {
    return VerifyByKey(db, district_id, v, VerifiedBy::kTechLead, leads.technology_support->name);
  }
  return {};
}

core::Result<void> VerifyByTeamConfirmed(db::Connection& db, std::int64_t district_id,
                                         const features::TeamConfirmed& confirmed) {
  const Verification v{confirmed.cohort_id, confirmed.school_id, confirmed.by, confirmed.at, {}};
  return VerifyByKey(db, district_id, v, VerifiedBy::kTeamConfirmed, {});
}

core::Result<void> VerifyByRegistration(db::Connection& db, std::int64_t district_id,
                                        const features::TeamRegistered& registered) {
  if (registered.offering_kind != kPlanningCohortKind) return {};
  const Verification v{registered.cohort_id, registered.school_id, registered.by, registered.at, {}};
  return VerifyByKey(db, district_id, v, VerifiedBy::kPlanningRegistration, registered.offering_title);
}

core::Result<void> VerifyByPlanApproved(db::Connection& db, std::int64_t district_id,
                                        const features::PlanApproved& approved) {
  Verification v{approved.cohort_id, approved.school_id, approved.by, approved.at, {}};
  v.comment = VerificationComment(VerifiedBy::kPlanApproved, std::to_string(approved.version));
  const core::LocalDate day = approved.approved_on;
  return Verify(db, district_id, v, [day](const auto& items) {
    auto picked = ToVerify(items, VerifiedBy::kPlanApproved);
    std::erase_if(picked, [&day](const SchoolCommitment* item) {
      const auto& due = item->commitment.due;
      return due.kind == DueKind::kFixed && due.on && day > *due.on;
    });
    return picked;
  });
}

core::Result<void> VerifyByCertification(db::Connection& db, std::int64_t district_id,
                                         const features::CertificationVerified& verified) {
  const Verification v{verified.cohort_id, verified.school_id, verified.by, verified.at, {}};
  return VerifyByKey(db, district_id, v, VerifiedBy::kCertification, verified.certified_on);
}

core::Result<void> VerifyByVisit(db::Connection& db, std::int64_t district_id, const features::VisitHeld& held) {
  if (held.zone == nullptr || held.visitors < 1) return {};
  std::vector<std::int64_t> cohorts;
  auto found = db.Execute("SELECT DISTINCT cohort_id FROM school_commitments WHERE district_id = $1 AND school_id = $2",
                          {district_id, held.school_id}, [&](const db::Row& row) { cohorts.push_back(row.Int(0)); });
  if (!found) return std::unexpected(found.error());
  const std::string visitors = held.visitors == 1 ? "1 visitor" : std::to_string(held.visitors) + " visitors";
  Verification v{0, held.school_id, held.by, held.at, {}};
  v.comment = VerificationComment(VerifiedBy::kVisitHosted,
                                  held.school_name + " hosted " + visitors + " on " + core::FormatLongDate(held.held_on));
  for (auto cohort : cohorts) {
    auto calendar = CommitmentsStore(db, district_id).LoadCalendar(cohort);
    if (!calendar) return std::unexpected(calendar.error());
    v.cohort_id = cohort;
    const auto& zone = *held.zone;
    const auto day = held.held_on;
    auto done = VerifyPeriods(db, district_id, v, [&](const std::vector<SchoolCommitment>& items) {
      return ToVerifyOn(items, VerifiedBy::kVisitHosted, *calendar, zone, day);
    });
    if (!done) return done;
  }
  return {};
}

}  // namespace practica::commitments
