#include "features/kit/sheet_import_routes.hpp"

#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>

#include "core/plural.hpp"
#include "core/text.hpp"
#include "features/kit/change.hpp"
#include "features/kit/csv.hpp"
#include "features/kit/form_posts.hpp"
#include "features/kit/form_with_file.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/sheet_read.hpp"
#include "features/kit/uploads.hpp"

namespace practica::features {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using http::Request;
using http::Response;

namespace {

using Kind = std::shared_ptr<const SheetImportKind>;

std::string When(const Deps& deps, std::int64_t at) { return core::FormatLongDateTime(deps.tenant.zone.ToLocal(at)); }

std::string UrlOf(const SheetImportKind& kind, std::int64_t id) { return kind.path + "/" + std::to_string(id); }

json::object ImportJson(const Deps& deps, const SheetImportKind& kind, const SheetImport& i) {
  return json::object{{"id", i.id},
                      {"url", UrlOf(kind, i.id)},
                      {"file_name", i.file_name},
                      {"size", DescribeSize(static_cast<std::size_t>(i.size_bytes))},
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

// The column choices: each field with every column of the file, the one it was found in selected.
json::array ColumnsJson(const SheetImportKind& kind, const SheetCheck& check) {
  json::array columns;
  for (const auto& field : kind.fields) {
    json::array options;
    const auto mapped = check.mapped.find(field.name);
    options.emplace_back(json::object{{"value", ""}, {"label", "(none)"}, {"selected", mapped == check.mapped.end()}});
    for (std::size_t i = 0; i < check.header.size(); ++i) {
      options.emplace_back(json::object{
          {"value", std::to_string(i)},
          {"label", check.header[i].empty() ? "(column " + std::to_string(i + 1) + ")" : check.header[i]},
          {"selected", mapped != check.mapped.end() && mapped->second == i}});
    }
    columns.emplace_back(json::object{
        {"field", field.name}, {"label", field.label}, {"required", field.required}, {"options", std::move(options)}});
  }
  return columns;
}

struct Loaded {
  SheetImport imported;
  std::optional<SheetCheck> check;
  std::string problem;  // why the file could not be read at all
};

core::Result<Loaded> LoadId(const Deps& deps, const SheetImportKind& kind, std::int64_t import_id) {
  auto db = deps.database.Acquire();
  SheetImportStore store(*db, deps.tenant.id, kind.tables);
  auto found = store.Find(import_id);
  if (!found) return std::unexpected(found.error());
  if (!*found) return Fail(ErrorCode::kNotFound, "There is no import " + std::to_string(import_id) + "; upload the file again.");
  Loaded loaded{std::move(**found), std::nullopt, {}};
  auto bytes = store.Bytes(import_id);
  if (!bytes) return std::unexpected(bytes.error());
  auto check = kind.check(*db, deps.tenant.id, bytes->value_or(""));
  if (check) {
    loaded.check = std::move(*check);
  } else if (check.error().code == ErrorCode::kInvalidInput) {
    loaded.problem = check.error().message;
  } else {
    return std::unexpected(check.error());
  }
  return loaded;
}

core::Result<Loaded> Load(const Deps& deps, const SheetImportKind& kind, const Request& request) {
  auto id = ImportId(request);
  if (!id) return std::unexpected(id.error());
  return LoadId(deps, kind, *id);
}

core::Result<json::object> PreviewOf(const Deps& deps, const SheetImportKind& kind, std::int64_t id) {
  auto loaded = LoadId(deps, kind, id);
  if (!loaded) return std::unexpected(loaded.error());
  json::object out{{"import", ImportJson(deps, kind, loaded->imported)}};
  if (loaded->check) {
    auto check = std::move(loaded->check->preview);
    check["columns"] = ColumnsJson(kind, *loaded->check);
    check["header_ok"] = loaded->check->header_ok;
    check["needs_confirming"] = loaded->check->needs_confirming;
    check["rejected"] = loaded->check->rejected.size();
    check["rejected_url"] = UrlOf(kind, id) + "/rejected.csv";
    check["can_apply"] = loaded->check->header_ok && loaded->imported.state == "checked";
    out["check"] = std::move(check);
  } else {
    out["unreadable"] = loaded->problem;
  }
  return out;
}

// The page's data with what was typed into a refused form, and the saved notice.
json::object Typed(json::object data, const json::object& typed, const Request& request) {
  for (const auto& [key, value] : typed) data[key] = value;
  if (auto saved = request.Query("saved")) data["saved_" + std::string(*saved)] = true;
  data["csrf_token"] = request.principal->csrf_token;
  return data;
}

Response PreviewPage(const Deps& deps, const SheetImportKind& kind, const Request& request, const json::object& typed,
                     int status) {
  auto id = ImportId(request);
  auto data = id ? PreviewOf(deps, kind, *id) : std::unexpected(id.error());
  if (!data) return Failure(request, data.error(), deps.views);
  const std::string title = "Import: " + std::string((*data)["import"].as_object()["file_name"].as_string());
  return deps.views.Page(request, kind.preview_template, title, Typed(std::move(*data), typed, request), kind.nav,
                         status);
}

core::Result<json::object> ListData(const Deps& deps, const SheetImportKind& kind) {
  auto db = deps.database.Acquire();
  auto recent = SheetImportStore(*db, deps.tenant.id, kind.tables).Recent(20);
  if (!recent) return std::unexpected(recent.error());
  json::array imports;
  for (const auto& i : *recent) imports.emplace_back(ImportJson(deps, kind, i));
  const bool any = !imports.empty();
  return json::object{{"imports", std::move(imports)}, {"has_imports", any}};
}

Response ListPage(const Deps& deps, const SheetImportKind& kind, const Request& request, const json::object& typed,
                  int status) {
  auto data = ListData(deps, kind);
  if (!data) return Failure(request, data.error(), deps.views);
  return deps.views.Page(request, kind.list_template, kind.list_title, Typed(std::move(*data), typed, request), kind.nav,
                         status);
}

// Keeps the uploaded file and answers its import (checked on every view after).
core::Result<SheetImport> Upload(const Deps& deps, const SheetImportKind& kind, const Request& request,
                                 const FormWithFile& sent) {
  if (!sent.file || sent.file->data.empty()) return Fail(ErrorCode::kInvalidInput, kind.choose_file, {}, "file");
  if (sent.file->data.size() > kMaxSheetBytes) {
    return Fail(ErrorCode::kInvalidInput,
                "The file is " + DescribeSize(sent.file->data.size()) + "; a list may be up to " +
                    DescribeSize(kMaxSheetBytes) + ". Split it, or leave out columns Practica does not read.",
                {}, "file");
  }
  // Read before it is kept: a file that is neither CSV text nor a workbook is refused now, with why.
  auto readable = CheckSheetReadable(sent.file->data);
  if (!readable) return std::unexpected(readable.error());
  const auto now = deps.clock.NowUtcSeconds();
  auto name = CleanFileName(sent.file->file_name);
  if (name.empty()) name = kind.default_name;
  return RunChange(deps, request, kind.action, [&](db::Connection& db) -> core::Result<Changed<SheetImport>> {
    auto added = SheetImportStore(db, deps.tenant.id, kind.tables)
                     .Add({name, *readable, sent.file->data, request.principal->person_id, now});
    if (!added) return std::unexpected(added.error());
    auth::AuditEntry entry;
    entry.record_type = kind.record_type;
    entry.record_id = std::to_string(added->id);
    entry.after_json = json::serialize(json::object{{"file", name}, {"bytes", sent.file->data.size()}});
    entry.reason = "uploaded " + kind.what + " \"" + name + "\" for a dry run";
    return Changed<SheetImport>{*added, {std::move(entry)}, {}};
  });
}

Response UploadPage(const Deps& deps, const SheetImportKind& kind, const Request& request) {
  auto sent = ReadFormWithFile(request, false);
  if (!sent) return Failure(request, sent.error(), deps.views);
  auto added = Upload(deps, kind, request, *sent);
  if (added) return http::Redirect(UrlOf(kind, added->id));
  if (added.error().code != ErrorCode::kInvalidInput) return Failure(request, added.error(), deps.views);
  return ListPage(deps, kind, request, json::object{{"error", added.error().message}, {"error_on_file", true}}, 422);
}

Response UploadApi(const Deps& deps, const SheetImportKind& kind, const Request& request) {
  auto sent = ReadFormWithFile(request, true);
  if (!sent) return Failure(request, sent.error(), deps.views);
  auto added = Upload(deps, kind, request, *sent);
  if (!added) return Failure(request, added.error(), deps.views);
  auto data = PreviewOf(deps, kind, added->id);
  if (!data) return Failure(request, data.error(), deps.views);
  return Json(*data, 201);
}

// The rows the import leaves out, as they were in the file, with an Error column: to fix in the
// spreadsheet and upload again.
Response Rejected(const Deps& deps, const SheetImportKind& kind, const Request& request) {
  auto loaded = Load(deps, kind, request);
  if (!loaded) return Failure(request, loaded.error(), deps.views);
  if (!loaded->check) return Failure(request, core::Error{ErrorCode::kConflict, loaded->problem, {}, {}}, deps.views);
  std::vector<std::string> header{"Row"};
  header.insert(header.end(), loaded->check->header.begin(), loaded->check->header.end());
  header.emplace_back("Error");
  std::string body = CsvLine(header);
  for (const auto& r : loaded->check->rejected) {
    std::vector<std::string> fields{std::to_string(r.row)};
    fields.insert(fields.end(), r.fields.begin(), r.fields.end());
    fields.resize(header.size() - 1);
    fields.push_back(r.errors);
    body += CsvLine(fields);
  }
  Response response;
  response.content_type = "text/csv; charset=utf-8";
  response.body = "\xEF\xBB\xBF" + body;  // so Excel opens it as UTF-8
  response.Header("Content-Disposition",
                  "attachment; filename=\"rejected-rows-" + std::to_string(loaded->imported.id) + ".csv\"");
  return response;
}

core::Result<json::object> MapByHand(const Deps& deps, const SheetImportKind& kind, const Request& request,
                                     const Fields& fields) {
  auto loaded = Load(deps, kind, request);
  if (!loaded) return std::unexpected(loaded.error());
  if (!loaded->check) return Fail(ErrorCode::kInvalidInput, loaded->problem, {}, "file");
  const auto& header = loaded->check->header;
  return RunChange(deps, request, kind.action, [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    SheetImportStore store(db, deps.tenant.id, kind.tables);
    json::object chosen;
    for (const auto& field : kind.fields) {
      const auto name = "column." + field.name;
      const auto value = Get(fields, name);
      if (value.empty()) continue;
      const auto index = core::ParseInt(value, 0, static_cast<std::int64_t>(header.size()) - 1);
      if (!index) return Fail(ErrorCode::kInvalidInput, "Column " + value + " is not one of the file's columns.", {}, name);
      if (auto kept = store.RememberColumn(header[static_cast<std::size_t>(*index)], field.name); !kept) {
        return std::unexpected(kept.error());
      }
      chosen[field.name] = header[static_cast<std::size_t>(*index)];
    }
    if (chosen.empty()) return Fail(ErrorCode::kInvalidInput, "Choose the column of at least one field.", {}, "columns");
    auth::AuditEntry entry;
    entry.record_type = kind.record_type;
    entry.record_id = std::to_string(loaded->imported.id);
    entry.after_json = json::serialize(chosen);
    entry.reason = "mapped the columns of " + kind.what;
    return Changed<json::object>{json::object{{"columns", chosen}}, {std::move(entry)}, {}};
  });
}

core::Result<json::object> Apply(const Deps& deps, const SheetImportKind& kind, const Request& request,
                                 const Fields& fields) {
  auto loaded = Load(deps, kind, request);
  if (!loaded) return std::unexpected(loaded.error());
  if (!loaded->check) return Fail(ErrorCode::kInvalidInput, loaded->problem, {}, "file");
  if (!loaded->check->header_ok) return Fail(ErrorCode::kInvalidInput, kind.map_first, {}, "columns");
  if (loaded->check->needs_confirming && !Yes(fields, "confirm")) {
    return Fail(ErrorCode::kInvalidInput, loaded->check->confirm_refusal, {}, "confirm");
  }
  const auto now = deps.clock.NowUtcSeconds();
  const auto id = loaded->imported.id;
  auto answer = RunChange(deps, request, kind.action, [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    auto started = SheetImportStore(db, deps.tenant.id, kind.tables).StartApplying(id);
    if (!started) return std::unexpected(started.error());
    if (!*started) {
      return Fail(ErrorCode::kConflict, "This file is applied already (or being applied); upload it again to import it again.");
    }
    if (auto queued = kind.queue(db, deps.tenant.id, id, request.principal->person_id, now); !queued) {
      return std::unexpected(queued.error());
    }
    auth::AuditEntry entry;
    entry.record_type = kind.record_type;
    entry.record_id = std::to_string(id);
    entry.reason = "asked to apply " + kind.what + " \"" + loaded->imported.file_name + "\"";
    return Changed<json::object>{json::object{{"id", id}, {"state", "applying"}, {"url", UrlOf(kind, id)}},
                                 {std::move(entry)},
                                 {}};
  });
  if (answer && deps.wake_jobs != nullptr && *deps.wake_jobs) (*deps.wake_jobs)();
  return answer;
}

}  // namespace

json::object DryRunJson(const std::string& read_as, std::int64_t rows, json::array problems, std::size_t problem_count,
                        std::size_t rejected, SheetTally tally, bool deactivates, json::array changes,
                        double confirm_share) {
  const bool has_changes = !changes.empty();
  return json::object{
      {"read_as", read_as},
      {"rows", rows},
      {"rows_text", core::Counted(rows, "row", "rows")},
      {"problem_count", problem_count},
      {"problems_text", core::Counted(static_cast<std::int64_t>(problem_count), "problem", "problems")},
      {"has_problems", problem_count > 0},
      {"more_problems", problem_count > kSheetListed},
      {"problems", std::move(problems)},
      {"rejected_text", core::Counted(static_cast<std::int64_t>(rejected), "row", "rows")},
      {"added", tally.added},
      {"updated", tally.updated},
      {"unchanged", tally.unchanged},
      {"missing", tally.missing},
      {"deactivates", deactivates},
      {"has_changes", has_changes},
      {"changes", std::move(changes)},
      {"confirm_share", static_cast<int>(confirm_share * 100)}};
}

void AddSheetImportRoutes(std::vector<http::Route>& routes, const Deps& deps, Kind kind) {
  using http::Method;
  using http::Surface;
  const auto& path = kind->path;
  const auto& action = kind->action;
  const auto* d = &deps;
  auto list = [d, kind](const Request& r) {
    auto data = ListData(*d, *kind);
    if (!data) return Failure(r, data.error(), d->views);
    return Json(*data);
  };
  auto preview = [d, kind](const Request& r) {
    auto id = ImportId(r);
    auto data = id ? PreviewOf(*d, *kind, *id) : std::unexpected(id.error());
    if (!data) return Failure(r, data.error(), d->views);
    return Json(*data);
  };
  std::vector<http::Route> mine{
      {Method::kGet, path, action, Surface::kPage, [d, kind](const Request& r) { return ListPage(*d, *kind, r, {}, 200); }},
      {Method::kPost, path, action, Surface::kPage, [d, kind](const Request& r) { return UploadPage(*d, *kind, r); }},
      {Method::kGet, path + "/{id}", action, Surface::kPage,
       [d, kind](const Request& r) { return PreviewPage(*d, *kind, r, {}, 200); }},
      {Method::kGet, path + "/{id}/rejected.csv", action, Surface::kPage,
       [d, kind](const Request& r) { return Rejected(*d, *kind, r); }},
      {Method::kGet, "/api/v1" + path, action, Surface::kApi, list},
      {Method::kPost, "/api/v1" + path, action, Surface::kApi,
       [d, kind](const Request& r) { return UploadApi(*d, *kind, r); }},
      {Method::kGet, "/api/v1" + path + "/{id}", action, Surface::kApi, preview},
  };
  auto page = [kind](const Deps& deps, const Request& r, const json::object& typed, int status) {
    return PreviewPage(deps, *kind, r, typed, status);
  };
  auto back = [kind](const Request& r, const json::object&) {
    return kind->path + "/" + std::string(r.Param("id")) + "?saved=1";
  };
  AddPostRoutes(mine, deps,
                {
                    {path + "/{id}/columns", action,
                     [kind](const Deps& deps, const Request& r, const Fields& f) { return MapByHand(deps, *kind, r, f); },
                     page, back, 200},
                    {path + "/{id}/apply", action,
                     [kind](const Deps& deps, const Request& r, const Fields& f) { return Apply(deps, *kind, r, f); },
                     page, back, 202},
                });
  routes.insert(routes.end(), std::make_move_iterator(mine.begin()), std::make_move_iterator(mine.end()));
}

}  // namespace practica::features
