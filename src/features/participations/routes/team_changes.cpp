// The practitioner team roster, its confirmation, and the two leads.
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <tuple>

#include "auth/grant_store.hpp"
#include "auth/guard.hpp"
#include "core/text.hpp"
#include "features/participations/routes/changes.hpp"
#include "features/participations/store/team_store.hpp"

namespace practica::participations {
namespace json = boost::json;

namespace {

using Entries = core::Result<std::vector<auth::AuditEntry>>;

std::int64_t Number(const http::Request& request) {
  return core::ParseInt(request.Param("number"), 1, INT64_MAX).value_or(0);
}

// A retracted participation's team, leads and roster are history: they no longer change.
core::Result<void> CheckOpen(const ParticipationView& view) {
  if (!view.details.retraction) return {};
  const auto name = view.Name();
  return core::Fail(core::ErrorCode::kConflict, name.school + "'s participation in " + name.cohort +
                                                    " was retracted; its team and leads no longer change.");
}

std::string MemberJson(const TeamMember& m) {
  return json::serialize(json::object{{"number", m.id},
                                      {"person_id", m.person.id},
                                      {"name", m.person.name},
                                      {"kind", MemberKindCode(m.kind)},
                                      {"attends", m.attends}});
}

auth::AuditEntry MemberEntry(const TeamMember& m, std::string before, std::string after, std::string reason) {
  auth::AuditEntry entry;
  entry.record_type = "team_member";
  entry.record_id = std::to_string(m.id);
  entry.before_json = std::move(before);
  entry.after_json = std::move(after);
  entry.reason = std::move(reason);
  return entry;
}

// A confirmed team that changes is a draft again: the school confirms what it now is.
core::Result<void> BackToDraft(db::Connection& db, const features::Deps& deps, const ParticipationView& view) {
  if (!view.details.team_confirmed_at) return {};
  return ParticipationsStore(db, deps.tenant.id).SetTeamConfirmed(view.listed.cohort.id, view.listed.school.id,
                                                                  std::nullopt, 0);
}

// The active person with that address; kInvalidInput naming `field` otherwise.
core::Result<PersonRef> PersonFor(db::Connection& db, const features::Deps& deps, const std::string& email,
                                  const std::string& field) {
  auto person = DirectoryStore(db, deps.tenant.id).PersonByEmail(email);
  if (!person) return std::unexpected(person.error());
  if (!*person) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "Nobody in the district has the address " + email +
                          "; check the spelling, or ask the program office to invite them.",
                      {}, field);
  }
  return **person;
}

// The leads `after` names that the participation did not (a new person in the role): what the
// change designated, for the rooms that take a designation as evidence (PS 3.0's commitments 1
// and 2), told in the change's transaction. A lead saved again unchanged designates nobody.
core::Result<void> TellDesignated(const features::Deps& deps, db::Connection& db, const ParticipationView& view,
                                  const Leads& after, std::int64_t by) {
  const auto newly = [](const std::optional<PersonRef>& was, const std::optional<PersonRef>& now)
      -> std::optional<features::DesignatedLead> {
    if (!now || (was && was->id == now->id)) return std::nullopt;
    return features::DesignatedLead{now->id, now->name};
  };
  const auto& before = view.details.leads;
  const features::LeadsDesignated designated{view.listed.cohort.id, view.listed.school.id,
                                             newly(before.sso, after.sso),
                                             newly(before.technology_support, after.technology_support), by,
                                             deps.clock.NowUtcSeconds()};
  if (!designated.sso && !designated.technology_support) return {};
  return features::Emit(deps, db, designated);
}

core::Result<json::object> Answer(const features::Deps& deps, const core::Result<ParticipationView>& done) {
  if (!done) return std::unexpected(done.error());
  return ParticipationJson(*done, deps.tenant.zone);
}

}  // namespace

