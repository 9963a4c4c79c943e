#include "features/commitments/domain/commitment.hpp"

#include <algorithm>
#include <array>

#include "core/text.hpp"

namespace practica::commitments {
namespace {

template <typename Enum>
struct Named {
  Enum value;
  std::string_view code;
  std::string_view label;
};

template <typename Enum, std::size_t N>
std::optional<Enum> ParseNamed(const std::array<Named<Enum>, N>& names, std::string_view code) {
  for (const auto& named : names) {
    if (named.code == code) return named.value;
  }
  return std::nullopt;
}

template <typename Enum, std::size_t N>
const Named<Enum>& Find(const std::array<Named<Enum>, N>& names, Enum value) {
  for (const auto& named : names) {
    if (named.value == value) return named;
  }
  return names.front();
}

template <typename Enum, std::size_t N>
std::vector<Enum> Values(const std::array<Named<Enum>, N>& names) {
  std::vector<Enum> values;
  for (const auto& named : names) values.push_back(named.value);
  return values;
}

// The phase titles are the agreement's own headings.
constexpr std::array<Named<Phase>, 4> kPhases = {{
    {Phase::kBeforeCoach, "before_coach", "Prior to receiving an ITF"},
    {Phase::kFirstMonth, "first_month", "Within the 1st month of instruction"},
    {Phase::kOngoing, "ongoing", "Ongoing throughout the school year"},
    {Phase::kDistrict, "district", "The district's commitments to the school"},
}};

constexpr std::array<Named<DueKind>, 5> kDueKinds = {{
    {DueKind::kFixed, "fixed", "By a date"},
    {DueKind::kBeforeCoach, "before_coach", "Before the coach starts"},
    {DueKind::kAfterInstructionStarts, "after_instruction", "Months after instruction starts"},
    {DueKind::kEndOfSupport, "end_of_support", "By the end of the coach's support"},
    {DueKind::kRecurring, "recurring", "Every few months through the year"},
}};

constexpr std::array<Named<EvidenceKind>, 5> kEvidenceKinds = {{
    {EvidenceKind::kDocument, "document", "A link to a document"},
    {EvidenceKind::kUrl, "url", "A web address"},
    {EvidenceKind::kDate, "date", "A date"},
    {EvidenceKind::kPerson, "person", "A named person"},
    {EvidenceKind::kCount, "count", "A count out of a total"},
}};

constexpr std::array<Named<Verifier>, 2> kVerifiers = {{
    {Verifier::kCoach, "coach", "The school's coach"},
    {Verifier::kDistrict, "district", "District staff"},
}};

// The labels finish the form's "Verified automatically when" in plain words.
constexpr std::array<Named<VerifiedBy>, 16> kVerifiedBy = {{
    {VerifiedBy::kPerson, "", "Never: a person verifies it"},
    {VerifiedBy::kSsoLead, "sso_lead", "The single sign-on (SSO) lead is designated"},
    {VerifiedBy::kTechLead, "tech_lead", "The technology support lead is designated"},
    {VerifiedBy::kTeamConfirmed, "team_confirmed", "The practitioner team is confirmed"},
    {VerifiedBy::kPlanningRegistration, "planning_registration", "The team registers for a Planning Cohort"},
    {VerifiedBy::kAttendance, "attendance", "The team attends every learning session tied to it"},
    {VerifiedBy::kPlanApproved, "plan_approved", "District staff approve the technology plan by its due date"},
    {VerifiedBy::kCertification, "certification", "The digital citizenship certification is verified"},
    {VerifiedBy::kCoachCheckIn, "coach_check_in", "The coach logs a check-in meeting at the school"},
    {VerifiedBy::kIltMeeting, "ilt_meeting", "The coach logs an Instructional Leadership Team meeting"},
    {VerifiedBy::kClassroomCoaching, "classroom_coaching",
     "The coach logs co-teaching, a model lesson, co-design or team planning (each period)"},
    {VerifiedBy::kPdPlanAgreed, "pd_plan_agreed", "District staff agree the school's professional learning plan"},
    {VerifiedBy::kPdMajority, "pd_majority", "A majority of the school's teachers attend a banked-time session"},
    {VerifiedBy::kPdSharedBack, "pd_shared_back",
     "A teacher shares back after a banked-time session (each period)"},
    {VerifiedBy::kVisitHosted, "visit_hosted",
     "The school hosts a visit and takes attendance of its visitors (each period)"},
    {VerifiedBy::kFeedbackAnswered, "feedback_answered",
     "Most of the school's staff asked answer a feedback form (each period)"},
}};

int PhaseRank(Phase phase) {
  for (std::size_t i = 0; i < kPhases.size(); ++i) {
    if (kPhases[i].value == phase) return static_cast<int>(i);
  }
  return 0;
}

// Most evidence of another room happens once for the school, so it verifies only the school's
// own one-time commitments: a recurring one needs evidence for each period, which only dated
// evidence (the coach's log, a session's share-back, a visit) gives, and the district's are the
// district's to show.
core::Result<void> CheckVerifiedBy(const Commitment& commitment, const std::string& name) {
  if (commitment.verified_by == VerifiedBy::kPerson) return {};
  if (IsDistricts(commitment)) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "District staff verify the district's own commitments; choose \"Never: a person "
                      "verifies it\" for " + name + ".",
                      {}, "verified_by");
  }
  if (commitment.due.kind == DueKind::kRecurring && !Dated(commitment.verified_by)) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "A commitment due every few months needs evidence each time, which one event cannot "
                      "give; choose \"Never: a person verifies it\" for " + name + ", or another kind of "
                      "due date.",
                      {}, "verified_by");
  }
  return {};
}

}  // namespace

