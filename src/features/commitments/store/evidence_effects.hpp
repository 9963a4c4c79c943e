// The commitments room's effects of evidence other rooms record: a school's commitment is
// verified, in the transaction of the change that recorded the evidence, when its item names that
// evidence (verified_by) or, for attendance, its number is the one the sessions feed.
// src/app/effects.cpp registers these. Each returns the store's error, which rolls the change
// back; a school whose commitments are not issued, or already verified, is left as it is.
#pragma once

#include <cstdint>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "features/kit/events.hpp"

namespace practica::commitments {

[[nodiscard]] core::Result<void> VerifyByAttendance(db::Connection& db, std::int64_t district_id,
                                                    const features::AttendanceMet& met);
// The SSO lead verifies the sso_lead item; the technology support lead, the tech_lead item.
[[nodiscard]] core::Result<void> VerifyByLeads(db::Connection& db, std::int64_t district_id,
                                               const features::LeadsDesignated& leads);
[[nodiscard]] core::Result<void> VerifyByTeamConfirmed(db::Connection& db, std::int64_t district_id,
                                                       const features::TeamConfirmed& confirmed);
// Only a registration for a Planning Cohort offering (kPlanningCohortKind) counts.
[[nodiscard]] core::Result<void> VerifyByRegistration(db::Connection& db, std::int64_t district_id,
                                                      const features::TeamRegistered& registered);

// The plan_approved item, when the approval's day is not past its fixed due day (an approval
// after it leaves the commitment for a person to judge).
[[nodiscard]] core::Result<void> VerifyByPlanApproved(db::Connection& db, std::int64_t district_id,
                                                      const features::PlanApproved& approved);
[[nodiscard]] core::Result<void> VerifyByCertification(db::Connection& db, std::int64_t district_id,
                                                       const features::CertificationVerified& verified);

// The coaching-log keys (KeyOfCoachingKind), in every cohort the school's commitments were
// issued in whose school year holds the entry's day; of a recurring commitment, the period
// holding the day.
[[nodiscard]] core::Result<void> VerifyByCoachingLog(db::Connection& db, std::int64_t district_id,
                                                     const features::CoachingLogged& logged);

// The plan agreed (pd_plan_agreed), a majority of teachers reached (pd_majority), and a
// share-back after a session, for the period holding the session's day (pd_shared_back).
[[nodiscard]] core::Result<void> VerifyByPdPlan(db::Connection& db, std::int64_t district_id,
                                                const features::PdPlanAgreed& agreed);
[[nodiscard]] core::Result<void> VerifyByPdMajority(db::Connection& db, std::int64_t district_id,
                                                    const features::PdMajorityReached& reached);
[[nodiscard]] core::Result<void> VerifyByPdShare(db::Connection& db, std::int64_t district_id,
                                                 const features::PdSharedBack& shared);

// The visit_hosted items of every cohort the school's commitments were issued in whose school
// year holds the visit's day: a recurring one for the period holding the day. The comment names
// the visit: "Verified when Garvanza ES hosted 2 visitors on Thursday, February 7, 2019".
[[nodiscard]] core::Result<void> VerifyByVisit(db::Connection& db, std::int64_t district_id,
                                               const features::VisitHeld& held);

// The feedback_answered items of the form's cohort, for the period holding the day of the answer
// that brought the school past half its staff asked: "Verified when 6 of 10 staff asked answered
// “October feedback” (60%)".
[[nodiscard]] core::Result<void> VerifyByFeedback(db::Connection& db, std::int64_t district_id,
                                                  const features::FeedbackAnswered& answered);

}  // namespace practica::commitments
