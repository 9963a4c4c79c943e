#include "features/surveys/domain/completion.hpp"

namespace practica::surveys {

bool CountsForStaff(std::string_view audience_kind) {
  return audience_kind == "staff" || audience_kind == "team" || audience_kind == "attendees";
}

bool MostAnswered(const Completion& completion) {
  return completion.asked > 0 && completion.answered * 2 > completion.asked;
}

bool JustReachedMost(const Completion& after) {
  return MostAnswered(after) && !MostAnswered(Completion{after.asked, after.answered - 1});
}

std::string CompletionText(const Completion& completion, std::string_view form_title) {
  const auto percent = completion.asked > 0 ? completion.answered * 100 / completion.asked : 0;
  return std::to_string(completion.answered) + " of " + std::to_string(completion.asked) +
         " staff asked answered \u201c" + std::string(form_title) + "\u201d (" + std::to_string(percent) + "%)";
}

}  // namespace practica::surveys
