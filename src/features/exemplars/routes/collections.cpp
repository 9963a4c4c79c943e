#include "features/exemplars/routes/collections.hpp"

#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>

#include "auth/domain/policy.hpp"
#include "auth/guard.hpp"
#include "core/text.hpp"
#include "features/exemplars/routes/context.hpp"
#include "features/exemplars/routes/exemplar_json.hpp"
#include "features/exemplars/store/collections_store.hpp"
#include "features/kit/change.hpp"
#include "features/kit/form_posts.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"

namespace practica::exemplars {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Changed;
using features::Deps;
using features::Fields;
using http::Request;
using http::Response;

namespace {

bool Staff(const Deps& deps, const Request& request) {
  return request.principal &&
         auth::HoldsDistrictWide(*request.principal, {auth::Role::kDirector, auth::Role::kCoordinator,
                                                      auth::Role::kSpecialist},
                                 auth::Today(deps.clock, deps.tenant.zone));
}

json::object CollectionJson(const Collection& c, bool staff) {
  json::object out{{"slug", c.slug},
                   {"url", "/exemplars/collections/" + c.slug},
                   {"title", c.title},
                   {"description", c.description},
                   {"illustrative", c.illustrative},
                   {"count", c.shown},
                   {"count_text", std::to_string(c.shown) + (c.shown == 1 ? " exemplar" : " exemplars")}};
  // How many items retired exemplars left behind: staff's business only.
  if (staff) out["hidden"] = c.hidden;
  return out;
}

json::object Typed(const json::object& extra, json::object data, const Request& request) {
  for (const auto& [key, value] : extra) data[key] = value;
  if (const auto* field = extra.if_contains("error_field"); field && field->is_string()) {
    data["error_on_" + std::string(field->as_string())] = true;
  }
  if (auto saved = request.Query("saved")) data["saved_" + std::string(*saved)] = true;
  data["csrf_token"] = request.principal ? request.principal->csrf_token : "";
  return data;
}

core::Result<json::object> ListData(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  auto all = CollectionsStore(*db, deps.tenant.id).All();
  if (!all) return std::unexpected(all.error());
  const bool staff = Staff(deps, request);
  json::array collections;
  for (const auto& c : *all) collections.emplace_back(CollectionJson(c, staff));
  return json::object{{"collections", std::move(collections)}, {"has_collections", !all->empty()}, {"staff", staff}};
}

core::Result<json::object> OneData(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  CollectionsStore collections(*db, deps.tenant.id);
  auto found = collections.Find(request.Param("collection"));
  if (!found) return std::unexpected(found.error());
  if (!*found) {
    return Fail(ErrorCode::kNotFound, "There is no collection \"" + std::string(request.Param("collection")) +
                                          "\"; every collection is listed at /exemplars/collections.");
  }
  auto items = collections.Items((*found)->id);
  auto names = ExemplarsStore(*db, deps.tenant.id).LineNames();
  if (!items || !names) return std::unexpected(items ? names.error() : items.error());
  const bool staff = Staff(deps, request);
  json::object data = CollectionJson(**found, staff);
  json::array lines;
  for (const auto& line : *items) {
    auto item = LineJson(line, *names);
    item["collection"] = (*found)->slug;
    lines.emplace_back(std::move(item));
  }
  data["has_exemplars"] = !items->empty();
  data["exemplars"] = std::move(lines);
  data["staff"] = staff;
  return data;
}

auth::AuditEntry Entry(const std::string& type, const std::string& id, const json::object& after, std::string reason) {
  auth::AuditEntry entry;
  entry.record_type = type;
  entry.record_id = id;
  entry.after_json = json::serialize(after);
  entry.reason = std::move(reason);
  return entry;
}

core::Error NotStaff() {
  return core::Error{ErrorCode::kForbidden, "Only district program staff curate collections.", {}, {}};
}

}  // namespace

Response CollectionsPage(const Deps& deps, const Request& request, const json::object& extra, int status) {
  auto data = ListData(deps, request);
  if (!data) return features::Failure(request, data.error(), deps.views);
  return deps.views.Page(request, "exemplars/collections", "Collections", Typed(extra, std::move(*data), request),
                         "exemplars", status);
}

Response CollectionsApi(const Deps& deps, const Request& request) {
  auto data = ListData(deps, request);
  if (!data) return features::Failure(request, data.error(), deps.views);
  return features::Json(*data);
}

Response CollectionPage(const Deps& deps, const Request& request, const json::object& extra, int status) {
  auto data = OneData(deps, request);
  if (!data) return features::Failure(request, data.error(), deps.views);
  const std::string title(data->at("title").as_string());
  return deps.views.Page(request, "exemplars/collection", title, Typed(extra, std::move(*data), request), "exemplars",
                         status);
}

Response CollectionApi(const Deps& deps, const Request& request) {
  auto data = OneData(deps, request);
  if (!data) return features::Failure(request, data.error(), deps.views);
  return features::Json(*data);
}

core::Result<json::object> CreateCollection(const Deps& deps, const Request& request, const Fields& fields) {
  if (!Staff(deps, request)) return std::unexpected(NotStaff());
  auto text = CheckCollection({features::Get(fields, "title"), features::Get(fields, "description")});
  if (!text) return std::unexpected(text.error());
  return features::RunChange(deps, request, "exemplars.curate", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    auto made = CollectionsStore(db, deps.tenant.id).Create(*text, request.principal->person_id, deps.clock.NowUtcSeconds());
    if (!made) return std::unexpected(made.error());
    json::object after{{"slug", made->slug}, {"title", made->title}, {"url", "/exemplars/collections/" + made->slug}};
    return Changed<json::object>{
        after, {Entry("exemplar_collection", std::to_string(made->id), after, "made the collection \"" + made->title + "\"")},
        {}};
  });
}

