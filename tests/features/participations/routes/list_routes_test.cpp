// The cohort overview (each person sees the rows of their scopes) and a coach's caseload.
#include <boost/json/parse.hpp>

#include <set>

#include "features/participations/routes/route_fixture.hpp"

namespace practica::testing {
namespace {

std::set<std::string> Schools(const boost::json::object& list) {
  std::set<std::string> slugs;
  for (const auto& row : list.at("participations").as_array()) {
    slugs.insert(std::string(row.at("school").at("slug").as_string()));
  }
  return slugs;
}

TEST_F(ParticipationRoutes, ShowsStaffEveryParticipationOfTheCohort) {
  auto list = GetJson(kStaff, "/api/v1/cohorts/ps-3-0/participations");
  auto page = server_->Get("/cohorts/ps-3-0/participations", nullptr, {{"Cookie", server_->SignIn(kStaff).cookie}});

  EXPECT_EQ(list.at("participations").as_array().size(), 25u);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("id=\"participations\""), std::string::npos);
  EXPECT_NE(page.body.find("Choose a coach"), std::string::npos) << "staff assign coaches from the overview";
}

TEST_F(ParticipationRoutes, ShowsTheInstructionalDirectorTheirLocalDistrictOnly) {
  auto list = GetJson(kDirector, "/api/v1/cohorts/ps-3-0/participations");

  EXPECT_EQ(Schools(list).size(), 7u) << "Garvanza, San Pascual, Coldwater Canyon, Brainard, Telfair, El Dorado, Madison";
  EXPECT_TRUE(Schools(list).contains(kGarvanza));
  EXPECT_FALSE(Schools(list).contains(kHope));
}

TEST_F(ParticipationRoutes, ShowsAPrincipalTheirOwnSchoolOnly) {
  auto list = GetJson(kHopePrincipal, "/api/v1/cohorts/ps-3-0/participations");
  auto page = server_->Get("/cohorts/ps-3-0/participations", nullptr, {{"Cookie", server_->SignIn(kHopePrincipal).cookie}});

  EXPECT_EQ(Schools(list), std::set<std::string>{kHope});
  EXPECT_EQ(page.body.find("Choose a coach"), std::string::npos);
}

TEST_F(ParticipationRoutes, ListsTheCoachsCaseloadWithTeamsAndWhatIsMissing) {
  CurrentVersion();
  ASSERT_EQ(Post(kStaff, Page(kHope, "/coach"), "email=coach%40practica.example").status, 303);

  auto caseload = GetJson(kCoach, "/api/v1/caseload");
  auto page = server_->Get("/caseload", nullptr, {{"Cookie", server_->SignIn(kCoach).cookie}});
  auto principal = GetJson(kPrincipal, "/api/v1/caseload");

  bool found = false;
  for (const auto& row : caseload.at("participations").as_array()) {
    if (row.at("cohort").at("slug").as_string() == "ps-3-0" && row.at("school").at("slug").as_string() == kHope) {
      found = true;
      EXPECT_EQ(row.at("state").as_string(), "awaiting_signatures");
      EXPECT_EQ(row.at("missing").as_array().at(0).as_string(),
                "Hannah Kim, principal of Hope Street ES, has not signed yet.");
      EXPECT_TRUE(row.at("team").is_array());
    }
  }
  EXPECT_TRUE(found);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Hope Street ES"), std::string::npos);
  EXPECT_TRUE(principal.at("participations").as_array().empty()) << "only the signed-in coach's schools";
}

// The caseload reads each cohort's agreement once for all its rows; a row of one cohort must
// still answer with its own cohort's agreement, as the participation's own page does.
TEST_F(ParticipationRoutes, EachCaseloadRowStandsAsItsOwnParticipationPageSays) {
  // PS 3.0 at a second version of its agreement, PS 4.0 at its own first: a PS 4.0 school's
  // signatures stand under its own version only.
  CurrentVersion("ps-4-0");
  CurrentVersion();
  const int second = PublishNext("Intent to participate, second version.\n\nThe school agrees to its commitments.");
  // Hope Street's principal signs PS 3.0's second version: under PS 4.0's first it would not count.
  ASSERT_EQ(Post(kHopePrincipal, Page(kHope, "/sign"), "version=" + std::to_string(second)).status, 303);
  ASSERT_EQ(Post(kStaff, Page(kHope, "/coach"), "email=coach%40practica.example").status, 303);

  auto caseload = GetJson(kCoach, "/api/v1/caseload");

  std::set<std::string> cohorts;
  for (const auto& row : caseload.at("participations").as_array()) {
    const std::string cohort(row.at("cohort").at("slug").as_string());
    const std::string school(row.at("school").at("slug").as_string());
    cohorts.insert(cohort);
    auto own = GetJson(kCoach, Api(school, "", cohort));
    EXPECT_EQ(row.at("state"), own.at("state")) << cohort << " " << school;
    EXPECT_EQ(row.at("missing"), own.at("missing")) << cohort << " " << school;
  }
  EXPECT_GE(cohorts.size(), 2u) << "the caseload spans cohorts, so a cohort's agreement could leak into another's rows";
}

TEST_F(ParticipationRoutes, TheDemoCoachCoachesThreePs4Schools) {
  auto caseload = GetJson(kCoach, "/api/v1/caseload");

  std::set<std::string> ps4;
  for (const auto& row : caseload.at("participations").as_array()) {
    if (row.at("cohort").at("slug").as_string() == "ps-4-0") ps4.insert(std::string(row.at("school").at("slug").as_string()));
  }
  EXPECT_EQ(ps4, (std::set<std::string>{kGarvanza, kHope, "telfair-avenue-es"}));
}

TEST_F(ParticipationRoutes, TheDemoGarvanzaTeamIsADraftWithTwoMembers) {
  auto garvanza = GetJson(kPrincipal, Api(kGarvanza, "", "ps-4-0"));

  EXPECT_EQ(garvanza.at("team").at("members").as_array().size(), 2u);
  EXPECT_FALSE(garvanza.at("team").at("confirmed").as_bool());
  EXPECT_EQ(garvanza.at("coach").at("person").at("name").as_string(), "Ramon Castillo");
}

}  // namespace
}  // namespace practica::testing
