// The professional learning plan's pages and API: the plan with its sessions and the
// participation rate (commitment 8's figure), and one session with its attendance and what
// teachers shared back. The forms are shown only to whoever may use them; the server judges
// each change again.
#include <boost/json/array.hpp>

#include "features/coaching/domain/entry.hpp"
#include "features/coaching/routes/pd.hpp"
#include "features/coaching/routes/pd_place.hpp"
#include "features/coaching/routes/viewer.hpp"
#include "features/kit/respond.hpp"

namespace practica::coaching {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

std::string PlanUrl(const PdPlace& place) {
  return "/cohorts/" + place.cohort.slug + "/schools/" + place.school.slug + "/pd-plan";
}

std::string NameOf(const PdPlace& place, std::int64_t id) {
  auto found = place.people.names.find(id);
  return found == place.people.names.end() ? "" : found->second;
}

std::string FocusText(const std::string& code) {
  auto label = FocusLabel(code);
  return label ? *label : code;
}

json::object SessionJson(const PdSession& s, const PdPlace& place, std::int64_t me) {
  json::array facilitators;
  for (const auto& f : s.facilitators) facilitators.push_back(json::value(f.name));
  json::array shares;
  for (const auto& share : s.shares) {
    shares.push_back(json::object{{"name", share.name}, {"text", share.text}, {"mine", share.person_id == me}});
  }
  return json::object{{"id", s.id},
                      {"url", "/pd-sessions/" + std::to_string(s.id)},
                      {"held_on", core::FormatIsoDate(s.held_on)},
                      {"held_on_text", core::FormatLongDate(s.held_on)},
                      {"topic", s.topic},
                      {"focus", s.focus},
                      {"focus_label", FocusText(s.focus)},
                      {"facilitators", std::move(facilitators)},
                      {"facilitators_text", [&] {
                         std::string text;
                         for (const auto& f : s.facilitators) text += (text.empty() ? "" : ", ") + f.name;
                         return text;
                       }()},
                      {"present", static_cast<std::int64_t>(s.present.size())},
                      {"attended", s.present.contains(me)},
                      {"shares", std::move(shares)},
                      {"shares_count", static_cast<std::int64_t>(s.shares.size())},
                      {"has_shares", !s.shares.empty()},
                      {"school", place.school.name}};
}

json::object RateJson(const ParticipationRate& rate) {
  return json::object{{"attended", rate.attended}, {"teachers", rate.teachers}, {"percent", rate.Percent()},
                      {"majority", rate.Majority()}, {"text", rate.Text()}};
}

ParticipationRate RateOfPlan(const PdPlan& plan, const PlanPeople& people) {
  std::set<std::int64_t> attendees;
  for (const auto& s : plan.sessions) attendees.insert(s.present.begin(), s.present.end());
  return RateOf(attendees, people.teachers);
}

json::object PlaceJson(const PdPlace& place) {
  return json::object{{"cohort", json::object{{"slug", place.cohort.slug}, {"short_name", place.cohort.ShortName()},
                                               {"title", place.cohort.title}, {"school_year", place.cohort.school_year}}},
                      {"school", json::object{{"slug", place.school.slug}, {"name", place.school.name}}},
                      {"plan_url", PlanUrl(place)},
                      {"may_plan", place.PlansNow()},
                      {"may_agree", place.AgreesNow()},
                      {"year_over", place.year_over},
                      {"year_last_text", core::FormatLongDate(place.year.last)}};
}

core::Result<json::object> PlanModel(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  PdStore store(*db, deps.tenant.id);
  auto place = PlaceOfPlan(deps, store, request);
  if (!place) return std::unexpected(place.error());
  auto plan = store.Plan(place->cohort, place->school);
  if (!plan) return std::unexpected(plan.error());
  auto model = PlaceJson(*place);
  json::array sessions;
  for (const auto& s : plan->sessions) sessions.push_back(SessionJson(s, *place, Me(request)));
  model["has_sessions"] = !sessions.empty();
  model["sessions"] = std::move(sessions);
  model["agreed"] = plan->agreed_at.has_value();
  if (plan->agreed_at) {
    model["agreed_text"] = "Agreed by " + plan->agreed_by_name + " on " +
                           core::FormatLongDate(deps.tenant.zone.ToLocal(*plan->agreed_at).date);
  }
  model["illustrative"] = plan->illustrative;
  model["rate"] = RateJson(RateOfPlan(*plan, place->people));
  model["may_agree"] = place->AgreesNow() && !plan->agreed_at && !plan->sessions.empty();
  model["commitments_url"] = "/cohorts/" + place->cohort.slug + "/schools/" + place->school.slug + "/commitments";
  if (place->PlansNow()) {
    json::array facilitators;
    for (auto id : place->people.leaders) facilitators.push_back(json::object{{"id", id}, {"name", NameOf(*place, id)}});
    if (place->people.coach) {
      facilitators.push_back(json::object{{"id", *place->people.coach}, {"name", NameOf(*place, *place->people.coach) + " (coach)"}});
    }
    json::array focus;
    for (const auto& f : FocusChoices()) focus.push_back(json::object{{"code", f.code}, {"label", f.label}});
    model["facilitator_options"] = std::move(facilitators);
    model["focus_options"] = std::move(focus);
    model["year_first"] = core::FormatIsoDate(place->year.first);
    model["year_last"] = core::FormatIsoDate(place->year.last);
  }
  model["csrf_token"] = CsrfToken(request);
  model["saved"] = request.Query("saved").has_value();
  return model;
}

core::Result<json::object> SessionModel(const Deps& deps, const Request& request) {
  auto id = PathId(request, "session");
  if (!id) return std::unexpected(id.error());
  auto db = deps.database.Acquire();
  PdStore store(*db, deps.tenant.id);
  auto place = PlaceOfSession(deps, store, request, *id);
  if (!place) return std::unexpected(place.error());
  auto plan = store.Plan(place->cohort, place->school);
  if (!plan) return std::unexpected(plan.error());
  const PdSession* session = nullptr;
  for (const auto& s : plan->sessions) {
    if (s.id == *id) session = &s;
  }
  if (session == nullptr) return core::Fail(core::ErrorCode::kNotFound, "There is no banked-time session " + std::to_string(*id) + ".");
  auto model = PlaceJson(*place);
  model["session"] = SessionJson(*session, *place, Me(request));
  model["illustrative"] = plan->illustrative;
  model["rate"] = RateJson(RateOfPlan(*plan, place->people));
  model["attendance_open"] = !(place->today < session->held_on);
  if (place->PlansNow()) {
    json::array staff;
    for (auto person : place->people.staff) {
      staff.push_back(json::object{{"id", person},
                                   {"name", NameOf(*place, person)},
                                   {"teacher", place->people.teachers.contains(person)},
                                   {"present", session->present.contains(person)}});
    }
    model["staff"] = std::move(staff);
  }
  json::array present;
  for (auto person : session->present) present.push_back(json::value(NameOf(*place, person)));
  model["has_present"] = !present.empty();
  model["present_names"] = std::move(present);
  model["may_share"] = session->present.contains(Me(request)) && !place->year_over;
  model["csrf_token"] = CsrfToken(request);
  model["saved"] = request.Query("saved").has_value();
  return model;
}

// After a refusal, the focus chosen and the facilitators ticked stay as they were typed (every
// value of the repeated field, read from the request itself).
void KeepChoices(const Request& request, json::object& model) {
  if (!model.contains("error")) return;
  const auto typed = [&](const char* key) -> std::string {
    const auto* v = model.if_contains(key);
    return v && v->is_string() ? std::string(v->as_string()) : "";
  };
  const std::string focus = typed("typed_focus");
  std::string facilitators = ",";
  if (auto ids = IdsOf(request, "facilitators")) {
    for (auto id : *ids) facilitators += std::to_string(id) + ",";
  }
  if (auto* options = model.if_contains("focus_options"); options && options->is_array()) {
    for (auto& o : options->as_array()) o.as_object()["selected"] = o.at("code").as_string() == focus;
  }
  if (auto* options = model.if_contains("facilitator_options"); options && options->is_array()) {
    for (auto& o : options->as_array()) {
      o.as_object()["checked"] = facilitators.find("," + std::to_string(o.at("id").as_int64()) + ",") != std::string::npos;
    }
  }
}

}  // namespace

