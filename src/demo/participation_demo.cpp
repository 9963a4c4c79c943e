#include "demo/participation_demo.hpp"

#include <algorithm>

#include "auth/secrets.hpp"
#include "features/participations/store/coach_store.hpp"
#include "features/participations/store/participations_store.hpp"
#include "features/participations/store/team_store.hpp"
#include "features/people/store/people_store.hpp"

namespace practica::demo {
namespace {

namespace p = practica::participations;

constexpr std::int64_t kPrincipalSignedAt = 1559581200;  // Monday, June 3, 2019, 10:00 AM PDT
constexpr std::int64_t kCoachesAssignedAt = 1565625600;  // Monday, August 12, 2019, 9:00 AM PDT
// PS 3.0, illustrative: the program's records of who signed and which ITF went where are not
// public, so these follow the invented 2018-2019 evidence (commitments_demo.cpp): the
// principals sign when the planning meetings begin, and Ramon Castillo, whom Garvanza and Hope
// Street name as the ITF they received (district commitment 1), starts with the onboarding.
constexpr std::int64_t kPs3SignedAt = 1526918400;        // Monday, May 21, 2018, 9:00 AM PDT
constexpr std::int64_t kPs3CoachAssignedAt = 1533740400;  // Wednesday, August 8, 2018, 8:00 AM PDT
constexpr std::int64_t kPs3DirectorSignedAt = 1527008400;  // Tuesday, May 22, 2018, 10:00 AM PDT
constexpr std::int64_t kPs3TeamConfirmedAt = 1534171500;   // Monday, August 13, 2018, 7:45 AM PDT

core::Result<p::SchoolRef> School(p::DirectoryStore& directory, std::string_view slug) {
  auto school = directory.FindSchool(slug);
  if (!school) return std::unexpected(school.error());
  if (!*school) return core::Fail(core::ErrorCode::kInternal, "The demo has no school " + std::string(slug) + ".");
  return **school;
}

core::Result<p::PersonRef> Person(p::DirectoryStore& directory, std::string_view email) {
  auto person = directory.PersonByEmail(email);
  if (!person) return std::unexpected(person.error());
  if (!*person) return core::Fail(core::ErrorCode::kInternal, "The demo has no person " + std::string(email) + ".");
  return **person;
}

// The principal's signature on the cohort's current agreement, and the coach.
struct DemoParticipation {
  std::int64_t cohort_id = 0;
  p::SchoolRef school;
  p::PersonRef principal;
  std::int64_t signed_at = 0;
  std::int64_t coach_assigned_at = 0;
};

// A signature on the cohort's current agreement (none when the cohort has no agreement).
core::Result<void> Sign(db::Connection& db, std::int64_t district_id, std::int64_t cohort_id, std::int64_t school_id,
                        p::Slot slot, const p::PersonRef& person, std::int64_t at) {
  p::ParticipationsStore participations(db, district_id);
  auto agreement = participations.CurrentAgreement(cohort_id);
  if (!agreement) return std::unexpected(agreement.error());
  if (!*agreement) return {};
  auto signature = participations.AddSignature(
      cohort_id, school_id,
      p::Signature{0, slot, person.id, person.name, (*agreement)->version, auth::HashToken((*agreement)->text),
                   std::max(at, (*agreement)->published_at)});
  if (!signature) return std::unexpected(signature.error());
  return {};
}

core::Result<void> SignAndCoach(db::Connection& db, std::int64_t district_id, const DemoParticipation& d,
                                const p::PersonRef& coach) {
  if (auto signed_ = Sign(db, district_id, d.cohort_id, d.school.id, p::Slot::kPrincipal, d.principal, d.signed_at);
      !signed_) {
    return signed_;
  }
  auto assigned = p::CoachStore(db, district_id).Assign(d.cohort_id, d.school.id, coach, 0, d.coach_assigned_at);
  if (!assigned) return std::unexpected(assigned.error());
  return {};
}

// Garvanza's PS 3.0 participation is complete, as its verified commitments say: Local District
// Northeast's instructional director signed too, the team was confirmed when its roster was
// verified (commitment 5), and the leads that commitments 1 and 2 name are recorded. Luis
// Romero, its technology support lead, is a record only, like the rest of the invented year.
core::Result<void> CompleteGarvanzaPs3(db::Connection& db, std::int64_t district_id, p::DirectoryStore& directory,
                                       std::int64_t cohort_id, const p::SchoolRef& garvanza,
                                       const p::PersonRef& principal) {
  auto marcus = Person(directory, "director.northeast@practica.example");
  auto priya = Person(directory, "teacher@practica.example");
  if (!marcus || !priya) return std::unexpected((!marcus ? marcus : priya).error());
  if (auto signed_ = Sign(db, district_id, cohort_id, garvanza.id, p::Slot::kInstructionalDirector, *marcus,
                          kPs3DirectorSignedAt);
      !signed_) {
    return signed_;
  }
  auto luis = people::PeopleStore(db, district_id)
                  .Create(people::Person{0, "luis.romero@practica.example", "Luis Romero", true});
  if (!luis) return std::unexpected(luis.error());
  p::ParticipationsStore participations(db, district_id);
  const p::Leads leads{p::PersonRef{luis->id, luis->display_name, luis->email}, p::Classification::kClassified,
                       *priya};
  if (auto set = participations.SetLeads(cohort_id, garvanza.id, leads); !set) return set;
  return participations.SetTeamConfirmed(cohort_id, garvanza.id, kPs3TeamConfirmedAt, principal.id);
}

// PS 3.0's Garvanza and Hope Street, as their checklists tell it: signed and coached. (Garvanza's
// PS 3.0 team is formed with the learning sessions it registers for, learning_demo.cpp.)
core::Result<void> AddPs3Participations(db::Connection& db, std::int64_t district_id, p::DirectoryStore& directory,
                                        const p::PersonRef& coach) {
  auto cohort = directory.FindCohort("ps-3-0");
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) return core::Fail(core::ErrorCode::kInternal, "The demo has no PS 3.0.");
  auto garvanza = School(directory, "garvanza-elementary-technology-and-leadership-magnet");
  auto hope = School(directory, "hope-street-es");
  auto elena = Person(directory, "principal@practica.example");
  auto hannah = Person(directory, "principal.hope@practica.example");
  if (!garvanza || !hope) return std::unexpected((!garvanza ? garvanza : hope).error());
  if (!elena || !hannah) return std::unexpected((!elena ? elena : hannah).error());
  const std::int64_t cohort_id = (*cohort)->id;
  for (const auto& d : {DemoParticipation{cohort_id, *garvanza, *elena, kPs3SignedAt, kPs3CoachAssignedAt},
                        DemoParticipation{cohort_id, *hope, *hannah, kPs3SignedAt, kPs3CoachAssignedAt}}) {
    if (auto done = SignAndCoach(db, district_id, d, coach); !done) return done;
  }
  return CompleteGarvanzaPs3(db, district_id, directory, cohort_id, *garvanza, *elena);
}

}  // namespace

