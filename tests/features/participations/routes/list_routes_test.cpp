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
