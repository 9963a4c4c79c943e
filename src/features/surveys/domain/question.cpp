#include "features/surveys/domain/question.hpp"

#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "features/standards/domain/standard.hpp"

namespace practica::surveys {
namespace {

struct KindInfo {
  Kind kind;
  std::string_view code;
  std::string_view name;
};

constexpr KindInfo kKinds[] = {
    {Kind::kAgreement, "agreement", "Agreement scale"},
    {Kind::kSingle, "single", "Single choice"},
    {Kind::kMultiple, "multiple", "Multiple choice"},
    {Kind::kShortText, "short_text", "Short text"},
    {Kind::kLongText, "long_text", "Long text"},
    {Kind::kIndicator, "indicator", "Rating against an ISTE indicator"},
};

bool KnownIndicator(std::string_view code) {
  for (const auto& standard : standards::IsteStudentStandards()) {
    for (const auto& indicator : standard.indicators) {
      if (indicator.code == code) return true;
    }
  }
  return false;
}

}  // namespace

std::string_view KindCode(Kind kind) {
  for (const auto& k : kKinds) {
    if (k.kind == kind) return k.code;
  }
  return "";
}

std::string_view KindName(Kind kind) {
  for (const auto& k : kKinds) {
    if (k.kind == kind) return k.name;
  }
  return "";
}

std::optional<Kind> ParseKind(std::string_view code) {
  for (const auto& k : kKinds) {
    if (k.code == code) return k.kind;
  }
  return std::nullopt;
}

const std::vector<Kind>& AllKinds() {
  static const std::vector<Kind> kAll = {Kind::kAgreement, Kind::kSingle,   Kind::kMultiple,
                                         Kind::kShortText, Kind::kLongText, Kind::kIndicator};
  return kAll;
}

bool IsText(Kind kind) { return kind == Kind::kShortText || kind == Kind::kLongText; }

std::vector<Option> OptionsOf(const Question& question) {
  switch (question.kind) {
    case Kind::kAgreement:
      return {{"1", "Strongly disagree"}, {"2", "Disagree"}, {"3", "Neither agree nor disagree"},
              {"4", "Agree"}, {"5", "Strongly agree"}};
    case Kind::kIndicator:
      return {{"1", "Not yet"}, {"2", "Beginning"}, {"3", "Developing"}, {"4", "Confident"}};
    case Kind::kSingle:
    case Kind::kMultiple: {
      std::vector<Option> options;
      for (const auto& choice : question.choices) options.push_back({choice, choice});
      return options;
    }
    case Kind::kShortText:
    case Kind::kLongText:
      return {};
  }
  return {};
}

std::vector<std::string> ChoicesFromLines(std::string_view text) {
  std::vector<std::string> choices;
  while (!text.empty()) {
    const auto end = text.find('\n');
    auto line = core::Trim(text.substr(0, end));
    if (!line.empty()) choices.emplace_back(line);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
  }
  return choices;
}

std::string ChoicesToLines(const std::vector<std::string>& choices) {
  std::string lines;
  for (const auto& choice : choices) {
    if (!lines.empty()) lines += '\n';
    lines += choice;
  }
  return lines;
}

core::Result<void> CheckQuestion(const Question& q) {
  using core::ErrorCode;
  if (core::Trim(q.prompt).empty()) {
    return core::Fail(ErrorCode::kInvalidInput, "Write the question people will answer.", {}, "prompt");
  }
  if (q.prompt.size() > kMaxPromptChars) {
    return core::Fail(ErrorCode::kInvalidInput,
                      "Shorten the question to " + std::to_string(kMaxPromptChars) + " characters or fewer.", {},
                      "prompt");
  }
  if (q.kind == Kind::kSingle || q.kind == Kind::kMultiple) {
    if (q.choices.size() < 2) {
      return core::Fail(ErrorCode::kInvalidInput, "Give at least two choices, one a line.", {}, "choices");
    }
    if (q.choices.size() > kMaxChoices) {
      return core::Fail(ErrorCode::kInvalidInput,
                        "Give at most " + std::to_string(kMaxChoices) + " choices.", {}, "choices");
    }
    if (std::set<std::string>(q.choices.begin(), q.choices.end()).size() != q.choices.size()) {
      return core::Fail(ErrorCode::kInvalidInput, "Each choice must differ from the others.", {}, "choices");
    }
  }
  if (q.kind == Kind::kIndicator && !KnownIndicator(q.indicator)) {
    return core::Fail(ErrorCode::kInvalidInput,
                      "Choose the ISTE indicator people rate themselves against, like 1.4.a.", {}, "indicator");
  }
  return {};
}

}  // namespace practica::surveys
