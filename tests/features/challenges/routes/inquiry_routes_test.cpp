// Inquiry groups and partnerships over real HTTP on the demo, on SQLite and PostgreSQL: the demo's
// lesson study of winter 2019 where Garvanza's and Hope Street's people find it; a group started,
// met and taken back from through the API; and each rule tried by someone who should be refused
// (a group of one school, a partnership without a "How might we", a stranger starting a group of
// other schools, attendance for a non-member, a school writing another's takeaway).
#include "features/challenges/routes/challenges_fixture.hpp"

namespace practica::testing {
namespace {

namespace json = boost::json;

const std::string kPs3 = "/cohorts/ps-3-0";
const std::string kGarvanza = kPs3 + "/schools/garvanza-elementary-technology-and-leadership-magnet/challenge";
const std::string kTeacher = "teacher@practica.example";    // Priya Shah, Garvanza
const std::string kElena = "principal@practica.example";    // Garvanza
const std::string kHannah = "principal.hope@practica.example";
const std::string kDaniel = "principal.sanpascual@practica.example";
const std::string kSpecialist = "dominic.caguioa@lausd.net";
const std::string kDirectorNortheast = "director.northeast@practica.example";

class InquiryRoutes : public ChallengesOnDemo {
 protected:
  std::string PersonId(const std::string& email) { return std::to_string(PersonNumber(email)); }

  // Priya starts a lesson study with Hope Street's principal.
  std::string Start() {
    auto reply = Post(kPs3 + "/inquiry", kTeacher,
                      {{"kind", "lesson_study"}, {"name", "Station rotations"}, {"focus", "One grade 3 lesson."},
                       {"members", PersonId(kTeacher) + "," + PersonId(kHannah)}});
    EXPECT_EQ(reply.status, 201) << reply.body;
    return "/inquiry/" + std::to_string(Parse(reply).at("id").as_int64());
  }
};

TEST_P(InquiryRoutes, TheDemosLessonStudyIsOnBothSchoolsWithItsMeetingsAndTakeaways) {
  auto challenge = Parse(Api(kGarvanza, kTeacher));
  const auto& groups = challenge.at("groups").as_array();
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].at("name").as_string(), "Partner talk at the practice station");
  EXPECT_EQ(groups[0].at("school_names").as_string(), "Garvanza Elementary Technology and Leadership Magnet, Hope Street ES");

  const std::string url(groups[0].at("url").as_string());
  auto group = Parse(Api(url, kHannah));
  EXPECT_TRUE(group.at("illustrative").as_bool());
  const auto& meetings = group.at("meetings").as_array();
  ASSERT_EQ(meetings.size(), 2u);
  EXPECT_EQ(meetings[0].at("held_on").as_string(), "2019-02-06") << "the latest meeting first";
  EXPECT_EQ(meetings[0].at("attendance_text").as_string(), "2 of 3 members attended");
  EXPECT_EQ(meetings[0].at("takeaways").as_array().size(), 2u);
  EXPECT_EQ(Api(url, kDirectorNortheast).status, 200) << "Garvanza is in the Northeast";
  EXPECT_EQ(server_->Get("/api/v1" + url, nullptr).status, 401);

  auto page = Page(url, kTeacher);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Give partners a sentence frame"), std::string::npos);
  EXPECT_NE(page.body.find("Record a meeting"), std::string::npos) << "a member records the group's meetings";

  // PS 4.0's partnership is the same record, with the shared challenge.
  auto ps4 = Parse(Api("/cohorts/ps-4-0/inquiry", kTeacher));
  ASSERT_EQ(ps4.at("groups").as_array().size(), 1u);
  EXPECT_TRUE(ps4.at("groups").as_array()[0].at("partnership").as_bool());
  EXPECT_TRUE(std::string(ps4.at("groups").as_array()[0].at("statement").as_string()).starts_with("How might we"));
}

