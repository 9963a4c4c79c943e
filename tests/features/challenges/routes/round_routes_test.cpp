// Critical Friends rounds over real HTTP on the demo, on SQLite and PostgreSQL: the demo's round
// of Friday March 22, 2019 where Garvanza's team finds it; a round scheduled and run step by step
// through the API; and each rule tried by someone who should be refused (the presenter giving
// feedback, a participant from the presenting school or outside the cohort, a facilitator who is
// not a coach, someone not invited, someone who does not run the round moving it on).
#include "features/challenges/routes/challenges_fixture.hpp"

namespace practica::testing {
namespace {

namespace json = boost::json;

const std::string kPs3 = "/cohorts/ps-3-0";
const std::string kGarvanzaSlug = "garvanza-elementary-technology-and-leadership-magnet";
const std::string kGarvanza = kPs3 + "/schools/" + kGarvanzaSlug + "/challenge";
const std::string kTeacher = "teacher@practica.example";  // Garvanza: presents
const std::string kHopePrincipal = "principal.hope@practica.example";
const std::string kDaniel = "principal.sanpascual@practica.example";  // San Pascual, PS 3.0, not invited
const std::string kCoach = "coach@practica.example";
const std::string kCoordinator = "allison.jonas@lausd.net";
const std::string kDirectorNortheast = "director.northeast@practica.example";

class RoundRoutes : public ChallengesOnDemo {
 protected:
  // As a form sends a person: the id as text.
  std::string PersonId(const std::string& email) { return std::to_string(PersonNumber(email)); }

