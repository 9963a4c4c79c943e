#include "features/surveys/domain/conversation.hpp"

#include "core/text.hpp"

namespace practica::surveys {
namespace {

using core::ErrorCode;
using core::Fail;

constexpr std::size_t kMaxTitleChars = 200;

}  // namespace

std::string_view ConversationKindCode(ConversationKind kind) {
  return kind == ConversationKind::kInterview ? "interview" : "focus_group";
}

std::string_view ConversationKindLabel(ConversationKind kind) {
  return kind == ConversationKind::kInterview ? "Interview" : "Focus group";
}

std::optional<ConversationKind> ParseConversationKind(std::string_view code) {
  if (code == "focus_group") return ConversationKind::kFocusGroup;
  if (code == "interview") return ConversationKind::kInterview;
  return std::nullopt;
}

core::Result<Conversation> CheckConversation(const ConversationText& text, const core::LocalDate& today) {
  Conversation c;
  const auto kind = ParseConversationKind(core::Trim(text.kind));
  if (!kind) return Fail(ErrorCode::kInvalidInput, "Choose whether it was a focus group or an interview.", {}, "kind");
  c.kind = *kind;
  c.title = std::string(core::Trim(text.title));
  if (c.title.empty()) {
    return Fail(ErrorCode::kInvalidInput,
                "Give the conversation a title, e.g. \"Garvanza's practitioner team after cycle 1\".", {}, "title");
  }
  if (c.title.size() > kMaxTitleChars) {
    return Fail(ErrorCode::kInvalidInput, "Keep the title to 200 characters; the notes hold the rest.", {}, "title");
  }
  auto day = core::ParseLocalDate(core::Trim(text.held_on));
  if (!day) return Fail(ErrorCode::kInvalidInput, "Give the day it was held, such as 2019-03-22.", {}, "held_on");
  if (*day > today) {
    return Fail(ErrorCode::kInvalidInput, "The day is in the future; record a conversation once it has been held.", {},
                "held_on");
  }
  c.held_on = *day;
  for (const auto& role : kParticipantRoles) {
    const std::string field = "count_" + std::string(role.code);
    auto typed = text.counts.find(std::string(role.code));
    const auto count_text = typed == text.counts.end() ? std::string_view() : core::Trim(typed->second);
    if (count_text.empty()) continue;
    const auto count = core::ParseInt(count_text, 0, kMaxPeoplePerRole);
    if (!count) {
      return Fail(ErrorCode::kInvalidInput,
                  "The number of " + std::string(role.many) + " must be a whole number from 0 to 500; got \"" +
                      std::string(count_text) + "\".",
                  {}, field);
    }
    if (*count > 0) c.people[std::string(role.code)] = static_cast<int>(*count);
  }
  if (c.people.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Say who took part: how many people in at least one role.", {},
                "count_teacher");
  }
  c.notes = std::string(core::Trim(text.notes));
  if (c.notes.empty()) {
    return Fail(ErrorCode::kInvalidInput, "Write what was said: the notes are what the record is for.", {}, "notes");
  }
  if (c.notes.size() > kMaxNotesChars) {
    return Fail(ErrorCode::kInvalidInput,
                "The notes are longer than 20,000 characters; attach the full transcript as a file instead.", {},
                "notes");
  }
  return c;
}

int TotalPeople(const std::map<std::string, int>& people) {
  int total = 0;
  for (const auto& [role, count] : people) total += count;
  return total;
}

std::string WhoText(const std::map<std::string, int>& people) {
  std::vector<std::string> parts;
  for (const auto& role : kParticipantRoles) {
    auto found = people.find(std::string(role.code));
    if (found == people.end() || found->second == 0) continue;
    parts.push_back(std::to_string(found->second) + " " + std::string(found->second == 1 ? role.one : role.many));
  }
  if (parts.empty()) return "nobody";
  std::string text = parts.front();
  for (std::size_t i = 1; i < parts.size(); ++i) text += (i + 1 == parts.size() ? " and " : ", ") + parts[i];
  return text;
}

}  // namespace practica::surveys
