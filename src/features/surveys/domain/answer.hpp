// The rules of answering a form: who may answer and when, and what a complete answer holds.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "features/surveys/domain/question.hpp"

namespace practica::surveys {

// What the server knows about one person and one form when they answer.
struct AnswerContext {
  std::int64_t opens_at = 0;
  std::int64_t closes_at = 0;
  std::int64_t now = 0;
  bool invited = false;   // in the audience recorded when invitations went out
  bool answered = false;  // completion already recorded
  std::string closes_text;  // "Friday, September 28, 2018 at 5:00 PM", for the message
  std::string opens_text;
};

// kForbidden for someone outside the audience; kConflict for a second answer, an answer before
// the form opens or after it closed.
[[nodiscard]] core::Result<void> CheckMayAnswer(const AnswerContext& context);

// The values typed, by question id: one for most kinds, any number for multiple choice.
using Typed = std::map<std::int64_t, std::vector<std::string>>;

struct Value {
  std::int64_t question_id = 0;
  std::string value;
};

inline constexpr std::size_t kMaxTextChars = 4000;

// The answer as rows to store, in question order. kInvalidInput naming the field
// ("q<id>") for a required question left empty, a value not among the options, more than one
// value where one is asked, or text over kMaxTextChars.
[[nodiscard]] core::Result<std::vector<Value>> CheckAnswers(const std::vector<Question>& questions,
                                                            const Typed& typed);

}  // namespace practica::surveys
