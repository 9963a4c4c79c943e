// The practitioner team roster, its confirmation and the leads, through the pages and the API.
#include <boost/json/parse.hpp>

#include "features/participations/routes/route_fixture.hpp"

namespace practica::testing {
namespace {

const std::string kPs3Members =
    "SELECT COUNT(*) FROM team_members WHERE removed_at IS NULL AND cohort_id = (SELECT id FROM cohorts WHERE slug = 'ps-3-0')";

class TeamRoutes : public ParticipationRoutes {
 protected:
  Reply Add(const std::string& email, const std::string& kind, bool attends, const std::string& as = kPrincipal) {
    return PostJson(as, Api(kGarvanza, "/team"),
                    "{\"email\":\"" + email + "\",\"kind\":\"" + kind + "\",\"attends\":" + (attends ? "true" : "false") + "}");
  }
};

TEST_F(TeamRoutes, RefusesToConfirmATeamWithoutATeacher) {
  AddPerson("Ana Ruiz", "ana.ruiz@practica.example");
  AddPerson("Luis Park", "luis.park@practica.example");
  ASSERT_EQ(Add(kPrincipal, "principal", true).status, 201);
  ASSERT_EQ(Add("ana.ruiz@practica.example", "support", true).status, 201);
  ASSERT_EQ(Add("luis.park@practica.example", "support", true).status, 201);

  auto page = Post(kPrincipal, Page(kGarvanza, "/team/confirm"));
  auto api = PostJson(kPrincipal, Api(kGarvanza, "/team/confirm"), "");

  EXPECT_EQ(page.status, 422);
  EXPECT_NE(page.body.find("The team needs a teacher."), std::string::npos);
  EXPECT_EQ(api.status, 422);
  EXPECT_EQ(boost::json::parse(api.body).at("error").at("message").as_string(), "The team needs a teacher.");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM participation_details WHERE team_confirmed_at IS NOT NULL"), 0);
}

TEST_F(TeamRoutes, RefusesAFourthAttendee) {
  AddPerson("Ana Ruiz", "ana.ruiz@practica.example");
  AddPerson("Luis Park", "luis.park@practica.example");
  ASSERT_EQ(Add(kPrincipal, "principal", true).status, 201);
  ASSERT_EQ(Add(kTeacher, "teacher", true).status, 201);
  ASSERT_EQ(Add("ana.ruiz@practica.example", "support", true).status, 201);

  auto fourth = Add("luis.park@practica.example", "teacher", true);
  auto form = Post(kPrincipal, Page(kGarvanza, "/team"), "email=luis.park%40practica.example&kind=teacher&attends=yes");

  EXPECT_EQ(fourth.status, 422);
  const auto error = boost::json::parse(fourth.body).at("error").as_object();
  EXPECT_EQ(error.at("field").as_string(), "attends");
  EXPECT_EQ(error.at("message").as_string(),
            "Three members already attend the learning sessions (Elena Ortiz, Priya Shah and Ana Ruiz); unmark one of them first.");
  EXPECT_EQ(form.status, 422);
  EXPECT_NE(form.body.find("value=\"luis.park@practica.example\""), std::string::npos) << "what was typed is kept";
  EXPECT_EQ(Count(kPs3Members), 3);
}

TEST_F(TeamRoutes, AMemberActsForTheSchoolWhileOnTheTeam) {
  AddPerson("Ana Ruiz", "ana.ruiz@practica.example");
  const std::string evidence = "/api/v1/cohorts/ps-3-0/schools/" + kGarvanza + "/commitments";
  const std::string ana_role =
      "SELECT COUNT(*) FROM grants WHERE role = 'team_member' AND ended_at IS NULL AND person_id = " +
      std::to_string(PersonId("ana.ruiz@practica.example"));
  EXPECT_EQ(server_->Get(evidence, nullptr).status, 401);
  const auto before = server_->SignIn("ana.ruiz@practica.example");
  EXPECT_EQ(server_->Get(evidence, &before).status, 403) << "not on the team yet";

  auto added = Add("ana.ruiz@practica.example", "support", true);
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(Count(ana_role), 1);
  const auto on_team = server_->SignIn("ana.ruiz@practica.example");
  EXPECT_EQ(server_->Get(evidence, &on_team).status, 200) << "the team's commitments are hers to see";
  ASSERT_EQ(Add("ana.ruiz@practica.example", "support", false).status, 409);  // once on a team
  EXPECT_EQ(Count(ana_role), 1);

  const auto number = boost::json::parse(added.body).at("team").at("members").as_array().at(0).at("number").as_int64();
  ASSERT_EQ(Post(kPrincipal, Page(kGarvanza, "/team/" + std::to_string(number) + "/remove")).status, 303);
  EXPECT_EQ(Count(ana_role), 0) << "the role ends with the place on the team";
  const auto after = server_->SignIn("ana.ruiz@practica.example");
  EXPECT_EQ(server_->Get(evidence, &after).status, 403);
}

TEST_F(TeamRoutes, ConfirmsACompleteTeamAndAChangeMakesItADraftAgain) {
  AddPerson("Ana Ruiz", "ana.ruiz@practica.example");
  ASSERT_EQ(Add(kPrincipal, "principal", true).status, 201);
  ASSERT_EQ(Add(kTeacher, "teacher", true, kTeacher).status, 201) << "a team member keeps the roster too";
  auto added = Add("ana.ruiz@practica.example", "support", true);
  const auto number = boost::json::parse(added.body).at("team").at("members").as_array().at(2).at("number").as_int64();

  auto confirmed = Post(kPrincipal, Page(kGarvanza, "/team/confirm"));
  auto before = GetJson(kCoach, Api(kGarvanza));
  auto removed = Post(kPrincipal, Page(kGarvanza, "/team/" + std::to_string(number) + "/remove"));
  auto after = GetJson(kCoach, Api(kGarvanza));

  EXPECT_EQ(confirmed.status, 303);
  EXPECT_TRUE(before.at("team").at("confirmed").as_bool());
  EXPECT_EQ(removed.status, 303);
  EXPECT_FALSE(after.at("team").at("confirmed").as_bool());
  EXPECT_EQ(after.at("team").at("members").as_array().size(), 2u);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM team_members WHERE removed_at IS NOT NULL"), 1) << "the row stays";
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'teams.manage' AND record_type = 'team_member'"
                  " AND school_id = " + std::to_string(SchoolId(kGarvanza))),
            4);
}

