#include "features/schools/domain/directory_import.hpp"

#include <algorithm>
#include <cctype>

#include "core/text.hpp"

#include "features/schools/domain/name_key.hpp"

namespace practica::schools {
namespace {

// A heading as compared: lower case, letters and digits only ("School Name" → "schoolname").
std::string Squash(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
  }
  return out;
}

// The usual headings of each field in district exports and hand-made lists.
const std::map<std::string, DirectoryField, std::less<>>& Spellings() {
  static const std::map<std::string, DirectoryField, std::less<>> kSpellings = {
      {"cds", DirectoryField::kCdsCode},           {"cdscode", DirectoryField::kCdsCode},
      {"cdsnumber", DirectoryField::kCdsCode},     {"schoolcode", DirectoryField::kCdsCode},
      {"name", DirectoryField::kName},             {"school", DirectoryField::kName},
      {"schoolname", DirectoryField::kName},       {"site", DirectoryField::kName},
      {"sitename", DirectoryField::kName},         {"localdistrict", DirectoryField::kLocalDistrict},
      {"ld", DirectoryField::kLocalDistrict},      {"region", DirectoryField::kLocalDistrict},
      {"district", DirectoryField::kLocalDistrict}, {"type", DirectoryField::kType},
      {"schooltype", DirectoryField::kType},       {"level", DirectoryField::kType},
      {"gradespan", DirectoryField::kGradeSpan},   {"grades", DirectoryField::kGradeSpan},
      {"gradelevels", DirectoryField::kGradeSpan}, {"span", DirectoryField::kGradeSpan},
  };
  return kSpellings;
}

std::optional<DirectoryField> FieldNamed(std::string_view name) {
  for (auto field : DirectoryFields()) {
    if (FieldName(field) == name) return field;
  }
  return std::nullopt;
}

std::optional<SchoolType> TypeFrom(std::string_view text) {
  const auto squashed = Squash(text);
  for (auto type : AllSchoolTypes()) {
    if (Squash(SchoolTypeCode(type)) == squashed || Squash(SchoolTypeLabel(type)) == squashed) return type;
  }
  if (squashed == "es") return SchoolType::kElementary;
  if (squashed == "ms") return SchoolType::kMiddle;
  if (squashed == "hs") return SchoolType::kHigh;
  if (squashed == "k12" || squashed == "span") return SchoolType::kSpan;
  return std::nullopt;
}

bool AllDigits(std::string_view text) {
  return !text.empty() && std::ranges::all_of(text, [](unsigned char c) { return std::isdigit(c) != 0; });
}

const std::string& Cell(const std::vector<std::string>& fields, const ColumnMap& columns, DirectoryField field) {
  static const std::string kNone;
  auto at = columns.find(field);
  if (at == columns.end() || at->second >= fields.size()) return kNone;
  return fields[at->second];
}

std::string Heading(const std::vector<std::string>& header, const ColumnMap& columns, DirectoryField field) {
  auto at = columns.find(field);
  if (at == columns.end() || at->second >= header.size()) return std::string(FieldLabel(field));
  return header[at->second];
}

bool Spelled(const RecordedSchool& school, std::string_view name) {
  return school.name == name || std::ranges::find(school.aliases, name) != school.aliases.end();
}

}  // namespace

std::string_view FieldName(DirectoryField field) {
  switch (field) {
    case DirectoryField::kCdsCode: return "cds_code";
    case DirectoryField::kName: return "name";
    case DirectoryField::kLocalDistrict: return "local_district";
    case DirectoryField::kType: return "school_type";
    case DirectoryField::kGradeSpan: return "grade_span";
  }
  return "name";
}

std::string_view FieldLabel(DirectoryField field) {
  switch (field) {
    case DirectoryField::kCdsCode: return "CDS code";
    case DirectoryField::kName: return "Name";
    case DirectoryField::kLocalDistrict: return "Local district";
    case DirectoryField::kType: return "School type";
    case DirectoryField::kGradeSpan: return "Grade span";
  }
  return "Name";
}

const std::vector<DirectoryField>& DirectoryFields() {
  static const std::vector<DirectoryField> kFields = {DirectoryField::kCdsCode, DirectoryField::kName,
                                                      DirectoryField::kLocalDistrict, DirectoryField::kType,
                                                      DirectoryField::kGradeSpan};
  return kFields;
}

ColumnMap MapColumns(const std::vector<std::string>& header,
                     const std::map<std::string, std::string, std::less<>>& remembered) {
  ColumnMap columns;
  std::vector<bool> used(header.size(), false);
  // What staff chose before wins over a heading that merely looks like a field.
  for (std::size_t i = 0; i < header.size(); ++i) {
    auto chosen = remembered.find(core::ToLower(header[i]));
    if (chosen == remembered.end()) continue;
    if (auto field = FieldNamed(chosen->second); field && columns.emplace(*field, i).second) used[i] = true;
  }
  // The first column of a field wins: a second "Name" column is left for staff to map.
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (used[i]) continue;
    if (auto usual = Spellings().find(Squash(header[i])); usual != Spellings().end()) columns.emplace(usual->second, i);
  }
  return columns;
}

