#include "app/demo/participation_demo.hpp"

#include <algorithm>

#include "auth/secrets.hpp"
#include "features/participations/store/coach_store.hpp"
#include "features/participations/store/participations_store.hpp"
#include "features/participations/store/team_store.hpp"

namespace practica::app::demo {
namespace {

namespace p = practica::participations;

constexpr std::int64_t kPrincipalSignedAt = 1559581200;  // Monday, June 3, 2019, 10:00 AM PDT
constexpr std::int64_t kCoachesAssignedAt = 1565625600;  // Monday, August 12, 2019, 9:00 AM PDT

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

}  // namespace practica::app::demo
