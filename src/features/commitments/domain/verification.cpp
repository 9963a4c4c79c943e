#include "features/commitments/domain/verification.hpp"

namespace practica::commitments {

namespace {

// Evidence from elsewhere happens once, so it speaks only for the school's one-time items.
bool Verifiable(const SchoolCommitment& item) {
  return !IsDistricts(item.commitment) && item.commitment.due.kind != DueKind::kRecurring &&
         !IsVerified(item);
}

}  // namespace

bool IsVerified(const SchoolCommitment& item) {
  const auto* latest = LatestFor(item.events, "");
  return latest != nullptr && latest->kind == EventKind::kVerified;
}

std::vector<const SchoolCommitment*> ToVerify(const std::vector<SchoolCommitment>& items, VerifiedBy key) {
  std::vector<const SchoolCommitment*> found;
  if (key == VerifiedBy::kPerson) return found;
  for (const auto& item : items) {
    if (item.commitment.verified_by == key && Verifiable(item)) found.push_back(&item);
  }
  return found;
}

std::vector<const SchoolCommitment*> ToVerifyByNumber(const std::vector<SchoolCommitment>& items, int number) {
  std::vector<const SchoolCommitment*> found;
  for (const auto& item : items) {
    if (item.commitment.number == number && Verifiable(item)) found.push_back(&item);
  }
  return found;
}

std::vector<PeriodToVerify> ToVerifyOn(const std::vector<SchoolCommitment>& items, VerifiedBy key,
                                       const Calendar& calendar, const core::TimeZone& zone,
                                       const core::LocalDate& day) {
  std::vector<PeriodToVerify> found;
  if (key == VerifiedBy::kPerson) return found;
  for (const auto& item : items) {
    if (item.commitment.verified_by != key || IsDistricts(item.commitment)) continue;
    const bool recurring = item.commitment.due.kind == DueKind::kRecurring;
    for (const auto& occurrence : Schedule(item.commitment.due, calendar, zone)) {
      const bool opened = !recurring || (occurrence.opens_on && *occurrence.opens_on <= day);
      const bool in_time = !occurrence.due_on || day <= *occurrence.due_on;
      if (!opened || !in_time) continue;
      const auto* latest = LatestFor(item.events, occurrence.period);
      if (latest == nullptr || latest->kind != EventKind::kVerified) found.push_back({&item, occurrence.period});
      break;  // the first occurrence holding the day is the one
    }
  }
  return found;
}

std::string VerificationComment(VerifiedBy key, std::string_view detail) {
  const std::string what(detail);
  switch (key) {
    case VerifiedBy::kSsoLead:
      return "Verified when " + what + " was designated the single sign-on lead";
    case VerifiedBy::kTechLead:
      return "Verified when " + what + " was designated the technology support lead";
    case VerifiedBy::kTeamConfirmed:
      return "Verified when the practitioner team was confirmed";
    case VerifiedBy::kPlanningRegistration:
      return "Verified when the team registered for " + what;
    case VerifiedBy::kAttendance:
      return "Verified when the team attended every session tied to it";
    case VerifiedBy::kPlanApproved:
      return "Verified when district staff approved version " + what + " of the technology plan";
    case VerifiedBy::kCertification:
      return "Verified when the digital citizenship certification (" + what + ") was verified";
    case VerifiedBy::kVisitHosted:
      return "Verified when " + what;
    case VerifiedBy::kPerson:
      break;
  }
  return {};
}

}  // namespace practica::commitments
