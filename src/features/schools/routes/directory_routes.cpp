#include "features/schools/routes/directory_routes.hpp"

#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>

#include "core/plural.hpp"
#include "core/text.hpp"
#include "features/kit/change.hpp"
#include "features/kit/csv.hpp"
#include "features/kit/csv_read.hpp"
#include "features/kit/form_posts.hpp"
#include "features/kit/form_answer.hpp"
#include "features/kit/form_with_file.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"
#include "features/kit/uploads.hpp"
#include "features/schools/routes/directory_check.hpp"
#include "features/schools/routes/directory_job.hpp"
#include "features/schools/store/directory_store.hpp"

namespace practica::schools {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Changed;
using features::Deps;
using features::Fields;
using http::Request;
using http::Response;

namespace {

// A district's directory export: 1,000 schools are about 100 KB; 100,000 rows about 10 MB.
constexpr std::size_t kMaxDirectoryBytes = 10 * 1024 * 1024;
// How many problems and changes a page lists; the rest are counted (and in the rejected rows file).
constexpr std::size_t kListed = 200;

std::string When(const Deps& deps, std::int64_t at) { return core::FormatLongDateTime(deps.tenant.zone.ToLocal(at)); }

json::object ImportJson(const Deps& deps, const SchoolImport& i) {
  const std::string url = "/schools/import/" + std::to_string(i.id);
  return json::object{{"id", i.id},
                      {"url", url},
                      {"file_name", i.file_name},
                      {"size", features::DescribeSize(static_cast<std::size_t>(i.size_bytes))},
                      {"uploaded_at", deps.tenant.zone.FormatIso(i.uploaded_at)},
                      {"uploaded_label", When(deps, i.uploaded_at)},
                      {"state", i.state},
                      {"checked", i.state == "checked"},
                      {"applying", i.state == "applying"},
                      {"applied", i.state == "applied"},
                      {"failed", i.state == "failed"},
                      {"applied_label", i.applied_at ? When(deps, *i.applied_at) : ""},
                      {"added", i.added},
                      {"updated", i.updated},
                      {"unchanged", i.unchanged},
                      {"deactivated", i.deactivated},
                      {"error", i.error}};
}

core::Result<std::int64_t> ImportId(const Request& request) {
  const auto id = core::ParseInt(request.Param("id"), 1, INT64_MAX);
  if (!id) return Fail(ErrorCode::kNotFound, "There is no import " + std::string(request.Param("id")) + ".");
  return *id;
}

std::string Describe(const DirectoryChange& c) {
  std::string what;
  for (auto field : c.changed) what += (what.empty() ? "" : ", ") + core::ToLower(FieldLabel(field));
  if (c.new_spelling) what += (what.empty() ? "" : ", ") + std::string("\"") + c.row->name + "\" kept as another spelling";
  if (c.reactivates) what += (what.empty() ? "" : ", ") + std::string("active again");
  return what;
}

json::object CheckJson(const DirectoryCheck& check, const SchoolImport& imported) {
  json::array problems;
  for (std::size_t i = 0; i < check.problems.size() && i < kListed; ++i) {
    const auto& p = check.problems[i];
    problems.emplace_back(json::object{{"row", p.row}, {"column", p.column}, {"message", p.message}});
  }
  json::array changes;
  for (const auto& c : check.plan.changes) {
    if (c.kind == ChangeKind::kUnchanged) continue;
    if (changes.size() >= kListed) break;
    const std::string name = c.row ? c.row->name : c.school->name;
    changes.emplace_back(json::object{{"kind", ChangeName(c.kind)},
                                      {"row", c.row ? json::value(c.row->row) : json::value(nullptr)},
                                      {"name", name},
                                      {"school", c.school ? c.school->name : ""},
                                      {"what", c.kind == ChangeKind::kNew       ? "a new school"
                                               : c.kind == ChangeKind::kMissing ? "no longer in the file: made inactive"
                                                                                : Describe(c)}});
  }
  json::array columns;
  for (auto field : DirectoryFields()) {
    json::array options;
    const auto mapped = check.columns.find(field);
    options.emplace_back(json::object{{"value", ""}, {"label", "(none)"}, {"selected", mapped == check.columns.end()}});
    for (std::size_t i = 0; i < check.header.size(); ++i) {
      options.emplace_back(json::object{{"value", std::to_string(i)},
                                        {"label", check.header[i].empty() ? "(column " + std::to_string(i + 1) + ")" : check.header[i]},
                                        {"selected", mapped != check.columns.end() && mapped->second == i}});
    }
    columns.emplace_back(json::object{{"field", FieldName(field)},
                                      {"label", FieldLabel(field)},
                                      {"required", field == DirectoryField::kName || field == DirectoryField::kLocalDistrict},
                                      {"options", std::move(options)}});
  }
  const auto& plan = check.plan;
  return json::object{
      {"encoding", check.encoding},
      {"delimiter", check.delimiter == ';' ? "semicolons" : check.delimiter == '\t' ? "tabs" : "commas"},
      {"rows", check.rows},
      {"rows_text", core::Counted(check.rows, "row", "rows")},
      {"header_ok", check.header_ok},
      {"columns", std::move(columns)},
      {"problem_count", check.problems.size()},
      {"problems_text", core::Counted(static_cast<std::int64_t>(check.problems.size()), "problem", "problems")},
      {"has_problems", !check.problems.empty()},
      {"more_problems", check.problems.size() > kListed},
      {"problems", std::move(problems)},
      {"rejected", check.rejected.size()},
      {"rejected_text", core::Counted(static_cast<std::int64_t>(check.rejected.size()), "row", "rows")},
      {"rejected_url", "/schools/import/" + std::to_string(imported.id) + "/rejected.csv"},
      {"added", plan.added},
      {"updated", plan.updated},
      {"unchanged", plan.unchanged},
      {"missing", plan.missing},
      {"deactivates", check.deactivates},
      {"has_changes", !changes.empty()},
      {"changes", std::move(changes)},
      {"needs_confirming", check.needs_confirming},
      {"confirm_share", static_cast<int>(kConfirmShare * 100)},
      {"can_apply", check.header_ok && imported.state == "checked"}};
}

struct Loaded {
  SchoolImport imported;
  std::optional<DirectoryCheck> check;
  std::string problem;  // why the file could not be read at all
};

core::Result<Loaded> LoadId(const Deps& deps, std::int64_t import_id) {
  auto db = deps.database.Acquire();
  DirectoryStore store(*db, deps.tenant.id);
  auto found = store.FindImport(import_id);
  if (!found) return std::unexpected(found.error());
  if (!*found) return Fail(ErrorCode::kNotFound, "There is no import " + std::to_string(import_id) + "; upload the file again.");
  Loaded loaded{std::move(**found), std::nullopt, {}};
  auto bytes = store.ImportBytes(import_id);
  if (!bytes) return std::unexpected(bytes.error());
  auto check = CheckDirectory(*db, deps.tenant.id, bytes->value_or(""));
  if (check) {
    loaded.check = std::move(*check);
  } else if (check.error().code == ErrorCode::kInvalidInput) {
    loaded.problem = check.error().message;
  } else {
    return std::unexpected(check.error());
  }
  return loaded;
}

core::Result<Loaded> Load(const Deps& deps, const Request& request) {
  auto id = ImportId(request);
  if (!id) return std::unexpected(id.error());
  return LoadId(deps, *id);
}

core::Result<json::object> PreviewOf(const Deps& deps, std::int64_t id) {
  auto loaded = LoadId(deps, id);
  if (!loaded) return std::unexpected(loaded.error());
  json::object out{{"import", ImportJson(deps, loaded->imported)}};
  if (loaded->check) {
    out["check"] = CheckJson(*loaded->check, loaded->imported);
  } else {
    out["unreadable"] = loaded->problem;
  }
  return out;
}

core::Result<json::object> PreviewData(const Deps& deps, const Request& request) {
  auto id = ImportId(request);
  if (!id) return std::unexpected(id.error());
  return PreviewOf(deps, *id);
}

json::object Typed(json::object data, const json::object& typed, const Request& request) {
  for (const auto& [key, value] : typed) data[key] = value;
  if (auto saved = request.Query("saved")) data["saved_" + std::string(*saved)] = true;
  data["csrf_token"] = request.principal->csrf_token;
  return data;
}

Response PreviewPage(const Deps& deps, const Request& request, const json::object& typed, int status) {
  auto data = PreviewData(deps, request);
  if (!data) return features::Failure(request, data.error(), deps.views);
  const std::string title = "Import: " + std::string((*data)["import"].as_object()["file_name"].as_string());
  return deps.views.Page(request, "schools/directory_preview", title, Typed(std::move(*data), typed, request), "schools",
                         status);
}

Response PlainPreview(const Deps& deps, const Request& request) { return PreviewPage(deps, request, {}, 200); }

Response PreviewApi(const Deps& deps, const Request& request) {
  auto data = PreviewData(deps, request);
  if (!data) return features::Failure(request, data.error(), deps.views);
  return features::Json(*data);
}

core::Result<json::object> ListData(const Deps& deps) {
  auto db = deps.database.Acquire();
  auto recent = DirectoryStore(*db, deps.tenant.id).RecentImports(20);
  if (!recent) return std::unexpected(recent.error());
  json::array imports;
  for (const auto& i : *recent) imports.emplace_back(ImportJson(deps, i));
  const bool any = !imports.empty();
  return json::object{{"imports", std::move(imports)}, {"has_imports", any}};
}

Response ListPage(const Deps& deps, const Request& request, const json::object& typed, int status) {
  auto data = ListData(deps);
  if (!data) return features::Failure(request, data.error(), deps.views);
  return deps.views.Page(request, "schools/directory_import", "Import the school directory",
                         Typed(std::move(*data), typed, request), "schools", status);
}

Response PlainList(const Deps& deps, const Request& request) { return ListPage(deps, request, {}, 200); }

Response ListApi(const Deps& deps, const Request& request) {
  auto data = ListData(deps);
  if (!data) return features::Failure(request, data.error(), deps.views);
  return features::Json(*data);
}

// Keeps the uploaded file and answers its import (checked on every view after).
core::Result<SchoolImport> Upload(const Deps& deps, const Request& request, const features::FormWithFile& sent) {
  if (!sent.file || sent.file->data.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Choose the directory file: a CSV exported from the district's system or saved from Excel.",
                {}, "file");
  }
  if (sent.file->data.size() > kMaxDirectoryBytes) {
    return Fail(ErrorCode::kInvalidInput,
                "The file is " + features::DescribeSize(sent.file->data.size()) + "; a directory file may be up to " +
                    features::DescribeSize(kMaxDirectoryBytes) + ".",
                {}, "file");
  }
  // Read before it is kept: a file that is not CSV text is refused now, with why.
  if (auto text = features::DecodeSheetText(sent.file->data); !text) return std::unexpected(text.error());
  const auto now = deps.clock.NowUtcSeconds();
  auto name = features::CleanFileName(sent.file->file_name);
  if (name.empty()) name = "directory.csv";
  return features::RunChange(deps, request, "schools.import", [&](db::Connection& db) -> core::Result<Changed<SchoolImport>> {
    auto added = DirectoryStore(db, deps.tenant.id)
                     .AddImport({name, "text/csv", sent.file->data, request.principal->person_id, now});
    if (!added) return std::unexpected(added.error());
    auth::AuditEntry entry;
    entry.record_type = "school_import";
    entry.record_id = std::to_string(added->id);
    entry.after_json = json::serialize(json::object{{"file", name}, {"bytes", sent.file->data.size()}});
    entry.reason = "uploaded the school directory file \"" + name + "\" for a dry run";
    return Changed<SchoolImport>{*added, {std::move(entry)}, {}};
  });
}

Response UploadPage(const Deps& deps, const Request& request) {
  auto sent = features::ReadFormWithFile(request, false);
  if (!sent) return features::Failure(request, sent.error(), deps.views);
  auto added = Upload(deps, request, *sent);
  if (added) return http::Redirect("/schools/import/" + std::to_string(added->id));
  if (added.error().code != ErrorCode::kInvalidInput) return features::Failure(request, added.error(), deps.views);
  return ListPage(deps, request, json::object{{"error", added.error().message}, {"error_on_file", true}}, 422);
}

Response UploadApi(const Deps& deps, const Request& request) {
  auto sent = features::ReadFormWithFile(request, true);
  if (!sent) return features::Failure(request, sent.error(), deps.views);
  auto added = Upload(deps, request, *sent);
  if (!added) return features::Failure(request, added.error(), deps.views);
  auto data = PreviewOf(deps, added->id);
  if (!data) return features::Failure(request, data.error(), deps.views);
  return features::Json(*data, 201);
}

// The rows the import leaves out, as they were in the file, with an Error column: to fix in the
// spreadsheet and upload again.
Response Rejected(const Deps& deps, const Request& request) {
  auto loaded = Load(deps, request);
  if (!loaded) return features::Failure(request, loaded.error(), deps.views);
  if (!loaded->check) return features::Failure(request, core::Error{ErrorCode::kConflict, loaded->problem, {}, {}}, deps.views);
  std::vector<std::string> header{"Row"};
  header.insert(header.end(), loaded->check->header.begin(), loaded->check->header.end());
  header.emplace_back("Error");
  std::string body = features::CsvLine(header);
  for (const auto& r : loaded->check->rejected) {
    std::vector<std::string> fields{std::to_string(r.row)};
    fields.insert(fields.end(), r.fields.begin(), r.fields.end());
    fields.resize(header.size() - 1);
    fields.push_back(r.errors);
    body += features::CsvLine(fields);
  }
  Response response;
  response.content_type = "text/csv; charset=utf-8";
  response.body = "\xEF\xBB\xBF" + body;  // so Excel opens it as UTF-8
  response.Header("Content-Disposition",
                  "attachment; filename=\"rejected-rows-" + std::to_string(loaded->imported.id) + ".csv\"");
  return response;
}

core::Result<json::object> MapColumnsByHand(const Deps& deps, const Request& request, const Fields& fields) {
  auto loaded = Load(deps, request);
  if (!loaded) return std::unexpected(loaded.error());
  if (!loaded->check) return Fail(ErrorCode::kInvalidInput, loaded->problem, {}, "file");
  const auto& header = loaded->check->header;
  return features::RunChange(deps, request, "schools.import", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    DirectoryStore store(db, deps.tenant.id);
    json::object chosen;
    for (auto field : DirectoryFields()) {
      const auto name = "column." + std::string(FieldName(field));
      const auto value = features::Get(fields, name);
      if (value.empty()) continue;
      const auto index = core::ParseInt(value, 0, static_cast<std::int64_t>(header.size()) - 1);
      if (!index) {
        return Fail(ErrorCode::kInvalidInput, "Column " + value + " is not one of the file's columns.", {}, name);
      }
      if (auto kept = store.RememberColumn(header[static_cast<std::size_t>(*index)], field); !kept) {
        return std::unexpected(kept.error());
      }
      chosen[FieldName(field)] = header[static_cast<std::size_t>(*index)];
    }
    if (chosen.empty()) return Fail(ErrorCode::kInvalidInput, "Choose the column of at least one field.", {}, "columns");
    auth::AuditEntry entry;
    entry.record_type = "school_import";
    entry.record_id = std::to_string(loaded->imported.id);
    entry.after_json = json::serialize(chosen);
    entry.reason = "mapped the school directory's columns";
    return Changed<json::object>{json::object{{"columns", chosen}}, {std::move(entry)}, {}};
  });
}