core::Result<json::object> AddToCollection(const Deps& deps, const Request& request, const Fields& fields) {
  return features::RunChange(deps, request, "exemplars.curate", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    ExemplarsStore store(db, deps.tenant.id);
    auto found = FindExemplar(deps, store, request);
    if (!found) return std::unexpected(found.error());
    if (!found->viewer.staff) return std::unexpected(NotStaff());
    const auto& r = found->record;
    if (auto ok = CheckCollect(r.status, r.package.title); !ok) return std::unexpected(ok.error());
    CollectionsStore collections(db, deps.tenant.id);
    const std::string slug(core::Trim(features::Get(fields, "collection")));
    auto collection = collections.Find(slug);
    if (!collection) return std::unexpected(collection.error());
    if (!*collection) {
      return Fail(ErrorCode::kInvalidInput, "Choose one of the collections listed; there is none called \"" + slug + "\".",
                  {}, "collection");
    }
    auto added = collections.Add((*collection)->id, r.id, request.principal->person_id, deps.clock.NowUtcSeconds());
    if (!added) return std::unexpected(added.error());
    if (!*added) {
      return Fail(ErrorCode::kConflict, "\"" + r.package.title + "\" is in \"" + (*collection)->title + "\" already.", {},
                  "collection");
    }
    json::object after{{"collection", slug}, {"exemplar_id", r.id},
                       {"url", "/exemplars/" + std::to_string(r.id) + "?saved=collections#collections"}};
    return Changed<json::object>{after,
                                 {Entry("exemplar_collection", std::to_string((*collection)->id), after,
                                        "added \"" + r.package.title + "\" to \"" + (*collection)->title + "\"")},
                                 {}};
  });
}

core::Result<json::object> RemoveFromCollection(const Deps& deps, const Request& request, const Fields&) {
  if (!Staff(deps, request)) return std::unexpected(NotStaff());
  return features::RunChange(deps, request, "exemplars.curate", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    CollectionsStore collections(db, deps.tenant.id);
    auto collection = collections.Find(request.Param("collection"));
    if (!collection) return std::unexpected(collection.error());
    const auto id = core::ParseInt(request.Param("id"), 1, INT64_MAX);
    if (!*collection || !id) return Fail(ErrorCode::kNotFound, "There is no such collection; see /exemplars/collections.");
    auto removed = collections.Remove((*collection)->id, *id);
    if (!removed) return std::unexpected(removed.error());
    if (!*removed) {
      return Fail(ErrorCode::kConflict, "That exemplar is not in \"" + (*collection)->title + "\".");
    }
    const std::string url = "/exemplars/collections/" + (*collection)->slug;
    json::object after{{"collection", (*collection)->slug}, {"exemplar_id", *id}, {"url", url + "?saved=items"}};
    return Changed<json::object>{after,
                                 {Entry("exemplar_collection", std::to_string((*collection)->id), after,
                                        "took exemplar " + std::to_string(*id) + " out of \"" + (*collection)->title + "\"")},
                                 {}};
  });
}

void AddCollectionRoutes(std::vector<http::Route>& routes, const Deps& deps) {
  using http::Method;
  using http::Surface;
  routes.push_back({Method::kGet, "/exemplars/collections", "exemplars.read", Surface::kPage,
                    [&deps](const Request& r) { return CollectionsPage(deps, r); }});
  routes.push_back({Method::kGet, "/api/v1/exemplars/collections", "exemplars.read", Surface::kApi,
                    features::Bind(deps, &CollectionsApi)});
  routes.push_back({Method::kGet, "/exemplars/collections/{collection}", "exemplars.read", Surface::kPage,
                    [&deps](const Request& r) { return CollectionPage(deps, r); }});
  routes.push_back({Method::kGet, "/api/v1/exemplars/collections/{collection}", "exemplars.read", Surface::kApi,
                    features::Bind(deps, &CollectionApi)});
  const auto url = [](const Request&, const json::object& done) { return std::string(done.at("url").as_string()); };
  features::AddPostRoutes(
      routes, deps,
      {{"/exemplars/collections", "exemplars.curate", &CreateCollection,
        [](const Deps& d, const Request& r, const json::object& typed, int status) {
          return CollectionsPage(d, r, typed, status);
        },
        url, 201},
       {"/exemplars/collections/{collection}/items/{id}/remove", "exemplars.curate", &RemoveFromCollection,
        [](const Deps& d, const Request& r, const json::object& typed, int status) {
          return CollectionPage(d, r, typed, status);
        },
        url, 200}});
}

}  // namespace practica::exemplars
