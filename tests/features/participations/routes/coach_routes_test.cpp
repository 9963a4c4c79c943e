// Assigning the coach (ITF): one at a time, history kept, the caseload and its permissions follow.
#include <boost/json/parse.hpp>

#include "features/participations/routes/route_fixture.hpp"

namespace practica::testing {
namespace {

const std::string kBrainard = "brainard-es";  // PS 3.0, Northeast, in nobody's caseload

TEST_F(ParticipationRoutes, RefusesASecondCoachNamingTheCurrentOne) {
  AddPerson("Dana Cruz", "dana.cruz@practica.example", auth::Role::kCoach);
  ASSERT_EQ(Post(kStaff, Page(kHope, "/coach"), "email=coach%40practica.example").status, 303);

  auto page = Post(kStaff, Page(kHope, "/coach"), "email=dana.cruz%40practica.example");
  auto api = PostJson(kStaff, Api(kHope, "/coach"), R"({"email":"dana.cruz@practica.example"})");

  const std::string message = "Hope Street ES already has Ramon Castillo as its coach; end that assignment first.";
  EXPECT_EQ(page.status, 409);
  EXPECT_NE(page.body.find(message), std::string::npos);
  EXPECT_EQ(api.status, 409);
  EXPECT_EQ(boost::json::parse(api.body).at("error").at("message").as_string(), message);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM participation_coaches WHERE ended_at IS NULL AND school_id = " +
                  std::to_string(SchoolId(kHope)) + " AND cohort_id = (SELECT id FROM cohorts WHERE slug = 'ps-3-0')"),
            1);
}

TEST_F(ParticipationRoutes, RefusesSomeoneWithoutTheCoachRole) {
  auto reply = PostJson(kStaff, Api(kHope, "/coach"), R"({"email":"teacher@practica.example"})");

  EXPECT_EQ(reply.status, 422);
  EXPECT_EQ(boost::json::parse(reply.body).at("error").at("message").as_string(),
            "Priya Shah does not hold the coach role; grant it on their page under People first.");
}

TEST_F(ParticipationRoutes, ReassigningKeepsTheHistoryAndMovesTheCaseload) {
  const auto dana = AddPerson("Dana Cruz", "dana.cruz@practica.example", auth::Role::kCoach);
  auto dana_session = server_->SignIn("dana.cruz@practica.example");
  auto before = server_->Get(Api(kBrainard), &dana_session);

  auto assigned = PostJson(kStaff, Api(kBrainard, "/coach"), R"({"email":"dana.cruz@practica.example"})");
  auto while_assigned = server_->Get(Api(kBrainard), &dana_session);
  auto ended = Post(kStaff, Page(kBrainard, "/coach/end"));
  auto after_end = server_->Get(Api(kBrainard), &dana_session);
  auto reassigned = Post(kStaff, Page(kBrainard, "/coach"), "email=coach%40practica.example");
  auto view = GetJson(kStaff, Api(kBrainard));

  EXPECT_EQ(before.status, 403);
  EXPECT_EQ(assigned.status, 201);
  EXPECT_EQ(while_assigned.status, 200) << "the caseload opens the school to the coach";
  EXPECT_EQ(ended.status, 303);
  EXPECT_EQ(after_end.status, 403);
  EXPECT_EQ(reassigned.status, 303);
  EXPECT_EQ(view.at("coach").at("person").at("name").as_string(), "Ramon Castillo");
  ASSERT_EQ(view.at("coach_history").as_array().size(), 2u);
  EXPECT_FALSE(view.at("coach_history").as_array().at(1).at("ended_at").is_null());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM coach_assignments WHERE coach_person_id = " + std::to_string(dana) +
                  " AND ended_at IS NOT NULL"),
            1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE record_type = 'coach_assignment' AND action = "
                  "'participations.manage' AND school_id = " + std::to_string(SchoolId(kBrainard))),
            3);
}

TEST_F(ParticipationRoutes, RefusesCoachAssignmentToAPrincipal) {
  auto reply = Post(kPrincipal, Page(kGarvanza, "/coach"), "email=coach%40practica.example");

  EXPECT_EQ(reply.status, 403);
}

}  // namespace
}  // namespace practica::testing
