// One offering, /learning/{slug} and its API twin: the page renders OfferingModel; the API
// answers the offering, its seats and, for staff, its registrations.
#include <boost/json/array.hpp>

#include "features/kit/respond.hpp"
#include "features/learning/routes/lookup.hpp"
#include "features/learning/routes/offering_json.hpp"
#include "features/learning/routes/offering_model.hpp"
#include "features/learning/routes/pages.hpp"
#include "features/learning/store/learning_store.hpp"

namespace practica::learning {
namespace json = boost::json;
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

}  // namespace practica::learning