TEST_F(TeamRoutes, RefusesSomeoneWhoIsNotInTheDistrict) {
  auto reply = Add("stranger@example.org", "teacher", false);

  EXPECT_EQ(reply.status, 422);
  EXPECT_EQ(boost::json::parse(reply.body).at("error").at("message").as_string(),
            "Nobody in the district has the address stranger@example.org; check the spelling, or ask the program "
            "office to invite them.");
}

TEST_F(TeamRoutes, RecordsTheLeadsWithTheTechnologyLeadsClassification) {
  auto unclassified = PostJson(kPrincipal, Api(kGarvanza, "/leads"), R"({"tech_lead_email":"teacher@practica.example"})");
  auto saved = PostJson(kPrincipal, Api(kGarvanza, "/leads"),
                        R"({"tech_lead_email":"teacher@practica.example","tech_lead_classification":"certificated",)"
                        R"("sso_lead_email":"principal@practica.example"})");

  EXPECT_EQ(unclassified.status, 422);
  EXPECT_EQ(boost::json::parse(unclassified.body).at("error").at("field").as_string(), "tech_lead_classification");
  ASSERT_EQ(saved.status, 200) << saved.body;
  const auto leads = boost::json::parse(saved.body).at("leads").as_object();
  EXPECT_EQ(leads.at("technology_support").at("name").as_string(), "Priya Shah");
  EXPECT_EQ(leads.at("technology_support_classification").as_string(), "certificated");
  EXPECT_EQ(leads.at("sso").at("email").as_string(), kPrincipal);
}

TEST_F(TeamRoutes, MarksAndUnmarksAnAttendee) {
  auto added = Add(kTeacher, "teacher", false);
  const auto number = boost::json::parse(added.body).at("team").at("members").as_array().at(0).at("number").as_int64();

  auto marked = PostJson(kPrincipal, Api(kGarvanza, "/team/" + std::to_string(number) + "/attendance"), R"({"attends":true})");

  ASSERT_EQ(marked.status, 200);
  EXPECT_TRUE(boost::json::parse(marked.body).at("team").at("members").as_array().at(0).at("attends").as_bool());
}

}  // namespace
}  // namespace practica::testing
