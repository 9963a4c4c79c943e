#include "features/participations/domain/team.hpp"

#include <gtest/gtest.h>

namespace practica::participations {
namespace {

TeamMember Member(std::int64_t id, const std::string& name, MemberKind kind, bool attends) {
  return TeamMember{id, PersonRef{id * 10, name, name + "@school.example"}, kind, attends};
}

std::vector<TeamMember> CompleteTeam() {
  return {Member(1, "Elena Ortiz", MemberKind::kPrincipal, true), Member(2, "Priya Shah", MemberKind::kTeacher, true),
          Member(3, "Ana Ruiz", MemberKind::kSupport, true)};
}

TEST(MissingFromTeam, NamesEverythingAnEmptyTeamNeeds) {
  EXPECT_EQ(MissingFromTeam({}), (std::vector<std::string>{
                                     "The team needs the principal or an administrator designee.",
                                     "The team needs a teacher.",
                                     "The team needs another teacher or an out-of-classroom support person, such "
                                     "as an instructional coach.",
                                     "Mark the three members who attend the learning sessions."}));
}

TEST(MissingFromTeam, NeedsATeacherWhenOnlyThePrincipalAndSupportAreOnIt) {
  auto team = std::vector{Member(1, "Elena Ortiz", MemberKind::kPrincipal, true),
                          Member(3, "Ana Ruiz", MemberKind::kSupport, true)};

  EXPECT_EQ(MissingFromTeam(team), (std::vector<std::string>{
                                       "The team needs a teacher.",
                                       "Mark 1 more member who attends the learning sessions; the team sends three."}));
}

TEST(MissingFromTeam, AcceptsTwoTeachersInsteadOfSupport) {
  auto team = std::vector{Member(1, "Elena Ortiz", MemberKind::kPrincipal, true),
                          Member(2, "Priya Shah", MemberKind::kTeacher, true),
                          Member(4, "Tom Diaz", MemberKind::kTeacher, true)};

  EXPECT_TRUE(MissingFromTeam(team).empty());
}

TEST(MissingFromTeam, NeedsASecondPersonBesideOneTeacher) {
  auto team = std::vector{Member(1, "Elena Ortiz", MemberKind::kPrincipal, true),
                          Member(2, "Priya Shah", MemberKind::kTeacher, true)};

  EXPECT_EQ(MissingFromTeam(team), (std::vector<std::string>{
                                       "The team needs another teacher or an out-of-classroom support person, such "
                                       "as an instructional coach.",
                                       "Mark 1 more member who attends the learning sessions; the team sends three."}));
}

TEST(MissingFromTeam, CountsTheAttendees) {
  auto team = CompleteTeam();
  team[1].attends = false;
  team[2].attends = false;

  EXPECT_EQ(MissingFromTeam(team), (std::vector<std::string>{
                                       "Mark 2 more members who attend the learning sessions; the team sends three."}));
}

TEST(CheckConfirmable, RefusesATeamWithoutATeacherSayingSo) {
  auto team = std::vector{Member(1, "Elena Ortiz", MemberKind::kPrincipal, true),
                          Member(3, "Ana Ruiz", MemberKind::kSupport, true),
                          Member(5, "Luis Park", MemberKind::kSupport, true)};

  auto confirmed = CheckConfirmable(team);

  ASSERT_FALSE(confirmed.has_value());
  EXPECT_EQ(confirmed.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(confirmed.error().message, "The team needs a teacher.");
}

TEST(CheckConfirmable, AcceptsTheMinimumTeam) {
  EXPECT_TRUE(CheckConfirmable(CompleteTeam()).has_value());
}

TEST(CheckNewMember, RefusesAFourthAttendee) {
  auto added = CheckNewMember(CompleteTeam(), PersonRef{99, "Tom Diaz", "tom@school.example"}, true);

  ASSERT_FALSE(added.has_value());
  EXPECT_EQ(added.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(added.error().field, "attends");
  EXPECT_EQ(added.error().message,
            "Three members already attend the learning sessions (Elena Ortiz, Priya Shah and Ana Ruiz); unmark "
            "one of them first.");
}

TEST(CheckNewMember, AcceptsAFourthMemberWhoDoesNotAttend) {
  EXPECT_TRUE(CheckNewMember(CompleteTeam(), PersonRef{99, "Tom Diaz", "tom@school.example"}, false).has_value());
}

TEST(CheckNewMember, RefusesSomeoneAlreadyOnTheTeam) {
  auto added = CheckNewMember(CompleteTeam(), CompleteTeam()[1].person, false);

  ASSERT_FALSE(added.has_value());
  EXPECT_EQ(added.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(added.error().message, "Priya Shah is already on the team.");
}

TEST(CheckAttendance, RefusesMarkingAFourthAttendee) {
  auto team = CompleteTeam();
  team.push_back(Member(4, "Tom Diaz", MemberKind::kTeacher, false));

  auto marked = CheckAttendance(team, 4, true);

  ASSERT_FALSE(marked.has_value());
  EXPECT_EQ(marked.error().field, "attends");
}

TEST(CheckAttendance, NamesAMissingMemberNumber) {
  auto marked = CheckAttendance(CompleteTeam(), 42, false);

  ASSERT_FALSE(marked.has_value());
  EXPECT_EQ(marked.error().code, core::ErrorCode::kNotFound);
  EXPECT_EQ(marked.error().message, "The team has no member number 42; reload the page to see the team as it is.");
}

}  // namespace
}  // namespace practica::participations
