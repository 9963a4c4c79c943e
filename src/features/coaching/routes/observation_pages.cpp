// The observation pages: the coach's list with the look-for form, one record (its teacher and
// coach only; ObservationsStore::Read decides), what names oneself, and the counts leaders see.
#include <boost/json/array.hpp>

#include "features/coaching/domain/entry.hpp"
#include "features/coaching/routes/log_model.hpp"
#include "features/coaching/routes/pages.hpp"
#include "features/coaching/routes/viewer.hpp"
#include "features/coaching/store/observations_store.hpp"
#include "features/kit/access.hpp"
#include "features/kit/respond.hpp"
#include "features/standards/domain/standard.hpp"

namespace practica::coaching {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

json::object ObservationJson(const Observation& o, std::int64_t viewer) {
  auto label = FocusLabel(o.indicator);
  return json::object{{"id", o.id},
                      {"url", "/observations/" + std::to_string(o.id)},
                      {"school", o.school.name},
                      {"coach", o.coach_name},
                      {"teacher", o.teacher_name},
                      {"observed_on", core::FormatIsoDate(o.observed_on)},
                      {"observed_on_text", core::FormatLongDate(o.observed_on)},
                      {"indicator", o.indicator},
                      {"indicator_label", label ? *label : o.indicator},
                      {"samr", o.samr},
                      {"samr_name", std::string(SamrName(o.samr))},
                      {"look_fors", o.look_fors},
                      {"engagement", o.engagement},
                      {"notes", o.notes},
                      {"reflection", o.reflection},
                      {"is_teacher", viewer == o.teacher_id},
                      {"illustrative", o.illustrative}};
}

core::Result<json::object> MineModel(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  auto entries = CoachingStore(*db, deps.tenant.id).Entries(EntryFilter{0, Me(request), 50});
  if (!entries) return std::unexpected(entries.error());
  auto observations = ObservationsStore(*db, deps.tenant.id).ListFor(Me(request));
  if (!observations) return std::unexpected(observations.error());
  json::array e;
  for (const auto& entry : *entries) e.push_back(EntryJson(entry, Me(request)));
  json::array o;
  for (const auto& obs : *observations) {
    if (obs.teacher_id == Me(request)) o.push_back(ObservationJson(obs, Me(request)));
  }
  auto cycles = CyclesStore(*db, deps.tenant.id).ListFor(Me(request));
  if (!cycles) return std::unexpected(cycles.error());
  json::array c;
  for (const auto& cycle : *cycles) {
    if (cycle.teacher_id == Me(request)) c.push_back(CycleJson(cycle, Me(request)));
  }
  return json::object{{"has_entries", !e.empty()}, {"entries", std::move(e)},
                      {"has_observations", !o.empty()}, {"observations", std::move(o)},
                      {"has_cycles", !c.empty()}, {"cycles", std::move(c)}};
}

// The counts over the person's scope for observations.aggregate, suppressed below the floor.
core::Result<json::object> CountsModel(const Deps& deps, const Request& request) {
  const auto scope = features::ScopeOf(deps, *request.principal, "observations.aggregate");
  auto db = deps.database.Acquire();
  auto aggregate = ObservationsStore(*db, deps.tenant.id).AggregateWithin(scope);
  if (!aggregate) return std::unexpected(aggregate.error());
  json::object model{{"minimum", kMinimumObservations}, {"minimum_teachers", kMinimumTeachers},
                     {"shown", aggregate->has_value()}};
  if (!*aggregate) return model;
  json::array indicators;
  for (const auto& [code, count] : (*aggregate)->by_indicator) {
    auto label = FocusLabel(code);
    indicators.push_back(json::object{{"indicator", code}, {"label", label ? *label : code}, {"count", count}});
  }
  json::array samr;
  for (const auto& level : standards::SamrLevels()) {
    auto found = (*aggregate)->by_samr.find(level.code);
    samr.push_back(json::object{{"samr", level.code}, {"name", level.name},
                                {"count", found == (*aggregate)->by_samr.end() ? 0 : found->second}});
  }
  model["observations"] = (*aggregate)->observations;
  model["by_indicator"] = std::move(indicators);
  model["by_samr"] = std::move(samr);
  return model;
}

}  // namespace