core::Result<json::object> Apply(const Deps& deps, const Request& request, const Fields& fields) {
  auto loaded = Load(deps, request);
  if (!loaded) return std::unexpected(loaded.error());
  if (!loaded->check) return Fail(ErrorCode::kInvalidInput, loaded->problem, {}, "file");
  if (!loaded->check->header_ok) {
    return Fail(ErrorCode::kInvalidInput, "Map the name and local district columns before applying the file.", {}, "columns");
  }
  if (loaded->check->needs_confirming && !features::Yes(fields, "confirm")) {
    const auto& plan = loaded->check->plan;
    return Fail(ErrorCode::kInvalidInput,
                "This file would change " + std::to_string(plan.updated + plan.missing) +
                    " schools on record, more than " + std::to_string(static_cast<int>(kConfirmShare * 100)) +
                    "% of them. Check the preview, then tick \"I have checked these changes\" to apply it.",
                {}, "confirm");
  }
  const auto now = deps.clock.NowUtcSeconds();
  auto answer = features::RunChange(deps, request, "schools.import", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    auto started = DirectoryStore(db, deps.tenant.id).StartApplying(loaded->imported.id);
    if (!started) return std::unexpected(started.error());
    if (!*started) {
      return Fail(ErrorCode::kConflict, "This file is applied already (or being applied); upload it again to import it again.");
    }
    if (auto queued = QueueImport(db, deps.tenant.id, loaded->imported.id, request.principal->person_id, now); !queued) {
      return std::unexpected(queued.error());
    }
    auth::AuditEntry entry;
    entry.record_type = "school_import";
    entry.record_id = std::to_string(loaded->imported.id);
    entry.reason = "asked to apply the school directory file \"" + loaded->imported.file_name + "\"";
    return Changed<json::object>{json::object{{"id", loaded->imported.id}, {"state", "applying"},
                                              {"url", "/schools/import/" + std::to_string(loaded->imported.id)}},
                                 {std::move(entry)},
                                 {}};
  });
  if (answer && deps.wake_jobs != nullptr && *deps.wake_jobs) (*deps.wake_jobs)();
  return answer;
}

