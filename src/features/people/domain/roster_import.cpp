#include "features/people/domain/roster_import.hpp"

#include <algorithm>

#include "core/email.hpp"
#include "core/headings.hpp"
#include "core/text.hpp"

namespace practica::people {
namespace {

// The usual headings of each field in district HR exports and hand-made lists.
const std::map<std::string, std::string, std::less<>>& Spellings() {
  static const std::map<std::string, std::string, std::less<>> kSpellings = {
      {"name", "name"},           {"fullname", "name"},       {"staffname", "name"},
      {"employeename", "name"},   {"teachername", "name"},    {"displayname", "name"},
      {"email", "email"},         {"emailaddress", "email"},  {"workemail", "email"},
      {"lausdemail", "email"},    {"mail", "email"},          {"school", "school"},
      {"schoolname", "school"},   {"site", "school"},         {"sitename", "school"},
      {"location", "school"},     {"cdscode", "school"},      {"schoolcdscode", "school"},
      {"role", "role"},           {"position", "role"},       {"title", "role"},
      {"jobtitle", "role"},       {"assignment", "role"},     {"staffrole", "role"},
  };
  return kSpellings;
}

const std::string& Cell(const std::vector<std::string>& fields, const RosterColumns& columns, RosterField field) {
  static const std::string kNone;
  auto at = columns.find(field);
  if (at == columns.end() || at->second >= fields.size()) return kNone;
  return fields[at->second];
}

std::string Heading(const std::vector<std::string>& header, const RosterColumns& columns, RosterField field) {
  auto at = columns.find(field);
  if (at == columns.end() || at->second >= header.size()) return std::string(RosterFieldLabel(field));
  return header[at->second];
}

bool HasPlace(const RecordedPerson& person, std::int64_t school_id) {
  return std::ranges::any_of(person.places, [&](const Place& p) { return p.school_id == school_id; });
}

}  // namespace

std::string_view RosterFieldName(RosterField field) {
  switch (field) {
    case RosterField::kName: return "name";
    case RosterField::kEmail: return "email";
    case RosterField::kSchool: return "school";
    case RosterField::kRole: return "role";
  }
  return "name";
}

std::string_view RosterFieldLabel(RosterField field) {
  switch (field) {
    case RosterField::kName: return "Name";
    case RosterField::kEmail: return "E-mail";
    case RosterField::kSchool: return "School";
    case RosterField::kRole: return "Role";
  }
  return "Name";
}

const std::vector<RosterField>& RosterFields() {
  static const std::vector<RosterField> kFields = {RosterField::kName, RosterField::kEmail, RosterField::kSchool,
                                                   RosterField::kRole};
  return kFields;
}

bool RosterFieldRequired(RosterField field) { return field != RosterField::kRole; }

RosterColumns MapRosterColumns(const std::vector<std::string>& header,
                               const std::map<std::string, std::string, std::less<>>& remembered) {
  std::vector<std::string> names;
  for (auto field : RosterFields()) names.emplace_back(RosterFieldName(field));
  RosterColumns columns;
  for (const auto& [name, column] : core::MapHeadings(header, Spellings(), remembered, names)) {
    for (auto field : RosterFields()) {
      if (RosterFieldName(field) == name) columns.emplace(field, column);
    }
  }
  return columns;
}

std::optional<StaffRole> RoleFrom(std::string_view text) {
  static const std::map<std::string, StaffRole, std::less<>> kTitles = {
      {"principal", StaffRole::kPrincipal},         {"schoolprincipal", StaffRole::kPrincipal},
      {"assistantprincipal", StaffRole::kPrincipal}, {"ap", StaffRole::kPrincipal},
      {"teacher", StaffRole::kTeacher},             {"classroomteacher", StaffRole::kTeacher},
      {"instructor", StaffRole::kTeacher},          {"support", StaffRole::kSupport},
      {"outofclassroomsupport", StaffRole::kSupport}, {"coordinator", StaffRole::kSupport},
      {"counselor", StaffRole::kSupport},           {"librarian", StaffRole::kSupport},
      {"coach", StaffRole::kSupport},               {"instructionalcoach", StaffRole::kSupport},
  };
  auto found = kTitles.find(core::SquashHeading(text));
  if (found == kTitles.end()) return std::nullopt;
  return found->second;
}

std::vector<RosterProblem> CheckRosterHeader(const std::vector<std::string>& header, const RosterColumns& columns) {
  std::vector<RosterProblem> problems;
  for (auto field : RosterFields()) {
    if (!RosterFieldRequired(field) || columns.contains(field)) continue;
    problems.push_back({1, "",
                        "No column holds the " + core::ToLower(RosterFieldLabel(field)) +
                            ": choose it under Columns, or name its heading \"" +
                            std::string(RosterFieldLabel(field)) + "\"."});
  }
  (void)header;
  return problems;
}

std::optional<RosterRow> ReadRosterRow(std::int64_t row, const std::vector<std::string>& fields,
                                       const std::vector<std::string>& header, const RosterColumns& columns,
                                       const SchoolLookup& schools, std::vector<RosterProblem>& problems) {
  const auto before = problems.size();
  RosterRow out;
  out.row = row;
  out.name = Cell(fields, columns, RosterField::kName);
  if (out.name.empty()) problems.push_back({row, Heading(header, columns, RosterField::kName), "The name is empty."});

  const auto& email = Cell(fields, columns, RosterField::kEmail);
  out.email = core::ToLower(email);
  if (email.empty()) {
    problems.push_back({row, Heading(header, columns, RosterField::kEmail), "The e-mail address is empty."});
  } else if (auto problem = core::EmailProblem(out.email); !problem.empty()) {
    problems.push_back({row, Heading(header, columns, RosterField::kEmail),
                        "\"" + email + "\" is not an e-mail address: " + problem + "."});
  }

  const auto& school = Cell(fields, columns, RosterField::kSchool);
  if (school.empty()) {
    problems.push_back({row, Heading(header, columns, RosterField::kSchool), "The school is empty."});
  } else if (auto found = schools(school)) {
    out.school = *found;
  } else {
    problems.push_back({row, Heading(header, columns, RosterField::kSchool),
                        "No school of the district is \"" + school +
                            "\": check its spelling or CDS code, or import the school directory first."});
  }

  const auto& role = Cell(fields, columns, RosterField::kRole);
  if (!role.empty()) {
    out.role = RoleFrom(role);
    if (!out.role) {
      problems.push_back({row, Heading(header, columns, RosterField::kRole),
                          "\"" + role + "\" is not a role here: write Principal, Teacher or Support."});
    }
  }
  if (problems.size() != before) return std::nullopt;
  return out;
}

std::optional<RosterProblem> EmailRepeats::Add(const RosterRow& row, std::string_view column) {
  auto [at, added] = seen_.emplace(row.email, row.row);
  if (added) return std::nullopt;
  return RosterProblem{row.row, std::string(column),
                       row.email + " is on row " + std::to_string(at->second) +
                           " already: a person is listed once, at one school."};
}

std::string_view RosterChangeName(RosterChangeKind kind) {
  switch (kind) {
    case RosterChangeKind::kNew: return "new";
    case RosterChangeKind::kUpdated: return "updated";
    case RosterChangeKind::kUnchanged: return "unchanged";
    case RosterChangeKind::kMissing: return "missing";
  }
  return "unchanged";
}

RosterPlan PlanRoster(const std::vector<RosterRow>& rows, const std::vector<RecordedPerson>& recorded, bool deactivates) {
  std::map<std::string, const RecordedPerson*, std::less<>> by_email;
  for (const auto& person : recorded) by_email.emplace(core::ToLower(person.email), &person);
  std::vector<bool> listed(recorded.size(), false);
  RosterPlan plan;
  plan.changes.reserve(rows.size());
  for (const auto& row : rows) {
    RosterChange change;
    change.row = row;
    auto found = by_email.find(row.email);
    if (found == by_email.end()) {
      change.kind = RosterChangeKind::kNew;
      change.place = {row.school.id, row.role.value_or(StaffRole::kTeacher)};
      ++plan.added;
      plan.changes.push_back(std::move(change));
      continue;
    }
    const auto& person = *found->second;
    listed[static_cast<std::size_t>(found->second - recorded.data())] = true;
    // A blank role keeps the person's role at that school.
    StaffRole role = StaffRole::kTeacher;
    for (const auto& p : person.places) {
      if (p.school_id == row.school.id) role = p.role;
    }
    change.place = {row.school.id, row.role.value_or(role)};
    change.renames = !row.name.empty() && row.name != person.name;
    change.moves = !HasPlace(person, row.school.id) || person.places.size() > 1;
    change.role_changes = !change.moves && person.places.front().role != change.place.role;
    change.reactivates = !person.active;
    change.person = person;
    const bool changes = change.renames || change.moves || change.role_changes || change.reactivates;
    change.kind = changes ? RosterChangeKind::kUpdated : RosterChangeKind::kUnchanged;
    ++(changes ? plan.updated : plan.unchanged);
    plan.changes.push_back(std::move(change));
  }
  if (!deactivates) return plan;
  std::vector<RosterChange> missing;
  for (std::size_t i = 0; i < recorded.size(); ++i) {
    const auto& person = recorded[i];
    // Only school staff are in a roster: district staff and coaches without a school stay as they are.
    if (listed[i] || !person.active || person.places.empty()) continue;
    RosterChange change;
    change.kind = RosterChangeKind::kMissing;
    change.person = person;
    missing.push_back(std::move(change));
  }
  std::ranges::sort(missing, {}, [](const RosterChange& c) { return c.person->name; });
  plan.missing = static_cast<int>(missing.size());
  std::ranges::move(missing, std::back_inserter(plan.changes));
  return plan;
}

bool RosterNeedsConfirming(const RosterPlan& plan, const std::vector<RecordedPerson>& recorded, double max_share) {
  const auto staff = std::ranges::count_if(recorded, [](const RecordedPerson& p) { return p.active && !p.places.empty(); });
  if (staff == 0) return false;
  return static_cast<double>(plan.updated + plan.missing) > max_share * static_cast<double>(staff);
}

}  // namespace practica::people