std::optional<std::int64_t> LocalDistrictNames::Find(std::string_view text) const {
  auto lowered = core::ToLower(text);
  if (auto found = by_name.find(lowered); found != by_name.end()) return found->second;
  // "LD Northeast", "Local District Northeast": the district's own prefixes.
  for (std::string_view prefix : {"local district ", "ld "}) {
    if (lowered.starts_with(prefix)) {
      if (auto found = by_name.find(lowered.substr(prefix.size())); found != by_name.end()) return found->second;
    }
  }
  return std::nullopt;
}

std::vector<CellProblem> CheckHeader(const std::vector<std::string>& header, const ColumnMap& columns) {
  std::vector<CellProblem> problems;
  for (auto field : {DirectoryField::kName, DirectoryField::kLocalDistrict}) {
    if (!columns.contains(field)) {
      std::string seen;
      for (const auto& heading : header) seen += (seen.empty() ? "\"" : ", \"") + heading + "\"";
      problems.push_back({1, "", "No column holds the " + core::ToLower(FieldLabel(field)) + ": the first row reads " +
                                     (seen.empty() ? "nothing" : seen) + ". Choose its column below."});
    }
  }
  return problems;
}

std::optional<DirectoryRow> ReadRow(std::int64_t row, const std::vector<std::string>& fields,
                                    const std::vector<std::string>& header, const ColumnMap& columns,
                                    const LocalDistrictNames& districts, std::vector<CellProblem>& problems) {
  const auto before = problems.size();
  auto problem = [&](DirectoryField field, std::string message) {
    problems.push_back({row, Heading(header, columns, field), std::move(message)});
  };
  DirectoryRow out;
  out.row = row;
  out.name = Cell(fields, columns, DirectoryField::kName);
  if (out.name.empty()) problem(DirectoryField::kName, "The school's name is empty.");
  out.cds_code = Cell(fields, columns, DirectoryField::kCdsCode);
  if (!out.cds_code.empty() && (out.cds_code.size() != 14 || !AllDigits(out.cds_code))) {
    problem(DirectoryField::kCdsCode, "\"" + out.cds_code +
                                          "\" is not a CDS code: it has 14 digits (county, district, school), "
                                          "e.g. 19647336016430. A spreadsheet may have shown it as a number; format "
                                          "the column as text.");
  }
  const auto& district = Cell(fields, columns, DirectoryField::kLocalDistrict);
  if (district.empty()) {
    problem(DirectoryField::kLocalDistrict, "The local district is empty.");
  } else if (auto id = districts.Find(district)) {
    out.local_district_id = *id;
  } else {
    problem(DirectoryField::kLocalDistrict,
            "\"" + district + "\" is not one of the district's local districts; add it first, or correct the name.");
  }
  const auto& type = Cell(fields, columns, DirectoryField::kType);
  if (!type.empty()) {
    out.type = TypeFrom(type);
    if (!out.type) {
      problem(DirectoryField::kType, "\"" + type +
                                         "\" is not a school type; use elementary, middle, high, span, special "
                                         "education or other.");
    }
  }
  out.grade_span = Cell(fields, columns, DirectoryField::kGradeSpan);
  if (problems.size() != before) return std::nullopt;
  return out;
}

std::vector<CellProblem> RepeatCheck::Add(const DirectoryRow& r) {
  std::vector<CellProblem> problems;
  if (!r.cds_code.empty()) {
    auto [at, first] = codes_.emplace(r.cds_code, r.row);
    if (!first) {
      problems.push_back({r.row, std::string(FieldLabel(DirectoryField::kCdsCode)),
                          "The CDS code " + r.cds_code + " is on row " + std::to_string(at->second) + " already."});
    }
  }
  auto [at, first] = names_.emplace(core::ToLower(r.name), r.row);
  if (!first) {
    problems.push_back({r.row, std::string(FieldLabel(DirectoryField::kName)),
                        "\"" + r.name + "\" is on row " + std::to_string(at->second) + " already."});
  }
  return problems;
}

std::vector<CellProblem> CheckRepeats(const std::vector<DirectoryRow>& rows) {
  RepeatCheck check;
  std::vector<CellProblem> problems;
  for (const auto& r : rows) {
    for (auto& p : check.Add(r)) problems.push_back(std::move(p));
  }
  return problems;
}

std::string_view ChangeName(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::kNew: return "new";
    case ChangeKind::kUpdated: return "updated";
    case ChangeKind::kUnchanged: return "unchanged";
    case ChangeKind::kMissing: return "missing";
  }
  return "unchanged";
}