std::string_view PhaseCode(Phase phase) { return Find(kPhases, phase).code; }
std::string_view PhaseTitle(Phase phase) { return Find(kPhases, phase).label; }
std::optional<Phase> ParsePhase(std::string_view code) { return ParseNamed(kPhases, code); }
const std::vector<Phase>& AllPhases() {
  static const std::vector<Phase> kAll = Values(kPhases);
  return kAll;
}

std::string_view DueKindCode(DueKind kind) { return Find(kDueKinds, kind).code; }
std::string_view DueKindLabel(DueKind kind) { return Find(kDueKinds, kind).label; }
std::optional<DueKind> ParseDueKind(std::string_view code) { return ParseNamed(kDueKinds, code); }
const std::vector<DueKind>& AllDueKinds() {
  static const std::vector<DueKind> kAll = Values(kDueKinds);
  return kAll;
}

std::string_view EvidenceKindCode(EvidenceKind kind) { return Find(kEvidenceKinds, kind).code; }
std::string_view EvidenceKindLabel(EvidenceKind kind) { return Find(kEvidenceKinds, kind).label; }
std::optional<EvidenceKind> ParseEvidenceKind(std::string_view code) {
  return ParseNamed(kEvidenceKinds, code);
}
const std::vector<EvidenceKind>& AllEvidenceKinds() {
  static const std::vector<EvidenceKind> kAll = Values(kEvidenceKinds);
  return kAll;
}

std::string_view VerifierCode(Verifier verifier) { return Find(kVerifiers, verifier).code; }
std::string_view VerifierLabel(Verifier verifier) { return Find(kVerifiers, verifier).label; }
std::optional<Verifier> ParseVerifier(std::string_view code) { return ParseNamed(kVerifiers, code); }

std::string_view VerifiedByCode(VerifiedBy key) { return Find(kVerifiedBy, key).code; }
std::string_view VerifiedByLabel(VerifiedBy key) { return Find(kVerifiedBy, key).label; }
std::optional<VerifiedBy> ParseVerifiedBy(std::string_view code) { return ParseNamed(kVerifiedBy, code); }
const std::vector<VerifiedBy>& AllVerifiedBy() {
  static const std::vector<VerifiedBy> kAll = Values(kVerifiedBy);
  return kAll;
}

