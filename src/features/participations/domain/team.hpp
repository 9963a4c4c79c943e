// The practitioner team: at minimum the principal (or an administrator designee), a teacher, and
// another teacher or out-of-classroom support person; three of them attend the learning
// sessions. A draft may be incomplete; confirming it may not.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "features/participations/domain/agreement.hpp"

namespace practica::participations {

enum class MemberKind { kPrincipal, kTeacher, kSupport };

std::string_view MemberKindCode(MemberKind kind);   // "principal", "teacher", "support"
std::string_view MemberKindLabel(MemberKind kind);  // "Principal or administrator designee", …
std::optional<MemberKind> ParseMemberKind(std::string_view code);
const std::vector<MemberKind>& AllMemberKinds();

// The school funds a three-member team at each learning session.
inline constexpr int kAttendees = 3;

struct TeamMember {
  std::int64_t id = 0;  // the member's number in addresses (…/team/{number}/remove)
  PersonRef person;
  MemberKind kind = MemberKind::kTeacher;
  bool attends = false;  // one of the three who attend the learning sessions
};

// Every sentence of what the team still needs, empty when it may be confirmed, e.g.
// "The team needs a teacher."
std::vector<std::string> MissingFromTeam(const std::vector<TeamMember>& team);

// kInvalidInput with the sentences of MissingFromTeam when the team is not complete.
[[nodiscard]] core::Result<void> CheckConfirmable(const std::vector<TeamMember>& team);

// kConflict when the person is already on the team; kInvalidInput (field "attends") when a
// fourth member would attend the learning sessions.
[[nodiscard]] core::Result<void> CheckNewMember(const std::vector<TeamMember>& team,
                                                const PersonRef& person, bool attends);

// kNotFound when the team has no member with that number; kInvalidInput (field "attends") when
// marking the member would make a fourth attendee.
[[nodiscard]] core::Result<TeamMember> CheckAttendance(const std::vector<TeamMember>& team,
                                                       std::int64_t member_id, bool attends);

// kNotFound naming the number when the team has no such member.
[[nodiscard]] core::Result<TeamMember> FindMember(const std::vector<TeamMember>& team,
                                                  std::int64_t member_id);

}  // namespace practica::participations
