#include "features/techplans/domain/decision_mail.hpp"

#include "core/text.hpp"

namespace practica::techplans {

std::string DecisionSubject(const Decision& decision) {
  return std::string("Technology plan ") + (decision.status == PlanStatus::kApproved ? "approved" : "returned") +
         ": " + decision.school;
}

std::string DecisionText(const Decision& decision, const std::string& recipient) {
  const bool approved = decision.status == PlanStatus::kApproved;
  std::string text = core::Greeting(recipient) + "\n\n" + decision.decided_by + (approved ? " approved" : " returned") +
                     " version " + std::to_string(decision.version) + " of " + decision.school +
                     "'s technology plan (" + decision.cohort + ")";
  text += decision.comment.empty() ? ".\n\n" : ", with this note:\n\n  " + decision.comment + "\n\n";
  text += approved ? "Nothing more is asked of the plan. It stays on the school's page:\n"
                   : "Revise the plan and submit it again from its page:\n";
  return text + decision.url + "\n\nYou receive this as " + decision.school +
         "'s principal or practitioner team member.\n\nPractica, " + decision.district + "\n";
}

}  // namespace practica::techplans
