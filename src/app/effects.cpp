#include "app/effects.hpp"

#include "features/cohorts/store/cohort_effects.hpp"
#include "features/commitments/store/copy_effects.hpp"
#include "features/commitments/store/evidence_effects.hpp"
#include "features/participations/store/roster_effects.hpp"

namespace practica::app {

namespace {

// A handler of the district: the rooms' handlers take the district the event happened in.
template <typename Event>
features::Handler<Event> In(std::int64_t district_id,
                            core::Result<void> (*handler)(db::Connection&, std::int64_t, const Event&)) {
  return [district_id, handler](db::Connection& db, const Event& event) { return handler(db, district_id, event); };
}

}  // namespace

features::Effects MakeEffects(std::int64_t district_id) {
  features::Effects effects;
  // An application's decision: the participations room keeps the roster in step.
  effects.On<features::ApplicationAccepted>(In(district_id, &participations::PutOnRoster));
  effects.On<features::AcceptanceUndone>(In(district_id, &participations::TakeOffRoster));
  // A cohort opened from another: its goals, then its commitment template and calendar.
  effects.On<features::CohortCopied>(In(district_id, &cohorts::CopyGoals));
  effects.On<features::CohortCopied>(In(district_id, &commitments::CopyTemplateAndCalendar));
  // Evidence recorded by the participations and learning rooms verifies school commitments.
  effects.On<features::AttendanceMet>(In(district_id, &commitments::VerifyByAttendance));
  effects.On<features::LeadsDesignated>(In(district_id, &commitments::VerifyByLeads));
  effects.On<features::TeamConfirmed>(In(district_id, &commitments::VerifyByTeamConfirmed));
  effects.On<features::TeamRegistered>(In(district_id, &commitments::VerifyByRegistration));
  // An approved technology plan and a verified certification (the techplans room).
  effects.On<features::PlanApproved>(In(district_id, &commitments::VerifyByPlanApproved));
  effects.On<features::CertificationVerified>(In(district_id, &commitments::VerifyByCertification));
  // What the coach logs (the coaching room): check-ins, ILT meetings, work in classrooms.
  effects.On<features::CoachingLogged>(In(district_id, &commitments::VerifyByCoachingLog));
  // The school's professional learning plan and its banked-time sessions (the coaching room).
  effects.On<features::PdPlanAgreed>(In(district_id, &commitments::VerifyByPdPlan));
  effects.On<features::PdMajorityReached>(In(district_id, &commitments::VerifyByPdMajority));
  effects.On<features::PdSharedBack>(In(district_id, &commitments::VerifyByPdShare));
  // A visit the host school held, with visitors present (the visits room).
  effects.On<features::VisitHeld>(In(district_id, &commitments::VerifyByVisit));
  // Most of a school's staff asked answered a feedback form (the surveys room).
  effects.On<features::FeedbackAnswered>(In(district_id, &commitments::VerifyByFeedback));
  return effects;
}

core::Result<demo::DemoReport> LoadDemo(db::Database& database, demo::Scale scale, std::int64_t now,
                                        const std::string& slug) {
  return demo::Load(database, scale, now, [](std::int64_t district_id) { return MakeEffects(district_id); },
                    slug);
}

}  // namespace practica::app