DirectoryPlan PlanDirectory(const std::vector<DirectoryRow>& rows, const std::vector<RecordedSchool>& recorded) {
  DirectoryPlan plan;
  std::vector<bool> matched(recorded.size(), false);
  // Each school's keys once, and its code and exact spellings for the rows that match plainly.
  std::vector<std::vector<NameKey>> keys(recorded.size());
  std::map<std::string, std::size_t, std::less<>> by_code;
  std::map<std::string, std::vector<std::size_t>, std::less<>> by_spelling;
  for (std::size_t i = 0; i < recorded.size(); ++i) {
    keys[i].push_back(KeyOf(recorded[i].name));
    by_spelling[core::ToLower(recorded[i].name)].push_back(i);
    for (const auto& alias : recorded[i].aliases) {
      keys[i].push_back(KeyOf(alias));
      by_spelling[core::ToLower(alias)].push_back(i);
    }
    if (!recorded[i].cds_code.empty()) by_code.emplace(recorded[i].cds_code, i);
  }
  for (const auto& row : rows) {
    std::optional<std::size_t> found;
    if (!row.cds_code.empty()) {
      if (auto at = by_code.find(row.cds_code); at != by_code.end() && !matched[at->second]) found = at->second;
    }
    if (!found) {
      // Only a school without a different CDS code joins by name: two codes are two schools.
      auto joinable = [&](std::size_t i) {
        return !matched[i] && (row.cds_code.empty() || recorded[i].cds_code.empty());
      };
      std::vector<std::size_t> candidates;
      if (auto exact = by_spelling.find(core::ToLower(row.name)); exact != by_spelling.end()) {
        for (auto i : exact->second) {
          if (joinable(i)) candidates.push_back(i);
        }
      }
      if (candidates.empty()) {
        const auto key = KeyOf(row.name);
        for (std::size_t i = 0; i < recorded.size(); ++i) {
          if (joinable(i) && std::ranges::any_of(keys[i], [&](const NameKey& k) { return SameSchool(k, key); })) {
            candidates.push_back(i);
          }
        }
      }
      // Two schools with the name's shape: neither is guessed; the row is a new school.
      if (candidates.size() == 1) found = candidates.front();
    }
    DirectoryChange change;
    change.row = row;
    if (!found) {
      change.kind = ChangeKind::kNew;
      ++plan.added;
      plan.changes.push_back(std::move(change));
      continue;
    }
    matched[*found] = true;
    const auto& school = recorded[*found];
    change.school = school;
    if (!row.cds_code.empty() && row.cds_code != school.cds_code) change.changed.push_back(DirectoryField::kCdsCode);
    if (row.local_district_id != school.local_district_id) change.changed.push_back(DirectoryField::kLocalDistrict);
    if (row.type && *row.type != school.type) change.changed.push_back(DirectoryField::kType);
    if (!row.grade_span.empty() && row.grade_span != school.grade_span) change.changed.push_back(DirectoryField::kGradeSpan);
    change.new_spelling = !Spelled(school, row.name);
    change.reactivates = !school.active;
    const bool changes = !change.changed.empty() || change.new_spelling || change.reactivates;
    change.kind = changes ? ChangeKind::kUpdated : ChangeKind::kUnchanged;
    ++(changes ? plan.updated : plan.unchanged);
    plan.changes.push_back(std::move(change));
  }
  std::vector<const RecordedSchool*> missing;
  for (std::size_t i = 0; i < recorded.size(); ++i) {
    if (!matched[i] && recorded[i].active) missing.push_back(&recorded[i]);
  }
  std::ranges::sort(missing, [](const RecordedSchool* a, const RecordedSchool* b) { return a->name < b->name; });
  for (const auto* school : missing) {
    DirectoryChange change;
    change.kind = ChangeKind::kMissing;
    change.school = *school;
    plan.changes.push_back(std::move(change));
    ++plan.missing;
  }
  return plan;
}

RecordedSchool After(const DirectoryChange& change, std::int64_t new_id) {
  if (change.kind == ChangeKind::kMissing) {
    RecordedSchool school = *change.school;
    school.active = false;
    return school;
  }
  const auto& row = *change.row;
  RecordedSchool school;
  if (change.school) {
    school = *change.school;
  } else {
    school.id = new_id;
    school.name = row.name;
  }
  if (!row.cds_code.empty()) school.cds_code = row.cds_code;
  school.local_district_id = row.local_district_id;
  if (row.type) school.type = *row.type;
  if (!row.grade_span.empty()) school.grade_span = row.grade_span;
  if (change.new_spelling) school.aliases.push_back(row.name);
  school.active = true;
  return school;
}

bool NeedsConfirming(const DirectoryPlan& plan, const std::vector<RecordedSchool>& recorded, double max_share) {
  const auto active = std::ranges::count_if(recorded, [](const RecordedSchool& s) { return s.active; });
  if (active == 0) return false;  // a first import changes nothing on record
  return static_cast<double>(plan.updated + plan.missing) > max_share * static_cast<double>(active);
}

}  // namespace practica::schools