Response MinePage(const Deps& deps, const Request& request) {
  auto model = MineModel(deps, request);
  if (!model) return features::Failure(request, model.error(), deps.views);
  return deps.views.Page(request, "coaching/mine", "Coaching with you", std::move(*model), "coaching");
}

Response MineApi(const Deps& deps, const Request& request) {
  auto model = MineModel(deps, request);
  if (!model) return features::Failure(request, model.error(), deps.views);
  return features::Json(std::move(*model));
}

Response ObservationsPage(const Deps& deps, const Request& request, const json::object& typed, int status) {
  auto db = deps.database.Acquire();
  CoachingStore coaching(*db, deps.tenant.id);
  auto caseload = coaching.Caseload(Me(request));
  if (!caseload) return features::Failure(request, caseload.error(), deps.views);
  std::vector<std::int64_t> ids;
  for (const auto& s : *caseload) ids.push_back(s.id);
  auto staff = coaching.Staff(ids);
  if (!staff) return features::Failure(request, staff.error(), deps.views);
  auto mine = ObservationsStore(*db, deps.tenant.id).ListFor(Me(request));
  if (!mine) return features::Failure(request, mine.error(), deps.views);
  json::array schools;
  for (const auto& s : *caseload) schools.push_back(json::object{{"slug", s.slug}, {"name", s.name}});
  json::array teachers;
  for (const auto& m : *staff) teachers.push_back(json::object{{"id", m.person_id}, {"name", m.name}});
  json::array indicators;
  for (const auto& f : FocusChoices()) {
    if (!f.code.starts_with("cs.")) indicators.push_back(json::object{{"code", f.code}, {"label", f.label}});
  }
  json::array levels;
  for (const auto& l : standards::SamrLevels()) levels.push_back(json::object{{"code", l.code}, {"name", l.name}});
  json::array list;
  for (const auto& o : *mine) {
    if (o.coach_id == Me(request)) list.push_back(ObservationJson(o, Me(request)));
  }
  json::object model{{"schools", std::move(schools)}, {"teachers", std::move(teachers)},
                     {"indicators", std::move(indicators)}, {"levels", std::move(levels)},
                     {"has_observations", !list.empty()}, {"observations", std::move(list)},
                     {"today", core::FormatIsoDate(Today(deps))}, {"csrf_token", CsrfToken(request)},
                     {"saved", request.Query("saved").has_value()}};
  for (const auto& [key, value] : typed) model[key] = value;
  return deps.views.Page(request, "coaching/observations", "Observations", std::move(model), "coaching", status);
}

Response ObservationPage(const Deps& deps, const Request& request, const json::object& typed, int status) {
  auto id = PathId(request, "observation");
  if (!id) return features::Failure(request, id.error(), deps.views);
  auto db = deps.database.Acquire();
  auto found = ObservationsStore(*db, deps.tenant.id).Read(Me(request), *id);
  if (!found) return features::Failure(request, found.error(), deps.views);
  auto model = ObservationJson(*found, Me(request));
  model["csrf_token"] = CsrfToken(request);
  model["saved"] = request.Query("saved").has_value();
  for (const auto& [key, value] : typed) model[key] = value;
  return deps.views.Page(request, "coaching/observation", "Observation, " + found->teacher_name, std::move(model),
                         "coaching", status);
}

Response ObservationApi(const Deps& deps, const Request& request) {
  auto id = PathId(request, "observation");
  if (!id) return features::Failure(request, id.error(), deps.views);
  auto db = deps.database.Acquire();
  auto found = ObservationsStore(*db, deps.tenant.id).Read(Me(request), *id);
  if (!found) return features::Failure(request, found.error(), deps.views);
  auto model = ObservationJson(*found, Me(request));
  model.erase("url");
  return features::Json(std::move(model));
}

Response CountsPage(const Deps& deps, const Request& request) {
  auto model = CountsModel(deps, request);
  if (!model) return features::Failure(request, model.error(), deps.views);
  return deps.views.Page(request, "coaching/counts", "Observation counts", std::move(*model), "coaching");
}

Response CountsApi(const Deps& deps, const Request& request) {
  auto model = CountsModel(deps, request);
  if (!model) return features::Failure(request, model.error(), deps.views);
  return features::Json(std::move(*model));
}

}  // namespace practica::coaching
