#include "demo/commitments_demo.hpp"

#include <map>
#include <string>

#include "auth/grant_store.hpp"
#include "features/commitments/store/commitments_store.hpp"
#include "features/commitments/store/evidence_files_store.hpp"
#include "features/people/store/people_store.hpp"

namespace practica::demo {
namespace {

using commitments::Commitment;
using commitments::DueKind;
using commitments::DueRule;
using commitments::EventKind;
using commitments::EvidenceKind;
using commitments::Phase;
using commitments::Verifier;

core::LocalDate Day(int year, int month, int day) { return core::LocalDate{year, month, day}; }

Commitment Item(Phase phase, int number, std::string title, std::string description, DueRule due,
                EvidenceKind evidence, std::string label, Verifier verifier, bool majority = false) {
  Commitment c;
  c.phase = phase;
  c.number = number;
  c.title = std::move(title);
  c.description = std::move(description);
  c.due = due;
  c.evidence = commitments::EvidenceSpec{evidence, std::move(label), majority};
  c.verifier = verifier;
  return c;
}

const std::string kGarvanza = "Garvanza Elementary Technology and Leadership Magnet";
const std::string kHope = "Hope Street ES";
const std::string kSanPascual = "San Pascual STEAM Magnet";
const std::string kTwentyFourth = "24th Street ES";

// Principals invented for two more schools, so the grid is not only the demo caseload's.
// They hold no password: they are records, not accounts to sign in with.
struct InventedPrincipal {
  std::string name;
  std::string email;
  std::string school;
};

const std::vector<InventedPrincipal>& InventedPrincipals() {
  static const std::vector<InventedPrincipal> kPrincipals = {
      {"Daniel Reyes", "principal.sanpascual@practica.example", kSanPascual},
      {"Grace Okafor", "principal.24th@practica.example", kTwentyFourth},
  };
  return kPrincipals;
}

// Evidence given as a file rather than a link: "file:" and the file's name.
constexpr std::string_view kFilePrefix = "file:";

// A one-page PDF, small enough to read here: the technology plan Garvanza gave as a file.
constexpr std::string_view kTechnologyPlanPdf =
    "%PDF-1.4\n"
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
    "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
    "4 0 obj << /Length 70 >> stream\n"
    "BT /F1 14 Tf 72 720 Td (Garvanza ES technology plan, 2019-2020) Tj ET\n"
    "endstream endobj\n"
    "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
    "trailer << /Root 1 0 R >>\n"
    "%%EOF\n";

// One event of the invented year: who did what to which commitment, when (local time).
struct DemoEvent {
  std::string school;
  std::string code;
  EventKind kind;
  std::string who;  // e-mail
  std::string at;   // "2018-06-04 10:00"
  std::string evidence;
  std::string comment;
  std::string period;  // a recurring commitment's month
  std::int64_t count = -1;
  std::int64_t total = -1;
};

std::vector<DemoEvent> DemoEvents() {
  const std::string elena = "principal@practica.example";
  const std::string priya = "teacher@practica.example";
  const std::string hannah = "principal.hope@practica.example";
  const std::string ramon = "coach@practica.example";
  const std::string sophia = "sophia.mendoza@lausd.net";
  const std::string allison = "allison.jonas@lausd.net";
  const std::string dominic = "dominic.caguioa@lausd.net";
  const std::string daniel = "principal.sanpascual@practica.example";
  const std::string grace = "principal.24th@practica.example";
  const auto S = EventKind::kSubmitted;
  const auto V = EventKind::kVerified;
  const auto R = EventKind::kReturned;
  const std::string drive = "https://drive.google.com/file/d/";
  return {
      // Garvanza: nearly everything done and verified, one return along the way.
      {kGarvanza, "1", S, elena, "2018-06-04 10:00", "Priya Shah"},
      {kGarvanza, "1", V, ramon, "2018-08-09 15:30"},
      {kGarvanza, "2", S, elena, "2018-06-04 10:05", "Luis Romero"},
      {kGarvanza, "2", V, ramon, "2018-08-09 15:32"},
      {kGarvanza, "3", S, elena, "2018-05-30 09:00", "2018-05-29"},
      {kGarvanza, "3", V, allison, "2018-06-01 11:00"},
      {kGarvanza, "4", S, priya, "2018-08-06 16:00", drive + "1garvanza-planning-calendar"},
      {kGarvanza, "4", V, ramon, "2018-08-10 14:00"},
      {kGarvanza, "5", S, elena, "2018-06-05 08:30", drive + "1garvanza-team-roster"},
      {kGarvanza, "5", R, ramon, "2018-08-09 15:40", "",
       "The roster needs a second teacher or an out-of-classroom support person."},
      {kGarvanza, "5", S, elena, "2018-08-13 07:45", drive + "1garvanza-team-roster-v2"},
      {kGarvanza, "5", V, ramon, "2018-08-15 10:00"},
      {kGarvanza, "6", S, elena, "2018-06-01 13:00", drive + "1garvanza-session-budget"},
      {kGarvanza, "6", V, allison, "2018-06-04 09:15"},
      {kGarvanza, "7", S, elena, "2018-06-07 12:00", drive + "1garvanza-pl-plan-2018-19"},
      {kGarvanza, "7", V, sophia, "2018-06-12 10:30"},
      {kGarvanza, "8", S, priya, "2018-08-07 17:00", "", "", "", 24, 31},
      {kGarvanza, "8", V, ramon, "2018-08-10 14:05"},
      {kGarvanza, "9", S, elena, "2018-08-03 10:00", drive + "1garvanza-progress-update-1"},
      {kGarvanza, "9", V, ramon, "2018-08-20 09:00"},
      {kGarvanza, "10", S, priya, "2018-08-16 15:00", "2018-08-16"},
      {kGarvanza, "10", V, ramon, "2018-08-17 08:30"},
      {kGarvanza, "11", S, elena, "2018-08-29 16:30", "2018-08-28"},
      {kGarvanza, "11", V, ramon, "2018-08-30 09:00"},
      {kGarvanza, "12", S, elena, "2018-11-16 14:00",
       "https://www.commonsense.org/education/recognition/garvanza-elementary"},
      {kGarvanza, "12", V, dominic, "2018-11-19 10:00"},
      {kGarvanza, "13", S, priya, "2018-09-10 15:00", "2018-10-16"},
      {kGarvanza, "13", V, dominic, "2018-09-12 11:00"},
      {kGarvanza, "19", S, priya, "2018-08-31 15:00", "", "", "2018-08", 18, 31},
      {kGarvanza, "19", V, dominic, "2018-09-04 09:00", "", "", "2018-08"},
      {kGarvanza, "19", S, priya, "2018-09-28 16:00", "", "", "2018-09", 22, 31},
      {kGarvanza, "19", V, dominic, "2018-10-01 09:00", "", "", "2018-09"},
      {kGarvanza, "19", S, priya, "2018-10-31 15:30", "", "", "2018-10", 25, 31},
      {kGarvanza, "19", V, dominic, "2018-11-02 10:00", "", "", "2018-10"},
      {kGarvanza, "19", S, priya, "2018-11-30 15:00", "", "", "2018-11", 20, 31},
      {kGarvanza, "15", S, priya, "2019-06-03 09:00", "", "", "", 3, 3},
      {kGarvanza, "16", S, elena, "2019-05-24 15:00", std::string(kFilePrefix) + "Garvanza technology plan 2019.pdf"},
      {kGarvanza, "16", V, dominic, "2019-06-05 10:00"},
      {kGarvanza, "d1", S, elena, "2018-08-08 16:00", "Ramon Castillo"},
      {kGarvanza, "d1", V, sophia, "2018-08-09 09:00"},
      // Hope Street: a start, a return that was never answered, evidence waiting.
      {kHope, "1", S, hannah, "2018-07-30 10:00", "Maria Gonzalez"},
      {kHope, "1", V, ramon, "2018-08-09 16:00"},
      {kHope, "2", S, hannah, "2018-07-30 10:05", "Kevin Tran"},
      {kHope, "2", V, ramon, "2018-08-09 16:02"},
      {kHope, "3", S, hannah, "2018-06-06 12:00", "2018-06-05"},
      {kHope, "3", V, allison, "2018-06-07 09:00"},
      {kHope, "5", S, hannah, "2018-08-06 14:00", drive + "1hope-street-team"},
      {kHope, "8", S, hannah, "2018-08-07 13:00", "", "", "", 11, 28},
      {kHope, "8", R, ramon, "2018-08-14 10:00", "",
       "11 of 28 teachers is not yet a majority; tell us when at least 15 take part."},
      {kHope, "10", S, hannah, "2018-08-21 15:00", "2018-08-21"},
      {kHope, "10", V, ramon, "2018-08-22 09:00"},
      {kHope, "12", S, hannah, "2018-11-26 10:00",
       "https://www.commonsense.org/education/recognition/hope-street-elementary"},
      {kHope, "d1", S, hannah, "2018-08-08 17:00", "Ramon Castillo"},
      {kHope, "d1", V, sophia, "2018-08-09 09:05"},
      // San Pascual and 24th Street: schools without a demo coach, verified by district staff.
      {kSanPascual, "1", S, daniel, "2018-06-11 09:00", "Alicia Moreno"},
      {kSanPascual, "1", V, dominic, "2018-06-13 10:00"},
      {kSanPascual, "2", S, daniel, "2018-06-11 09:10", "Peter Vu"},
      {kSanPascual, "2", V, dominic, "2018-06-13 10:02"},
      {kSanPascual, "3", S, daniel, "2018-06-01 09:00", "2018-05-31"},
      {kSanPascual, "3", V, allison, "2018-06-04 09:00"},
      {kSanPascual, "8", S, daniel, "2018-08-06 11:00", "", "", "", 19, 26},
      {kSanPascual, "8", V, dominic, "2018-08-09 13:00"},
      {kSanPascual, "12", S, daniel, "2018-11-20 16:00",
       "https://www.commonsense.org/education/recognition/san-pascual-steam-magnet"},
      {kTwentyFourth, "3", S, grace, "2018-06-04 15:00", "2018-06-04"},
      {kTwentyFourth, "3", V, allison, "2018-06-05 09:00"},
      {kTwentyFourth, "6", S, grace, "2018-06-20 10:00", drive + "124th-street-session-budget"},
  };
}

core::Result<std::int64_t> PersonId(db::Connection& db, std::int64_t district_id, const std::string& email) {
  auto person = people::PeopleStore(db, district_id).FindByEmail(email);
  if (!person) return std::unexpected(person.error());
  if (!*person) return core::Fail(core::ErrorCode::kNotFound, "The demo has no person " + email + ".");
  return (*person)->id;
}

core::Result<std::int64_t> Instant(const core::TimeZone& zone, const std::string& text) {
  auto day = core::ParseLocalDate(text.substr(0, 10));
  if (!day) return std::unexpected(day.error());
  return zone.ToUtc(core::LocalDateTime{*day, std::stoi(text.substr(11, 2)), std::stoi(text.substr(14, 2))});
}

// What verifies these without a person, in the agreement's numbering (the seeds' list): the SSO
// lead (1) and the Technology Support Lead (2) designated on the participation, the ID
// Practitioner Team (5) confirmed, the team registered for a Tech Planning Cohort (13), the
// sessions tied to 6 and 15 attended (the learning sessions name those numbers), the
// certification verified (12) and the technology plan approved (16); and from the coach's log,
// a check-in meeting (10), an Instructional Leadership Team meeting (11) and, each quarter, work
// in classrooms: co-teaching, a model lesson, co-design or team planning (14); from the school's
// professional learning plan, the plan agreed (7), a majority of teachers at its banked-time
// sessions (8) and teachers sharing back after them, each quarter (17); visits hosted (20, each
// quarter, and 21); and each month, most of the school's staff asked answering a feedback
// form (19).
void MarkEvidence(std::vector<Commitment>& items) {
  using commitments::VerifiedBy;
  const std::map<int, VerifiedBy> keys = {
      {1, VerifiedBy::kSsoLead},       {2, VerifiedBy::kTechLead},
      {5, VerifiedBy::kTeamConfirmed}, {13, VerifiedBy::kPlanningRegistration},
      {6, VerifiedBy::kAttendance},    {15, VerifiedBy::kAttendance},
      {12, VerifiedBy::kCertification}, {16, VerifiedBy::kPlanApproved},
      {10, VerifiedBy::kCoachCheckIn},  {11, VerifiedBy::kIltMeeting},
      {14, VerifiedBy::kClassroomCoaching}, {7, VerifiedBy::kPdPlanAgreed},
      {8, VerifiedBy::kPdMajority},     {17, VerifiedBy::kPdSharedBack},
      {20, VerifiedBy::kVisitHosted},   {21, VerifiedBy::kVisitHosted},
      {19, VerifiedBy::kFeedbackAnswered}};
  for (auto& item : items) {
    if (!commitments::IsDistricts(item) && keys.contains(item.number)) item.verified_by = keys.at(item.number);
  }
}

}  // namespace

commitments::Calendar Ps3Calendar() {
  return commitments::Calendar{Day(2018, 8, 8), Day(2018, 8, 14), Day(2019, 6, 7)};
}

std::vector<Commitment> Ps3Commitments() {
  const DueRule before_coach{DueKind::kBeforeCoach};
  const DueRule first_month{DueKind::kAfterInstructionStarts, std::nullopt, 1};
  const DueRule end_of_support{DueKind::kEndOfSupport};
  const DueRule monthly{DueKind::kRecurring, std::nullopt, 1};
  const DueRule quarterly{DueKind::kRecurring, std::nullopt, 3};
  // "Certification to be completed by the 2018 Thanksgiving Break": read as before Thanksgiving
  // Day (Thursday, November 22), so the last day is Wednesday, November 21, 2018.
  const DueRule thanksgiving{DueKind::kFixed, Day(2018, 11, 21)};
  // The last follow-up learning session.
  const DueRule last_follow_up{DueKind::kFixed, Day(2019, 5, 31)};
  // "Prior to the end of the 2018-2019 school year": the agreement names no last day of
  // school, so the plan is due when the ITF's direct support concludes, June 7, 2019.
  const DueRule school_year_end{DueKind::kFixed, Day(2019, 6, 7)};
  const auto B = Phase::kBeforeCoach;
  const auto F = Phase::kFirstMonth;
  const auto O = Phase::kOngoing;
  const auto D = Phase::kDistrict;
  const auto coach = Verifier::kCoach;
  const auto district = Verifier::kDistrict;
  std::vector<Commitment> items = {
      Item(B, 1, "Designate an SSO lead",
           "Designate a lead that will ensure all teachers build capacity to facilitate having "
           "students access their SSO login information.",
           before_coach, EvidenceKind::kPerson, "Name of the SSO lead", coach),
      Item(B, 2, "Designate a Technology Support Lead",
           "Designate one certificated or classified staff member as a Technology Support Lead: the "
           "school's point of contact to address any District-related technical support issues.",
           before_coach, EvidenceKind::kPerson, "Name of the Technology Support Lead", coach),
      Item(B, 3, "Calibrate the ITF's role with ITI",
           "The Innovative Designer (ID) Practitioner Team and school leadership will meet with ITI "
           "to calibrate on the role of the ITF as an instructional coach and determine how the ITF "
           "will be integrated into the school's instructional practices.",
           before_coach, EvidenceKind::kDate, "Date of the calibration meeting", district),
      Item(B, 4, "Establish regular planning time with the ITF",
           "Establish regular planning time in which the ITF can participate to collaboratively "
           "design instruction that cultivates 21st century skills and practices as outlined by the "
           "ISTE Standards for Students and the K-12 CS Framework.",
           before_coach, EvidenceKind::kDocument, "Link to the planning-time schedule", coach),
      Item(B, 5, "Convene the ID Practitioner Team",
           "Convene a (certificated) ID Practitioner Team that serves as the ITF's primary point of "
           "contact and continues the work beyond 2018-2019. At minimum: the principal (or "
           "administrator designee), a teacher, and an additional teacher or out-of-classroom "
           "support person.",
           before_coach, EvidenceKind::kDocument, "Link to the team roster", coach),
      Item(B, 6, "Fund a three-member team at every learning session",
           "Allocate the funds to send a three-member ID Practitioner Team to each learning session: "
           "the Virtual Welcome Webinar (May 18, 2018), onboarding (June 2 and August 8–10, 2018) "
           "and follow-up learning (September 28, 2018; March 22 and May 31, 2019).",
           before_coach, EvidenceKind::kDocument, "Link to the budget allocation", district),
      Item(B, 7, "Draft the 2018-2019 professional learning plan with ITI",
           "Meet with an ITI team member to draft a professional learning plan for the 2018-2019 "
           "school year that is in alignment with the goal of the Practitioner Schools 3.0 model.",
           before_coach, EvidenceKind::kDocument, "Link to the professional learning plan", district),
      Item(B, 8, "Make it a schoolwide initiative",
           "Agree to treat this as a schoolwide initiative with a majority of the teachers "
           "participating in this work.",
           before_coach, EvidenceKind::kCount, "Teachers taking part, out of all teachers", coach, true),
      Item(B, 9, "Serve as a mentor school",
           "Commit to serve as a mentor school: share your learnings, best practices, and provide "
           "updates on the school's progress on implementing 21st century instruction.",
           before_coach, EvidenceKind::kDocument, "Link to the first progress update", coach),
      Item(F, 10, "Set roles and check-ins with the ITF",
           "Set a meeting with the ITF to go over roles, responsibilities and expectations, mid "
           "year, and end of year check in and progress updates.",
           first_month, EvidenceKind::kDate, "Date of the meeting", coach),
      Item(F, 11, "Include the ITF in Instructional Leadership Team meetings",
           "Include the ITF in the school's Instructional Leadership Team meetings to assist in "
           "bringing cohesion to schoolwide instructional initiatives.",
           first_month, EvidenceKind::kDate, "Date of the first ILT meeting with the ITF", coach),
      Item(F, 12, "Become a Common Sense Digital Citizenship School",
           "Begin the process to become a Common Sense Digital Citizenship School in the first month "
           "of instruction; certification to be completed by the 2018 Thanksgiving Break.",
           thanksgiving, EvidenceKind::kUrl, "Link to the school's certification", district),
      Item(F, 13, "Register for a Tech Planning Cohort",
           "Begin the process to complete a Technology Plan by registering for an ITI three-day Tech "
           "Planning Cohort (the school selects the offering whose dates work best for its team).",
           first_month, EvidenceKind::kDate, "First day of the offering registered for", district),
      Item(O, 14, "Coach in classrooms with the ITF",
           "Allocate time for the ITF and ID Practitioner Team to go into classrooms and grade or "
           "subject planning teams to co-teach, model and design instruction with teachers.",
           quarterly, EvidenceKind::kCount, "Teachers worked with this quarter, out of all teachers", coach),
      Item(O, 15, "Attend the follow-up learning sessions",
           "Be an active participant in the PS 3.0 learning community: the ID Practitioner Team "
           "attends the follow-up learning on September 28, 2018, March 22, 2019 and May 31, 2019 "
           "(8 am to 3 pm).",
           last_follow_up, EvidenceKind::kCount, "Sessions the team attended, out of 3", district),
      Item(O, 16, "Submit a completed technology plan",
           "Attend an offering of ITI's three-day Instructional Technology Planning Cohort and submit "
           "a completed technology plan prior to the end of the 2018-2019 school year.",
           school_year_end, EvidenceKind::kDocument, "Link to the completed technology plan", district),
      Item(O, 17, "Lead professional learning in banked time",
           "In partnership with the ITF, the ID Practitioner Team facilitates professional learning "
           "during banked time (or equivalent); teachers come back to share how they use it.",
           quarterly, EvidenceKind::kDocument, "Link to the session's agenda", coach),
      Item(O, 18, "Package exemplars for the district",
           "Staff make their learning available to others by allowing the ITF to work with teachers "
           "to package exemplars shared via the ITI Scalar platform.",
           end_of_support, EvidenceKind::kUrl, "Link to a published exemplar", coach),
      Item(O, 19, "Complete the periodic online feedback forms",
           "Staff complete periodic online feedback forms on the implementation of Innovative "
           "Designer practices, to help determine the strides and supports needed.",
           monthly, EvidenceKind::kCount, "Staff who completed this month's form, out of all asked", district),
      Item(O, 20, "Open the school to non-evaluative visits",
           "Conduct periodic, pre-determined, non-evaluative site and classroom visits by teachers, "
           "principals and District leaders to learn from the school's progress.",
           quarterly, EvidenceKind::kDate, "Date of the visit", district),
      Item(O, 21, "Host visits and share learnings with other schools",
           "Host visits and share learnings with other District schools striving to build a "
           "cohesive 21st century aligned instructional model.",
           end_of_support, EvidenceKind::kDate, "Date of the visit or share-out", district),
      Item(D, 1, "Assign an ITF to the school",
           "Assign an Instructional Technology Facilitator (ITF) to support the school as an "
           "integrated member of its Instructional Leadership Team. The ITF is an instructional "
           "thought partner; technical support stays with ITD's helpdesk.",
           before_coach, EvidenceKind::kPerson, "Name of the ITF the school received", district),
      Item(D, 2, "Provide professional learning and instructional support",
           "Guidance on Common Sense Digital Citizenship Certification (school-wide); computer "
           "science offerings (CS Fundamentals, CSE Pathways, Navigating CS); professional learning "
           "for each ISTE Standard for Students through the ISTE Suite.",
           end_of_support, EvidenceKind::kDocument, "Link to the school's professional learning calendar",
           district),
      Item(D, 3, "Help others in the district learn from the school",
           "Coordinate periodic campus visits and/or curate exemplars that illustrate the ISTE "
           "Standards for Students and the K-12 CS Framework in implementation.",
           end_of_support, EvidenceKind::kUrl, "Link to a visit record or curated exemplar", district),
  };
  MarkEvidence(items);
  return items;
}

core::Result<void> LoadCommitmentsDemo(db::Connection& db, std::int64_t district_id,
                                       const core::TimeZone& zone, std::int64_t now) {
  commitments::CommitmentsStore store(db, district_id);
  auto cohort = store.FindCohort("ps-3-0");
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) return core::Fail(core::ErrorCode::kNotFound, "The demo has no PS 3.0 cohort.");
  const auto cohort_id = (*cohort)->id;
  auto sophia = PersonId(db, district_id, "sophia.mendoza@lausd.net");
  if (!sophia) return std::unexpected(sophia.error());
  auto planned = Instant(zone, "2018-05-21 09:00");  // the planning meetings begin
  if (!planned) return std::unexpected(planned.error());
  if (auto saved = store.SaveCalendar(cohort_id, Ps3Calendar(), *sophia, *planned); !saved) return saved;
  for (const auto& item : Ps3Commitments()) {
    if (auto saved = store.SaveTemplateItem(cohort_id, item, *sophia, *planned); !saved) {
      return std::unexpected(saved.error());
    }
  }
  if (auto issued = store.Issue(cohort_id, *sophia, *planned); !issued) return std::unexpected(issued.error());

