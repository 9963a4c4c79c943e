#include "features/people/routes/roster_check.hpp"

#include "features/kit/sheet_read.hpp"
#include "features/people/store/roster_store.hpp"
#include "features/schools/published/school_lookup.hpp"

namespace practica::people {

core::Result<RosterCheck> CheckRoster(db::Connection& db, std::int64_t district_id, std::string_view bytes) {
  auto remembered = features::SheetImportStore(db, district_id, kRosterTables).RememberedColumns();
  if (!remembered) return std::unexpected(remembered.error());
  auto schools = schools::SchoolLookup::Load(db, district_id);
  if (!schools) return std::unexpected(schools.error());
  auto recorded = RosterStore(db, district_id).Recorded();
  if (!recorded) return std::unexpected(recorded.error());
  const SchoolLookup lookup = [&](std::string_view text) -> std::optional<RosterSchool> {
    auto found = schools->Find(text);
    if (!found) return std::nullopt;
    return RosterSchool{found->id, found->name};
  };

  RosterCheck check;
  std::vector<RosterRow> rows;
  EmailRepeats repeats;
  std::string email_heading;
  auto read = features::ReadSheetRows(bytes, [&](std::int64_t row, std::vector<std::string>& fields) {
    if (check.header.empty()) {
      check.header = fields;
      check.columns = MapRosterColumns(check.header, *remembered);
      check.problems = CheckRosterHeader(check.header, check.columns);
      check.header_ok = check.problems.empty();
      if (auto at = check.columns.find(RosterField::kEmail); at != check.columns.end()) email_heading = check.header[at->second];
      return true;
    }
    ++check.rows;
    if (!check.header_ok) return true;  // counted; nothing can be read without its columns
    const auto before = check.problems.size();
    if (auto good = ReadRosterRow(row, fields, check.header, check.columns, lookup, check.problems)) {
      // A repeated address: the later row is rejected, the first kept.
      if (auto repeated = repeats.Add(*good, email_heading)) {
        check.problems.push_back(std::move(*repeated));
      } else {
        rows.push_back(std::move(*good));
      }
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
    return core::Fail(core::ErrorCode::kInvalidInput, "The file has no rows: export the roster again with its header row.",
                      {}, "file");
  }
  check.deactivates = check.header_ok && check.rejected.empty();
  check.plan = PlanRoster(rows, *recorded, check.deactivates);
  check.needs_confirming = RosterNeedsConfirming(check.plan, *recorded, kRosterConfirmShare);
  return check;
}

}  // namespace practica::people