core::Result<json::object> AddMember(const features::Deps& deps, const http::Request& request, const Fields& fields) {
  const std::string email(core::Trim(Get(fields, "email")));
  if (email.empty()) {
    return core::Fail(core::ErrorCode::kInvalidInput, "Type the e-mail address of the person to add.", {}, "email");
  }
  const auto kind = ParseMemberKind(Get(fields, "kind"));
  if (!kind) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "Choose what the member is on the team: principal or administrator designee, teacher, "
                      "or out-of-classroom support.",
                      {}, "kind");
  }
  const bool attends = Yes(fields, "attends");
  return Answer(deps, Audited(deps, request, "teams.manage", [&](db::Connection& db, const ParticipationView& view) -> Entries {
    if (auto open = CheckOpen(view); !open) return std::unexpected(open.error());
    auto person = PersonFor(db, deps, email, "email");
    if (!person) return std::unexpected(person.error());
    if (auto ok = CheckNewMember(view.team, *person, attends); !ok) return std::unexpected(ok.error());
    auto added = TeamStore(db, deps.tenant.id)
                     .Add(view.listed.cohort.id, view.listed.school.id, TeamMember{0, *person, *kind, attends},
                          request.principal->person_id, deps.clock.NowUtcSeconds());
    if (!added) return std::unexpected(added.error());
    // A member acts for the school's team (evidence, registrations) through the role.
    auto granted = auth::GrantStore(db, deps.tenant.id)
                       .EnsureSchoolRole(person->id, auth::Role::kTeamMember, view.listed.school.id,
                                         auth::Today(deps.clock, deps.tenant.zone),
                                         request.principal->person_id, deps.clock.NowUtcSeconds());
    if (!granted) return std::unexpected(granted.error());
    if (auto draft = BackToDraft(db, deps, view); !draft) return std::unexpected(draft.error());
    return std::vector{MemberEntry(*added, "{}", MemberJson(*added),
                                   "added " + person->name + " to the team as " + std::string(MemberKindLabel(*kind)) +
                                       (attends ? ", attending the learning sessions" : ""))};
  }));
}

core::Result<json::object> RemoveMember(const features::Deps& deps, const http::Request& request, const Fields&) {
  return Answer(deps, Audited(deps, request, "teams.manage", [&](db::Connection& db, const ParticipationView& view) -> Entries {
    if (auto open = CheckOpen(view); !open) return std::unexpected(open.error());
    auto member = FindMember(view.team, Number(request));
    if (!member) return std::unexpected(member.error());
    auto removed = TeamStore(db, deps.tenant.id)
                       .Remove(view.listed.cohort.id, view.listed.school.id, member->id,
                               request.principal->person_id, deps.clock.NowUtcSeconds());
    if (!removed) return std::unexpected(removed.error());
    // The role goes with the last team the person leaves at the school.
    auto still = TeamStore(db, deps.tenant.id).OnAnyTeam(view.listed.school.id, member->person.id);
    if (!still) return std::unexpected(still.error());
    if (!*still) {
      auto ended = auth::GrantStore(db, deps.tenant.id)
                       .EndSchoolRole(member->person.id, auth::Role::kTeamMember,
                                      view.listed.school.id, request.principal->person_id,
                                      deps.clock.NowUtcSeconds());
      if (!ended) return std::unexpected(ended.error());
    }
    if (auto draft = BackToDraft(db, deps, view); !draft) return std::unexpected(draft.error());
    return std::vector{MemberEntry(*member, MemberJson(*member), "{\"removed\":true}",
                                   "removed " + member->person.name + " from the team")};
  }));
}

core::Result<json::object> SetAttendance(const features::Deps& deps, const http::Request& request,
                                         const Fields& fields) {
  const bool attends = Yes(fields, "attends");
  return Answer(deps, Audited(deps, request, "teams.manage", [&](db::Connection& db, const ParticipationView& view) -> Entries {
    if (auto open = CheckOpen(view); !open) return std::unexpected(open.error());
    auto member = CheckAttendance(view.team, Number(request), attends);
    if (!member) return std::unexpected(member.error());
    if (member->attends == attends) return std::vector<auth::AuditEntry>{};
    auto set = TeamStore(db, deps.tenant.id).SetAttendance(view.listed.cohort.id, view.listed.school.id, member->id, attends);
    if (!set) return std::unexpected(set.error());
    if (auto draft = BackToDraft(db, deps, view); !draft) return std::unexpected(draft.error());
    auto after = *member;
    after.attends = attends;
    return std::vector{MemberEntry(*member, MemberJson(*member), MemberJson(after),
                                   member->person.name + (attends ? " attends" : " no longer attends") +
                                       " the learning sessions")};
  }));
}

