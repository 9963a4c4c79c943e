#include "features/audit/routes/register.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "features/audit/store/audit_store.hpp"
#include "features/kit/csv.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"

namespace practica::audit {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

struct Query {
  AuditFilter filter;
  std::int64_t from_utc = 0;
  std::int64_t to_utc = 0;
};

core::Result<Query> ReadQuery(const Deps& deps, const Request& request) {
  const auto get = [&](const char* key) { return std::string(request.Query(key).value_or("")); };
  const std::string person = get("person"), school = get("school"), action = get("action"), from = get("from"),
                    to = get("to"), kind = get("kind"), before = get("before"), limit = get("limit");
  auto filter = ReadAuditFilter({person, school, action, from, to, kind, before, limit});
  if (!filter) return std::unexpected(filter.error());
  Query query{*filter, 0, 0};
  // Days are the district's days: from its midnight to the midnight after the last day.
  if (filter->from) {
    auto at = deps.tenant.zone.ToUtc({*filter->from, 0, 0});
    if (!at) return std::unexpected(at.error());
    query.from_utc = *at;
  }
  if (filter->to) {
    auto at = deps.tenant.zone.ToUtc({*filter->to, 23, 59});
    if (!at) return std::unexpected(at.error());
    query.to_utc = *at + 60;
  }
  return query;
}

// The query string of this request with `before` set to `cursor`: the next page, same filters.
std::string NextQuery(const Request& request, const std::string& cursor) {
  std::string query;
  for (const char* key : {"person", "school", "action", "from", "to", "kind", "limit"}) {
    const auto value = request.Query(key);
    if (!value || value->empty()) continue;
    query += (query.empty() ? "?" : "&") + std::string(key) + "=" + core::UrlEncode(*value);
  }
  return query + (query.empty() ? "?" : "&") + "before=" + cursor;
}

core::Result<json::object> Entries(const Deps& deps, const Request& request) {
  auto query = ReadQuery(deps, request);
  if (!query) return std::unexpected(query.error());
  json::array rows;
  std::optional<AuditCursor> last;
  bool more = false;
  auto db = deps.database.Acquire();
  // One more than a page: whether it comes back says whether there are older entries.
  auto read = AuditStore(*db, deps.tenant.id)
                  .Read(query->filter, query->from_utc, query->to_utc, query->filter.limit + 1,
                        [&](const AuditRow& row) {
                          if (static_cast<int>(rows.size()) == query->filter.limit) {
                            more = true;
                            return;
                          }
                          last = AuditCursor{row.at, row.id};
                          rows.emplace_back(json::object{
                              {"id", row.id}, {"at", deps.tenant.zone.FormatIso(row.at)},
                              {"when", core::FormatLongDateTime(deps.tenant.zone.ToLocal(row.at))},
                              {"person_id", row.person_id}, {"person", row.person_name},
                              {"action", row.action}, {"outcome", row.outcome},
                              {"refused", row.outcome == "refused"},
                              {"record_type", row.record_type}, {"record_id", row.record_id},
                              {"school", row.school_name}, {"before", row.before_json},
                              {"after", row.after_json}, {"reason", row.reason},
                              {"request_id", row.request_id}, {"address", row.address}});
                        });
  if (!read) return std::unexpected(read.error());
  json::object data{{"entries", std::move(rows)}, {"kind", AuditKindCode(query->filter.kind)}};
  if (more && last) {
    const auto cursor = FormatCursor(*last);
    data["next"] = cursor;
    data["next_url"] = "/api/v1/audit" + NextQuery(request, cursor);
  } else {
    data["next"] = nullptr;
    data["next_url"] = nullptr;
  }
  return data;
}

Response Page(const Deps& deps, const Request& request) {
  auto data = Entries(deps, request);
  if (!data) return features::Failure(request, data.error(), deps.views);
  for (const char* key : {"person", "school", "action", "from", "to"}) {
    (*data)[std::string("filter_") + key] = std::string(request.Query(key).value_or(""));
  }
  const std::string kind((*data)["kind"].as_string());
  (*data)["kinds"] = json::array{
      json::object{{"value", "changes"}, {"label", "Changes"}, {"selected", kind == "changes"}},
      json::object{{"value", "sign_ins"}, {"label", "Sign-ins and sign-outs"}, {"selected", kind == "sign_ins"}},
      json::object{{"value", "everything"}, {"label", "Everything"}, {"selected", kind == "everything"}}};
  if ((*data)["next"].is_string()) {
    (*data)["older_url"] = "/audit" + NextQuery(request, std::string((*data)["next"].as_string()));
  }
  (*data)["first_page"] = !request.Query("before").has_value();
  (*data)["none"] = (*data)["entries"].as_array().empty();
  const auto query = request.target.find('?');
  (*data)["csv_url"] = "/audit.csv" + (query == std::string::npos ? "" : request.target.substr(query));
  return deps.views.Page(request, "audit/audit", "Audit log", std::move(*data), "people");
}

Response Csv(const Deps& deps, const Request& request) {
  auto query = ReadQuery(deps, request);
  if (!query) return features::Failure(request, query.error(), deps.views);
  std::string csv = "id,at,person,action,outcome,record_type,record_id,school,reason,before,after,request_id,address\r\n";
  auto db = deps.database.Acquire();
  auto read = AuditStore(*db, deps.tenant.id)
                  .Read(query->filter, query->from_utc, query->to_utc, 0, [&](const AuditRow& row) {
                    for (const std::string& field :
                         {std::to_string(row.id), deps.tenant.zone.FormatIso(row.at), row.person_name,
                          row.action, row.outcome, row.record_type, row.record_id, row.school_name,
                          row.reason, row.before_json, row.after_json, row.request_id, row.address}) {
                      csv += features::CsvField(field);
                      csv += ',';
                    }
                    csv.back() = '\r';
                    csv += '\n';
                  });
  if (!read) return features::Failure(request, read.error(), deps.views);
  Response response;
  response.content_type = "text/csv; charset=utf-8";
  response.body = std::move(csv);
  response.Header("Content-Disposition", "attachment; filename=\"practica-audit.csv\"");
  return response;
}

}  // namespace

core::Result<void> RegisterRoutes(http::Router& router, const Deps& deps) {
  return features::AddRoutes(router, {
           http::Route{http::Method::kGet, "/audit", "audit.read", http::Surface::kPage,
                       [&deps](const Request& r) { return Page(deps, r); }},
           http::Route{http::Method::kGet, "/audit.csv", "audit.read", http::Surface::kPage,
                       [&deps](const Request& r) { return Csv(deps, r); }},
           http::Route{http::Method::kGet, "/api/v1/audit", "audit.read", http::Surface::kApi,
                       [&deps](const Request& r) {
                         auto data = Entries(deps, r);
                         if (!data) return features::Failure(r, data.error(), deps.views);
                         return features::Json(*data);
                       }},
  });
}

}  // namespace practica::audit
