// The e-mail the school's principal and practitioner team receive when district staff return or
// approve its technology plan: who decided, which version, the note, and where the plan is.
#pragma once

#include <string>

#include "features/techplans/domain/plan.hpp"

namespace practica::techplans {

struct Decision {
  PlanStatus status = PlanStatus::kReturned;  // kReturned or kApproved
  std::string school;                          // "Hope Street ES"
  std::string cohort;                          // "PS 3.0"
  std::string decided_by;                      // "Dominic Caguioa"
  int version = 0;
  std::string comment;  // required to return, may be empty on approval
  std::string url;      // the plan's page, absolute
  std::string district; // "Los Angeles Unified School District"
};

// "Technology plan returned: Hope Street ES" / "Technology plan approved: Hope Street ES".
std::string DecisionSubject(const Decision& decision);
// The text to one person: "Hello Hannah,\n\nDominic Caguioa returned version 1 of Hope Street
// ES's technology plan (PS 3.0), with this note: …"; a returned plan asks for a revision and a
// new submission, an approved one says the plan is done.
std::string DecisionText(const Decision& decision, const std::string& recipient);

}  // namespace practica::techplans
