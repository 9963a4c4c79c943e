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
#include "features/learning/store/cohort_outcomes.hpp"

namespace practica::learning {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Deps;
using http::Request;
using http::Response;

namespace {

core::Result<CohortRef> CohortOfPath(LearningStore& store, const Request& request) {
  auto cohort = store.FindCohort(request.Param("slug"));
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) {
    return Fail(ErrorCode::kNotFound,
                "There is no cohort \"" + std::string(request.Param("slug")) + "\".");
  }
  return **cohort;
}

json::array ColumnsJson(const std::vector<OutcomeColumn>& outcome_columns) {
  json::array columns;
  for (const auto& [offering, by_school, marks] : outcome_columns) {
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

// A row per school in the person's scope; counts each column's attended schools as it goes.
json::array SchoolRows(const std::vector<SchoolRef>& roster, const features::ListScope& scope,
                       const std::vector<OutcomeColumn>& columns, std::vector<int>& attended, std::int64_t now) {
  json::array schools;
  for (const auto& school : roster) {
    if (!scope.Includes(school.id, school.local_district_id)) continue;
    json::array cells;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      const auto outcome = OutcomeOf(columns[i], school.id, now);
      if (outcome == Outcome::kAttended) ++attended[i];
      cells.push_back(json::object{{"offering", columns[i].offering.slug},
                                   {"code", OutcomeCode(outcome)},
                                   {"label", OutcomeLabel(outcome)}});
    }
    schools.push_back(json::object{
        {"slug", school.slug}, {"name", school.name}, {"cells", std::move(cells)}});
  }
  return schools;
}

json::array TotalsJson(const std::vector<OutcomeColumn>& columns, const std::vector<int>& attended,
                       std::size_t schools) {
  json::array totals;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    totals.push_back(json::object{{"title", columns[i].offering.title},
                                  {"attended", attended[i]},
                                  {"of", static_cast<std::int64_t>(schools)}});
  }
  return totals;
}

core::Result<json::object> ProgressModel(const Deps& deps, LearningStore& store,
                                         const Request& request) {
  auto cohort = CohortOfPath(store, request);
  if (!cohort) return std::unexpected(cohort.error());
  auto roster = store.Roster(cohort->id);
  if (!roster) return std::unexpected(roster.error());
  auto columns = ReadOutcomeColumns(store, cohort->id);
  if (!columns) return std::unexpected(columns.error());
  const auto scope = features::ScopeOf(deps, *request.principal, "learning.progress");
  std::vector<int> attended(columns->size(), 0);
  auto schools = SchoolRows(*roster, scope, *columns, attended, deps.clock.NowUtcSeconds());
  return json::object{{"cohort", cohort->slug},
                      {"cohort_name", cohort->Label()},
                      {"cohort_url", "/cohorts/" + cohort->slug},
                      {"team_size", columns->empty() ? 3 : columns->back().offering.team_size},
                      {"columns", ColumnsJson(*columns)},
                      {"totals", TotalsJson(*columns, attended, schools.size())},
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