std::string BackToPreview(const Request& request, const json::object&) {
  return "/schools/import/" + std::string(request.Param("id")) + "?saved=1";
}

}  // namespace

void AddDirectoryRoutes(std::vector<http::Route>& routes, const Deps& deps) {
  using features::Bind;
  using http::Method;
  using http::Surface;
  std::vector<http::Route> mine{
      {Method::kGet, "/schools/import", "schools.import", Surface::kPage, Bind(deps, &PlainList)},
      {Method::kPost, "/schools/import", "schools.import", Surface::kPage, Bind(deps, &UploadPage)},
      {Method::kGet, "/schools/import/{id}", "schools.import", Surface::kPage, Bind(deps, &PlainPreview)},
      {Method::kGet, "/schools/import/{id}/rejected.csv", "schools.import", Surface::kPage, Bind(deps, &Rejected)},
      {Method::kGet, "/api/v1/schools/import", "schools.import", Surface::kApi, Bind(deps, &ListApi)},
      {Method::kPost, "/api/v1/schools/import", "schools.import", Surface::kApi, Bind(deps, &UploadApi)},
      {Method::kGet, "/api/v1/schools/import/{id}", "schools.import", Surface::kApi, Bind(deps, &PreviewApi)},
  };
  features::AddPostRoutes(mine, deps, {
      {"/schools/import/{id}/columns", "schools.import", &MapColumnsByHand, &PreviewPage, &BackToPreview, 200},
      {"/schools/import/{id}/apply", "schools.import", &Apply, &PreviewPage, &BackToPreview, 202},
  });
  routes.insert(routes.end(), std::make_move_iterator(mine.begin()), std::make_move_iterator(mine.end()));
}

}  // namespace practica::schools