  std::map<std::string, std::int64_t> school_ids;
  for (const auto& name : {kGarvanza, kHope, kSanPascual, kTwentyFourth}) {
    auto found = db.QueryInt("SELECT id FROM published_schools WHERE district_id = $1 AND name = $2", {district_id, name});
    if (!found) return std::unexpected(found.error());
    if (!*found) return core::Fail(core::ErrorCode::kNotFound, "The demo has no school " + name + ".");
    school_ids[name] = **found;
  }
  people::PeopleStore people_store(db, district_id);
  auth::GrantStore grants(db, district_id);
  for (const auto& principal : InventedPrincipals()) {
    auto person = people_store.Create(people::Person{0, principal.email, principal.name, true});
    if (!person) return std::unexpected(person.error());
    const auth::NewGrant grant{person->id, auth::Role::kPrincipal, auth::ScopeKind::kSchool,
                               school_ids.at(principal.school), Day(2018, 5, 14), std::nullopt};
    if (auto added = grants.Add(grant, 0, now); !added) return std::unexpected(added.error());
  }

  std::map<std::string, std::int64_t> people_ids;
  std::map<std::string, std::vector<commitments::SchoolCommitment>> copies;
  for (const auto& demo : DemoEvents()) {
    if (!people_ids.contains(demo.who)) {
      auto id = PersonId(db, district_id, demo.who);
      if (!id) return std::unexpected(id.error());
      people_ids[demo.who] = *id;
    }
    if (!copies.contains(demo.school)) {
      auto loaded = store.ForSchool(cohort_id, school_ids.at(demo.school));
      if (!loaded) return std::unexpected(loaded.error());
      copies[demo.school] = std::move(*loaded);
    }
    std::int64_t copy_id = 0;
    for (const auto& copy : copies[demo.school]) {
      if (commitments::Code(copy.commitment) == demo.code) copy_id = copy.commitment.id;
    }
    if (copy_id == 0) {
      return core::Fail(core::ErrorCode::kNotFound, "The demo template has no commitment " + demo.code + ".");
    }
    auto at = Instant(zone, demo.at);
    if (!at) return std::unexpected(at.error());
    commitments::Event event;
    event.kind = demo.kind;
    event.period = demo.period;
    event.person_id = people_ids[demo.who];
    event.at = *at;
    event.comment = demo.comment;
    const bool file = demo.evidence.starts_with(kFilePrefix);
    if (demo.kind == EventKind::kSubmitted) {
      event.evidence.text = file ? demo.evidence.substr(kFilePrefix.size()) : demo.evidence;
      if (demo.count >= 0) {
        event.evidence.count = demo.count;
        event.evidence.total = demo.total;
        event.evidence.text = std::to_string(demo.count) + " of " + std::to_string(demo.total);
      }
    }
    auto added = store.AddEvent(copy_id, event);
    if (!added) return std::unexpected(added.error());
    if (file) {
      const commitments::EvidenceFile info{0, event.evidence.text, "application/pdf", 0};
      auto kept = commitments::EvidenceFilesStore(db, district_id).Add(added->id, info, kTechnologyPlanPdf,
                                                                        event.person_id, event.at);
      if (!kept) return std::unexpected(kept.error());
    }
  }
  return {};
}

}  // namespace practica::demo
