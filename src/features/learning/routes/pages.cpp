#include "features/learning/routes/pages.hpp"

#include <boost/json/array.hpp>

#include <algorithm>

#include "core/text.hpp"
#include "features/kit/access.hpp"
#include "features/kit/respond.hpp"
#include "features/learning/routes/lookup.hpp"
#include "features/learning/routes/offering_json.hpp"
#include "features/learning/routes/offering_model.hpp"
#include "features/learning/store/learning_store.hpp"

namespace practica::learning {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Deps;
using http::Request;
using http::Response;

Response OfferingPage(const Deps& deps, const Request& request, const json::object& typed,
                      int status) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto offering = FindOffering(store, request);
  if (!offering) return features::Failure(request, offering.error(), deps.views);
  auto model = OfferingModel(deps, store, request, *offering);
  if (!model) return features::Failure(request, model.error(), deps.views);
  for (const auto& [key, value] : typed) (*model)[key] = value;
  const std::string title = offering->title;
  return deps.views.Page(request, "learning/offering", title, std::move(*model), "learning",
                         status);
}

Response OfferingApi(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto offering = FindOffering(store, request);
  if (!offering) return features::Failure(request, offering.error(), deps.views);
  auto model = OfferingModel(deps, store, request, *offering);
  if (!model) return features::Failure(request, model.error(), deps.views);
  json::object answer = OfferingJson(*offering, deps.tenant.zone);
  answer["seats"] = (*model)["seats"];
  answer["open"] = (*model)["open"];
  if (auto* rows = model->if_contains("registrations")) {
    for (auto& row : rows->as_array()) {
      auto& o = row.as_object();
      o.erase("who");
      o.erase("state_label");
    }
    answer["registrations"] = *rows;
  }
  return features::Json(answer);
}

Response AttendancePage(const Deps& deps, const Request& request, const json::object& typed,
                        int status) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto offering = FindOffering(store, request);
  if (!offering) return features::Failure(request, offering.error(), deps.views);
  auto number = core::ParseInt(request.Param("day"), 1, 20);
  const Day* day = number ? offering->FindDay(static_cast<int>(*number)) : nullptr;
  if (day == nullptr) {
    return features::Failure(request,
                             core::Error{ErrorCode::kNotFound,
                                         offering->title + " has no day " +
                                             std::string(request.Param("day")) + ".",
                                         {}, "day"},
                             deps.views);
  }
  auto registrations = store.Registrations(offering->id);
  if (!registrations) return features::Failure(request, registrations.error(), deps.views);
  auto marks = store.DayMarks(offering->id, day->number);
  if (!marks) return features::Failure(request, marks.error(), deps.views);
  json::array groups;
  int seated = 0;
  int present = 0;
  for (const auto& r : *registrations) {
    if (r.state != State::kRegistered) continue;
    json::array people;
    for (const auto& person : r.attendees) {
      auto mark = marks->find(person.id);
      ++seated;
      present += mark != marks->end() && mark->second ? 1 : 0;
      people.push_back(json::object{{"id", person.id},
                                    {"name", person.name},
                                    {"present", mark != marks->end() && mark->second}});
    }
    groups.push_back(json::object{
        {"who", r.school ? r.school->name : (r.teacher ? r.teacher->name : "")},
        {"people", std::move(people)}});
  }
  auto model = DayJson(*day, deps.tenant.zone);
  model["day"] = day->number;
  model["title"] = offering->title;
  model["offering_url"] = "/learning/" + offering->slug;
  model["action"] = "/learning/" + offering->slug + "/days/" + std::to_string(day->number) +
                    "/attendance";
  model["csrf_token"] = CsrfToken(request);
  model["has_groups"] = !groups.empty();
  model["saved"] = request.Query("saved").has_value();
  model["present"] = present;
  model["seated"] = seated;
  model["groups"] = std::move(groups);
  for (const auto& [key, value] : typed) model[key] = value;
  return deps.views.Page(request, "learning/attendance",
                         "Attendance: " + offering->title + ", day " + std::to_string(day->number),
                         std::move(model), "learning", status);
}

