// Importing the staff roster, with the program's own people and schools (Allison Jonas at Hope
// Street ES, "Garvanza ES" as the district's list spells Garvanza Elementary): columns found by
// their usual headings, every problem of a row at once (an empty name, an address that is not
// one, an unknown school, an unknown role), a repeated e-mail rejected naming the earlier row, and
// the plan: new, updated (name, school, role, active again), unchanged, and school staff no
// longer in the file made inactive only when every row was read.
#include <gtest/gtest.h>

#include "features/people/domain/roster_import.hpp"

namespace practica::people {
namespace {

constexpr std::int64_t kGarvanza = 11;
constexpr std::int64_t kHopeStreet = 12;

const std::vector<std::string> kHeader = {"Employee Name", "Work Email", "Site", "Position"};

std::optional<RosterSchool> FindSchool(std::string_view text) {
  if (text == "Garvanza ES" || text == "19647336016430") return RosterSchool{kGarvanza, "Garvanza Elementary"};
  if (text == "Hope Street ES") return RosterSchool{kHopeStreet, "Hope Street ES"};
  return std::nullopt;
}

std::vector<RosterRow> ReadAll(const std::vector<std::vector<std::string>>& lines, std::vector<RosterProblem>& problems) {
  const auto columns = MapRosterColumns(kHeader, {});
  std::vector<RosterRow> rows;
  std::int64_t n = 1;
  for (const auto& fields : lines) {
    if (auto row = ReadRosterRow(++n, fields, kHeader, columns, FindSchool, problems)) rows.push_back(*row);
  }
  return rows;
}

RecordedPerson Allison() { return {1, "allison.jonas@lausd.net", "Allison Jonas", true, {{kHopeStreet, StaffRole::kTeacher}}}; }
RecordedPerson Dominic() { return {2, "dominic.caguioa@lausd.net", "Dominic Caguioa", true, {{kGarvanza, StaffRole::kPrincipal}}}; }
RecordedPerson Sophia() { return {3, "sophia.mendoza@lausd.net", "Sophia Mendoza", true, {}}; }  // district staff

TEST(MapRosterColumns, FindsTheUsualHeadingsAndPrefersWhatStaffChoseBefore) {
  const auto usual = MapRosterColumns(kHeader, {});
  EXPECT_EQ(usual.at(RosterField::kName), 0u);
  EXPECT_EQ(usual.at(RosterField::kEmail), 1u);
  EXPECT_EQ(usual.at(RosterField::kSchool), 2u);
  EXPECT_EQ(usual.at(RosterField::kRole), 3u);
  const auto chosen = MapRosterColumns({"Teacher", "Mail", "Campus"}, {{"campus", "school"}, {"teacher", "name"}});
  EXPECT_EQ(chosen.at(RosterField::kSchool), 2u);
  EXPECT_EQ(chosen.at(RosterField::kName), 0u);
  EXPECT_EQ(chosen.at(RosterField::kEmail), 1u);
}

TEST(CheckRosterHeader, NamesEachRequiredColumnThatIsMissing) {
  const std::vector<std::string> header = {"Employee Name", "Position"};
  const auto problems = CheckRosterHeader(header, MapRosterColumns(header, {}));
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_NE(problems[0].message.find("e-mail"), std::string::npos);
  EXPECT_NE(problems[1].message.find("school"), std::string::npos);
}

TEST(ReadRosterRow, ListsEveryProblemOfTheRowWithItsColumn) {
  std::vector<RosterProblem> problems;
  const auto rows = ReadAll({{"", "allison.jonas@", "Hogwarts ES", "Janitor"},
                             {"Allison Jonas", "Allison.Jonas@LAUSD.net", "Hope Street ES", ""}},
                            problems);
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(problems[0].row, 2);
  EXPECT_EQ(problems[0].column, "Employee Name");
  EXPECT_EQ(problems[1].column, "Work Email");
  EXPECT_EQ(problems[2].column, "Site");
  EXPECT_NE(problems[2].message.find("Hogwarts ES"), std::string::npos);
  EXPECT_EQ(problems[3].column, "Position");
  EXPECT_NE(problems[3].message.find("Principal, Teacher or Support"), std::string::npos);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].email, "allison.jonas@lausd.net");  // compared and kept in lower case
  EXPECT_EQ(rows[0].school.id, kHopeStreet);
  EXPECT_FALSE(rows[0].role);
}

