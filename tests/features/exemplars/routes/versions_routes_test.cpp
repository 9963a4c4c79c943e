// A published exemplar's new version and the editable rubric over real HTTP on the demo, on
// SQLite and PostgreSQL: the library keeps the published version while the new one is written
// and reviewed; the two versions' reviews never mix; nothing is published without an approving
// review; staff alone edit the rubric, and reviews score the rubric as it is when sent.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "exemplar_api.hpp"

namespace practica::testing {
namespace {

namespace json = boost::json;

class ExemplarVersions : public ExemplarApi {
 protected:
  static json::object Package(const std::string& title) {
    return {{"title", title}, {"summary", "Students map their block."}, {"grade_band", "3-5"}, {"subject", "history"},
            {"samr", "M"}, {"indicators", "1.7.a"}, {"tools", "Google My Maps"}, {"lesson_plan", "Day 1: walk."},
            {"licence", "cc-by"}};
  }

  // A Garvanza exemplar the demo's teacher packaged, approved by Hope Street's principal: version 1.
  std::string Published(const std::string& title) {
    auto made = Post(kGarvanzaPs4, kTeacher, Package(title));
    EXPECT_EQ(made.status, 201) << made.body;
    const auto id = std::to_string(Parse(made).at("id").as_int64());
    EXPECT_EQ(Post("/exemplars/" + id + "/submit", kTeacher, {}).status, 200);
    EXPECT_EQ(Post("/exemplars/" + id + "/reviewers", kCoordinator, {{"reviewer", kHopePrincipal}}).status, 201);
    EXPECT_EQ(Post("/exemplars/" + id + "/reviews/" + MyReview(id, kHopePrincipal), kHopePrincipal,
                   ReviewBody("approved")).status,
              200);
    return id;
  }

