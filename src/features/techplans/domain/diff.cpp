#include "features/techplans/domain/diff.hpp"

#include <algorithm>

namespace practica::techplans {
namespace {

std::vector<std::string> Lines(std::string_view text) {
  std::vector<std::string> lines;
  while (!text.empty()) {
    const auto end = text.find('\n');
    std::string line(text.substr(0, end));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
  }
  return lines;
}

const Section* Find(const std::vector<Section>& sections, const std::string& key) {
  const auto found = std::ranges::find(sections, key, &Section::key);
  return found == sections.end() ? nullptr : &*found;
}

}  // namespace

std::vector<DiffLine> DiffLines(std::string_view before, std::string_view after) {
  const auto a = Lines(before);
  const auto b = Lines(after);
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..]. Plan parts are short, so
  // the quadratic table is small.
  std::vector<std::vector<int>> lcs(a.size() + 1, std::vector<int>(b.size() + 1, 0));
  for (std::size_t i = a.size(); i-- > 0;) {
    for (std::size_t j = b.size(); j-- > 0;) {
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::vector<DiffLine> out;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && a[i] == b[j]) {
      out.push_back({LineChange::kSame, a[i++]});
      ++j;
    } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
      out.push_back({LineChange::kRemoved, a[i++]});
    } else {
      out.push_back({LineChange::kAdded, b[j++]});
    }
  }
  return out;
}

std::vector<SectionDiff> Compare(const PlanContent& before, const PlanContent& after) {
  const auto old_sections = Sections(before);
  const auto new_sections = Sections(after);
  std::vector<std::string> keys;
  for (const auto* list : {&old_sections, &new_sections}) {
    for (const auto& s : *list) {
      if (std::ranges::find(keys, s.key) == keys.end()) keys.push_back(s.key);
    }
  }
  // Goals come after the vision and before the other parts, in number order, whichever version has them.
  std::ranges::stable_sort(keys, {}, [](const std::string& key) {
    if (key == "vision") return 0;
    return key.starts_with("goal_") ? 1 : 2;
  });
  std::vector<SectionDiff> diffs;
  for (const auto& key : keys) {
    const auto* old_section = Find(old_sections, key);
    const auto* new_section = Find(new_sections, key);
    SectionDiff diff{key, (new_section != nullptr ? new_section : old_section)->title, false, {}};
    diff.lines = DiffLines(old_section ? old_section->text : "", new_section ? new_section->text : "");
    diff.changed = std::ranges::any_of(diff.lines, [](const DiffLine& l) { return l.change != LineChange::kSame; });
    diffs.push_back(std::move(diff));
  }
  return diffs;
}

}  // namespace practica::techplans
