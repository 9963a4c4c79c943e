// Commitments verified by what the program records elsewhere (a lead designated, the team
// confirmed, a registration, attendance): which of a school's commitments the evidence
// verifies, and what the verification says.
#pragma once

#include <string>
#include <string_view>
#include <vector>

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

// What dated evidence (a visit held on `day`) verifies: the school's own items marked `key`,
// each with the occurrence holding the day, when that occurrence is not verified yet. A one-time
// item counts evidence up to its due day; a recurring one, the period whose days hold it. PS 3.0:
// Garvanza's visit of Thursday, February 7, 2019 verifies commitment 20 for the quarter
// "February 2019 to April 2019" and commitment 21 (due once, by June 7, 2019).
struct PeriodToVerify {
  const SchoolCommitment* item = nullptr;
  std::string period;  // "" for a one-time item
};
std::vector<PeriodToVerify> ToVerifyOn(const std::vector<SchoolCommitment>& items, VerifiedBy key,
                                       const Calendar& calendar, const core::TimeZone& zone,
                                       const core::LocalDate& day);

// Whether the latest event of a one-time commitment is a verification.
bool IsVerified(const SchoolCommitment& item);

// The verification's comment, saying what verified it; `detail` is the lead's name
// (kSsoLead, kTechLead) or the offering's title (kPlanningRegistration). kSsoLead with
// "Ana Ruiz": "Verified when Ana Ruiz was designated the single sign-on lead".
std::string VerificationComment(VerifiedBy key, std::string_view detail);

// The learning kind whose offerings are the Planning Cohort (the seeds' "Instructional
// Technology Planning Cohort"): registering for one is kPlanningRegistration's evidence.
inline constexpr std::string_view kPlanningCohortKind = "tech_planning";

}  // namespace practica::commitments
