#include "features/commitments/routes/return_notice.hpp"

#include "features/commitments/routes/checklist.hpp"
#include "features/commitments/store/reminders_store.hpp"
#include "jobs/queue.hpp"
#include "core/text.hpp"

namespace practica::commitments {

namespace {

std::string NoticeText(const features::Deps& deps, const SchoolPlace& place, const SchoolCommitment& item,
                       const std::string& period_label, const Event& returned, const Recipient& person,
                       const std::string& url) {
  const auto& commitment = item.commitment;
  const std::string title = std::to_string(commitment.number) + ". " + commitment.title;
  return core::Greeting(person.name) + "\n\n" + returned.person_name +
         " returned the evidence for " + place.school.name + "'s commitment \"" + title + "\" (" +
         place.cohort.ShortName() + ")" + (period_label.empty() ? "" : " for " + period_label) +
         ", with this note:\n\n  " + returned.comment + "\n\n" +
         "Give the evidence again on the school's checklist:\n" + url + "\n\n" +
         "You receive this as " + place.school.name + "'s principal or practitioner team member.\n\n" +
         "Practica, " + deps.tenant.name + "\n";
}

}  // namespace

core::Result<void> QueueReturnNotice(const features::Deps& deps, db::Connection& db, const SchoolPlace& place,
                                     const SchoolCommitment& item, const std::vector<Occurrence>& occurrences,
                                     const Event& returned) {
  const auto today = deps.tenant.zone.ToLocal(returned.at).date;
  auto team = RemindersStore(db, deps.tenant.id).SchoolTeam(place.cohort.id, place.school.id, today);
  if (!team) return std::unexpected(team.error());
  std::string period_label;
  for (const auto& occurrence : occurrences) {
    if (occurrence.period == returned.period) period_label = occurrence.label;
  }
  const std::string url = deps.auth.public_url + ChecklistUrl(place) + "#commitment-" + Code(item.commitment);
  const std::string subject = "Returned: " + item.commitment.title + " (" + place.school.name + ")";
  for (const auto& person : *team) {
    const mail::Message message{person.email, person.name, subject,
                                NoticeText(deps, place, item, period_label, returned, person, url)};
    // The coach's word on the team's own work: not a reminder one can turn off.
    auto queued = jobs::EnqueueMail(
        db, deps.tenant.id, message,
        "commitment.returned:" + std::to_string(returned.id) + ":" + std::to_string(person.person_id),
        returned.at, jobs::MailAudience{person.person_id, ""});
    if (!queued) return std::unexpected(queued.error());
  }
  return {};
}

}  // namespace practica::commitments
