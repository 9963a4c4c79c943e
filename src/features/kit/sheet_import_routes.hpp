// The pages and API of an uploaded list (the school directory, the staff roster), the one way:
// upload for a dry run, read the dry run (the room's own account of every problem and change),
// map columns by hand (remembered), download the rejected rows with an Error column, and apply
// it as a job. The room says what its file is, how to check one, and how to queue its job.
//
//   GET  {path}                     the files uploaded, and the upload form
//   POST {path}                     keep a file and show its dry run
//   GET  {path}/{id}                the dry run (checked again on every view)
//   GET  {path}/{id}/rejected.csv   the rows left out, with an Error column
//   POST {path}/{id}/columns        columns mapped by hand
//   POST {path}/{id}/apply          apply it (past a share of the records, confirmed)
// and each under /api/v1.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "features/kit/deps.hpp"
#include "features/kit/sheet_import_store.hpp"
#include "http/router.hpp"

namespace practica::features {

// A field of the list, as the column choices offer it.
struct SheetField {
  std::string name;   // "cds_code"
  std::string label;  // "CDS code"
  bool required = false;
};

struct SheetRejectedRow {
  std::int64_t row = 0;
  std::vector<std::string> fields;
  std::string errors;  // each problem of the row, "; "-separated
};

// What the room's check of a stored file answers.
struct SheetCheck {
  std::vector<std::string> header;
  std::map<std::string, std::size_t, std::less<>> mapped;  // field name → the column it was found in
  std::vector<SheetRejectedRow> rejected;
  bool header_ok = false;
  bool needs_confirming = false;
  std::string confirm_refusal;  // why applying needs the box ticked, when it does
  boost::json::object preview;  // the room's own dry run, as its preview template shows it
};

struct SheetImportKind {
  std::string path;              // "/schools/import"
  std::string action;            // "schools.import"
  std::string record_type;       // "school_import"
  std::string what;              // "the school directory file"
  std::string list_template;     // "schools/directory_import"
  std::string preview_template;  // "schools/directory_preview"
  std::string list_title;        // "Import the school directory"
  std::string nav;               // "schools"
  std::string default_name;      // "directory.csv"
  std::string choose_file;       // the message when no file was sent
  std::string map_first;         // the message when a required column is not mapped
  SheetImportTables tables;
  std::vector<SheetField> fields;
  std::function<core::Result<SheetCheck>(db::Connection& db, std::int64_t district_id, std::string_view bytes)> check;
  std::function<core::Result<void>(db::Connection& db, std::int64_t district_id, std::int64_t import_id,
                                   std::int64_t person_id, std::int64_t now)>
      queue;
};

// How many of each change a dry run found.
struct SheetTally {
  int added = 0, updated = 0, unchanged = 0, missing = 0;
};

// A row's problems as its Error column says them: "Work Email: … ; Site: …".
template <typename Problem>
std::string JoinRowProblems(const Problem* first, const Problem* last) {
  std::string errors;
  for (auto p = first; p != last; ++p) {
    errors += (errors.empty() ? "" : "; ") + (p->column.empty() ? "" : p->column + ": ") + p->message;
  }
  return errors;
}

// The first kSheetListed problems (each with row, column and message), as the previews list them.
template <typename Problem>
boost::json::array ProblemsJson(const std::vector<Problem>& problems);

// The dry run's account every list shares (rows read, problems, counts, the listed changes), as
// the preview templates show it.
boost::json::object DryRunJson(const std::string& read_as, std::int64_t rows, boost::json::array problems,
                               std::size_t problem_count, std::size_t rejected, SheetTally tally, bool deactivates,
                               boost::json::array changes, double confirm_share);

// A district's list: 1,000 schools are about 100 KB; 100,000 staff about 6 MB (the default body limit is 10 MB).
inline constexpr std::size_t kMaxSheetBytes = 10 * 1024 * 1024;
// How many problems and changes a preview lists; the rest are counted (and in the rejected rows).
inline constexpr std::size_t kSheetListed = 200;

template <typename Problem>
boost::json::array ProblemsJson(const std::vector<Problem>& problems) {
  boost::json::array out;
  for (std::size_t i = 0; i < problems.size() && i < kSheetListed; ++i) {
    const auto& p = problems[i];
    out.emplace_back(boost::json::object{{"row", p.row}, {"column", p.column}, {"message", p.message}});
  }
  return out;
}

void AddSheetImportRoutes(std::vector<http::Route>& routes, const Deps& deps,
                          std::shared_ptr<const SheetImportKind> kind);

}  // namespace practica::features
