// The learning calendar, /learning and its API twin: every offering by first day with its
// seats, filtered by cohort and by upcoming; cancelled ones stay listed, marked so.
#include <boost/json/array.hpp>

#include "features/kit/access.hpp"
#include "features/kit/respond.hpp"
#include "features/learning/routes/offering_json.hpp"
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

// The list's rows, for the page and the API.
core::Result<json::array> ListRows(const Deps& deps, LearningStore& store, const Request& request,
                                   json::object& page) {
  const auto now = deps.clock.NowUtcSeconds();
  OfferingFilter filter;
  const std::string cohort_slug(request.Query("cohort").value_or(""));
  auto cohorts = store.Cohorts();
  if (!cohorts) return std::unexpected(cohorts.error());
  json::array cohort_options;
  for (const auto& cohort : *cohorts) {
    const bool selected = cohort.slug == cohort_slug;
    if (selected) {
      filter.cohort_id = cohort.id;
      filter.with_open = false;
    }
    cohort_options.push_back(
        json::object{{"slug", cohort.slug}, {"name", cohort.Label()}, {"selected", selected}});
  }
  if (!cohort_slug.empty() && !filter.cohort_id) {
    return Fail(ErrorCode::kInvalidInput, "There is no cohort \"" + cohort_slug + "\".", {},
                "cohort");
  }
  const bool upcoming = request.Query("when").value_or("") == "upcoming";
  if (upcoming) filter.ends_after = now;
  auto offerings = store.List(filter);
  if (!offerings) return std::unexpected(offerings.error());
  json::array rows;
  for (const auto& offering : *offerings) {
    auto seats = store.SeatsOf(offering);
    if (!seats) return std::unexpected(seats.error());
    auto row = OfferingJson(offering, deps.tenant.zone);
    row["url"] = "/learning/" + offering.slug;
    row["when"] = DaysText(offering, deps.tenant.zone);
    row["day_count"] = static_cast<std::int64_t>(offering.days.size());
    row["multi_day"] = offering.days.size() > 1;
    row["audience_text"] = AudienceText(offering);
    row["seats"] = SeatsJson(*seats);
    row["past"] = offering.EndsAt() <= now && !offering.Cancelled();
    rows.push_back(std::move(row));
  }
  page["cohorts"] = std::move(cohort_options);
  page["when_all"] = !upcoming;
  page["when_upcoming"] = upcoming;
  return rows;
}

}  // namespace

Response ListPage(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  json::object page;
  auto rows = ListRows(deps, store, request, page);
  if (!rows) return features::Failure(request, rows.error(), deps.views);
  page["has_offerings"] = !rows->empty();
  page["offerings"] = std::move(*rows);
  page["zone"] = deps.tenant.zone.name();
  page["may_plan"] = request.principal &&
                     features::Allows(deps, *request.principal, "learning.manage", {});
  return deps.views.Page(request, "learning/list", "Learning sessions", std::move(page),
                         "learning");
}

Response ListApi(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  json::object page;
  auto rows = ListRows(deps, store, request, page);
  if (!rows) return features::Failure(request, rows.error(), deps.views);
  for (auto& row : *rows) {
    auto& o = row.as_object();
    for (const char* key : {"url", "when", "day_count", "multi_day", "audience_text"}) o.erase(key);
  }
  return features::Json(json::object{{"offerings", std::move(*rows)}});
}

}  // namespace practica::learning
