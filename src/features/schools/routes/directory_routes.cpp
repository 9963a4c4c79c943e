#include "features/schools/routes/directory_routes.hpp"

#include <boost/json/array.hpp>

#include "core/text.hpp"
#include "features/kit/sheet_import_routes.hpp"
#include "features/schools/routes/directory_check.hpp"
#include "features/schools/routes/directory_job.hpp"

namespace practica::schools {
namespace json = boost::json;

namespace {

std::string Describe(const DirectoryChange& c) {
  std::string what;
  for (auto field : c.changed) what += (what.empty() ? "" : ", ") + core::ToLower(FieldLabel(field));
  if (c.new_spelling) what += (what.empty() ? "" : ", ") + std::string("\"") + c.row->name + "\" kept as another spelling";
  if (c.reactivates) what += (what.empty() ? "" : ", ") + std::string("active again");
  return what;
}

// The directory's own dry run, as directory_preview.mustache shows it.
json::object PreviewJson(const DirectoryCheck& check) {
  json::array changes;
  for (const auto& c : check.plan.changes) {
    if (c.kind == ChangeKind::kUnchanged) continue;
    if (changes.size() >= features::kSheetListed) break;
    const std::string name = c.row ? c.row->name : c.school->name;
    changes.emplace_back(json::object{{"kind", ChangeName(c.kind)},
                                      {"row", c.row ? json::value(c.row->row) : json::value(nullptr)},
                                      {"name", name},
                                      {"school", c.school ? c.school->name : ""},
                                      {"what", c.kind == ChangeKind::kNew       ? "a new school"
                                               : c.kind == ChangeKind::kMissing ? "no longer in the file: made inactive"
                                                                                : Describe(c)}});
  }
  const auto& plan = check.plan;
  return features::DryRunJson(check.read_as, check.rows, features::ProblemsJson(check.problems), check.problems.size(),
                              check.rejected.size(), {plan.added, plan.updated, plan.unchanged, plan.missing},
                              check.deactivates, std::move(changes), kConfirmShare);
}

core::Result<features::SheetCheck> Check(db::Connection& db, std::int64_t district_id, std::string_view bytes) {
  auto check = CheckDirectory(db, district_id, bytes);
  if (!check) return std::unexpected(check.error());
  features::SheetCheck sheet;
  sheet.preview = PreviewJson(*check);
  sheet.header = std::move(check->header);
  for (const auto& [field, column] : check->columns) sheet.mapped.emplace(std::string(FieldName(field)), column);
  sheet.rejected = std::move(check->rejected);
  sheet.header_ok = check->header_ok;
  sheet.needs_confirming = check->needs_confirming;
  sheet.confirm_refusal = "This file would change " + std::to_string(check->plan.updated + check->plan.missing) +
                          " schools on record, more than " + std::to_string(static_cast<int>(kConfirmShare * 100)) +
                          "% of them. Check the preview, then tick \"I have checked these changes\" to apply it.";
  return sheet;
}

std::shared_ptr<const features::SheetImportKind> DirectoryKind() {
  auto kind = std::make_shared<features::SheetImportKind>();
  kind->path = "/schools/import";
  kind->action = "schools.import";
  kind->record_type = "school_import";
  kind->what = "the school directory file";
  kind->list_template = "schools/directory_import";
  kind->preview_template = "schools/directory_preview";
  kind->list_title = "Import the school directory";
  kind->nav = "schools";
  kind->default_name = "directory.csv";
  kind->choose_file = "Choose the directory file: a CSV or Excel workbook exported from the district's system.";
  kind->map_first = "Map the name and local district columns before applying the file.";
  kind->tables = kDirectoryTables;
  for (auto field : DirectoryFields()) {
    kind->fields.push_back({std::string(FieldName(field)), std::string(FieldLabel(field)),
                            field == DirectoryField::kName || field == DirectoryField::kLocalDistrict});
  }
  kind->check = &Check;
  kind->queue = &QueueImport;
  return kind;
}

}  // namespace

void AddDirectoryRoutes(std::vector<http::Route>& routes, const features::Deps& deps) {
  features::AddSheetImportRoutes(routes, deps, DirectoryKind());
}

}  // namespace practica::schools