core::Result<json::object> ConfirmTeam(const features::Deps& deps, const http::Request& request, const Fields&) {
  return Answer(deps, Audited(deps, request, "teams.manage", [&](db::Connection& db, const ParticipationView& view) -> Entries {
    if (auto open = CheckOpen(view); !open) return std::unexpected(open.error());
    if (view.details.team_confirmed_at) {
      return core::Fail(core::ErrorCode::kConflict, "The team is already confirmed; a change to it makes it a draft again.");
    }
    if (auto ok = CheckConfirmable(view.team); !ok) return std::unexpected(ok.error());
    auto set = ParticipationsStore(db, deps.tenant.id)
                   .SetTeamConfirmed(view.listed.cohort.id, view.listed.school.id, deps.clock.NowUtcSeconds(),
                                     request.principal->person_id);
    if (!set) return std::unexpected(set.error());
    const features::TeamConfirmed confirmed{view.listed.cohort.id, view.listed.school.id,
                                            request.principal->person_id, deps.clock.NowUtcSeconds()};
    if (auto told = features::Emit(deps, db, confirmed); !told) return std::unexpected(told.error());
    json::array members;
    for (const auto& m : view.team) members.emplace_back(json::parse(MemberJson(m)));
    return std::vector{ParticipationEntry(view, "{\"team_confirmed\":false}",
                                          json::serialize(json::object{{"team_confirmed", true}, {"members", members}}),
                                          "confirmed the team of " + std::to_string(view.team.size()) + " members")};
  }));
}

core::Result<json::object> SetLeads(const features::Deps& deps, const http::Request& request, const Fields& fields) {
  const std::string tech_email(core::Trim(Get(fields, "tech_lead_email")));
  const std::string sso_email(core::Trim(Get(fields, "sso_lead_email")));
  const std::string classification_code = Get(fields, "tech_lead_classification");
  const auto classification = ParseClassification(classification_code);
  if (!classification_code.empty() && !classification) {
    return core::Fail(core::ErrorCode::kInvalidInput, "Choose certificated or classified for the technology support lead.",
                      {}, "tech_lead_classification");
  }
  return Answer(deps, Audited(deps, request, "teams.manage", [&](db::Connection& db, const ParticipationView& view) -> Entries {
    if (auto open = CheckOpen(view); !open) return std::unexpected(open.error());
    Leads leads{std::nullopt, classification, std::nullopt};
    for (auto [email, field, slot] : {std::tuple{&tech_email, "tech_lead_email", &leads.technology_support},
                                      std::tuple{&sso_email, "sso_lead_email", &leads.sso}}) {
      if (email->empty()) continue;
      auto person = PersonFor(db, deps, *email, field);
      if (!person) return std::unexpected(person.error());
      *slot = *person;
    }
    if (auto ok = CheckLeads(leads); !ok) return std::unexpected(ok.error());
    auto set = ParticipationsStore(db, deps.tenant.id).SetLeads(view.listed.cohort.id, view.listed.school.id, leads);
    if (!set) return std::unexpected(set.error());
    if (auto told = TellDesignated(deps, db, view, leads, request.principal->person_id); !told) {
      return std::unexpected(told.error());
    }
    const auto describe = [](const Leads& l) {
      return json::serialize(json::object{
          {"technology_support", l.technology_support ? json::value(l.technology_support->email) : json::value(nullptr)},
          {"classification", l.technology_support && l.classification ? json::value(ClassificationCode(*l.classification))
                                                                      : json::value(nullptr)},
          {"sso", l.sso ? json::value(l.sso->email) : json::value(nullptr)}});
    };
    return std::vector{ParticipationEntry(view, describe(view.details.leads), describe(leads),
                                          "set the technology support lead and the SSO lead")};
  }));
}

}  // namespace practica::participations
