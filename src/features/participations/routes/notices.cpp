#include "features/participations/routes/notices.hpp"

#include "core/text.hpp"

namespace practica::participations {
namespace {

constexpr std::string_view kSignature = "\nPractitioner Schools, Instructional Technology Initiative\n";

std::string FullName(const CohortRef& cohort) { return cohort.ShortName() + ": " + cohort.title; }

std::string RoleIn(Slot slot, const ParticipationView& view) {
  return slot == Slot::kPrincipal ? "principal of " + view.listed.school.name
                                  : "instructional director of Local District " + view.listed.school.local_district_name;
}

}  // namespace

std::vector<Notice> SignatureNotices(const ParticipationView& view, const std::string& public_url) {
  std::vector<Notice> notices;
  if (!view.agreement) return notices;
  const auto& school = view.listed.school.name;
  const std::string url = public_url + view.Path();
  const std::string version = std::to_string(view.agreement->version);
  for (const auto& slot : view.status.slots) {
    if (slot.state == SlotState::kSigned) continue;
    for (const auto& person : view.leaders.Holders(slot.slot)) {
      Notice notice{person, "signature_requested", "Signature requested: " + school + " in " + FullName(view.listed.cohort), {}};
      std::string why = school + " is part of " + FullName(view.listed.cohort) +
                        ". It becomes active once its principal and the instructional director of its local "
                        "district have signed the intent to participate (version " + version + ").";
      if (slot.state == SlotState::kNeedsReaffirmation && slot.signature) {
        notice.kind = "reaffirmation_needed";
        notice.subject = "Reaffirmation needed: " + school + " in " + FullName(view.listed.cohort);
        why = "The leadership of " + school + " changed since its intent to participate in " +
              FullName(view.listed.cohort) + " was signed: " + slot.signature->name + " signed as " +
              RoleIn(slot.slot, view) + ". As the new " + std::string(slot.slot == Slot::kPrincipal ? "principal" : "instructional director") +
              ", please reaffirm the school's commitments by signing version " + version + ".";
      }
      notice.text = core::Greeting(person.name) + "\n\n" + why + "\n\nRead the agreement and sign it as " +
                    RoleIn(slot.slot, view) + " here:\n" + url + "\n" + std::string(kSignature);
      notices.push_back(std::move(notice));
    }
  }
  return notices;
}

std::vector<Notice> RetractionNotices(const ParticipationView& view, const std::string& public_url,
                                      const core::TimeZone& zone) {
  std::vector<Notice> notices;
  const auto& retraction = view.details.retraction;
  if (!retraction) return notices;
  const auto& school = view.listed.school.name;
  for (const auto& person : view.leaders.principals) {
    notices.push_back(Notice{
        person, "retracted", school + "'s participation in " + FullName(view.listed.cohort) + " was retracted",
        core::Greeting(person.name) + "\n\n" + school + "'s participation in " + FullName(view.listed.cohort) +
            " was retracted on " + core::FormatLongDateTime(zone.ToLocal(retraction->at)) + " by " +
            retraction->by.name + ".\n\nThe reason given:\n" + retraction->reason +
            "\n\nThe school's agreement, team and history stay on record here:\n" + public_url + view.Path() +
            "\n\nIf you have questions, reply to the program office.\n" + std::string(kSignature)});
  }
  return notices;
}

std::vector<features::ChangeMail> Mails(const std::vector<Notice>& notices) {
  std::vector<features::ChangeMail> mails;
  for (const auto& notice : notices) {
    mails.push_back({mail::Message{notice.to.email, notice.to.name, notice.subject, notice.text}, {},
                     jobs::MailAudience{notice.to.id, ""}});
  }
  return mails;
}

boost::json::array Report(const std::vector<Notice>& notices) {
  boost::json::array report;
  for (const auto& notice : notices) {
    report.emplace_back(boost::json::object{
        {"name", notice.to.name}, {"email", notice.to.email}, {"kind", notice.kind}, {"sent", true}});
  }
  return report;
}

}  // namespace practica::participations