TEST_P(InquiryRoutes, AGroupIsStartedMetAndTakenBackFromEachSchoolWritingItsOwn) {
  const auto audited = Count("SELECT COUNT(*) FROM audit_log WHERE record_type = 'inquiry_group'");
  const auto group = Start();

  auto meeting = Post(group + "/meetings", kHannah,
                      {{"held_on", "2019-04-10"}, {"agenda", "Plan the lesson"}, {"notes", "Goal: explain, not answer."},
                       {"links", "https://drive.example.org/plan"}, {"attendees", PersonId(kTeacher) + "," + PersonId(kHannah)}});
  ASSERT_EQ(meeting.status, 201) << meeting.body;
  const std::string meeting_id = std::to_string(Parse(meeting).at("id").as_int64());

  auto stranger = Post(group + "/meetings", kDaniel, {{"held_on", "2019-04-10"}, {"agenda", "x"}, {"attendees", PersonId(kTeacher)}});
  EXPECT_EQ(stranger.status, 403) << "San Pascual is not in the group";
  auto not_member = Post(group + "/meetings", kTeacher,
                         {{"held_on", "2019-04-17"}, {"agenda", "Teach it"}, {"attendees", PersonId(kDaniel)}});
  EXPECT_EQ(not_member.status, 422);
  EXPECT_EQ(Parse(not_member)["error"].at("field").as_string(), "attendees");
  EXPECT_EQ(Post(group + "/meetings", kTeacher, {{"held_on", "someday"}, {"agenda", "x"}, {"attendees", PersonId(kTeacher)}}).status, 422);

  auto theirs = Post(group + "/takeaways", kHannah,
                     {{"meeting", meeting_id}, {"school", "garvanza-elementary-technology-and-leadership-magnet"}, {"body", "Theirs"}});
  EXPECT_EQ(theirs.status, 403) << "each school writes what it takes back";
  EXPECT_EQ(Post(group + "/takeaways", kHannah, {{"meeting", meeting_id}, {"school", "hope-street-es"}, {"body", "Ours"}}).status, 201);
  EXPECT_EQ(Post(group + "/takeaways", kHannah, {{"meeting", "1"}, {"school", "hope-street-es"}, {"body", "x"}}).status, 422);
  EXPECT_EQ(Post(group + "/takeaways", kSpecialist,
                 {{"meeting", meeting_id}, {"school", "garvanza-elementary-technology-and-leadership-magnet"},
                  {"body", "From the notes"}}).status, 201)
      << "district staff record for any school";

  auto read = Parse(Api(group, kTeacher));
  ASSERT_EQ(read.at("meetings").as_array().size(), 1u);
  EXPECT_EQ(read.at("meetings").as_array()[0].at("takeaways").as_array().size(), 2u);
  // The start is audited once for each of its two schools, the meeting likewise, each takeaway once.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE record_type = 'inquiry_group'") - audited, 2 + 2 + 2);
}

TEST_P(InquiryRoutes, StartingRefusesAGroupOfOneSchoolAStrangerAndAPartnershipWithoutAQuestion) {
  const auto before = Count("SELECT COUNT(*) FROM inquiry_groups");
  const std::string two = PersonId(kTeacher) + "," + PersonId(kHannah);

  auto one = Post(kPs3 + "/inquiry", kTeacher,
                  {{"kind", "action_research"}, {"name", "Alone"}, {"focus", "x"}, {"members", PersonId(kTeacher) + "," + PersonId(kElena)}});
  EXPECT_EQ(one.status, 422);
  EXPECT_EQ(Parse(one)["error"].at("field").as_string(), "members");
  auto question = Post(kPs3 + "/inquiry", kTeacher,
                       {{"kind", "partnership"}, {"name", "Routes"}, {"statement", "We map routes."}, {"members", two}});
  EXPECT_EQ(Parse(question)["error"].at("field").as_string(), "statement");
  auto stranger = Post(kPs3 + "/inquiry", kDaniel, {{"kind", "text_based"}, {"name", "Reading"}, {"focus", "x"}, {"members", two}});
  EXPECT_EQ(stranger.status, 403) << "San Pascual's principal does not put two other schools in a group";
  auto outsider = Post(kPs3 + "/inquiry", kTeacher,
                       {{"kind", "text_based"}, {"name", "Reading"}, {"focus", "x"}, {"members", two + "," + PersonId(kDirectorNortheast)}});
  EXPECT_EQ(outsider.status, 422);
  EXPECT_EQ(Post(kPs3 + "/inquiry", kDirectorNortheast, {{"kind", "text_based"}, {"name", "R"}, {"focus", "x"}, {"members", two}}).status, 403);
  EXPECT_EQ(Post(kPs3 + "/inquiry", kTeacher, {{"kind", "book_club"}, {"name", "R"}, {"focus", "x"}, {"members", two}}).status, 422);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM inquiry_groups") - before, 0);

  // The page keeps what was typed when the form is refused.
  const auto priya = server_->SignIn(kTeacher);
  auto form = server_->PostForm(kPs3 + "/inquiry", &priya,
                                "kind=text_based&name=Reading+circle&focus=&members=" + PersonId(kTeacher) +
                                    "&members=" + PersonId(kHannah));
  EXPECT_EQ(form.status, 422);
  EXPECT_NE(form.body.find("value=\"Reading circle\""), std::string::npos);
  EXPECT_NE(form.body.find("Say what the group works on"), std::string::npos);
  EXPECT_NE(form.body.find("value=\"" + PersonId(kHannah) + "\" checked"), std::string::npos) << "members stay ticked";
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, InquiryRoutes, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         DatabaseTestName);

}  // namespace
}  // namespace practica::testing