TEST(RoleFrom, ReadsTheUsualTitles) {
  EXPECT_EQ(RoleFrom("Assistant Principal"), StaffRole::kPrincipal);
  EXPECT_EQ(RoleFrom("classroom teacher"), StaffRole::kTeacher);
  EXPECT_EQ(RoleFrom("Out-of-classroom support"), StaffRole::kSupport);
  EXPECT_EQ(RoleFrom("Counselor"), StaffRole::kSupport);
  EXPECT_FALSE(RoleFrom("Superintendent"));
}

TEST(EmailRepeats, RejectsTheLaterRowNamingTheEarlier) {
  std::vector<RosterProblem> problems;
  const auto rows = ReadAll({{"Allison Jonas", "allison.jonas@lausd.net", "Hope Street ES", "Teacher"},
                             {"A. Jonas", "ALLISON.JONAS@lausd.net", "Garvanza ES", "Teacher"}},
                            problems);
  ASSERT_TRUE(problems.empty());
  EmailRepeats repeats;
  EXPECT_FALSE(repeats.Add(rows[0], "Work Email"));
  const auto repeated = repeats.Add(rows[1], "Work Email");
  ASSERT_TRUE(repeated);
  EXPECT_EQ(repeated->row, 3);
  EXPECT_NE(repeated->message.find("row 2"), std::string::npos);
}

TEST(PlanRoster, JoinsByEmailAndSaysWhatChanges) {
  std::vector<RosterProblem> problems;
  const auto rows = ReadAll({{"Allison Jonas", "allison.jonas@lausd.net", "Hope Street ES", ""},       // unchanged
                             {"Dominic Caguioa", "dominic.caguioa@lausd.net", "Garvanza ES", "Teacher"},  // role
                             {"Maria Lopez", "maria.lopez@lausd.net", "19647336016430", ""}},             // new
                            problems);
  const std::vector<RecordedPerson> recorded = {Allison(), Dominic(), Sophia()};
  const auto plan = PlanRoster(rows, recorded, true);
  EXPECT_EQ(plan.unchanged, 1);
  EXPECT_EQ(plan.updated, 1);
  EXPECT_EQ(plan.added, 1);
  EXPECT_EQ(plan.missing, 0);  // Sophia Mendoza is district staff, on no school's staff
  EXPECT_TRUE(plan.changes[1].role_changes);
  EXPECT_FALSE(plan.changes[1].moves);
  EXPECT_EQ(plan.changes[2].place.role, StaffRole::kTeacher);  // a blank role for someone new
  EXPECT_EQ(plan.changes[2].place.school_id, kGarvanza);
}

TEST(PlanRoster, SchoolStaffLeftOutAreMadeInactiveOnlyWhenEveryRowWasRead) {
  std::vector<RosterProblem> problems;
  const auto rows = ReadAll({{"Allison Jonas", "allison.jonas@lausd.net", "Garvanza ES", ""}}, problems);
  const std::vector<RecordedPerson> recorded = {Allison(), Dominic(), Sophia()};
  const auto plan = PlanRoster(rows, recorded, true);
  EXPECT_EQ(plan.updated, 1);
  EXPECT_TRUE(plan.changes[0].moves);
  EXPECT_EQ(plan.changes[0].place.role, StaffRole::kTeacher);
  ASSERT_EQ(plan.missing, 1);
  EXPECT_EQ(plan.changes[1].person->email, "dominic.caguioa@lausd.net");
  EXPECT_EQ(PlanRoster(rows, recorded, false).missing, 0);
  EXPECT_TRUE(RosterNeedsConfirming(plan, recorded, 0.2));  // 2 of 2 school staff change
}

TEST(PlanRoster, AppliedTwiceTheSecondPlanChangesNothing) {
  std::vector<RosterProblem> problems;
  const auto rows = ReadAll({{"Allison Jonas", "allison.jonas@lausd.net", "Garvanza ES", "Principal"}}, problems);
  RecordedPerson inactive = Allison();
  inactive.active = false;
  const auto first = PlanRoster(rows, {inactive}, true);
  ASSERT_EQ(first.updated, 1);
  EXPECT_TRUE(first.changes[0].reactivates);
  RecordedPerson after = Allison();
  after.places = {first.changes[0].place};
  const auto second = PlanRoster(rows, {after}, true);
  EXPECT_EQ(second.unchanged, 1);
  EXPECT_EQ(second.updated + second.added + second.missing, 0);
}

}  // namespace
}  // namespace practica::people
