#include "features/surveys/domain/pairing.hpp"

#include <charconv>
#include <cstdio>
#include <map>
#include <optional>
#include <set>

#include "features/surveys/domain/privacy.hpp"

namespace practica::surveys {
namespace {

bool Scaled(Kind kind) { return kind == Kind::kAgreement || kind == Kind::kIndicator; }

std::string Key(const Question& q) { return std::string(KindCode(q.kind)) + "|" + q.prompt; }

std::optional<int> Number(const std::string& value) {
  int n = 0;
  if (std::from_chars(value.data(), value.data() + value.size(), n).ec != std::errc{}) return std::nullopt;
  return n;
}

// The scaled value each pseudonym gave, by question key.
std::map<std::string, std::map<std::string, int>> ByKey(const std::vector<Question>& questions,
                                                        const std::vector<PairedValue>& values) {
  std::map<std::int64_t, std::string> keys;
  for (const auto& q : questions) {
    if (Scaled(q.kind)) keys[q.id] = Key(q);
  }
  std::map<std::string, std::map<std::string, int>> by_key;
  for (const auto& v : values) {
    const auto key = keys.find(v.question_id);
    const auto n = Number(v.value);
    if (key == keys.end() || !n || v.pseudonym.empty()) continue;
    by_key[key->second][v.pseudonym] = *n;
  }
  return by_key;
}

}  // namespace

std::vector<Change> PairedChanges(const std::vector<Question>& before_questions,
                                  const std::vector<PairedValue>& before,
                                  const std::vector<Question>& after_questions,
                                  const std::vector<PairedValue>& after) {
  const auto start = ByKey(before_questions, before);
  const auto end = ByKey(after_questions, after);
  std::vector<Change> changes;
  std::set<std::string> done;
  std::set<std::string> asked_before;
  for (const auto& q : before_questions) {
    if (Scaled(q.kind)) asked_before.insert(Key(q));
  }
  const std::map<std::string, int> none;
  const auto values = [&](const auto& by_key, const std::string& key) -> const std::map<std::string, int>& {
    const auto found = by_key.find(key);
    return found == by_key.end() ? none : found->second;
  };
  for (const auto& q : after_questions) {
    if (!Scaled(q.kind) || !asked_before.contains(Key(q)) || !done.insert(Key(q)).second) continue;
    const auto& then_values = values(start, Key(q));
    const auto& now_values = values(end, Key(q));
    Change c{q.prompt, q.kind};
    long sum_before = 0, sum_after = 0;
    for (const auto& [pseudonym, then] : then_values) {
      const auto now = now_values.find(pseudonym);
      if (now == now_values.end()) continue;
      ++c.pairs;
      sum_before += then;
      sum_after += now->second;
      (now->second > then ? c.rose : now->second < then ? c.fell : c.same)++;
    }
    c.shown = c.pairs >= kMinimumAnswers;
    if (!c.shown) {
      c.rose = c.same = c.fell = 0;  // fewer pairs say nothing at all
    } else {
      c.before = static_cast<double>(sum_before) / c.pairs;
      c.after = static_cast<double>(sum_after) / c.pairs;
    }
    changes.push_back(std::move(c));
  }
  return changes;
}

std::string MeanText(double mean) {
  char text[16];
  std::snprintf(text, sizeof text, "%.1f", mean);
  return text;
}

}  // namespace practica::surveys
