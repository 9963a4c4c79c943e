#include "features/commitments/domain/verification.hpp"

namespace practica::commitments {

namespace {

// Evidence from elsewhere happens once, so it speaks only for the school's one-time items.
bool Verifiable(const SchoolCommitment& item) {
  return !IsDistricts(item.commitment) && item.commitment.due.kind != DueKind::kRecurring &&
         !IsVerified(item);
}

bool PeriodVerified(const SchoolCommitment& item, std::string_view period) {
  const auto* latest = LatestFor(item.events, period);
  return latest != nullptr && latest->kind == EventKind::kVerified;
}

}  // namespace

std::vector<Pick> ToVerifyOn(const std::vector<SchoolCommitment>& items, VerifiedBy key,
                             const core::LocalDate& day, const Calendar& calendar) {
  std::vector<Pick> found;
  if (!Dated(key)) return found;
  // The school year runs July 1 to June 30: a day of another year is another cohort's evidence.
  if (calendar.school_year_ends_on) {
    const auto& last = *calendar.school_year_ends_on;
    if (day > last || day <= core::LocalDate{last.year - 1, 6, 30}) return found;
  }
  for (const auto& item : items) {
    if (item.commitment.verified_by != key || IsDistricts(item.commitment)) continue;
    if (item.commitment.due.kind != DueKind::kRecurring) {
      if (!IsVerified(item)) found.push_back(Pick{&item, ""});
      continue;
    }
    for (const auto& occurrence : Occurrences(item.commitment.due, calendar)) {
      if (!occurrence.opens_on || !occurrence.due_on) continue;
      if (day < *occurrence.opens_on || *occurrence.due_on < day) continue;
      if (!PeriodVerified(item, occurrence.period)) found.push_back(Pick{&item, occurrence.period});
      break;
    }
  }
  return found;
}

std::optional<VerifiedBy> KeyOfCoachingKind(std::string_view kind) {
  if (kind == "check_in") return VerifiedBy::kCoachCheckIn;
  if (kind == "ilt_meeting") return VerifiedBy::kIltMeeting;
  if (kind == "co_teach" || kind == "model_lesson" || kind == "co_design" || kind == "team_planning") {
    return VerifiedBy::kClassroomCoaching;
  }
  return std::nullopt;
}

bool IsVerified(const SchoolCommitment& item) { return PeriodVerified(item, ""); }

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
    case VerifiedBy::kCoachCheckIn:
    case VerifiedBy::kIltMeeting:
    case VerifiedBy::kClassroomCoaching:
      return "Verified from the coaching log: " + what;
    case VerifiedBy::kPdPlanAgreed:
      return "Verified when district staff agreed the professional learning plan (" + what + ")";
    case VerifiedBy::kPdMajority:
      return "Verified when " + what + " had attended a banked-time session";
    case VerifiedBy::kPdSharedBack:
      return "Verified when a teacher shared back after " + what;
    case VerifiedBy::kVisitHosted:
    case VerifiedBy::kFeedbackAnswered:
      return "Verified when " + what;
    case VerifiedBy::kPerson:
      break;
  }
  return {};
}

}  // namespace practica::commitments
