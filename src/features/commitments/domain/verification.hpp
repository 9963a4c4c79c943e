// Commitments verified by what the program records elsewhere (a lead designated, the team
// confirmed, a registration, attendance): which of a school's commitments the evidence
// verifies, and what the verification says.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/time_zone.hpp"
#include "features/commitments/domain/commitment.hpp"
#include "features/commitments/domain/due.hpp"
#include "features/commitments/domain/status.hpp"

namespace practica::commitments {

// The school's commitments that `key` verifies now: those its template item marks with the key,
// the school's own and due once, whose latest event is not a verification already. Empty for
// kPerson, and when the commitments were not issued (an empty list). PS 3.0: a designated SSO
// lead verifies commitment 1 until it is verified; after that, nothing.
std::vector<const SchoolCommitment*> ToVerify(const std::vector<SchoolCommitment>& items, VerifiedBy key);

// The commitments numbered `number` that are not verified yet: the learning room names the
// commitment its sessions feed by number (an offering's commitment), whatever the key says.
std::vector<const SchoolCommitment*> ToVerifyByNumber(const std::vector<SchoolCommitment>& items, int number);

// One commitment that evidence verifies, and for a recurring one the period it verifies.
struct Pick {
  const SchoolCommitment* item = nullptr;
  std::string period;  // "" for a one-time commitment; "2018-08" for a period's first month
};

// Dated evidence (Dated(key)): the school's commitments marked with `key` that evidence of `day`
// verifies: a one-time commitment not verified yet, and of a recurring one the period holding
// `day` when it is not verified yet. Nothing when `day` is outside the cohort's school year
// (the year ends on calendar.school_year_ends_on) or outside every period. PS 3.0, quarterly from
// Tuesday, August 14, 2018: co-teaching logged on Tuesday, September 11, 2018 verifies
// commitment 14 for the period "2018-08" (August 2018 to October 2018), once.
std::vector<Pick> ToVerifyOn(const std::vector<SchoolCommitment>& items, VerifiedBy key,
                             const core::LocalDate& day, const Calendar& calendar);

// The key a kind of coaching-log entry is evidence for: "check_in" → kCoachCheckIn,
// "ilt_meeting" → kIltMeeting; "co_teach", "model_lesson", "co_design", "team_planning" →
// kClassroomCoaching; anything else none.
std::optional<VerifiedBy> KeyOfCoachingKind(std::string_view kind);

// Whether the latest event of a one-time commitment is a verification.
bool IsVerified(const SchoolCommitment& item);

// The verification's comment, saying what verified it; `detail` is the lead's name
// (kSsoLead, kTechLead), the offering's title (kPlanningRegistration) or what the coach logged
// (the coaching-log keys: "Ramon Castillo logged a check-in meeting on Thursday, August 16, 2018"). kSsoLead with
// "Ana Ruiz": "Verified when Ana Ruiz was designated the single sign-on lead".
std::string VerificationComment(VerifiedBy key, std::string_view detail);

// The learning kind whose offerings are the Planning Cohort (the seeds' "Instructional
// Technology Planning Cohort"): registering for one is kPlanningRegistration's evidence.
inline constexpr std::string_view kPlanningCohortKind = "tech_planning";

}  // namespace practica::commitments
