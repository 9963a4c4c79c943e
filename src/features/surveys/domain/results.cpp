#include "features/surveys/domain/results.hpp"

#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_map>

namespace practica::surveys {

std::string CohortKey(const std::optional<std::int64_t>& cohort_id) {
  return "cohort:" + std::to_string(cohort_id.value_or(0));
}

std::string SchoolKey(const std::optional<std::int64_t>& school_id) {
  return "school:" + std::to_string(school_id.value_or(0));
}

bool InGroup(const ResponseFact& fact, const std::string& key) {
  return key == kWholeForm || key == CohortKey(fact.cohort_id) || key == SchoolKey(fact.school_id);
}

std::vector<Group> GroupsOf(const std::vector<ResponseFact>& facts) {
  std::map<std::string, Group> groups;
  groups[std::string(kWholeForm)] = Group{std::string(kWholeForm), "", 0};
  for (const auto& f : facts) {
    const auto cohort = CohortKey(f.cohort_id);
    const auto school = SchoolKey(f.school_id);
    groups[std::string(kWholeForm)].answers++;
    auto& c = groups[cohort];
    c.key = cohort;
    c.parent = std::string(kWholeForm);
    c.answers++;
    auto& s = groups[school];
    s.key = school;
    s.parent = cohort;
    s.answers++;
  }
  std::vector<Group> list;
  for (auto& [key, g] : groups) list.push_back(std::move(g));
  return list;
}

namespace {

QuestionResult ResultOf(const Question& q, const std::set<std::int64_t>& responses,
                        const std::vector<AnswerRow>& answers) {
  QuestionResult result{q, 0, {}, {}};
  for (const auto& o : OptionsOf(q)) result.tallies.push_back({o.value, o.label, 0});
  std::set<std::int64_t> answered;
  for (const auto& a : answers) {
    if (a.question_id != q.id || !responses.contains(a.response_id)) continue;
    answered.insert(a.response_id);
    if (IsText(q.kind)) {
      result.texts.push_back(a.value);
      continue;
    }
    for (auto& t : result.tallies) {
      if (t.value == a.value) t.count++;
    }
  }
  std::sort(result.texts.begin(), result.texts.end());
  result.answered = static_cast<int>(answered.size());
  return result;
}

std::vector<int> VersionsOf(const std::vector<Question>& questions) {
  std::set<int> versions;
  for (const auto& q : questions) versions.insert(q.version);
  return {versions.rbegin(), versions.rend()};
}

// The responses of one version in the group, or none when the floor hides the group.
std::optional<std::set<std::int64_t>> ShownResponses(const ResultsInput& in, int version, const std::string& key) {
  std::vector<ResponseFact> of_version;
  for (const auto& f : in.facts) {
    if (f.version == version) of_version.push_back(f);
  }
  if (!ShownGroups(GroupsOf(of_version), in.anonymous).contains(key)) return std::nullopt;
  std::set<std::int64_t> ids;
  for (const auto& f : of_version) {
    if (InGroup(f, key)) ids.insert(f.id);
  }
  return ids;
}

}  // namespace

std::vector<VersionResult> ResultsFor(const ResultsInput& in, const std::string& key) {
  std::vector<VersionResult> results;
  for (int version : VersionsOf(in.questions)) {
    VersionResult result{version, 0, false, {}};
    auto responses = ShownResponses(in, version, key);
    if (responses) {
      result.shown = true;
      result.responses = static_cast<int>(responses->size());
      for (const auto& q : in.questions) {
        if (q.version == version) result.questions.push_back(ResultOf(q, *responses, in.answers));
      }
    }
    results.push_back(std::move(result));
  }
  return results;
}

namespace {

std::string Lookup(const std::map<std::string, std::string>& names, const std::string& key) {
  auto found = names.find(key);
  return found == names.end() ? "" : found->second;
}

// One response's cells, a question's several values joined by "; " in sorted order (the
// answers come in no order), from that response's answers alone (the export indexes the
// answers by response once: scanning all of them for each response made 20,000 answers take
// seconds).
std::vector<std::string> Cells(const std::vector<Question>& questions, const std::vector<const AnswerRow*>& answers) {
  std::vector<std::string> cells;
  std::vector<std::string_view> values;
  for (const auto& q : questions) {
    values.clear();
    for (const auto* a : answers) {
      if (a->question_id == q.id) values.push_back(a->value);
    }
    std::sort(values.begin(), values.end());
    std::string cell;
    for (const auto value : values) {
      if (!cell.empty()) cell += "; ";
      cell += value;
    }
    cells.push_back(std::move(cell));
  }
  return cells;
}

}  // namespace

std::vector<std::vector<std::string>> ExportRows(const ResultsInput& in, const std::string& key,
                                                 const std::map<std::string, std::string>& names) {
  std::vector<std::vector<std::string>> rows;
  std::unordered_map<std::int64_t, std::vector<const AnswerRow*>> by_response;
  for (const auto& a : in.answers) by_response[a.response_id].push_back(&a);
  const std::vector<const AnswerRow*> none;
  for (int version : VersionsOf(in.questions)) {
    std::vector<Question> questions;
    for (const auto& q : in.questions) {
      if (q.version == version) questions.push_back(q);
    }
    auto responses = ShownResponses(in, version, key);
    if (!responses) continue;
    std::vector<std::string> header{"version"};
    if (!in.anonymous) header.insert(header.end(), {"person", "school"});
    for (const auto& q : questions) header.push_back(q.prompt);
    rows.push_back(std::move(header));
    std::vector<std::vector<std::string>> body;
    for (const auto& f : in.facts) {
      if (!responses->contains(f.id)) continue;
      std::vector<std::string> row{std::to_string(version)};
      if (!in.anonymous) {
        row.push_back(Lookup(names, "person:" + std::to_string(f.person_id.value_or(0))));
        row.push_back(Lookup(names, SchoolKey(f.school_id)));
      }
      const auto found = by_response.find(f.id);
      auto cells = Cells(questions, found == by_response.end() ? none : found->second);
      row.insert(row.end(), cells.begin(), cells.end());
      body.push_back(std::move(row));
    }
    // Sorted, an anonymous export's order tells nothing of who answered when.
    if (in.anonymous) std::sort(body.begin(), body.end());
    rows.insert(rows.end(), body.begin(), body.end());
  }
  return rows;
}

}  // namespace practica::surveys
