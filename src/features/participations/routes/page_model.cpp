#include "features/participations/routes/page_model.hpp"

#include "features/kit/paragraphs.hpp"

#include <boost/json/array.hpp>

#include "auth/guard.hpp"
#include "features/participations/routes/access.hpp"

namespace practica::participations {
namespace json = boost::json;

namespace {

std::string Typed(const json::object& typed, std::string_view name) {
  const auto* value = typed.if_contains("typed_" + std::string(name));
  return value != nullptr && value->is_string() ? std::string(value->as_string()) : std::string();
}

json::array Options(const std::vector<std::pair<std::string, std::string>>& choices, const std::string& selected) {
  json::array options;
  for (const auto& [value, label] : choices) {
    options.emplace_back(json::object{{"value", value}, {"label", label}, {"selected", value == selected}});
  }
  return options;
}

json::array People(const std::vector<PersonRef>& people, const std::string& selected) {
  json::array options;
  for (const auto& p : people) {
    options.emplace_back(json::object{{"value", p.email}, {"label", p.name + " (" + p.email + ")"},
                                      {"selected", p.email == selected}});
  }
  return options;
}

// The choices of the team and leads forms, with what was typed or is on record selected.
core::Result<void> AddTeamChoices(db::Connection& db, const features::Deps& deps, const ParticipationView& view,
                                  const json::object& typed, json::object& data) {
  std::vector<std::pair<std::string, std::string>> kinds;
  for (auto kind : AllMemberKinds()) kinds.emplace_back(MemberKindCode(kind), MemberKindLabel(kind));
  data["kind_options"] = Options(kinds, Typed(typed, "kind").empty() ? "teacher" : Typed(typed, "kind"));
  const auto& leads = view.details.leads;
  const std::string classification = typed.contains("typed_tech_lead_classification")
                                         ? Typed(typed, "tech_lead_classification")
                                         : std::string(leads.classification ? ClassificationCode(*leads.classification) : "");
  data["classification_options"] =
      Options({{"certificated", "Certificated"}, {"classified", "Classified"}}, classification);
  if (!typed.contains("typed_tech_lead_email") && leads.technology_support) {
    data["typed_tech_lead_email"] = leads.technology_support->email;
  }
  if (!typed.contains("typed_sso_lead_email") && leads.sso) data["typed_sso_lead_email"] = leads.sso->email;
  auto staff = DirectoryStore(db, deps.tenant.id).StaffOf(view.listed.school.id);
  if (!staff) return std::unexpected(staff.error());
  data["staff_suggestions"] = People(*staff, "");
  return {};
}

}  // namespace

core::Result<json::object> PageModel(db::Connection& db, const features::Deps& deps, const http::Request& request,
                                     const ParticipationView& view, const json::object& typed) {
  auto data = ParticipationJson(view, deps.tenant.zone);
  for (const auto& [key, value] : typed) data[key] = value;
  data["csrf_token"] = request.principal->csrf_token;
  data["has_missing"] = !view.missing.empty();
  data["has_coach_history"] = !view.coach_history.empty();
  data["team_incomplete"] = !view.year_over && !MissingFromTeam(view.team).empty();
  const auto where = SchoolResource(view.listed.school);
  // Neither a retracted participation nor one whose school year is over changes any more.
  const bool open = !view.details.retraction && !view.year_over;
  data["year_over"] = view.year_over;
  if (view.year_over) {
    data["year_over_note"] = YearOverNote(view.listed.cohort.ShortName(), view.listed.cohort.school_year);
  }
  if (view.agreement) data["agreement_paragraphs"] = features::Paragraphs(view.agreement->text);
  // The Sign button shows only to someone who holds an unsigned slot of the current version.
  if (open && view.agreement && May(deps, request, "agreements.sign", where)) {
    auto slot = CheckSigning(view.status, view.leaders, view.CurrentVersion(), request.principal->person_id,
                             view.agreement->version, view.listed.cohort.ShortName());
    if (slot) data["sign_as"] = SlotLabel(*slot);
  }
  const bool keeps_team = open && May(deps, request, "teams.manage", where);
  const bool manages = May(deps, request, "participations.manage", where);
  data["can_manage_team"] = keeps_team;
  data["can_manage"] = manages && open;
  data["can_read_overview"] = May(deps, request, "participations.read", auth::Resource{0, 0, 0, true});
  data["can_confirm"] = keeps_team && !view.details.team_confirmed_at;
  if (keeps_team) {
    if (auto added = AddTeamChoices(db, deps, view, typed, data); !added) return std::unexpected(added.error());
  }
  if (manages && open) {
    auto coaches = DirectoryStore(db, deps.tenant.id).PeopleWithRole("coach", auth::Today(deps.clock, deps.tenant.zone));
    if (!coaches) return std::unexpected(coaches.error());
    data["coach_options"] = People(*coaches, Typed(typed, "email"));
    data["may_request_signatures"] = view.status.state != State::kActive;
  }
  return data;
}

}  // namespace practica::participations
