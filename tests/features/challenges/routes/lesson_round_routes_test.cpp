// The Critical Friends protocol on the third day of an ISTE Standards Suite offering, over real
// HTTP on the demo, on SQLite and PostgreSQL: the demo's Suite offering on Global Collaborator
// (April 27 and 28, 2027, lessons presented on May 5) with Priya Shah's round opened; a round opened for
// Grace Park and run step by step through the API; and each rule tried by someone who should be
// refused (a presenter not registered or presenting twice, a session without a third day, the
// presenter's own feedback, someone outside the offering speaking or reading, a participant
// moving the round on).
#include "features/challenges/routes/challenges_fixture.hpp"

namespace practica::testing {
namespace {

namespace json = boost::json;

const std::string kSuite = "/learning/iste-standards-suite-global-collaborator-2027-04-27";
const std::string kNetwork = "/learning/teacher-leader-network-2027-2027-02-06";
const std::string kPriya = "teacher@practica.example";
const std::string kGrace = "grace.park@practica.example";
const std::string kRosa = "rosa.delgado@practica.example";
const std::string kDaniel = "principal.sanpascual@practica.example";  // not registered
const std::string kDominic = "dominic.caguioa@lausd.net";             // specialist: runs the day
const std::string kCoach = "coach@practica.example";

class LessonRoundRoutes : public ChallengesOnDemo {
 protected:
  std::string PersonId(const std::string& email) { return std::to_string(PersonNumber(email)); }
};

TEST_P(LessonRoundRoutes, TheDemosSuiteOfferingHasPriyasRoundOnItsThirdDay) {
  auto list = Parse(Api(kSuite + "/lesson-rounds", kPriya));
  EXPECT_EQ(list.at("offering").at("lesson_day").as_string(), "2027-05-05");
  const auto& rounds = list.at("rounds").as_array();
  ASSERT_EQ(rounds.size(), 1u);
  EXPECT_EQ(rounds[0].at("presenter_name").as_string(), "Priya Shah");
  EXPECT_EQ(rounds[0].at("step").as_string(), "not_started");
  EXPECT_FALSE(list.at("may_open").as_bool()) << "a participant does not open rounds";
  EXPECT_TRUE(Parse(Api(kSuite + "/lesson-rounds", kCoach)).at("may_open").as_bool());
  EXPECT_EQ(Api(kSuite + "/lesson-rounds", kDaniel).status, 403) << "not registered, not a coach";
  EXPECT_EQ(server_->Get("/api/v1" + kSuite + "/lesson-rounds", nullptr).status, 401);

  auto page = Page(std::string(rounds[0].at("url").as_string()), kPriya);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("You present your lesson in this round."), std::string::npos);
  // Her home page says what is coming, as the facilitator's does.
  EXPECT_NE(Page("/home", kPriya).body.find("A learning playlist with student-set goals"), std::string::npos);
  EXPECT_NE(Page("/home", kDominic).body.find("You facilitate Priya Shah"), std::string::npos);
  // The offering's own page leads there; a session without a third day does not.
  EXPECT_NE(Page(kSuite, kPriya).body.find("id=\"lesson-rounds-link\""), std::string::npos);
  EXPECT_EQ(Page(kNetwork, kPriya).body.find("id=\"lesson-rounds-link\""), std::string::npos);
}

TEST_P(LessonRoundRoutes, AFacilitatorRunsALessonRoundAndThePresenterListensDuringFeedback) {
  auto opened = Post(kSuite + "/lesson-rounds", kDominic,
                     {{"presenter", PersonId(kGrace)}, {"lesson_title", "Choice boards, grade 3"}, {"tried", "Two classes"}});
  ASSERT_EQ(opened.status, 201) << opened.body;
  const std::string round = "/lesson-rounds/" + std::to_string(Parse(opened).at("id").as_int64());

  EXPECT_EQ(Post(round + "/advance", kDominic, {}).status, 200);  // presentation
  EXPECT_EQ(Post(round + "/advance", kPriya, {}).status, 403) << "a participant does not move the round on";
  EXPECT_EQ(Post(round + "/advance", kDominic, {}).status, 200);  // clarifying
  EXPECT_EQ(Post(round + "/items", kRosa, {{"kind", "clarifying"}, {"body", "How long was each board?"}}).status, 201);
  EXPECT_EQ(Post(round + "/items", kGrace, {{"kind", "clarifying"}, {"body", "Asking myself"}}).status, 403);
  EXPECT_EQ(Post(round + "/items", kDaniel, {{"kind", "clarifying"}, {"body", "Not registered"}}).status, 403);
  EXPECT_EQ(Post(round + "/advance", kDominic, {}).status, 200);  // probing
  EXPECT_EQ(Post(round + "/advance", kDominic, {}).status, 200);  // feedback
  auto own = Post(round + "/items", kGrace, {{"kind", "warm"}, {"body", "It went well."}});
  EXPECT_EQ(own.status, 403);
  EXPECT_NE(own.body.find("listens in silence"), std::string::npos) << own.body;
  EXPECT_EQ(Post(round + "/items", kPriya, {{"kind", "cool"}, {"body", "Could students choose the order?"}}).status, 201);
  EXPECT_EQ(Post(round + "/advance", kDominic, {}).status, 200);  // reflection
  EXPECT_EQ(Post(round + "/items", kGrace, {{"kind", "reflection"}, {"body", "I will let them choose."}}).status, 201);

  const auto reply = Api(round, kGrace);
  ASSERT_EQ(reply.status, 200) << reply.body;
  auto read = Parse(reply);
  EXPECT_EQ(read.at("step").as_string(), "reflection");
  EXPECT_NE(json::serialize(read.at("said")).find("Could students choose the order?"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM lesson_round_items"), 3);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE record_type = 'lesson_round'"), 1 + 5 + 3);
}

TEST_P(LessonRoundRoutes, OpeningRefusesWhoCannotPresentAndASessionWithoutAThirdDay) {
  const auto before = Count("SELECT COUNT(*) FROM lesson_rounds");
  auto twice = Post(kSuite + "/lesson-rounds", kDominic, {{"presenter", PersonId(kPriya)}, {"lesson_title", "Again"}});
  EXPECT_EQ(twice.status, 422);
  EXPECT_EQ(Parse(twice)["error"].at("field").as_string(), "presenter");
  auto outsider = Post(kSuite + "/lesson-rounds", kDominic, {{"presenter", PersonId(kDaniel)}, {"lesson_title", "Mine"}});
  EXPECT_EQ(Parse(outsider)["error"].at("field").as_string(), "presenter");
  EXPECT_EQ(Post(kSuite + "/lesson-rounds", kDominic, {{"presenter", PersonId(kRosa)}, {"lesson_title", " "}}).status, 422);
  EXPECT_EQ(Post(kSuite + "/lesson-rounds", kPriya, {{"presenter", PersonId(kRosa)}, {"lesson_title", "x"}}).status, 403);
  EXPECT_EQ(Post(kNetwork + "/lesson-rounds", kDominic, {{"presenter", PersonId(kRosa)}, {"lesson_title", "x"}}).status, 409);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM lesson_rounds") - before, 0);

  const auto dominic = server_->SignIn(kDominic);
  auto form = server_->PostForm(kSuite + "/lesson-rounds", &dominic,
                                "presenter=" + PersonId(kRosa) + "&lesson_title=&tried=Two+grade+5+classes");
  EXPECT_EQ(form.status, 422);
  EXPECT_NE(form.body.find("Name the lesson"), std::string::npos);
  EXPECT_NE(form.body.find("Two grade 5 classes"), std::string::npos) << "what was typed comes back";
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, LessonRoundRoutes,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres), DatabaseTestName);

}  // namespace
}  // namespace practica::testing
