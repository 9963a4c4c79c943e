// A cohort's attendance grid, /cohorts/{slug}/learning and its API twin: a row per school the
// person may see, a column per team session, each cell what became of the school's registration.
#include <boost/json/array.hpp>

#include <algorithm>
#include <map>
#include <vector>

#include "features/kit/access.hpp"
#include "features/kit/respond.hpp"
#include "features/learning/domain/attendance.hpp"
#include "features/learning/routes/pages.hpp"
#include "features/learning/store/learning_store.hpp"

namespace practica::learning {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Deps;
using http::Request;
using http::Response;

namespace {

// One column's registrations by school and their marks by registration, each read once.
struct Column {
  const Offering* offering = nullptr;
  std::map<std::int64_t, Registration> by_school;
  std::map<std::int64_t, Marks> marks;
  int attended = 0;  // schools shown whose team attended
};

core::Result<CohortRef> CohortOfPath(LearningStore& store, const Request& request) {
  auto cohort = store.FindCohort(request.Param("slug"));
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) {
    return Fail(ErrorCode::kNotFound,
                "There is no cohort \"" + std::string(request.Param("slug")) + "\".");
  }
  return **cohort;
}

core::Result<std::vector<Column>> ReadColumns(LearningStore& store,
                                              const std::vector<Offering>& offerings) {
  std::vector<Column> columns(offerings.size());
  for (std::size_t i = 0; i < offerings.size(); ++i) {
    columns[i].offering = &offerings[i];
    auto registrations = store.Registrations(offerings[i].id);
    if (!registrations) return std::unexpected(registrations.error());
    for (auto& r : *registrations) {
      if (r.school) columns[i].by_school[r.school->id] = std::move(r);
    }
    auto marks = store.MarksByRegistration(offerings[i].id);
    if (!marks) return std::unexpected(marks.error());
    columns[i].marks = std::move(*marks);
  }
  return columns;
}

json::array ColumnsJson(const std::vector<Offering>& offerings) {
  json::array columns;
  for (const auto& offering : offerings) {
    json::object column{{"slug", offering.slug},
                        {"title", offering.title},
                        {"url", "/learning/" + offering.slug}};
    column["commitment_number"] = offering.commitment_number
                                      ? json::value(*offering.commitment_number)
                                      : json::value(nullptr);
    columns.push_back(std::move(column));
  }
  return columns;
}

Outcome CellOutcome(const Column& column, std::int64_t school_id, std::int64_t now) {
  static const Marks kNone;
  auto registration = column.by_school.find(school_id);
  if (registration == column.by_school.end()) {
    return Judge(*column.offering, std::nullopt, kNone, now);
  }
  auto marks = column.marks.find(registration->second.id);
  return Judge(*column.offering, registration->second.state,
               marks == column.marks.end() ? kNone : marks->second, now);
}

// A row per school in the person's scope; counts each column's attended schools as it goes.
json::array SchoolRows(const std::vector<SchoolRef>& roster, const features::ListScope& scope,
                       std::vector<Column>& columns, std::int64_t now) {
  json::array schools;
  for (const auto& school : roster) {
    if (!scope.Includes(school.id, school.local_district_id)) continue;
    json::array cells;
    for (auto& column : columns) {
      const auto outcome = CellOutcome(column, school.id, now);
      if (outcome == Outcome::kAttended) ++column.attended;
      cells.push_back(json::object{{"offering", column.offering->slug},
                                   {"code", OutcomeCode(outcome)},
                                   {"label", OutcomeLabel(outcome)}});
    }
    schools.push_back(json::object{
        {"slug", school.slug}, {"name", school.name}, {"cells", std::move(cells)}});
  }
  return schools;
}

json::array TotalsJson(const std::vector<Column>& columns, std::size_t schools) {
  json::array totals;
  for (const auto& column : columns) {
    totals.push_back(json::object{{"title", column.offering->title},
                                  {"attended", column.attended},
                                  {"of", static_cast<std::int64_t>(schools)}});
  }
  return totals;
}

core::Result<json::object> ProgressModel(const Deps& deps, LearningStore& store,
                                         const Request& request) {
  auto cohort = CohortOfPath(store, request);
  if (!cohort) return std::unexpected(cohort.error());
  auto offerings = store.List(OfferingFilter{cohort->id, false, 0});
  if (!offerings) return std::unexpected(offerings.error());
  std::erase_if(*offerings, [](const Offering& o) { return o.audience != Audience::kTeam; });
  auto roster = store.Roster(cohort->id);
  if (!roster) return std::unexpected(roster.error());
  auto columns = ReadColumns(store, *offerings);
  if (!columns) return std::unexpected(columns.error());
  const auto scope = features::ScopeOf(deps, *request.principal, "learning.progress");
  auto schools = SchoolRows(*roster, scope, *columns, deps.clock.NowUtcSeconds());
  return json::object{{"cohort", cohort->slug},
                      {"cohort_name", cohort->Label()},
                      {"cohort_url", "/cohorts/" + cohort->slug},
                      {"team_size", offerings->empty() ? 3 : offerings->back().team_size},
                      {"columns", ColumnsJson(*offerings)},
                      {"totals", TotalsJson(*columns, schools.size())},
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

}  // namespace practica::learning