bool Dated(VerifiedBy key) {
  return key == VerifiedBy::kCoachCheckIn || key == VerifiedBy::kIltMeeting ||
         key == VerifiedBy::kClassroomCoaching || key == VerifiedBy::kPdSharedBack || key == VerifiedBy::kVisitHosted ||
         key == VerifiedBy::kFeedbackAnswered;
}

bool IsDistricts(const Commitment& commitment) { return commitment.phase == Phase::kDistrict; }

std::string Code(Phase phase, int number) {
  return (phase == Phase::kDistrict ? "d" : "") + std::to_string(number);
}

std::string Code(const Commitment& commitment) { return Code(commitment.phase, commitment.number); }

std::optional<CodeParts> ParseCode(std::string_view code) {
  CodeParts parts;
  if (code.starts_with('d')) {
    parts.district = true;
    code.remove_prefix(1);
  }
  const auto number = core::ParseInt(code, 1, 99);
  if (!number) return std::nullopt;
  parts.number = static_cast<int>(*number);
  return parts;
}

bool Matches(const Commitment& commitment, const CodeParts& code) {
  return IsDistricts(commitment) == code.district && commitment.number == code.number;
}

std::string Name(const Commitment& commitment) {
  return (IsDistricts(commitment) ? "district commitment " : "commitment ") +
         std::to_string(commitment.number);
}

std::string CapitalName(const Commitment& commitment) {
  std::string name = Name(commitment);
  name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

std::string ShortLabel(const Commitment& commitment) {
  return (IsDistricts(commitment) ? "D" : "") + std::to_string(commitment.number);
}

void SortInAgreementOrder(std::vector<Commitment>& commitments) {
  std::stable_sort(commitments.begin(), commitments.end(), [](const auto& a, const auto& b) {
    const bool a_district = IsDistricts(a);
    const bool b_district = IsDistricts(b);
    if (a_district != b_district) return !a_district;
    // School commitments are numbered through the three phases; the phase breaks ties only
    // when a template numbers two phases alike.
    if (a.number != b.number) return a.number < b.number;
    return PhaseRank(a.phase) < PhaseRank(b.phase);
  });
}

core::Result<void> CheckCommitment(const Commitment& commitment) {
  using core::ErrorCode;
  using core::Fail;
  if (commitment.number < 1 || commitment.number > 99) {
    return Fail(ErrorCode::kInvalidInput,
                "Number the commitment with a whole number from 1 to 99, as the agreement does.",
                {}, "number");
  }
  const std::string name = Name(commitment);
  if (core::Trim(commitment.title).empty()) {
    return Fail(ErrorCode::kInvalidInput,
                "Give " + name + " a title, e.g. \"Designate a Technology Support Lead\".", {},
                "title");
  }
  switch (commitment.due.kind) {
    case DueKind::kFixed:
      if (!commitment.due.on) {
        return Fail(ErrorCode::kInvalidInput,
                    "Give " + name + " its due date (YYYY-MM-DD), or choose another kind of due date.",
                    {}, "due_on");
      }
      break;
    case DueKind::kAfterInstructionStarts:
    case DueKind::kRecurring:
      if (commitment.due.months < 1 || commitment.due.months > 12) {
        return Fail(ErrorCode::kInvalidInput,
                    "Give " + name + " a number of months from 1 to 12 for its due date.", {},
                    "due_months");
      }
      break;
    case DueKind::kBeforeCoach:
    case DueKind::kEndOfSupport:
      break;
  }
  if (core::Trim(commitment.evidence.label).empty()) {
    return Fail(ErrorCode::kInvalidInput,
                "Say what evidence " + name +
                    " needs, e.g. \"Name of the Technology Support Lead\".",
                {}, "evidence_label");
  }
  if (commitment.evidence.majority && commitment.evidence.kind != EvidenceKind::kCount) {
    return Fail(ErrorCode::kInvalidInput,
                "Only a count can require a majority; choose \"A count out of a total\" as the "
                "evidence of " + name + " or clear the majority box.",
                {}, "majority");
  }
  return CheckVerifiedBy(commitment, name);
}

}  // namespace practica::commitments
