// The planning form, /learning/new: the kinds of session, the cohorts, and four day rows, filled
// with what was typed when the form comes back refused.
#include <boost/json/array.hpp>

#include "features/kit/respond.hpp"
#include "features/learning/routes/lookup.hpp"
#include "features/learning/routes/pages.hpp"
#include "features/learning/store/learning_store.hpp"

namespace practica::learning {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

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
                                          {"name", cohort.Label()},
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
