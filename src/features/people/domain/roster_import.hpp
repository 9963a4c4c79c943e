// Importing the district's staff roster from its own system's export (name, e-mail, school,
// role): which column holds which field, every problem of the file at once with its row and
// column, and what applying it would change. Plain values in and out; the file is read by
// features/kit/sheet_read, the school cell looked up through what the schools room publishes
// (schools/published/school_lookup), and the changes written by the roster store.
//
// The rules:
//  - A row needs a name, a usable e-mail address and a school the district has (by its CDS code,
//    its name or one of its spellings, or a name that is the same school under the program's
//    reconciliation rule). A role is Principal, Teacher or Support (and their usual titles);
//    left blank it keeps the person's role at that school, else Teacher.
//  - One e-mail address stands on one row only: a person works at one school in the roster, and
//    sign-in finds a person by their address. The later row is rejected, naming the earlier.
//  - A row joins the person with its e-mail address (any case); only then is it a new person.
//    The school and role in the file become the person's place; a blank name keeps theirs.
//  - Someone on a school's staff who is not in the file is "no longer in the file": made
//    inactive, never deleted (their coaching, observations and commitments are history), and
//    only when every row of the file was read (a rejected row may be them).
//  - A file that would change more than a set share of the school staff on record needs confirming.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "features/people/domain/person.hpp"

namespace practica::people {

enum class RosterField { kName, kEmail, kSchool, kRole };

std::string_view RosterFieldName(RosterField field);   // "email"
std::string_view RosterFieldLabel(RosterField field);  // "E-mail"
const std::vector<RosterField>& RosterFields();
bool RosterFieldRequired(RosterField field);  // name, e-mail and school

// Field → the column's index in the header row.
using RosterColumns = std::map<RosterField, std::size_t>;

// By the usual headings ("Email Address", "Site", "Position"), or as staff mapped them before
// (lower-cased heading → field name).
RosterColumns MapRosterColumns(const std::vector<std::string>& header,
                               const std::map<std::string, std::string, std::less<>>& remembered);

struct RosterProblem {
  std::int64_t row = 0;  // as the spreadsheet numbers it: the header is row 1
  std::string column;    // the file's heading, e.g. "Work Email"
  std::string message;
};

// A school a row names, as the schools room found it.
struct RosterSchool {
  std::int64_t id = 0;
  std::string name;
};
using SchoolLookup = std::function<std::optional<RosterSchool>(std::string_view text)>;

struct RosterRow {
  std::int64_t row = 0;
  std::string name;
  std::string email;  // lower case
  RosterSchool school;
  std::optional<StaffRole> role;  // none when the cell is blank
};

// The role a cell names: "Principal", "Assistant Principal", "Teacher", "Classroom Teacher",
// "Support", "Coordinator", "Counselor", …; nullopt for anything else.
std::optional<StaffRole> RoleFrom(std::string_view text);

// A required field (name, e-mail, school) with no column.
std::vector<RosterProblem> CheckRosterHeader(const std::vector<std::string>& header, const RosterColumns& columns);

// Reads one row; each problem is added to `problems`, and nullopt is returned when any is.
std::optional<RosterRow> ReadRosterRow(std::int64_t row, const std::vector<std::string>& fields,
                                       const std::vector<std::string>& header, const RosterColumns& columns,
                                       const SchoolLookup& schools, std::vector<RosterProblem>& problems);

// Rows that repeat an e-mail address of an earlier row: the problem names the earlier row.
class EmailRepeats {
 public:
  std::optional<RosterProblem> Add(const RosterRow& row, std::string_view column);

 private:
  std::map<std::string, std::int64_t, std::less<>> seen_;
};

struct Place {
  std::int64_t school_id = 0;
  StaffRole role = StaffRole::kTeacher;
  bool operator==(const Place&) const = default;
};

// A person on record, as the roster compares them.
struct RecordedPerson {
  std::int64_t id = 0;
  std::string email;
  std::string name;
  bool active = true;
  std::vector<Place> places;  // their schools, by school id
};

enum class RosterChangeKind { kNew, kUpdated, kUnchanged, kMissing };
std::string_view RosterChangeName(RosterChangeKind kind);  // "new", "updated", "unchanged", "missing"

struct RosterChange {
  RosterChangeKind kind = RosterChangeKind::kUnchanged;
  std::optional<RosterRow> row;          // none for someone no longer in the file
  std::optional<RecordedPerson> person;  // none for a new person
  Place place;                           // where the row puts them
  bool renames = false, moves = false, role_changes = false, reactivates = false;
};

struct RosterPlan {
  std::vector<RosterChange> changes;  // the file's rows in order, then the people missing by name
  int added = 0, updated = 0, unchanged = 0, missing = 0;
};

// What applying `rows` (checked, without repeats) to `recorded` would do. With `deactivates`
// false, nobody is "no longer in the file".
RosterPlan PlanRoster(const std::vector<RosterRow>& rows, const std::vector<RecordedPerson>& recorded, bool deactivates);

// True when the plan changes more than `max_share` of the active school staff on record.
bool RosterNeedsConfirming(const RosterPlan& plan, const std::vector<RecordedPerson>& recorded, double max_share);

}  // namespace practica::people