core::Result<void> AddParticipationDemo(db::Connection& db, std::int64_t district_id) {
  p::DirectoryStore directory(db, district_id);
  auto cohort = directory.FindCohort("ps-4-0");
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) return core::Fail(core::ErrorCode::kInternal, "The demo has no PS 4.0.");
  const auto cohort_id = (*cohort)->id;
  auto garvanza = School(directory, "garvanza-elementary-technology-and-leadership-magnet");
  auto principal = Person(directory, "principal@practica.example");
  auto teacher = Person(directory, "teacher@practica.example");
  auto coach = Person(directory, "coach@practica.example");
  for (const auto* found : {&principal, &teacher, &coach}) {
    if (!*found) return std::unexpected(found->error());
  }
  if (!garvanza) return std::unexpected(garvanza.error());
  if (auto ps3 = AddPs3Participations(db, district_id, directory, *coach); !ps3) return ps3;

  p::ParticipationsStore participations(db, district_id);
  auto agreement = participations.CurrentAgreement(cohort_id);
  if (!agreement) return std::unexpected(agreement.error());
  if (*agreement) {
    const auto signed_at = std::max(kPrincipalSignedAt, (*agreement)->published_at);
    auto signature = participations.AddSignature(
        cohort_id, garvanza->id,
        p::Signature{0, p::Slot::kPrincipal, principal->id, principal->name, (*agreement)->version,
                     auth::HashToken((*agreement)->text), signed_at});
    if (!signature) return std::unexpected(signature.error());
  }

  p::TeamStore team(db, district_id);
  for (const auto& [person, kind] : {std::pair{*principal, p::MemberKind::kPrincipal},
                                     std::pair{*teacher, p::MemberKind::kTeacher}}) {
    auto added = team.Add(cohort_id, garvanza->id, p::TeamMember{0, person, kind, true}, principal->id,
                          kPrincipalSignedAt);
    if (!added) return std::unexpected(added.error());
  }
  auto leads = participations.SetLeads(cohort_id, garvanza->id, p::Leads{std::nullopt, std::nullopt, *teacher});
  if (!leads) return std::unexpected(leads.error());

  p::CoachStore coaches(db, district_id);
  for (std::string_view slug : {"garvanza-elementary-technology-and-leadership-magnet", "hope-street-es",
                                "telfair-avenue-es"}) {
    auto school = School(directory, slug);
    if (!school) return std::unexpected(school.error());
    auto assigned = coaches.Assign(cohort_id, school->id, *coach, 0, kCoachesAssignedAt);
    if (!assigned) return std::unexpected(assigned.error());
  }
  return {};
}

}  // namespace practica::demo
