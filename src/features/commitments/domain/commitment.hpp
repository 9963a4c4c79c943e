// A commitment of the program's agreement: what a school (or the district, to the school)
// undertakes, when it is due, what shows it was done and who confirms it. A cohort's template
// holds these; each school of the cohort gets its own copy when the template is issued.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/time_zone.hpp"

namespace practica::commitments {

// The agreement's three phases of school commitments, then the district's own commitments.
enum class Phase { kBeforeCoach, kFirstMonth, kOngoing, kDistrict };

std::string_view PhaseCode(Phase phase);    // "before_coach", "first_month", "ongoing", "district"
std::string_view PhaseTitle(Phase phase);   // "Prior to receiving an ITF", …
std::optional<Phase> ParsePhase(std::string_view code);
const std::vector<Phase>& AllPhases();

enum class DueKind {
  kFixed,                   // a calendar date: "by the 2018 Thanksgiving Break"
  kBeforeCoach,             // before the coach (ITF) starts at the school
  kAfterInstructionStarts,  // within N months of the first day of instruction
  kEndOfSupport,            // by the end of the coach's direct support
  kRecurring,               // every N months through the school year (a form each month)
};

std::string_view DueKindCode(DueKind kind);  // "fixed", "before_coach", "after_instruction", …
std::string_view DueKindLabel(DueKind kind);
std::optional<DueKind> ParseDueKind(std::string_view code);
const std::vector<DueKind>& AllDueKinds();

struct DueRule {
  DueKind kind = DueKind::kFixed;
  std::optional<core::LocalDate> on;  // kFixed: the last day
  int months = 0;                     // kAfterInstructionStarts: the offset; kRecurring: the interval
};

// What shows the commitment was kept.
enum class EvidenceKind {
  kDocument,  // a link to a file (a shared document, a plan)
  kUrl,       // a web address (a certification page, a registration)
  kDate,      // the day something happened (the calibration meeting)
  kPerson,    // a named person (the Technology Support Lead)
  kCount,     // a count out of a total (teachers taking part out of all teachers)
};

std::string_view EvidenceKindCode(EvidenceKind kind);  // "document", "url", "date", "person", "count"
std::string_view EvidenceKindLabel(EvidenceKind kind);
std::optional<EvidenceKind> ParseEvidenceKind(std::string_view code);
const std::vector<EvidenceKind>& AllEvidenceKinds();

struct EvidenceSpec {
  EvidenceKind kind = EvidenceKind::kDocument;
  std::string label;      // what to give: "Name of the Technology Support Lead"
  bool majority = false;  // kCount: verified only when the count is more than half the total
};

enum class Verifier { kCoach, kDistrict };

std::string_view VerifierCode(Verifier verifier);   // "coach", "district"
std::string_view VerifierLabel(Verifier verifier);  // "The school's coach", "District staff"
std::optional<Verifier> ParseVerifier(std::string_view code);

// What verifies the commitment without a person, as soon as the program records it elsewhere;
// kPerson (stored as '') leaves it to the verifier. verification.hpp has the rule.
enum class VerifiedBy {
  kPerson,
  kSsoLead,               // the participation's single sign-on lead is designated
  kTechLead,              // its technology support lead is designated
  kTeamConfirmed,         // its practitioner team is confirmed
  kPlanningRegistration,  // the team registers for a Planning Cohort offering
  kAttendance,            // the team attends every learning session tied to the commitment
  kPlanApproved,          // district staff approve the school's technology plan by the due day
  kCertification,         // the school's digital citizenship certification is verified
  // Dated evidence from the coach's log (the coaching room), which may verify a recurring
  // commitment's period as well as a one-time commitment (see Dated):
  kCoachCheckIn,          // the coach logs a check-in meeting at the school
  kIltMeeting,            // the coach logs an Instructional Leadership Team meeting
  kClassroomCoaching,     // the coach logs co-teaching, a model lesson, co-design or team planning
  // The school's professional learning plan and banked-time sessions (the coaching room):
  kPdPlanAgreed,          // district staff agree the school's professional learning plan
  kPdMajority,            // more than half the school's teachers attended a banked-time session
  kPdSharedBack,          // a teacher shares back after a banked-time session (dated: its day)
  // Visits between schools (the visits room):
  kVisitHosted,           // the school hosts a visit with visitors present (dated: its day)
  // Feedback forms (the surveys room):
  kFeedbackAnswered,      // most of the school's staff asked answer a feedback form (dated: the day
                          // the answer that made it most was given)
};

std::string_view VerifiedByCode(VerifiedBy key);   // "", "sso_lead", "tech_lead", …
std::string_view VerifiedByLabel(VerifiedBy key);  // "Never: a person verifies it", …
std::optional<VerifiedBy> ParseVerifiedBy(std::string_view code);
const std::vector<VerifiedBy>& AllVerifiedBy();
// Whether the key's evidence carries its own day, so that it speaks for the period of a
// recurring commitment that holds the day: a coaching-log entry does; a lead designated once
// does not.
bool Dated(VerifiedBy key);

struct Commitment {
  std::int64_t id = 0;  // the template item's id, or the school copy's id
  Phase phase = Phase::kBeforeCoach;
  int number = 0;  // as the agreement numbers it: 1–21 for the school, 1–3 for the district
  std::string title;
  std::string description;
  DueRule due;
  EvidenceSpec evidence;
  Verifier verifier = Verifier::kCoach;
  VerifiedBy verified_by = VerifiedBy::kPerson;
};

// The district's own commitments are numbered apart from the school's.
bool IsDistricts(const Commitment& commitment);

// The commitment's short address in URLs: "12" for a school commitment, "d2" for the district's.
std::string Code(const Commitment& commitment);
std::string Code(Phase phase, int number);
// "12" -> {school, 12}; "d2" -> {district, 2}. nullopt for anything else.
struct CodeParts {
  bool district = false;
  int number = 0;
};
std::optional<CodeParts> ParseCode(std::string_view code);
bool Matches(const Commitment& commitment, const CodeParts& code);

// "commitment 12", "district commitment 2": how messages name it.
std::string Name(const Commitment& commitment);
std::string CapitalName(const Commitment& commitment);  // "Commitment 12", to start a sentence
// "12", "D2": how the grid's columns and the exports head it.
std::string ShortLabel(const Commitment& commitment);

// In the agreement's order: the three phases of school commitments by number, then the
// district's.
void SortInAgreementOrder(std::vector<Commitment>& commitments);

// kInvalidInput naming the field when a template item cannot be saved as it is (verified_by on a
// district commitment, or on one due every few months, is refused).
[[nodiscard]] core::Result<void> CheckCommitment(const Commitment& commitment);

}  // namespace practica::commitments
