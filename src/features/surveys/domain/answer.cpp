#include "features/surveys/domain/answer.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace practica::surveys {
namespace {

using core::ErrorCode;

std::string FieldOf(const Question& q) { return "q" + std::to_string(q.id); }

// The typed values of one question with blanks dropped.
std::vector<std::string> Given(const Typed& typed, std::int64_t id) {
  std::vector<std::string> given;
  auto found = typed.find(id);
  if (found == typed.end()) return given;
  for (const auto& value : found->second) {
    auto trimmed = core::Trim(value);
    if (!trimmed.empty()) given.emplace_back(trimmed);
  }
  return given;
}

core::Result<void> CheckValues(const Question& q, const std::vector<std::string>& given) {
  if (IsText(q.kind)) {
    if (given.size() > 1 || (!given.empty() && given.front().size() > kMaxTextChars)) {
      return core::Fail(ErrorCode::kInvalidInput,
                        "Shorten your answer to \"" + q.prompt + "\" to " + std::to_string(kMaxTextChars) +
                            " characters or fewer.", {}, FieldOf(q));
    }
    return {};
  }
  if (q.kind != Kind::kMultiple && given.size() > 1) {
    return core::Fail(ErrorCode::kInvalidInput, "Pick one answer to \"" + q.prompt + "\".", {}, FieldOf(q));
  }
  const auto options = OptionsOf(q);
  for (const auto& value : given) {
    const bool known = std::any_of(options.begin(), options.end(), [&](const Option& o) { return o.value == value; });
    if (!known) {
      return core::Fail(ErrorCode::kInvalidInput,
                        "\"" + value + "\" is not one of the answers to \"" + q.prompt + "\"; pick one listed.", {},
                        FieldOf(q));
    }
  }
  return {};
}

}  // namespace

core::Result<void> CheckMayAnswer(const AnswerContext& c) {
  if (!c.invited) {
    return core::Fail(ErrorCode::kForbidden,
                      "This form was sent to other people, so you cannot answer it; if you think it should "
                      "reach you, ask the program office.");
  }
  if (c.answered) {
    return core::Fail(ErrorCode::kConflict, "You have already answered this form; each person answers once.");
  }
  if (c.now < c.opens_at) {
    return core::Fail(ErrorCode::kConflict, "This form opens on " + c.opens_text + "; come back then.");
  }
  if (c.now >= c.closes_at) {
    return core::Fail(ErrorCode::kConflict,
                      "This form closed on " + c.closes_text + "; answers are no longer taken.");
  }
  return {};
}

core::Result<std::vector<Value>> CheckAnswers(const std::vector<Question>& questions, const Typed& typed) {
  std::vector<Value> values;
  for (const auto& q : questions) {
    const auto given = Given(typed, q.id);
    if (given.empty() && q.required) {
      return core::Fail(ErrorCode::kInvalidInput, "Answer \"" + q.prompt + "\"; it is required.", {}, FieldOf(q));
    }
    if (auto checked = CheckValues(q, given); !checked) return std::unexpected(checked.error());
    for (const auto& value : given) values.push_back({q.id, value});
  }
  return values;
}

}  // namespace practica::surveys
