#include "features/schools/routes/directory_check.hpp"

#include <algorithm>

#include "features/kit/sheet_read.hpp"
#include "features/schools/store/directory_store.hpp"

namespace practica::schools {

core::Result<DirectoryCheck> CheckDirectory(db::Connection& db, std::int64_t district_id, std::string_view bytes) {
  DirectoryStore store(db, district_id);
  auto remembered = features::SheetImportStore(db, district_id, kDirectoryTables).RememberedColumns();
  if (!remembered) return std::unexpected(remembered.error());
  auto districts = store.LocalDistricts();
  if (!districts) return std::unexpected(districts.error());
  auto recorded = store.Recorded();
  if (!recorded) return std::unexpected(recorded.error());

  DirectoryCheck check;
  std::vector<DirectoryRow> rows;
  RepeatCheck repeats;
  auto read = features::ReadSheetRows(bytes, [&](std::int64_t row, std::vector<std::string>& fields) {
    if (check.header.empty()) {
      check.header = fields;
      check.columns = MapColumns(check.header, *remembered);
      check.problems = CheckHeader(check.header, check.columns);
      check.header_ok = check.problems.empty();
      return true;
    }
    ++check.rows;
    if (!check.header_ok) return true;  // counted; nothing can be read without its columns
    const auto before = check.problems.size();
    if (auto good = ReadRow(row, fields, check.header, check.columns, *districts, check.problems)) {
      // A repeated code or name: the later row is rejected, the first kept.
      auto repeated = repeats.Add(*good);
      if (repeated.empty()) rows.push_back(std::move(*good));
      for (auto& p : repeated) check.problems.push_back(std::move(p));
    }
    if (check.problems.size() != before) {
      const auto* problems = check.problems.data();
      check.rejected.push_back(
          {row, std::move(fields), features::JoinRowProblems(problems + before, problems + check.problems.size())});
    }
    return true;
  });
  if (!read) return std::unexpected(read.error());
  check.read_as = read->read_as;
  if (check.header.empty()) {
    return core::Fail(core::ErrorCode::kInvalidInput, "The file has no rows: export the list again with its header row.",
                      {}, "file");
  }
  check.deactivates = check.header_ok && check.rejected.empty();
  check.plan = PlanDirectory(rows, *recorded);
  if (!check.deactivates) {
    std::erase_if(check.plan.changes, [](const DirectoryChange& c) { return c.kind == ChangeKind::kMissing; });
    check.plan.missing = 0;
  }
  check.needs_confirming = NeedsConfirming(check.plan, *recorded, kConfirmShare);
  return check;
}

}  // namespace practica::schools
