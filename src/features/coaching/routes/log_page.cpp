// /coaching: a coach's log with the quick entry form on top (school, date, minutes, kind,
// teachers, focus, notes, next step: one screen on a phone), then follow-ups, hours and who has
// not been coached; district staff see every coach's hours and open one coach's view.
#include <boost/json/array.hpp>

#include <optional>

#include "auth/domain/policy.hpp"
#include "core/text.hpp"
#include "features/coaching/routes/log_model.hpp"
#include "features/coaching/routes/pages.hpp"
#include "features/coaching/routes/viewer.hpp"
#include "features/kit/access.hpp"
#include "features/kit/respond.hpp"

namespace practica::coaching {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

const std::vector<auth::Role> kDistrictStaff = {auth::Role::kDirector, auth::Role::kCoordinator,
                                                auth::Role::kSpecialist};

bool IsCoach(const Deps& deps, const Request& request) {
  return request.principal && features::Allows(deps, *request.principal, "coaching.log", auth::Resource{0, 0, 0, true});
}

bool IsStaff(const Deps& deps, const Request& request) {
  return request.principal && auth::HoldsDistrictWide(*request.principal, kDistrictStaff, Today(deps));
}

// The coach whose log is shown: one staff chose, else the coach asking; 0 for the overview.
std::int64_t ShownCoach(const Deps& deps, const Request& request) {
  if (IsStaff(deps, request)) {
    const auto chosen = core::ParseInt(request.Query("coach").value_or(""), 1, INT64_MAX);
    if (chosen) return *chosen;
  }
  return IsCoach(deps, request) ? Me(request) : 0;
}

// The page's model; for one coach's view, `caseload` is left holding that coach's caseload.
core::Result<json::object> ViewModel(const Deps& deps, const Request& request, CoachingStore& store,
                                     std::optional<CaseloadPeople>& caseload) {
  const auto coach = ShownCoach(deps, request);
  if (coach == 0) {
    auto view = DistrictView(store, Today(deps));
    if (view) (*view)["district"] = true;
    return view;
  }
  auto read = ReadCaseloadPeople(store, coach);
  if (!read) return std::unexpected(read.error());
  caseload = std::move(*read);
  return CoachView(store, *caseload, coach, Me(request), Today(deps), request.Query("not_coached") == "all");
}

// The quick entry form's choices: the caseload's schools, each school's staff, kinds, focuses.
// `caseload` is the coach's own (the form is only on their own log).
core::Result<void> AddForm(const Deps& deps, const Request& request, CoachingStore& store,
                           const CaseloadPeople& caseload, json::object& model, const json::object& typed) {
  const auto schools_by_id = IndexSchools(caseload.schools);
  const auto& staff = caseload.staff;
  auto steps = store.DesignSteps(schools_by_id.ids);
  if (!steps) return std::unexpected(steps.error());
  const auto typed_text = [&](const char* key) {
    const auto* v = typed.if_contains(key);
    return v && v->is_string() ? std::string(v->as_string()) : std::string();
  };
  json::array schools;
  for (const auto& s : caseload.schools) {
    json::array people;
    for (const auto& m : staff) {
      if (m.school_id == s.id) people.push_back(json::object{{"id", m.person_id}, {"name", m.name}, {"role", m.role}});
    }
    // The school's design-challenge steps, offered as focuses under the school's name.
    json::array school_steps;
    for (const auto& step : *steps) {
      if (step.school_id != s.id) continue;
      const auto code = StepFocusCode(step.id);
      school_steps.push_back(json::object{{"code", code}, {"label", step.Label()},
                                          {"selected", typed_text("typed_focus") == code}});
    }
    const bool has_steps = !school_steps.empty();
    schools.push_back(json::object{{"slug", s.slug}, {"name", s.name}, {"selected", typed_text("typed_school") == s.slug},
                                   {"people", std::move(people)}, {"steps", std::move(school_steps)},
                                   {"has_steps", has_steps}});
  }
  json::array kinds;
  for (const auto& k : Kinds()) {
    kinds.push_back(json::object{{"code", k.code}, {"label", k.label}, {"selected", typed_text("typed_kind") == k.code}});
  }
  json::array focuses;
  for (const auto& f : FocusChoices()) {
    focuses.push_back(json::object{{"code", f.code}, {"label", f.label}, {"selected", typed_text("typed_focus") == f.code}});
  }
  model["form"] = json::object{{"schools", std::move(schools)}, {"kinds", std::move(kinds)}, {"focuses", std::move(focuses)},
                               {"today", core::FormatIsoDate(Today(deps))}, {"csrf_token", CsrfToken(request)}};
  return {};
}

// The caseload's design-challenge steps a log entry may name as its focus, for API clients.
core::Result<json::array> DesignStepsJson(const Request& request, CoachingStore& store) {
  auto caseload = store.Caseload(Me(request));
  if (!caseload) return std::unexpected(caseload.error());
  auto schools = IndexSchools(*caseload);
  auto steps = store.DesignSteps(schools.ids);
  if (!steps) return std::unexpected(steps.error());
  json::array out;
  for (const auto& step : *steps) {
    out.push_back(json::object{{"focus", StepFocusCode(step.id)}, {"school", schools.by_id[step.school_id].slug},
                               {"label", step.Label()}});
  }
  return out;
}

}  // namespace

Response LogPage(const Deps& deps, const Request& request, const json::object& typed, int status) {
  auto db = deps.database.Acquire();
  CoachingStore store(*db, deps.tenant.id);
  std::optional<CaseloadPeople> caseload;
  auto model = ViewModel(deps, request, store, caseload);
  if (!model) return features::Failure(request, model.error(), deps.views);
  // The coach's own log: ShownCoach is the coach, so `caseload` holds their caseload.
  const bool own_log = IsCoach(deps, request) && ShownCoach(deps, request) == Me(request) && caseload;
  if (own_log) {
    if (auto added = AddForm(deps, request, store, *caseload, *model, typed); !added) {
      return features::Failure(request, added.error(), deps.views);
    }
  }
  (*model)["own_log"] = own_log;
  (*model)["staff"] = IsStaff(deps, request);
  (*model)["csrf_token"] = CsrfToken(request);
  (*model)["saved"] = request.Query("saved").has_value();
  for (const auto& [key, value] : typed) (*model)[key] = value;
  return deps.views.Page(request, "coaching/log", own_log ? "Coaching log" : "Coaching hours", std::move(*model),
                         "coaching", status);
}

Response LogApi(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  CoachingStore store(*db, deps.tenant.id);
  std::optional<CaseloadPeople> caseload;
  auto model = ViewModel(deps, request, store, caseload);
  if (!model) return features::Failure(request, model.error(), deps.views);
  if (IsCoach(deps, request) && ShownCoach(deps, request) == Me(request)) {
    auto steps = DesignStepsJson(request, store);
    if (!steps) return features::Failure(request, steps.error(), deps.views);
    (*model)["design_steps"] = std::move(*steps);
  }
  return features::Json(std::move(*model));
}

}  // namespace practica::coaching
