#include "features/schools/domain/name_key.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "core/text.hpp"

namespace practica::schools {
namespace {

struct Expansion {
  std::string_view from;
  std::string_view to;
};

constexpr std::array<Expansion, 17> kExpansions = {{
    {"ave", "avenue"},    {"st", "street"},       {"blvd", "boulevard"},  {"es", "elementary"},
    {"elem", "elementary"}, {"ms", "middle"},     {"hs", "high"},         {"perf", "performing"},
    {"comm", "communication"}, {"tech", "technology"}, {"grn", "green"},  {"svc", "service"},
    {"pub", "public"},    {"ctr", "center"},      {"acad", "academy"},    {"prep", "preparatory"},
    {"sch", "school"},
}};

const std::set<std::string, std::less<>>& Dropped() {
  static const std::set<std::string, std::less<>> kWords = {
      "school", "magnet", "steam", "academy", "of", "for", "and", "at", "the", "dr", "mr", "mrs"};
  return kWords;
}

const std::set<std::string, std::less<>>& Generic() {
  static const std::set<std::string, std::less<>> kWords = {
      "street", "avenue", "boulevard", "center", "studies", "arts", "science", "technology",
      "global", "leadership", "enriched", "new", "college", "preparatory", "institute"};
  return kWords;
}

bool IsDigits(std::string_view word) {
  return !word.empty() && std::any_of(word.begin(), word.end(),
                                      [](char c) { return c >= '0' && c <= '9'; });
}

// Lower-cases and splits into words; pulls a parenthesised part out as the acronym.
std::vector<std::string> Words(std::string_view name, std::string* acronym) {
  std::string text;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (c == '(') {
      const auto close = name.find(')', i);
      if (close != std::string_view::npos) {
        *acronym = core::ToLower(core::Trim(name.substr(i + 1, close - i - 1)));
        i = close;
        continue;
      }
    }
    if (c == '&') {
      text += " and ";
    } else if (c == '@') {
      text += " at ";
    } else if (c == '\'' || c == '.') {
      // "city's" -> "citys", "Dr." -> "dr"
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      text.push_back(c);
    } else if (c >= 'A' && c <= 'Z') {
      text.push_back(static_cast<char>(c - 'A' + 'a'));
    } else {
      text.push_back(' ');
    }
  }
  return core::SplitWords(text);
}

bool WordsMatch(const std::string& a, const std::string& b) {
  if (a == b) return true;
  if (IsDigits(a) || IsDigits(b)) return false;
  return a.size() >= 6 && b.size() >= 6 && TypoDistance(a, b) <= 1;
}

// Every word of `small` matches a word of `large`, and one matched word is not generic.
bool Covers(const std::vector<std::string>& large, const std::vector<std::string>& small) {
  if (small.empty()) return false;
  bool distinctive = false;
  for (const auto& word : small) {
    const auto hit = std::find_if(large.begin(), large.end(),
                                  [&](const std::string& other) { return WordsMatch(word, other); });
    if (hit == large.end()) return false;
    distinctive |= !Generic().contains(word);
  }
  return distinctive;
}

}  // namespace

NameKey KeyOf(std::string_view name) {
  NameKey key;
  auto words = Words(name, &key.acronym);
  for (auto& word : words) {
    for (const auto& e : kExpansions) {
      if (word == e.from) {
        word = std::string(e.to);
        break;
      }
    }
  }
  // "special education center" and "k 12" are levels of their own.
  for (std::size_t i = 0; i + 2 < words.size(); ++i) {
    if (words[i] == "special" && words[i + 1] == "education" && words[i + 2] == "center") {
      key.level = SchoolType::kSpecialEducation;
    }
  }
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i] == "k" && words[i + 1] == "12") {
      key.level = SchoolType::kSpan;
      words[i + 1].clear();
    }
  }
  std::set<std::string> core;
  for (const auto& word : words) {
    if (word.empty()) continue;
    if (word == "elementary" && !key.level) key.level = SchoolType::kElementary;
    if (word == "middle" && !key.level) key.level = SchoolType::kMiddle;
    if (word == "high" && !key.level) key.level = SchoolType::kHigh;
    if (word == "elementary" || word == "middle" || word == "high") continue;
    if (Dropped().contains(word)) continue;
    if (word.size() == 1 && !IsDigits(word)) continue;  // initials: "John A. Sutter"
    core.insert(word);
  }
  key.core.assign(core.begin(), core.end());
  return key;
}

bool SameSchool(const NameKey& a, const NameKey& b) {
  if (a.level && b.level && *a.level != *b.level) return false;
  const auto is_acronym = [](const NameKey& named, const NameKey& short_form) {
    return !named.acronym.empty() && short_form.core.size() == 1 &&
           short_form.core.front() == named.acronym;
  };
  if (is_acronym(a, b) || is_acronym(b, a)) return true;
  return a.core.size() >= b.core.size() ? Covers(a.core, b.core) : Covers(b.core, a.core);
}

int TypoDistance(std::string_view a, std::string_view b) {
  const auto n = a.size();
  const auto m = b.size();
  if (n > m + 1 || m > n + 1) return 2;
  std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1, 0));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return std::min(d[n][m], 2);
}

}  // namespace practica::schools
