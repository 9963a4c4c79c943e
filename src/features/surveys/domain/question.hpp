// A form's questions: the kinds a form is built from, the options each kind offers, and the
// rule a question must meet before it is added to a form.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace practica::surveys {

enum class Kind { kAgreement, kSingle, kMultiple, kShortText, kLongText, kIndicator };

std::string_view KindCode(Kind kind);  // "agreement", "single", …
std::string_view KindName(Kind kind);  // "Agreement scale", …
std::optional<Kind> ParseKind(std::string_view code);
const std::vector<Kind>& AllKinds();
bool IsText(Kind kind);

struct Question {
  std::int64_t id = 0;
  int version = 1;
  int position = 0;
  std::string section;  // "About the day"; questions of one section are shown together
  Kind kind = Kind::kAgreement;
  std::string prompt;
  bool required = false;
  std::vector<std::string> choices;  // single and multiple choice only
  std::string indicator;             // an ISTE student indicator, "1.4.a": indicator kind only
};

// An option a person can pick: the value stored and the words shown.
struct Option {
  std::string value;
  std::string label;
};

// What a question offers: the agreement scale (1–5), the rating against its indicator (1–4),
// or its own choices; nothing for text.
std::vector<Option> OptionsOf(const Question& question);

// Choices typed one a line, blank lines dropped.
std::vector<std::string> ChoicesFromLines(std::string_view text);
std::string ChoicesToLines(const std::vector<std::string>& choices);

inline constexpr std::size_t kMaxPromptChars = 500;
inline constexpr std::size_t kMaxChoices = 12;

// kInvalidInput naming the field: no prompt or one too long; a choice question with fewer than
// two choices, more than kMaxChoices or one twice; an indicator rating without a known indicator.
[[nodiscard]] core::Result<void> CheckQuestion(const Question& question);

}  // namespace practica::surveys