Response PdPlanPage(const Deps& deps, const Request& request, const json::object& typed, int status) {
  auto model = PlanModel(deps, request);
  if (!model) return features::Failure(request, model.error(), deps.views);
  for (const auto& [key, value] : typed) (*model)[key] = value;
  KeepChoices(request, *model);
  const std::string title = "Professional learning plan of " + std::string(model->at("school").at("name").as_string());
  return deps.views.Page(request, "coaching/pd_plan", title, std::move(*model), "", status);
}

Response PdPlanApi(const Deps& deps, const Request& request) {
  auto model = PlanModel(deps, request);
  if (!model) return features::Failure(request, model.error(), deps.views);
  return features::Json(std::move(*model));
}

Response PdSessionPage(const Deps& deps, const Request& request, const json::object& typed, int status) {
  auto model = SessionModel(deps, request);
  if (!model) return features::Failure(request, model.error(), deps.views);
  for (const auto& [key, value] : typed) (*model)[key] = value;
  const std::string title = "Banked-time session: " + std::string(model->at("session").at("topic").as_string());
  return deps.views.Page(request, "coaching/pd_session", title, std::move(*model), "", status);
}

Response PdSessionApi(const Deps& deps, const Request& request) {
  auto model = SessionModel(deps, request);
  if (!model) return features::Failure(request, model.error(), deps.views);
  return features::Json(std::move(*model));
}

}  // namespace practica::coaching