namespace {

core::Result<json::object> ProgressModel(const Deps& deps, LearningStore& store,
                                         const Request& request) {
  auto cohort = store.FindCohort(request.Param("slug"));
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) {
    return Fail(ErrorCode::kNotFound,
                "There is no cohort \"" + std::string(request.Param("slug")) + "\".");
  }
  auto offerings = store.List(OfferingFilter{(*cohort)->id, false, 0});
  if (!offerings) return std::unexpected(offerings.error());
  std::erase_if(*offerings, [](const Offering& o) { return o.audience != Audience::kTeam; });
  auto roster = store.Roster((*cohort)->id);
  if (!roster) return std::unexpected(roster.error());
  const auto scope = features::ScopeOf(deps, *request.principal, "learning.progress");
  const auto now = deps.clock.NowUtcSeconds();
  json::array columns;
  int team_size = 3;
  for (const auto& offering : *offerings) {
    team_size = offering.team_size;
    json::object column{{"slug", offering.slug},
                        {"title", offering.title},
                        {"url", "/learning/" + offering.slug}};
    column["commitment_number"] = offering.commitment_number
                                      ? json::value(*offering.commitment_number)
                                      : json::value(nullptr);
    columns.push_back(std::move(column));
  }
  // Per offering: its registrations by school and their marks, each read once.
  std::vector<std::map<std::int64_t, Registration>> by_school(offerings->size());
  std::vector<std::map<std::int64_t, Marks>> marks(offerings->size());
  for (std::size_t i = 0; i < offerings->size(); ++i) {
    auto registrations = store.Registrations((*offerings)[i].id);
    if (!registrations) return std::unexpected(registrations.error());
    for (auto& r : *registrations) {
      if (r.school) by_school[i][r.school->id] = std::move(r);
    }
    auto found = store.MarksByRegistration((*offerings)[i].id);
    if (!found) return std::unexpected(found.error());
    marks[i] = std::move(*found);
  }
  std::vector<int> attended(offerings->size(), 0);
  json::array schools;
  const Marks none;
  for (const auto& school : *roster) {
    if (!scope.Includes(school.id, school.local_district_id)) continue;
    json::array cells;
    for (std::size_t i = 0; i < offerings->size(); ++i) {
      const auto& offering = (*offerings)[i];
      auto registration = by_school[i].find(school.id);
      std::optional<State> state;
      const Marks* school_marks = &none;
      if (registration != by_school[i].end()) {
        state = registration->second.state;
        auto found = marks[i].find(registration->second.id);
        if (found != marks[i].end()) school_marks = &found->second;
      }
      const auto outcome = Judge(offering, state, *school_marks, now);
      if (outcome == Outcome::kAttended) ++attended[i];
      cells.push_back(json::object{{"offering", offering.slug},
                                   {"code", OutcomeCode(outcome)},
                                   {"label", OutcomeLabel(outcome)}});
    }
    schools.push_back(json::object{
        {"slug", school.slug}, {"name", school.name}, {"cells", std::move(cells)}});
  }
  json::array totals;
  for (std::size_t i = 0; i < offerings->size(); ++i) {
    totals.push_back(json::object{{"title", (*offerings)[i].title},
                                  {"attended", attended[i]},
                                  {"of", static_cast<std::int64_t>(schools.size())}});
  }
  return json::object{{"cohort", (*cohort)->slug},
                      {"cohort_name", (*cohort)->name},
                      {"cohort_url", "/cohorts/" + (*cohort)->slug},
                      {"team_size", team_size},
                      {"columns", std::move(columns)},
                      {"totals", std::move(totals)},
                      {"has_schools", !schools.empty()},
                      {"schools", std::move(schools)}};
}

}  // namespace

Response ProgressPage(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto model = ProgressModel(deps, store, request);
  if (!model) return features::Failure(request, model.error(), deps.views);
  const std::string title = std::string((*model)["cohort_name"].as_string()) + ": sessions";
  return deps.views.Page(request, "learning/progress", title, std::move(*model), "learning");
}

Response ProgressApi(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto model = ProgressModel(deps, store, request);
  if (!model) return features::Failure(request, model.error(), deps.views);
  for (const char* key : {"cohort_name", "cohort_url", "totals", "has_schools"}) model->erase(key);
  return features::Json(*model);
}

Response NewPage(const Deps& deps, const Request& request, const json::object& typed,
                 int status) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto cohorts = store.Cohorts();
  if (!cohorts) return features::Failure(request, cohorts.error(), deps.views);
  auto typed_text = [&](const std::string& key) {
    auto* value = typed.if_contains("typed_" + key);
    return value && value->is_string() ? std::string(value->as_string()) : std::string();
  };
  json::array kinds;
  for (const auto& info : Kinds()) {
    kinds.push_back(json::object{{"code", info.code},
                                 {"name", info.name},
                                 {"selected", typed_text("kind") == info.code}});
  }
  json::array cohort_options;
  for (const auto& cohort : *cohorts) {
    cohort_options.push_back(json::object{{"slug", cohort.slug},
                                          {"name", cohort.name},
                                          {"selected", typed_text("cohort") == cohort.slug}});
  }
  json::array day_rows;
  for (int n = 1; n <= 4; ++n) {
    const std::string prefix = "day" + std::to_string(n) + "_";
    day_rows.push_back(json::object{{"n", n},
                                    {"optional", n > 1},
                                    {"date", typed_text(prefix + "date")},
                                    {"start", typed_text(prefix + "start")},
                                    {"end", typed_text(prefix + "end")}});
  }
  json::object model{{"kinds", std::move(kinds)},
                     {"cohorts", std::move(cohort_options)},
                     {"day_rows", std::move(day_rows)},
                     {"csrf_token", CsrfToken(request)}};
  for (const auto& [key, value] : typed) model[key] = value;
  return deps.views.Page(request, "learning/new", "Plan a session", std::move(model), "learning",
                         status);
}

}  // namespace practica::learning
