// Focus groups and interviews: what the district learns by talking with people rather than by a
// form ("ITI will gather data to inform future District-wide practices"). A record of one
// conversation: when, with whom (how many people in each role, never their names), the notes,
// and files (a transcript, the chart paper photographed) kept beside it.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/time_zone.hpp"

namespace practica::surveys {

enum class ConversationKind { kFocusGroup, kInterview };
std::string_view ConversationKindCode(ConversationKind kind);   // "focus_group", "interview"
std::string_view ConversationKindLabel(ConversationKind kind);  // "Focus group", "Interview"
std::optional<ConversationKind> ParseConversationKind(std::string_view code);

// The roles people take part in, in the order a page lists them.
struct ParticipantRole {
  std::string_view code;  // "teacher"; the form's field is "count_teacher"
  std::string_view one;   // "teacher"
  std::string_view many;  // "teachers"
};
inline constexpr std::array<ParticipantRole, 7> kParticipantRoles{{
    {"teacher", "teacher", "teachers"},
    {"team", "practitioner team member", "practitioner team members"},
    {"principal", "principal", "principals"},
    {"coach", "coach (ITF)", "coaches (ITFs)"},
    {"staff", "district staff member", "district staff members"},
    {"parent", "parent", "parents"},
    {"student", "student", "students"},
}};

inline constexpr std::size_t kMaxNotesChars = 20000;
inline constexpr int kMaxPeoplePerRole = 500;

struct Conversation {
  ConversationKind kind = ConversationKind::kFocusGroup;
  std::string title;
  core::LocalDate held_on;
  std::map<std::string, int> people;  // role code → how many; roles with none left out
  std::string notes;
};

// What a person typed: each count by its role's code.
struct ConversationText {
  std::string_view kind;
  std::string_view title;
  std::string_view held_on;
  std::map<std::string, std::string> counts;
  std::string_view notes;
};

// The record as typed, checked. kInvalidInput naming the field: an unknown kind; no title or
// one over 200 characters; a day that is not a date or is after `today`; a count that is not a
// whole number from 0 to 500 (field count_<role>); nobody at all (count_teacher); no notes or
// notes over 20,000 characters.
[[nodiscard]] core::Result<Conversation> CheckConversation(const ConversationText& text, const core::LocalDate& today);

// "6 teachers, 2 practitioner team members and 1 principal"; "nobody" for none.
std::string WhoText(const std::map<std::string, int>& people);
int TotalPeople(const std::map<std::string, int>& people);

}  // namespace practica::surveys