  // Starts version 2, retitles it and sends it to review with Hope Street's principal assigned.
  void SecondVersionInReview(const std::string& id, const std::string& title) {
    ASSERT_EQ(Post("/exemplars/" + id + "/versions", kTeacher, {}).status, 201);
    ASSERT_EQ(Post("/exemplars/" + id, kTeacher, Package(title)).status, 200);
    ASSERT_EQ(Post("/exemplars/" + id + "/submit", kTeacher, {}).status, 200);
    ASSERT_EQ(Post("/exemplars/" + id + "/reviewers", kCoordinator, {{"reviewer", kHopePrincipal}}).status, 201);
  }
};

TEST_P(ExemplarVersions, TheLibraryKeepsThePublishedVersionUntilTheNewOneIsApproved) {
  const auto id = Published("Mapping our block");
  ASSERT_EQ(Post("/exemplars/" + id + "/versions", kTeacher, {}).status, 201);
  ASSERT_EQ(Post("/exemplars/" + id, kTeacher, Package("Mapping our block with cartographers")).status, 200);

  EXPECT_EQ(Parse(Api("/exemplars/" + id)).at("title").as_string(), "Mapping our block");
  EXPECT_EQ(Parse(Api("/exemplars/" + id + "?version=next")).at("title").as_string(), "Mapping our block");
  EXPECT_EQ(Parse(Api("/exemplars/" + id + "?version=next", kTeacher)).at("title").as_string(), "Mapping our block with cartographers");
  EXPECT_EQ(Total("q=cartographers"), 0);

  ASSERT_EQ(Post("/exemplars/" + id + "/submit", kTeacher, {}).status, 200);
  EXPECT_EQ(Post("/exemplars/" + id, kTeacher, Package("Mapping our street")).status, 409);
  ASSERT_EQ(Post("/exemplars/" + id + "/reviewers", kCoordinator, {{"reviewer", kHopePrincipal}}).status, 201);
  EXPECT_EQ(Parse(Api("/exemplars/" + id)).at("title").as_string(), "Mapping our block");
  EXPECT_EQ(Total("q=cartographers"), 0);

  auto approved = Post("/exemplars/" + id + "/reviews/" + MyReview(id, kHopePrincipal), kHopePrincipal,
                       ReviewBody("approved"));

  ASSERT_EQ(approved.status, 200) << approved.body;
  const auto shown = Parse(Api("/exemplars/" + id));
  EXPECT_EQ(shown.at("title").as_string(), "Mapping our block with cartographers");
  EXPECT_EQ(shown.at("version").as_int64(), 2);
  EXPECT_EQ(Total("q=cartographers"), 1);
  EXPECT_EQ(server_->QueuedMail("Approved: Mapping our block with cartographers"), 1);
}

TEST_P(ExemplarVersions, TheAuthorsListSaysANextVersionIsUnderWayAndTheLibraryNever) {
  const auto id = Published("Block party maps");
  SecondVersionInReview(id, "Block party maps, version two");
  const auto find = [&](const json::array& lines) -> json::object {
    for (const auto& line : lines) {
      if (std::to_string(line.at("id").as_int64()) == id) return line.as_object();
    }
    ADD_FAILURE() << "exemplar " << id << " is not listed";
    return {};
  };

  const auto mine = find(Parse(Api("/exemplars/mine", kTeacher)).at("authored").as_array());
  EXPECT_EQ(mine.at("status_label").as_string(), "Published");
  EXPECT_EQ(mine.at("next_status").as_string(), "in_review");
  EXPECT_EQ(mine.at("next_label").as_string(), "next version: in review");
  const auto queue = find(Parse(Api("/exemplars/mine", kCoordinator)).at("in_review").as_array());
  EXPECT_EQ(queue.at("next_status").as_string(), "in_review");

  const auto listed = find(Parse(Api("/exemplars?q=block+party")).at("exemplars").as_array());
  EXPECT_FALSE(listed.contains("next_status"));
  EXPECT_FALSE(listed.contains("next_label"));
}

TEST_P(ExemplarVersions, TwoVersionsReviewsNeverMix) {
  const auto id = Published("Block walk");
  SecondVersionInReview(id, "Block walk, version two");
  const auto second = MyReview(id, kHopePrincipal);
  auto reviews = Parse(Api("/exemplars/" + id, kTeacher)).at("reviews").as_array();
  ASSERT_EQ(reviews.size(), 2u);
  const auto old_review = std::to_string(reviews[1].at("id").as_int64());
  ASSERT_NE(old_review, second);

  // Version 1's review, decided already, cannot decide version 2.
  auto stale = Post("/exemplars/" + id + "/reviews/" + old_review, kHopePrincipal, ReviewBody("declined"));
  EXPECT_EQ(stale.status, 409);
  auto declined = Post("/exemplars/" + id + "/reviews/" + second, kHopePrincipal, ReviewBody("declined"));
  ASSERT_EQ(declined.status, 200) << declined.body;

  const auto page = Parse(Api("/exemplars/" + id, kTeacher));
  EXPECT_EQ(page.at("status").as_string(), "published");
  EXPECT_EQ(page.at("title").as_string(), "Block walk");
  EXPECT_EQ(page.at("next").at("status").as_string(), "declined");
  reviews = page.at("reviews").as_array();
  ASSERT_EQ(reviews.size(), 2u);
  EXPECT_EQ(reviews[0].at("version").as_int64(), 2);
  EXPECT_EQ(reviews[0].at("decision").as_string(), "declined");
  EXPECT_EQ(reviews[1].at("version").as_int64(), 1);
  EXPECT_EQ(reviews[1].at("decision").as_string(), "approved");
  EXPECT_EQ(Total("q=block%20walk"), 1);
  // A declined new version may be started again, from the published one.
  EXPECT_EQ(Post("/exemplars/" + id + "/versions", kTeacher, {}).status, 201);
  EXPECT_EQ(Parse(Api("/exemplars/" + id + "?version=next", kTeacher)).at("title").as_string(), "Block walk");
}

TEST_P(ExemplarVersions, ANewVersionIsNeverPublishedWithoutItsOwnReview) {
  const auto id = Published("Map the playground");
  ASSERT_EQ(Post("/exemplars/" + id + "/versions", kTeacher, {}).status, 201);
  auto sneaky = Package("Map the playground, revised");
  sneaky["status"] = "published";
  sneaky["next_status"] = "";
  ASSERT_EQ(Post("/exemplars/" + id, kTeacher, sneaky).status, 200);

  EXPECT_EQ(Post("/exemplars/" + id + "/versions", kTeacher, {}).status, 409);  // one at a time
  EXPECT_EQ(Post("/exemplars/" + id + "/reviewers", kCoordinator, {{"reviewer", kHopePrincipal}}).status, 409);
  ASSERT_EQ(Post("/exemplars/" + id + "/submit", kTeacher, {}).status, 200);
  EXPECT_EQ(Post("/exemplars/" + id + "/reviewers", kTeacher, {{"reviewer", kHopePrincipal}}).status, 403);
  EXPECT_EQ(Post("/exemplars/" + id + "/reviewers", kCoordinator, {{"reviewer", kCoach}}).status, 409);

  EXPECT_EQ(Parse(Api("/exemplars/" + id)).at("title").as_string(), "Map the playground");
  EXPECT_EQ(Total("q=revised"), 0);
}

TEST_P(ExemplarVersions, RetiringEndsANewVersionUnderWay) {
  const auto id = Published("Shadow clocks");
  SecondVersionInReview(id, "Shadow clocks, revised");
  const auto review = MyReview(id, kHopePrincipal);

  ASSERT_EQ(Post("/exemplars/" + id + "/retire", kCoordinator, {{"reason", "Replaced by a district unit."}}).status, 200);

  const auto page = Parse(Api("/exemplars/" + id, kTeacher));
  EXPECT_EQ(page.at("status").as_string(), "retired");
  EXPECT_FALSE(page.contains("next"));
  EXPECT_EQ(Post("/exemplars/" + id + "/reviews/" + review, kHopePrincipal, ReviewBody("approved")).status, 409);
  EXPECT_EQ(Post("/exemplars/" + id + "/submit", kTeacher, {}).status, 409);
  EXPECT_EQ(Api("/exemplars/" + id).status, 404);
  EXPECT_EQ(Total("q=shadow"), 0);
}

TEST_P(ExemplarVersions, OnlyStaffEditTheRubricAndReviewsScoreItAsItIsThen) {
  const auto teacher = server_->SignIn(kTeacher);
  EXPECT_EQ(server_->Get("/exemplars/rubric", &teacher).status, 403);
  EXPECT_EQ(Post("/exemplars/rubric", kTeacher, {{"new_name", "Fun"}}).status, 403);
  const auto id = Published("Rubric walk");  // scored by the default rubric

  auto edited = Post("/exemplars/rubric", kCoordinator,
                     {{"name_alignment", "Alignment to the ISTE Standards for Students"},
                      {"remove_agency", true},
                      {"new_name", "Use of student voice"}});

  ASSERT_EQ(edited.status, 200) << edited.body;
  const auto rubric = Parse(Api("/exemplars/rubric", kCoordinator)).at("criteria").as_array();
  ASSERT_EQ(rubric.size(), 4u);
  EXPECT_EQ(rubric[0].at("name").as_string(), "Alignment to the ISTE Standards for Students");
  EXPECT_EQ(rubric[3].at("code").as_string(), "use-of-student-voice");

  SecondVersionInReview(id, "Rubric walk, revised");
  const auto review = MyReview(id, kHopePrincipal);
  auto old_body = Post("/exemplars/" + id + "/reviews/" + review, kHopePrincipal, ReviewBody("approved"));
  EXPECT_EQ(old_body.status, 422);
  EXPECT_EQ(Parse(old_body).at("error").at("field").as_string(), "score_use-of-student-voice");
  auto body = ReviewBody("approved");
  body["score_use-of-student-voice"] = 2;
  ASSERT_EQ(Post("/exemplars/" + id + "/reviews/" + review, kHopePrincipal, body).status, 200);

  const auto reviews = Parse(Api("/exemplars/" + id, kTeacher)).at("reviews").as_array();
  ASSERT_EQ(reviews.size(), 2u);
  const auto& now = reviews[0].at("scores").as_array();
  ASSERT_EQ(now.size(), 4u);
  EXPECT_EQ(now[3].at("name").as_string(), "Use of student voice");
  EXPECT_EQ(now[3].at("score").as_int64(), 2);
  // The first review keeps the criterion since removed, under its name.
  const auto& then = reviews[1].at("scores").as_array();
  ASSERT_EQ(then.size(), 4u);
  EXPECT_EQ(then[3].at("name").as_string(), "Student agency: students choose, design and lead");
  EXPECT_EQ(then[0].at("name").as_string(), "Alignment to the ISTE Standards for Students");
}

TEST_P(ExemplarVersions, ARefusedRubricKeepsWhatWasTyped) {
  const auto staff = server_->SignIn(kCoordinator);
  auto refused = server_->PostForm("/exemplars/rubric", &staff,
                                   "name_alignment=Clarity&name_clarity=Clarity&new_name=Use+of+student+voice");

  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("&quot;Clarity&quot; is in the rubric twice"), std::string::npos) << refused.body;
  EXPECT_NE(refused.body.find("value=\"Use of student voice\""), std::string::npos);
  EXPECT_EQ(Parse(Api("/exemplars/rubric", kCoordinator)).at("criteria").as_array()[0].at("name").as_string(),
            "Alignment to the ISTE indicators it names");
}

TEST_P(ExemplarVersions, AnExemplarNamesTheSchoolsCycleItCameFromAndNoOtherSchools) {
  const std::string ps3 = "/cohorts/ps-3-0/schools/garvanza-elementary-technology-and-leadership-magnet/exemplars";
  // Garvanza's own design-challenge cycle 1 in PS 3.0, read from the database as the page lists it.
  std::string garvanza_cycle;
  std::string hope_cycle;
  {
    auto db = server_->app().database().Acquire();
    (void)db->Execute("SELECT y.id, s.slug FROM published_challenge_cycles y JOIN published_schools s"
                      " ON s.district_id = y.district_id AND s.id = y.school_id WHERE y.number = 1",
                      {}, [&](const db::Row& row) {
                        if (row.Text(1).starts_with("garvanza")) garvanza_cycle = "challenge_cycle:" + row.String(0);
                        if (row.Text(1) == "hope-street-es") hope_cycle = "challenge_cycle:" + row.String(0);
                      });
  }
  ASSERT_FALSE(garvanza_cycle.empty());
  ASSERT_FALSE(hope_cycle.empty());
  auto other = Package("Fractions at stations");
  other["source"] = hope_cycle;
  auto refused = Post(ps3, kTeacher, other);
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(Parse(refused).at("error").at("field").as_string(), "source");

  auto own = Package("Fractions at stations");
  own["source"] = garvanza_cycle;
  auto made = Post(ps3, kTeacher, own);

  ASSERT_EQ(made.status, 201) << made.body;
  const auto id = std::to_string(Parse(made).at("id").as_int64());
  const auto page = Parse(Api("/exemplars/" + id, kTeacher));
  EXPECT_TRUE(page.at("source").at("label").as_string().starts_with("Design challenge, cycle 1: "));
  EXPECT_EQ(page.at("source").at("url").as_string(),
            "/cohorts/ps-3-0/schools/garvanza-elementary-technology-and-leadership-magnet/challenge");
  // The demo's water filter lesson came from a coaching cycle: named by its day, no goal, no names.
  const auto water = Parse(Api("/exemplars?q=water%20filter")).at("exemplars").at(0).at("url").as_string();
  const auto shown = Parse(Api(std::string(water)));
  EXPECT_EQ(shown.at("source").at("label").as_string(), "A coaching cycle at the school, begun Tuesday, October 2, 2018");
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, ExemplarVersions, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         DatabaseName);

}  // namespace
}  // namespace practica::testing
