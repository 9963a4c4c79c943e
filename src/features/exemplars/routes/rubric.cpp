#include "features/exemplars/routes/rubric.hpp"

#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>

#include "features/exemplars/store/exemplars_store.hpp"
#include "features/kit/change.hpp"
#include "features/kit/respond.hpp"

namespace practica::exemplars {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

core::Result<json::object> RubricData(const Deps& deps, const json::object& extra) {
  auto db = deps.database.Acquire();
  ExemplarsStore store(*db, deps.tenant.id);
  auto rubric = store.Rubric();
  if (!rubric) return std::unexpected(rubric.error());
  json::array criteria;
  for (const auto& c : *rubric) {
    // After a refusal, the names typed stand in for the stored ones.
    std::string name = c.name;
    if (const auto* typed = extra.if_contains("typed_name_" + c.code); typed && typed->is_string()) {
      name = std::string(typed->as_string());
    }
    criteria.emplace_back(json::object{{"code", c.code}, {"name", name}, {"number", static_cast<std::int64_t>(criteria.size() + 1)}});
  }
  json::object data{{"criteria", std::move(criteria)},
                    {"max_criteria", static_cast<std::int64_t>(kMaxCriteria)},
                    {"min_score", kMinScore},
                    {"max_score", kMaxScore}};
  return data;
}

}  // namespace

Response RubricPage(const Deps& deps, const Request& request, json::object extra, int status) {
  auto data = RubricData(deps, extra);
  if (!data) return features::Failure(request, data.error(), deps.views);
  for (auto& [key, value] : extra) (*data)[key] = value;
  if (const auto* field = extra.if_contains("error_field"); field && field->is_string()) {
    (*data)["error_on_" + std::string(field->as_string())] = true;
  }
  if (request.Query("saved")) (*data)["saved"] = true;
  (*data)["csrf_token"] = request.principal ? request.principal->csrf_token : "";
  return deps.views.Page(request, "exemplars/rubric", "The review rubric", std::move(*data), "exemplars", status);
}

Response RubricApi(const Deps& deps, const Request& request) {
  auto data = RubricData(deps, {});
  if (!data) return features::Failure(request, data.error(), deps.views);
  return features::Json(*data);
}

core::Result<json::object> ChangeRubric(const Deps& deps, const Request& request, const features::Fields& fields) {
  return features::RunChange(deps, request, "exemplars.curate",
                             [&](db::Connection& db) -> core::Result<features::Changed<json::object>> {
    ExemplarsStore store(db, deps.tenant.id);
    auto rubric = store.Rubric();
    auto known = store.KnownCriteria();
    if (!rubric || !known) return std::unexpected(rubric ? known.error() : rubric.error());
    RubricEdit edit;
    for (const auto& c : *rubric) {
      if (features::Yes(fields, "remove_" + c.code)) continue;
      // A criterion the form did not send keeps its name.
      const bool sent = fields.contains("name_" + c.code);
      edit.kept.push_back({c.code, sent ? features::Get(fields, "name_" + c.code) : c.name});
    }
    edit.added.push_back(features::Get(fields, "new_name"));
    auto edited = exemplars::EditRubric(edit, *known);
    if (!edited) return std::unexpected(edited.error());
    const auto by = request.principal ? request.principal->person_id : 0;
    if (auto saved = store.SaveRubric(*edited, by, deps.clock.NowUtcSeconds()); !saved) return std::unexpected(saved.error());
    json::array criteria;
    std::string names;
    for (const auto& c : *edited) {
      criteria.emplace_back(json::object{{"code", c.code}, {"name", c.name}});
      names += (names.empty() ? "" : "; ") + c.name;
    }
    json::object after{{"criteria", criteria}};
    auth::AuditEntry entry;
    entry.record_type = "exemplar_rubric";
    entry.record_id = "rubric";
    entry.after_json = json::serialize(after);
    entry.reason = "edited the exemplar review rubric: " + names;
    after["url"] = "/exemplars/rubric?saved=1";
    return features::Changed<json::object>{std::move(after), {std::move(entry)}, {}};
  });
}

}  // namespace practica::exemplars
