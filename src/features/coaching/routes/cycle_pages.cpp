// The coaching cycle pages: the person's cycles with the coach's start form (/coaching/cycles)
// and one cycle (/cycles/{id}), each with its API twin. A cycle is read only through
// CyclesStore::Read/ListFor, which answer only its teacher and its coach.
#include <boost/json/array.hpp>

#include <algorithm>

#include "features/coaching/domain/entry.hpp"
#include "features/coaching/routes/log_model.hpp"
#include "features/coaching/routes/pages.hpp"
#include "features/coaching/routes/viewer.hpp"
#include "features/coaching/store/coaching_store.hpp"
#include "features/coaching/store/cycles_store.hpp"
#include "features/kit/respond.hpp"

namespace practica::coaching {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

std::string Typed(const json::object& typed, std::string_view field) {
  auto found = typed.find("typed_" + std::string(field));
  return found != typed.end() && found->value().is_string() ? std::string(found->value().as_string()) : "";
}

json::object StepJson(const StepRecord& s) {
  json::object step{{"step", std::string(StepCode(s.step))},
                    {"name", std::string(StepName(s.step))},
                    {"held_on", core::FormatIsoDate(s.held_on)},
                    {"held_on_text", core::FormatLongDate(s.held_on)},
                    {"notes", s.notes}};
  if (s.due_on) {
    step["due_on"] = core::FormatIsoDate(*s.due_on);
    step["due_on_text"] = core::FormatLongDate(*s.due_on);
  }
  return step;
}

}  // namespace

json::object CycleJson(const Cycle& y, std::int64_t viewer) {
  const auto state = StateOf(y.facts);
  auto goal = FocusLabel(y.goal);
  // The steps in the cycle's order, whatever order the store read them in.
  auto ordered = y.facts.steps;
  std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.step < b.step; });
  json::array steps;
  for (const auto& s : ordered) steps.push_back(StepJson(s));
  return json::object{{"id", y.id},
                      {"url", "/cycles/" + std::to_string(y.id)},
                      {"school", y.school.name},
                      {"coach", y.coach_name},
                      {"teacher", y.teacher_name},
                      {"goal", y.goal},
                      {"goal_label", goal ? *goal : y.goal},
                      {"started_on", core::FormatIsoDate(y.facts.started_on)},
                      {"started_on_text", core::FormatLongDate(y.facts.started_on)},
                      {"state", std::string(StateCode(state))},
                      {"state_text", std::string(StateText(state))},
                      {"complete", state == CycleState::kComplete},
                      {"steps", std::move(steps)},
                      {"teacher_note", y.teacher_note},
                      {"is_coach", viewer == y.coach_id},
                      {"is_teacher", viewer == y.teacher_id},
                      {"illustrative", y.illustrative}};
}

namespace {

core::Result<json::object> CyclesModel(const Deps& deps, const Request& request, const json::object& typed) {
  auto db = deps.database.Acquire();
  auto mine = CyclesStore(*db, deps.tenant.id).ListFor(Me(request));
  if (!mine) return std::unexpected(mine.error());
  json::array coaching;
  json::array coached;
  for (const auto& y : *mine) (y.coach_id == Me(request) ? coaching : coached).push_back(CycleJson(y, Me(request)));
  CoachingStore store(*db, deps.tenant.id);
  auto caseload = store.Caseload(Me(request));
  if (!caseload) return std::unexpected(caseload.error());
  std::vector<std::int64_t> ids;
  for (const auto& s : *caseload) ids.push_back(s.id);
  auto staff = store.Staff(ids);
  if (!staff) return std::unexpected(staff.error());
  const auto typed_school = Typed(typed, "school");
  const auto typed_teacher = Typed(typed, "teacher");
  const auto typed_goal = Typed(typed, "goal");
  json::array schools;
  for (const auto& s : *caseload) {
    json::array people;
    for (const auto& m : *staff) {
      if (m.school_id != s.id) continue;
      people.push_back(json::object{{"id", m.person_id}, {"name", m.name},
                                    {"selected", std::to_string(m.person_id) == typed_teacher}});
    }
    schools.push_back(json::object{{"slug", s.slug}, {"name", s.name}, {"selected", s.slug == typed_school},
                                   {"people", std::move(people)}});
  }
  json::array goals;
  for (const auto& f : FocusChoices()) {
    if (!f.code.starts_with("cs.")) {
      goals.push_back(json::object{{"code", f.code}, {"label", f.label}, {"selected", f.code == typed_goal}});
    }
  }
  json::object model{{"has_caseload", !caseload->empty()},
                     {"schools", std::move(schools)},
                     {"goals", std::move(goals)},
                     {"has_coaching", !coaching.empty()},
                     {"coaching", std::move(coaching)},
                     {"has_coached", !coached.empty()},
                     {"coached", std::move(coached)},
                     {"today", core::FormatIsoDate(Today(deps))},
                     {"csrf_token", CsrfToken(request)},
                     {"saved", request.Query("saved").has_value()}};
  for (const auto& [key, value] : typed) model[key] = value;
  return model;
}

core::Result<json::object> OneCycleModel(const Deps& deps, const Request& request, const json::object& typed) {
  auto id = PathId(request, "coaching cycle");
  if (!id) return std::unexpected(id.error());
  auto db = deps.database.Acquire();
  auto found = CyclesStore(*db, deps.tenant.id).Read(Me(request), *id);
  if (!found) return std::unexpected(found.error());
  auto model = CycleJson(*found, Me(request));
  const auto state = StateOf(found->facts);
  if (state != CycleState::kComplete) {
    const auto waiting = static_cast<CycleStep>(state);
    model["waiting"] = json::object{{"step", std::string(StepCode(waiting))},
                                    {"name", std::string(StepName(waiting))},
                                    {"is_next_step", waiting == CycleStep::kNextStep}};
  }
  model["today"] = core::FormatIsoDate(Today(deps));
  model["csrf_token"] = CsrfToken(request);
  model["saved"] = request.Query("saved").has_value();
  for (const auto& [key, value] : typed) model[key] = value;
  return model;
}

}  // namespace

Response CyclesPage(const Deps& deps, const Request& request, const json::object& typed, int status) {
  auto model = CyclesModel(deps, request, typed);
  if (!model) return features::Failure(request, model.error(), deps.views);
  return deps.views.Page(request, "coaching/cycles", "Coaching cycles", std::move(*model), "coaching", status);
}

Response CyclesApi(const Deps& deps, const Request& request) {
  auto model = CyclesModel(deps, request, {});
  if (!model) return features::Failure(request, model.error(), deps.views);
  json::object answer{{"coaching", std::move((*model)["coaching"])}, {"coached", std::move((*model)["coached"])}};
  return features::Json(std::move(answer));
}

Response CyclePage(const Deps& deps, const Request& request, const json::object& typed, int status) {
  auto model = OneCycleModel(deps, request, typed);
  if (!model) return features::Failure(request, model.error(), deps.views);
  const std::string title = "Coaching cycle, " + std::string((*model)["teacher"].as_string());
  return deps.views.Page(request, "coaching/cycle", title, std::move(*model), "coaching", status);
}

Response CycleApi(const Deps& deps, const Request& request) {
  auto model = OneCycleModel(deps, request, {});
  if (!model) return features::Failure(request, model.error(), deps.views);
  for (const auto* key : {"url", "today", "csrf_token", "saved"}) model->erase(key);
  return features::Json(std::move(*model));
}

}  // namespace practica::coaching
