#include "features/commitments/store/evidence_effects.hpp"

#include <functional>

#include "features/commitments/domain/verification.hpp"
#include "features/commitments/store/commitments_store.hpp"

namespace practica::commitments {

namespace {

using Select = std::function<std::vector<Pick>(const std::vector<SchoolCommitment>&)>;

// The one-time commitments a selection names, as picks without a period.
std::vector<Pick> Once(const std::vector<const SchoolCommitment*>& items) {
  std::vector<Pick> picks;
  for (const auto* item : items) picks.push_back(Pick{item, ""});
  return picks;
}

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
core::Result<void> Verify(db::Connection& db, std::int64_t district_id, const Verification& v,
                          const Select& select) {
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
  for (const auto& [item, period] : select(*locked_items)) {
    Event event;
    event.kind = EventKind::kVerified;
    event.period = period;
    event.person_id = v.by;
    event.at = v.at;
    event.comment = v.comment;
    if (auto added = store.AddEvent(item->commitment.id, std::move(event)); !added) {
      return std::unexpected(added.error());
    }
  }
  return {};
}

core::Result<void> VerifyByKey(db::Connection& db, std::int64_t district_id, Verification v, VerifiedBy key,
                               std::string_view detail) {
  v.comment = VerificationComment(key, detail);
  return Verify(db, district_id, v, [key](const auto& items) { return Once(ToVerify(items, key)); });
}

}  // namespace

core::Result<void> VerifyByAttendance(db::Connection& db, std::int64_t district_id,
                                      const features::AttendanceMet& met) {
  const Verification v{met.cohort_id, met.school_id, met.recorded_by, met.at, met.note};
  const int number = met.commitment_number;
  return Verify(db, district_id, v, [number](const auto& items) { return Once(ToVerifyByNumber(items, number)); });
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
    return Once(picked);
  });
}

core::Result<void> VerifyByCertification(db::Connection& db, std::int64_t district_id,
                                         const features::CertificationVerified& verified) {
  const Verification v{verified.cohort_id, verified.school_id, verified.by, verified.at, {}};
  return VerifyByKey(db, district_id, v, VerifiedBy::kCertification, verified.certified_on);
}

namespace {

// Dated evidence in one cohort: what `key` verifies of the school's commitments on `day`.
core::Result<void> VerifyOnDay(db::Connection& db, std::int64_t district_id, const Verification& v, VerifiedBy key,
                               const core::LocalDate& day) {
  auto calendar = CommitmentsStore(db, district_id).LoadCalendar(v.cohort_id);
  if (!calendar) return std::unexpected(calendar.error());
  const auto& year = *calendar;
  return Verify(db, district_id, v, [&](const auto& items) { return ToVerifyOn(items, key, day, year); });
}

// Dated evidence of a school, in every cohort its commitments were issued in (the day decides
// which cohort's year it belongs to).
core::Result<void> VerifyInEveryCohort(db::Connection& db, std::int64_t district_id, Verification v, VerifiedBy key,
                                       const core::LocalDate& day) {
  auto cohorts = CommitmentsStore(db, district_id).CohortsIssuedTo(v.school_id);
  if (!cohorts) return std::unexpected(cohorts.error());
  for (const auto cohort_id : *cohorts) {
    v.cohort_id = cohort_id;
    if (auto done = VerifyOnDay(db, district_id, v, key, day); !done) return done;
  }
  return {};
}

}  // namespace

core::Result<void> VerifyByCoachingLog(db::Connection& db, std::int64_t district_id,
                                       const features::CoachingLogged& logged) {
  const auto key = KeyOfCoachingKind(logged.kind);
  if (!key) return {};
  const Verification v{0, logged.school_id, logged.by, logged.at, VerificationComment(*key, logged.note)};
  return VerifyInEveryCohort(db, district_id, v, *key, logged.held_on);
}

core::Result<void> VerifyByVisit(db::Connection& db, std::int64_t district_id, const features::VisitHeld& held) {
  if (held.visitors < 1) return {};
  const std::string visitors = held.visitors == 1 ? "1 visitor" : std::to_string(held.visitors) + " visitors";
  const Verification v{0, held.school_id, held.by, held.at,
                       VerificationComment(VerifiedBy::kVisitHosted, held.school_name + " hosted " + visitors + " on " +
                                                                         core::FormatLongDate(held.held_on))};
  return VerifyInEveryCohort(db, district_id, v, VerifiedBy::kVisitHosted, held.held_on);
}

core::Result<void> VerifyByPdPlan(db::Connection& db, std::int64_t district_id, const features::PdPlanAgreed& agreed) {
  const Verification v{agreed.cohort_id, agreed.school_id, agreed.by, agreed.at, {}};
  return VerifyByKey(db, district_id, v, VerifiedBy::kPdPlanAgreed, agreed.detail);
}

core::Result<void> VerifyByPdMajority(db::Connection& db, std::int64_t district_id,
                                      const features::PdMajorityReached& reached) {
  const Verification v{reached.cohort_id, reached.school_id, reached.by, reached.at, {}};
  return VerifyByKey(db, district_id, v, VerifiedBy::kPdMajority, reached.rate);
}

core::Result<void> VerifyByPdShare(db::Connection& db, std::int64_t district_id, const features::PdSharedBack& shared) {
  const Verification v{shared.cohort_id, shared.school_id, shared.by, shared.at,
                       VerificationComment(VerifiedBy::kPdSharedBack, shared.session)};
  return VerifyOnDay(db, district_id, v, VerifiedBy::kPdSharedBack, shared.held_on);
}

core::Result<void> VerifyByFeedback(db::Connection& db, std::int64_t district_id,
                                    const features::FeedbackAnswered& answered) {
  const Verification v{answered.cohort_id, answered.school_id, answered.by, answered.at,
                       VerificationComment(VerifiedBy::kFeedbackAnswered, answered.detail)};
  return VerifyOnDay(db, district_id, v, VerifiedBy::kFeedbackAnswered, answered.answered_on);
}

}  // namespace practica::commitments
