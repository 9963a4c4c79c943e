#include "features/people/routes/roster_routes.hpp"

#include <boost/json/array.hpp>

#include "features/kit/sheet_import_routes.hpp"
#include "features/people/routes/roster_check.hpp"
#include "features/people/routes/roster_job.hpp"

namespace practica::people {
namespace json = boost::json;

namespace {

std::string Describe(const RosterChange& c) {
  std::vector<std::string> parts;
  if (c.renames) parts.push_back("name (was " + c.person->name + ")");
  if (c.moves) parts.push_back("now at " + c.row->school.name);
  if (c.role_changes) parts.push_back("role: " + std::string(StaffRoleLabel(c.place.role)));
  if (c.reactivates) parts.emplace_back("active again");
  std::string what;
  for (const auto& p : parts) what += (what.empty() ? "" : ", ") + p;
  return what;
}

json::object PreviewJson(const RosterCheck& check) {
  json::array changes;
  for (const auto& c : check.plan.changes) {
    if (c.kind == RosterChangeKind::kUnchanged) continue;
    if (changes.size() >= features::kSheetListed) break;
    std::string what = c.kind == RosterChangeKind::kNew       ? "joins " + c.row->school.name + " as " +
                                                                    std::string(StaffRoleLabel(c.place.role))
                       : c.kind == RosterChangeKind::kMissing ? "no longer in the file: made inactive"
                                                              : Describe(c);
    changes.emplace_back(json::object{{"kind", RosterChangeName(c.kind)},
                                      {"row", c.row ? json::value(c.row->row) : json::value(nullptr)},
                                      {"name", c.row && !c.row->name.empty() ? c.row->name : c.person->name},
                                      {"email", c.row ? c.row->email : c.person->email},
                                      {"what", std::move(what)}});
  }
  const auto& plan = check.plan;
  return features::DryRunJson(check.read_as, check.rows, features::ProblemsJson(check.problems), check.problems.size(),
                              check.rejected.size(), {plan.added, plan.updated, plan.unchanged, plan.missing},
                              check.deactivates, std::move(changes), kRosterConfirmShare);
}

core::Result<features::SheetCheck> Check(db::Connection& db, std::int64_t district_id, std::string_view bytes) {
  auto check = CheckRoster(db, district_id, bytes);
  if (!check) return std::unexpected(check.error());
  features::SheetCheck sheet;
  sheet.preview = PreviewJson(*check);
  sheet.header = std::move(check->header);
  for (const auto& [field, column] : check->columns) sheet.mapped.emplace(std::string(RosterFieldName(field)), column);
  sheet.rejected = std::move(check->rejected);
  sheet.header_ok = check->header_ok;
  sheet.needs_confirming = check->needs_confirming;
  sheet.confirm_refusal = "This roster would change " + std::to_string(check->plan.updated + check->plan.missing) +
                          " people on school staffs, more than " +
                          std::to_string(static_cast<int>(kRosterConfirmShare * 100)) +
                          "% of them. Check the preview, then tick \"I have checked these changes\" to apply it.";
  return sheet;
}

std::shared_ptr<const features::SheetImportKind> RosterKind() {
  auto kind = std::make_shared<features::SheetImportKind>();
  kind->path = "/people/import";
  kind->action = "people.import";
  kind->record_type = "staff_import";
  kind->what = "the staff roster";
  kind->list_template = "people/roster_import";
  kind->preview_template = "people/roster_preview";
  kind->list_title = "Import the staff roster";
  kind->nav = "people";
  kind->default_name = "roster.csv";
  kind->choose_file = "Choose the roster file: a CSV or Excel workbook exported from the district's system.";
  kind->map_first = "Map the name, e-mail and school columns before applying the roster.";
  kind->tables = kRosterTables;
  for (auto field : RosterFields()) {
    kind->fields.push_back({std::string(RosterFieldName(field)), std::string(RosterFieldLabel(field)),
                            RosterFieldRequired(field)});
  }
  kind->check = &Check;
  kind->queue = &QueueRoster;
  return kind;
}

}  // namespace

void AddRosterRoutes(std::vector<http::Route>& routes, const features::Deps& deps) {
  features::AddSheetImportRoutes(routes, deps, RosterKind());
}

}  // namespace practica::people