  // Garvanza presents its first cycle; Hope Street's principal is its critical friend.
  std::string Schedule() {
    auto reply = Post(kPs3 + "/rounds", kCoach,
                      {{"school", kGarvanzaSlug}, {"cycle", "1"}, {"held_on", "2019-05-03"}, {"place", "Room 204"},
                       {"facilitator", PersonId(kCoach)}, {"participants", PersonId(kHopePrincipal)}});
    EXPECT_EQ(reply.status, 201) << reply.body;
    return "/rounds/" + std::to_string(Parse(reply).at("id").as_int64());
  }

};

TEST_P(RoundRoutes, TheDemosRoundIsOnGarvanzasChallengeStepByStep) {
  auto challenge = Parse(Api(kGarvanza, kTeacher));

  const auto& rounds = challenge.at("rounds").as_array();
  ASSERT_EQ(rounds.size(), 1u);
  const auto& round = rounds[0].as_object();
  EXPECT_EQ(round.at("held_on").as_string(), "2019-03-22");
  EXPECT_EQ(round.at("cycle_label").as_string(), "Cycle 1");
  EXPECT_EQ(round.at("step").as_string(), "finished");
  std::vector<std::string> steps;
  for (const auto& step : round.at("said").as_array()) steps.emplace_back(step.at("code").as_string());
  EXPECT_EQ(steps, (std::vector<std::string>{"clarifying", "probing", "feedback", "reflection", "debrief"}));

  auto page = server_->Get(std::string(round.at("url").as_string()), nullptr);
  EXPECT_EQ(page.status, 303) << "signed out, the page asks to sign in";
  EXPECT_EQ(server_->Get("/api/v1" + std::string(round.at("url").as_string()), nullptr).status, 401);
  const auto hope = server_->SignIn(kHopePrincipal);
  page = server_->Get(std::string(round.at("url").as_string()), &hope);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("You take part in this round as a critical friend."), std::string::npos);
  EXPECT_NE(page.body.find("The silent feedback step was hard and useful"), std::string::npos);
}

TEST_P(RoundRoutes, AFacilitatorRunsARoundAndEachPersonSaysOnlyWhatTheirStepAllows) {
  const auto round = Schedule();
  const auto said_before = Count("SELECT COUNT(*) FROM challenge_round_items");

  EXPECT_EQ(Post(round + "/items", kHopePrincipal, {{"kind", "clarifying"}, {"body", "Too early"}}).status, 409);
  EXPECT_EQ(Post(round + "/advance", kHopePrincipal, {}).status, 403) << "a principal does not run rounds";
  EXPECT_EQ(Post(round + "/advance", kCoach, {}).status, 200);  // presentation
  EXPECT_EQ(Post(round + "/advance", kCoach, {}).status, 200);  // clarifying
  EXPECT_EQ(Post(round + "/items", kHopePrincipal, {{"kind", "clarifying"}, {"body", "How many classes?"}}).status, 201);
  EXPECT_EQ(Post(round + "/items", kTeacher, {{"kind", "clarifying"}, {"body", "Asking myself"}}).status, 403);
  EXPECT_EQ(Post(round + "/items", kDaniel, {{"kind", "clarifying"}, {"body", "Not invited"}}).status, 403);
  EXPECT_EQ(Post(round + "/advance", kCoach, {}).status, 200);  // probing
  EXPECT_EQ(Post(round + "/advance", kCoach, {}).status, 200);  // feedback

  auto own = Post(round + "/items", kTeacher, {{"kind", "warm"}, {"body", "Our lesson went well."}});
  EXPECT_EQ(own.status, 403);
  EXPECT_NE(own.body.find("listens in silence"), std::string::npos) << own.body;
  EXPECT_EQ(Post(round + "/items", kHopePrincipal, {{"kind", "cool"}, {"body", "Try a third class."}}).status, 201);

  EXPECT_EQ(Post(round + "/advance", kCoach, {}).status, 200);  // reflection
  EXPECT_EQ(Post(round + "/items", kHopePrincipal, {{"kind", "reflection"}, {"body", "Not mine to say"}}).status, 403);
  EXPECT_EQ(Post(round + "/items", kTeacher, {{"kind", "reflection"}, {"body", "We will add a third class."}}).status, 201);
  EXPECT_EQ(Post(round + "/advance", kCoordinator, {}).status, 200) << "district staff may run it too";  // debrief
  EXPECT_EQ(Post(round + "/advance", kCoach, {}).status, 200);  // finished
  EXPECT_EQ(Post(round + "/advance", kCoach, {}).status, 409);

  EXPECT_EQ(Count("SELECT COUNT(*) FROM challenge_round_items") - said_before, 3);
  auto page = Parse(Api(round, kTeacher));
  EXPECT_EQ(page.at("step").as_string(), "finished");
  // Kept against Garvanza's challenge, where its team finds it, each change in the audit log.
  auto challenge = Parse(Api(kGarvanza, kTeacher));
  EXPECT_EQ(challenge.at("rounds").as_array().size(), 2u);
  EXPECT_NE(json::serialize(challenge.at("rounds")).find("Try a third class."), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE record_type = 'challenge_round'"), 1 + 7 + 3);
}

TEST_P(RoundRoutes, SchedulingRefusesWhoCannotTakePartAndKeepsWhatWasTyped) {
  const auto before = Count("SELECT COUNT(*) FROM challenge_rounds");
  const json::object base{{"school", kGarvanzaSlug}, {"held_on", "2019-05-03"}, {"facilitator", PersonId(kCoach)}};
  auto with = [&](const std::string& key, const std::string& value) {
    auto body = base;
    body[key] = value;
    return body;
  };

  auto own = Post(kPs3 + "/rounds", kCoach, with("participants", PersonId(kTeacher)));
  EXPECT_EQ(own.status, 422);
  EXPECT_EQ(Parse(own)["error"].at("field").as_string(), "participants");
  auto outsider = Post(kPs3 + "/rounds", kCoach, with("participants", PersonId(kDirectorNortheast)));
  EXPECT_EQ(outsider.status, 422);
  auto facilitator = Post(kPs3 + "/rounds", kCoach,
                          {{"school", kGarvanzaSlug}, {"held_on", "2019-05-03"}, {"facilitator", PersonId(kHopePrincipal)},
                           {"participants", PersonId(kHopePrincipal)}});
  EXPECT_EQ(Parse(facilitator)["error"].at("field").as_string(), "facilitator");
  EXPECT_EQ(Post(kPs3 + "/rounds", kCoach, with("participants", PersonId(kHopePrincipal)) ).status, 201);
  EXPECT_EQ(Post(kPs3 + "/rounds", kTeacher, with("participants", PersonId(kHopePrincipal))).status, 403);
  EXPECT_EQ(Post(kPs3 + "/rounds", kCoach, with("cycle", "9")).status, 422);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM challenge_rounds") - before, 1);

  const auto coach = server_->SignIn(kCoach);
  auto form = server_->PostForm(kPs3 + "/rounds", &coach,
                                "school=" + kGarvanzaSlug + "&held_on=2019-05-03&place=Library+annex&facilitator=" +
                                    PersonId(kCoach) + "&participants=" + PersonId(kTeacher));
  EXPECT_EQ(form.status, 422);
  EXPECT_NE(form.body.find("the presenting school"), std::string::npos);
  EXPECT_NE(form.body.find("value=\"Library annex\""), std::string::npos);
}

TEST_P(RoundRoutes, ADirectorReadsOnlyTheirOwnSchoolsRounds) {
  auto northeast = Parse(Api(kPs3 + "/rounds", kDirectorNortheast));
  ASSERT_EQ(northeast.at("rounds").as_array().size(), 1u) << "Garvanza is in the Northeast";
  EXPECT_FALSE(northeast.at("may_schedule").as_bool());
  EXPECT_TRUE(Parse(Api(kPs3 + "/rounds", kCoordinator)).at("may_schedule").as_bool());
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, RoundRoutes, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         DatabaseTestName);

}  // namespace
}  // namespace practica::testing
