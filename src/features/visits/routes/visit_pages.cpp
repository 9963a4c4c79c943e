// The visits pages and their API twins: the district's visits to come, one school's visits and
// one visit. The page and the API answer one model.
#include <boost/json/array.hpp>

#include <algorithm>

#include "features/kit/respond.hpp"
#include "features/visits/routes/visits.hpp"

namespace practica::visits {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

json::array VisitsJson(const std::vector<Visit>& visits, const Asker& asker, const core::LocalDate& today) {
  json::array list;
  for (const auto& v : visits) list.push_back(VisitJson(v, asker, today));
  return list;
}

core::Result<json::object> ListModel(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  VisitsStore store(*db, deps.tenant.id);
  auto asker = AskerOf(deps, store, request);
  if (!asker) return std::unexpected(asker.error());
  const auto today = Today(deps);
  auto upcoming = store.Upcoming(today);
  if (!upcoming) return std::unexpected(upcoming.error());
  auto mine = store.SignedUpBy(asker->person_id);
  if (!mine) return std::unexpected(mine.error());
  auto schools = store.PractitionerSchools();
  if (!schools) return std::unexpected(schools.error());
  json::array hosts;
  for (const auto& s : *schools) {
    if (Hosts(*asker, s.id)) hosts.push_back(json::object{{"slug", s.slug}, {"name", s.name}});
  }
  auto list = VisitsJson(*upcoming, *asker, today);
  auto signed_up = VisitsJson(*mine, *asker, today);
  return json::object{{"has_visits", !list.empty()}, {"visits", std::move(list)},
                      {"has_signed_up", !signed_up.empty()}, {"signed_up", std::move(signed_up)},
                      {"may_offer", !hosts.empty()}, {"host_schools", std::move(hosts)},
                      {"today", core::FormatIsoDate(today)}};
}

core::Result<json::object> SchoolModel(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  VisitsStore store(*db, deps.tenant.id);
  auto school = store.FindSchool(std::string(request.Param("slug")));
  if (!school) return std::unexpected(school.error());
  if (!*school) {
    return core::Fail(core::ErrorCode::kNotFound, "There is no school " + std::string(request.Param("slug")) + ".");
  }
  auto asker = AskerOf(deps, store, request);
  if (!asker) return std::unexpected(asker.error());
  auto visits = store.OfSchool((*school)->id);
  if (!visits) return std::unexpected(visits.error());
  const auto today = Today(deps);
  std::vector<Visit> coming, held;
  for (auto& v : *visits) (v.plan.held_on < today ? held : coming).push_back(std::move(v));
  std::ranges::reverse(coming);  // the soonest first
  auto upcoming = VisitsJson(coming, *asker, today);
  auto past = VisitsJson(held, *asker, today);
  return json::object{{"school", json::object{{"slug", (*school)->slug}, {"name", (*school)->name},
                                              {"url", "/schools/" + (*school)->slug}}},
                      {"has_upcoming", !upcoming.empty()}, {"upcoming", std::move(upcoming)},
                      {"has_past", !past.empty()}, {"past", std::move(past)},
                      {"may_offer", Hosts(*asker, (*school)->id)}};
}

core::Result<json::object> OneModel(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  VisitsStore store(*db, deps.tenant.id);
  auto visit = FindVisit(store, request);
  if (!visit) return std::unexpected(visit.error());
  auto asker = AskerOf(deps, store, request);
  if (!asker) return std::unexpected(asker.error());
  return VisitJson(*visit, *asker, Today(deps));
}

template <typename Model>
Response Api(const Deps& deps, const Request& request, Model model) {
  auto answer = model(deps, request);
  if (!answer) return features::Failure(request, answer.error(), deps.views);
  return features::Json(std::move(*answer));
}

}  // namespace

Response ListPage(const Deps& deps, const Request& request, const json::object& typed, int status) {
  auto model = ListModel(deps, request);
  if (!model) return features::Failure(request, model.error(), deps.views);
  model->emplace("csrf_token", CsrfToken(request));
  model->emplace("saved", request.Query("saved").has_value());
  for (const auto& [key, value] : typed) (*model)[key] = value;
  // The host school chosen before: as typed in a refused form, or the school page's link.
  const auto* typed_school = typed.if_contains("typed_school");
  const std::string chosen = typed_school != nullptr && typed_school->is_string()
                                 ? std::string(typed_school->as_string())
                                 : std::string(request.Query("school").value_or(""));
  for (auto& school : (*model)["host_schools"].as_array()) {
    auto& item = school.as_object();
    item["selected"] = item.at("slug").as_string() == chosen;
  }
  return deps.views.Page(request, "visits/visits", "Visits between schools", std::move(*model), "", status);
}

Response ListApi(const Deps& deps, const Request& request) { return Api(deps, request, &ListModel); }

Response SchoolPage(const Deps& deps, const Request& request) {
  auto model = SchoolModel(deps, request);
  if (!model) return features::Failure(request, model.error(), deps.views);
  const std::string title = "Visits to " + std::string(model->at("school").as_object().at("name").as_string());
  return deps.views.Page(request, "visits/school_visits", title, std::move(*model), "schools");
}

Response SchoolApi(const Deps& deps, const Request& request) { return Api(deps, request, &SchoolModel); }

Response VisitPage(const Deps& deps, const Request& request, const json::object& typed, int status) {
  auto model = OneModel(deps, request);
  if (!model) return features::Failure(request, model.error(), deps.views);
  (*model)["csrf_token"] = CsrfToken(request);
  (*model)["saved"] = request.Query("saved").has_value();
  for (const auto& [key, value] : typed) (*model)[key] = value;
  const std::string title = "Visit to " + std::string(model->at("school").as_object().at("name").as_string()) + ", " +
                            std::string(model->at("held_on_text").as_string());
  return deps.views.Page(request, "visits/visit", title, std::move(*model), "", status);
}

Response VisitApi(const Deps& deps, const Request& request) { return Api(deps, request, &OneModel); }

}  // namespace practica::visits
