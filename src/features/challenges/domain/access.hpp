// Who may read, comment on and change a school's design challenge. Only the school's team and
// its coach change it; other schools of the cohort (their people and coaches) read it once the
// team has shared it, and comment; district staff and the school's local-district instructional
// director read it, draft or shared. A draft is the school's own until it is shared.
#pragma once

namespace practica::challenges {

// The person asking, in terms of one school of one cohort.
struct Reader {
  bool district_staff = false;
  bool local_director = false;  // instructional director of the school's local district
  bool own_school = false;      // principal, team member or teacher of the school
  bool own_coach = false;       // the school's coach (its caseload holds the school)
  bool may_change = false;      // the school's principal or team member, or its coach
  bool in_cohort = false;       // a person or coach of another school of the same cohort
};

enum class Access { kNone, kSharedOnly, kEverything };

// kEverything for the school's own people and coach, district staff and the local director;
// kSharedOnly for other schools of the cohort (a draft shows them nothing); kNone otherwise.
Access ReadAccess(const Reader& reader);

// Comments come from the schools of the cohort (the school's own included) and their coaches,
// on a shared challenge; staff and directors read.
bool MayComment(const Reader& reader, bool shared);

}  // namespace practica::challenges
