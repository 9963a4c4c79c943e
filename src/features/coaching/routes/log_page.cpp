// /coaching: a coach's log with the quick entry form on top (school, date, minutes, kind,
// teachers, focus, notes, next step: one screen on a phone), then follow-ups, hours and who has
// not been coached; district staff see every coach's hours and open one coach's view.
#include <boost/json/array.hpp>

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

core::Result<json::object> ViewModel(const Deps& deps, const Request& request, CoachingStore& store) {
  const auto coach = ShownCoach(deps, request);
  if (coach == 0) {
    auto view = DistrictView(store, Today(deps));
    if (view) (*view)["district"] = true;
    return view;
  }
  return CoachView(store, coach, Me(request), Today(deps));
}

// The quick entry form's choices: the caseload's schools, each school's staff, kinds, focuses.
core::Result<void> AddForm(const Deps& deps, const Request& request, CoachingStore& store, json::object& model,
                           const json::object& typed) {
  auto caseload = store.Caseload(Me(request));
  if (!caseload) return std::unexpected(caseload.error());
  std::vector<std::int64_t> ids;
  for (const auto& s : *caseload) ids.push_back(s.id);
  auto staff = store.Staff(ids);
  if (!staff) return std::unexpected(staff.error());
  const auto typed_text = [&](const char* key) {
    const auto* v = typed.if_contains(key);
    return v && v->is_string() ? std::string(v->as_string()) : std::string();
  };
  json::array schools;
  for (const auto& s : *caseload) {
    json::array people;
    for (const auto& m : *staff) {
      if (m.school_id == s.id) people.push_back(json::object{{"id", m.person_id}, {"name", m.name}, {"role", m.role}});
    }
    schools.push_back(json::object{{"slug", s.slug}, {"name", s.name}, {"selected", typed_text("typed_school") == s.slug},
                                   {"people", std::move(people)}});
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

}  // namespace

Response LogPage(const Deps& deps, const Request& request, const json::object& typed, int status) {
  auto db = deps.database.Acquire();
  CoachingStore store(*db, deps.tenant.id);
  auto model = ViewModel(deps, request, store);
  if (!model) return features::Failure(request, model.error(), deps.views);
  const bool own_log = IsCoach(deps, request) && ShownCoach(deps, request) == Me(request);
  if (own_log) {
    if (auto added = AddForm(deps, request, store, *model, typed); !added) {
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
  auto model = ViewModel(deps, request, store);
  if (!model) return features::Failure(request, model.error(), deps.views);
  return features::Json(std::move(*model));
}

}  // namespace practica::coaching
