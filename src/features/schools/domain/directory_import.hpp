// Importing the district's school directory from its own system's export (CDS code, name, local
// district, type, grade span): which column holds which field, every error of the file at once
// with its row and column, and what applying it would change. Plain values in and out; the file
// is read by features/kit/csv_read and the changes written by the schools store.
//
// The rules:
//  - Columns are found by their headings ("CDS Code", "School Name", "Local District", "Type",
//    "Grade Span" and their usual spellings), or by the mapping staff chose last time.
//  - A row needs a name and a local district the district has; a CDS code is 14 digits, and one
//    code or one name stands on one row only; a type is one of Practica's (elementary, middle,
//    high, span, special education, other) or its label.
//  - A row joins the existing school with its CDS code, else the one its name is the same school
//    as under the reconciliation rule (name_key.hpp), keeping the file's spelling as an alias;
//    only then is it a new school. Blank cells never erase what is on record.
//  - A school on record that is not in the file is "no longer in the file": it becomes inactive,
//    never deleted (its history stays), and only when staff apply the import.
//  - A file that would change more than a set share of the schools on record needs confirming.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "features/schools/domain/school.hpp"

namespace practica::schools {

enum class DirectoryField { kCdsCode, kName, kLocalDistrict, kType, kGradeSpan };

std::string_view FieldName(DirectoryField field);   // "cds_code"
std::string_view FieldLabel(DirectoryField field);  // "CDS code"
const std::vector<DirectoryField>& DirectoryFields();

// Field → the column's index in the header row.
using ColumnMap = std::map<DirectoryField, std::size_t>;

// The columns of `header`: a remembered heading (the lower-cased heading → field name, as staff
// mapped it before) first, else the usual spellings. Columns nobody recognises are left out.
ColumnMap MapColumns(const std::vector<std::string>& header,
                     const std::map<std::string, std::string, std::less<>>& remembered);

// A problem with one cell (or a whole row when `column` is empty), as the preview lists it.
struct CellProblem {
  std::int64_t row = 0;  // as the spreadsheet numbers it: the header is row 1
  std::string column;    // the file's heading, e.g. "Local District"
  std::string message;
};

// What one row of the file says.
struct DirectoryRow {
  std::int64_t row = 0;
  std::string cds_code;
  std::string name;
  std::int64_t local_district_id = 0;
  std::optional<SchoolType> type;
  std::string grade_span;
};

// The district's local districts, by the names and slugs a file may use ("Northeast",
// "northeast", "LD Northeast"), compared without case.
struct LocalDistrictNames {
  std::map<std::string, std::int64_t, std::less<>> by_name;  // lower-cased name or slug → id
  std::optional<std::int64_t> Find(std::string_view text) const;
};

// The problems of the header itself: a required field (name, local district) with no column.
std::vector<CellProblem> CheckHeader(const std::vector<std::string>& header, const ColumnMap& columns);

// Reads one row; each problem is added to `problems`, and nullopt is returned when any is.
std::optional<DirectoryRow> ReadRow(std::int64_t row, const std::vector<std::string>& fields,
                                    const std::vector<std::string>& header, const ColumnMap& columns,
                                    const LocalDistrictNames& districts, std::vector<CellProblem>& problems);

// Rows that repeat a CDS code or a name already on an earlier row of the file: one problem each,
// naming the earlier row. Fed the rows in file order, as they are read.
class RepeatCheck {
 public:
  std::vector<CellProblem> Add(const DirectoryRow& row);

 private:
  std::map<std::string, std::int64_t, std::less<>> codes_;
  std::map<std::string, std::int64_t, std::less<>> names_;
};

// RepeatCheck over rows in file order.
std::vector<CellProblem> CheckRepeats(const std::vector<DirectoryRow>& rows);

// A school on record, as the import compares it.
struct RecordedSchool {
  std::int64_t id = 0;
  std::string name;
  std::vector<std::string> aliases;
  std::string cds_code;
  std::int64_t local_district_id = 0;
  SchoolType type = SchoolType::kOther;
  std::string grade_span;
  bool active = true;
};

enum class ChangeKind { kNew, kUpdated, kUnchanged, kMissing };
std::string_view ChangeName(ChangeKind kind);  // "new", "updated", "unchanged", "missing"

struct DirectoryChange {
  ChangeKind kind = ChangeKind::kUnchanged;
  std::optional<DirectoryRow> row;             // none for a school no longer in the file
  std::optional<RecordedSchool> school;        // none for a new school
  std::vector<DirectoryField> changed;         // what an update changes
  bool new_spelling = false;                   // the row's name becomes an alias of the school
  bool reactivates = false;                    // an inactive school back in the file
};

struct DirectoryPlan {
  std::vector<DirectoryChange> changes;  // the file's rows in order, then the missing schools by name
  int added = 0, updated = 0, unchanged = 0, missing = 0;
};

// What applying `rows` (checked, without repeats) to `recorded` would do.
DirectoryPlan PlanDirectory(const std::vector<DirectoryRow>& rows, const std::vector<RecordedSchool>& recorded);

// The school as the change leaves it (a new one with `new_id`): blank cells keep what is on
// record, a new spelling joins the aliases, a school no longer in the file becomes inactive.
RecordedSchool After(const DirectoryChange& change, std::int64_t new_id = 0);

// True when the plan changes more than `max_share` (0.2: a fifth) of the active schools on
// record, so staff must confirm it before it is applied.
bool NeedsConfirming(const DirectoryPlan& plan, const std::vector<RecordedSchool>& recorded, double max_share);

}  // namespace practica::schools
