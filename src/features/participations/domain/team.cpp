#include "features/participations/domain/team.hpp"

#include <algorithm>

namespace practica::participations {
namespace {

int Count(const std::vector<TeamMember>& team, MemberKind kind) {
  return static_cast<int>(std::count_if(team.begin(), team.end(),
                                        [&](const TeamMember& m) { return m.kind == kind; }));
}

std::vector<const TeamMember*> Attendees(const std::vector<TeamMember>& team) {
  std::vector<const TeamMember*> out;
  for (const auto& m : team) {
    if (m.attends) out.push_back(&m);
  }
  return out;
}

// "Elena Ortiz, Priya Shah and Ana Ruiz".
std::string NamesAnd(const std::vector<const TeamMember*>& members) {
  std::string out;
  for (std::size_t i = 0; i < members.size(); ++i) {
    if (i > 0) out += i + 1 == members.size() ? " and " : ", ";
    out += members[i]->person.name;
  }
  return out;
}

core::Error FourthAttendee(const std::vector<TeamMember>& team) {
  return core::Error{core::ErrorCode::kInvalidInput,
                     "Three members already attend the learning sessions (" + NamesAnd(Attendees(team)) +
                         "); unmark one of them first.",
                     {}, "attends"};
}

}  // namespace

std::string_view MemberKindCode(MemberKind kind) {
  switch (kind) {
    case MemberKind::kPrincipal: return "principal";
    case MemberKind::kTeacher: return "teacher";
    case MemberKind::kSupport: return "support";
  }
  return "teacher";
}

std::string_view MemberKindLabel(MemberKind kind) {
  switch (kind) {
    case MemberKind::kPrincipal: return "Principal or administrator designee";
    case MemberKind::kTeacher: return "Teacher";
    case MemberKind::kSupport: return "Out-of-classroom support";
  }
  return "Teacher";
}

std::optional<MemberKind> ParseMemberKind(std::string_view code) {
  for (auto kind : AllMemberKinds()) {
    if (MemberKindCode(kind) == code) return kind;
  }
  return std::nullopt;
}

const std::vector<MemberKind>& AllMemberKinds() {
  static const std::vector<MemberKind> kAll = {MemberKind::kPrincipal, MemberKind::kTeacher,
                                               MemberKind::kSupport};
  return kAll;
}

std::vector<std::string> MissingFromTeam(const std::vector<TeamMember>& team) {
  std::vector<std::string> missing;
  const int teachers = Count(team, MemberKind::kTeacher);
  if (Count(team, MemberKind::kPrincipal) == 0) {
    missing.push_back("The team needs the principal or an administrator designee.");
  }
  if (teachers == 0) missing.push_back("The team needs a teacher.");
  if (teachers < 2 && Count(team, MemberKind::kSupport) == 0) {
    missing.push_back(
        "The team needs another teacher or an out-of-classroom support person, such as an "
        "instructional coach.");
  }
  const int attending = static_cast<int>(Attendees(team).size());
  if (attending == 0) {
    missing.push_back("Mark the three members who attend the learning sessions.");
  } else if (attending < kAttendees) {
    const int more = kAttendees - attending;
    missing.push_back("Mark " + std::to_string(more) + " more member" + (more == 1 ? " who attends" : "s who attend") +
                      " the learning sessions; the team sends three.");
  } else if (attending > kAttendees) {
    missing.push_back("Only three members attend the learning sessions; " + std::to_string(attending) +
                      " are marked.");
  }
  return missing;
}

core::Result<void> CheckConfirmable(const std::vector<TeamMember>& team) {
  const auto missing = MissingFromTeam(team);
  if (missing.empty()) return {};
  std::string message;
  for (const auto& sentence : missing) message += (message.empty() ? "" : " ") + sentence;
  return core::Fail(core::ErrorCode::kInvalidInput, message);
}

core::Result<void> CheckNewMember(const std::vector<TeamMember>& team, const PersonRef& person,
                                  bool attends) {
  for (const auto& m : team) {
    if (m.person.id == person.id) {
      return core::Fail(core::ErrorCode::kConflict, person.name + " is already on the team.", {}, "email");
    }
  }
  if (attends && static_cast<int>(Attendees(team).size()) >= kAttendees) return std::unexpected(FourthAttendee(team));
  return {};
}

core::Result<TeamMember> FindMember(const std::vector<TeamMember>& team, std::int64_t member_id) {
  for (const auto& m : team) {
    if (m.id == member_id) return m;
  }
  return core::Fail(core::ErrorCode::kNotFound,
                    "The team has no member number " + std::to_string(member_id) +
                        "; reload the page to see the team as it is.");
}

core::Result<TeamMember> CheckAttendance(const std::vector<TeamMember>& team, std::int64_t member_id,
                                         bool attends) {
  auto member = FindMember(team, member_id);
  if (!member) return member;
  if (attends && !member->attends && static_cast<int>(Attendees(team).size()) >= kAttendees) {
    return std::unexpected(FourthAttendee(team));
  }
  return member;
}

}  // namespace practica::participations
