// Reviews and decisions over real HTTP: conflicts of interest, the rubric, the site-visit
// window, the decision history, the roster, and who sees which rows of the review table.
#include "applications_fixture.hpp"

#include <boost/json/serialize.hpp>

namespace practica::applications {
namespace {

namespace json = boost::json;

class ReviewRoutes : public ApplicationsRoutesTest {
 protected:
  void SetUp() override {
    ApplicationsRoutesTest::SetUp();
    SubmitApplication(kHope, hope_);
    SubmitApplication(kGarvanza, principal_);
  }

  // Every criterion scored `score`, as the API takes it.
  std::string Scores(const std::string& school, int score) {
    json::array scores;
    const auto application = Json(Api("GET", ApiUrl(school), director_));
    for (const auto& c : application.at("criteria").as_array()) {
      scores.emplace_back(json::object{{"criterion_id", c.at("id")}, {"score", score}, {"comment", "Seen on the visit."}});
    }
    return json::serialize(json::object{{"scores", scores}});
  }

  std::int64_t ScoreRows() { return Count("SELECT COUNT(*) FROM review_scores"); }

  std::vector<std::string> CriterionIds(const std::string& school) {
    std::vector<std::string> ids;
    const auto application = Json(Api("GET", ApiUrl(school), director_));
    for (const auto& c : application.at("criteria").as_array()) {
      ids.push_back(std::to_string(c.at("id").as_int64()));
    }
    return ids;
  }

  // The score menu of one criterion on the review form, as the page renders it.
  static std::string ScoreMenu(const std::string& page, const std::string& criterion) {
    const auto start = page.find("id=\"score-" + criterion + "\"");
    if (start == std::string::npos) return "";
    return page.substr(start, page.find("</select>", start) - start);
  }
};

TEST_F(ReviewRoutes, StaffAssignAReviewerWhoseScoresShowInTheReviewTable) {
  ASSERT_EQ(server_->PostForm(PageUrl(kHope) + "/reviewers", &director_, "reviewer=dominic.caguioa%40lausd.net").status, 303);
  MakeReviewer(coach_);
  ASSERT_EQ(Api("POST", ApiUrl(kHope) + "/reviewers", director_, R"({"reviewer":"coach@practica.example"})").status, 200);

  ASSERT_EQ(Api("POST", ApiUrl(kHope) + "/reviews", specialist_, Scores(kHope, 4)).status, 200);
  ASSERT_EQ(Api("POST", ApiUrl(kHope) + "/reviews", coach_, Scores(kHope, 2)).status, 200);

  auto table = Json(Api("GET", "/api/v1/cohorts/ps-5-0/applications", director_));
  const auto& rows = table.at("applications").as_array();
  ASSERT_EQ(rows.size(), 2u);
  const auto& hope = rows[1].as_object();
  EXPECT_EQ(hope.at("school").at("slug").as_string(), kHope);
  EXPECT_EQ(hope.at("reviewer_count").as_int64(), 2);
  EXPECT_EQ(hope.at("scores").as_array()[0].at("mean_text").as_string(), "3");
  EXPECT_EQ(hope.at("scores").as_array()[0].at("spread").as_int64(), 2);
  auto page = server_->Get("/cohorts/ps-5-0/applications", &director_);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<td>3 (2)</td>"), std::string::npos);
}

TEST_F(ReviewRoutes, OffersReviewersByNameAndKeepsTheChoiceWhenTheAssignmentIsRefused) {
  MakeReviewer(northeast_);
  ASSERT_EQ(server_->PostForm(PageUrl(kHope) + "/reviewers", &director_, "reviewer=dominic.caguioa%40lausd.net").status, 303);

  const auto hope = server_->Get(PageUrl(kHope), &director_);
  const auto refused = server_->PostForm(PageUrl(kGarvanza) + "/reviewers", &director_,
                                         "reviewer=director.northeast%40practica.example");
  const auto menu = [](const std::string& page) {
    const auto at = page.find("id=\"reviewer-email\"");
    return at == std::string::npos ? std::string() : page.substr(at, page.find("</select>", at) - at);
  };

  EXPECT_NE(menu(hope.body).find(">Marcus Lee</option>"), std::string::npos) << menu(hope.body);
  EXPECT_EQ(menu(hope.body).find("Dominic Caguioa"), std::string::npos) << "already reviews Hope Street";
  EXPECT_EQ(menu(hope.body).find("Priya Shah"), std::string::npos) << "a teacher does not review";
  EXPECT_NE(menu(refused.body).find("value=\"director.northeast@practica.example\" selected"), std::string::npos)
      << menu(refused.body);
}

TEST_F(ReviewRoutes, RefusesAReviewerWhoHoldsARoleAtTheSchool) {
  MakeReviewer(hope_);

  auto reply = Api("POST", ApiUrl(kHope) + "/reviewers", director_, R"({"reviewer":"principal.hope@practica.example"})");

  EXPECT_EQ(reply.status, 409);
  EXPECT_EQ(Json(reply).at("error").at("message").as_string(),
            "Hannah Kim cannot review Hope Street ES: they are Principal at Hope Street ES. Reviewers come from outside "
            "the school and its local district; assign someone else.");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM application_reviewers"), 0);
}

TEST_F(ReviewRoutes, RefusesAReviewerOnTheSchoolsStaffListWithoutARoleThere) {
  MakeReviewer(coach_);
  {
    auto db = server_->app().database().Acquire();
    ASSERT_TRUE(db->Exec("INSERT INTO school_staff (district_id, school_id, person_id, role) "
                         "SELECT s.district_id, s.id, $1, 'teacher' FROM schools s WHERE s.slug = $2",
                         {coach_.person_id, kHope})
                    .has_value());
  }

  auto reply = Api("POST", ApiUrl(kHope) + "/reviewers", director_, R"({"reviewer":"coach@practica.example"})");

  EXPECT_EQ(reply.status, 409);
  EXPECT_NE(std::string(Json(reply).at("error").at("message").as_string())
                .find("cannot review Hope Street ES: they are a teacher on the staff at Hope Street ES."),
            std::string::npos)
      << reply.body;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM application_reviewers"), 0);
}

TEST_F(ReviewRoutes, RefusesAReviewerFromTheSchoolsLocalDistrict) {
  MakeReviewer(northeast_);

  auto reply = server_->PostForm(PageUrl(kGarvanza) + "/reviewers", &director_,
                                 "reviewer=director.northeast%40practica.example");

  EXPECT_EQ(reply.status, 409);
  EXPECT_NE(reply.body.find("Marcus Lee cannot review Garvanza Elementary Technology and Leadership Magnet"), std::string::npos);
  EXPECT_NE(reply.body.find("value=\"director.northeast@practica.example\""), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM application_reviewers"), 0);
}

TEST_F(ReviewRoutes, RefusesAReviewerScoringTheirOwnSchool) {
  // Assigned before the conflict was known (say, before they took the role): the score is still refused.
  MakeReviewer(hope_);
  ASSERT_GT(server_->CountRows("SELECT COUNT(*) FROM applications WHERE cohort_id = (SELECT id FROM cohorts WHERE slug = 'ps-5-0')"), 0);
  {
    auto db = server_->app().database().Acquire();
    ASSERT_TRUE(db->Exec("INSERT INTO application_reviewers (district_id, application_id, person_id, assigned_by,"
                         " assigned_at) SELECT a.district_id, a.id, $1, $1, 0 FROM applications a"
                         " JOIN schools s ON s.district_id = a.district_id AND s.id = a.school_id WHERE s.slug = $2",
                         {hope_.person_id, kHope}));
  }

  auto reply = Api("POST", ApiUrl(kHope) + "/reviews", hope_, Scores(kHope, 4));

  EXPECT_EQ(reply.status, 409);
  EXPECT_TRUE(std::string(Json(reply).at("error").at("message").as_string())
                  .starts_with("Hannah Kim cannot review Hope Street ES: they are Principal at Hope Street ES."));
  EXPECT_EQ(ScoreRows(), 0);
}

TEST_F(ReviewRoutes, RefusesAScoreOutsideTheRubric) {
  ASSERT_EQ(Api("POST", ApiUrl(kHope) + "/reviewers", director_, R"({"reviewer":"dominic.caguioa@lausd.net"})").status, 200);

  auto api = Api("POST", ApiUrl(kHope) + "/reviews", specialist_, Scores(kHope, 5));
  const auto criteria = Json(Api("GET", ApiUrl(kHope), director_)).at("criteria").as_array();
  const auto first = std::to_string(criteria[0].at("id").as_int64());
  auto page = server_->PostForm(PageUrl(kHope) + "/reviews", &specialist_,
                                "score_" + first + "=0&comment_" + first + "=Kept+comment");

  EXPECT_EQ(api.status, 422);
  EXPECT_TRUE(std::string(Json(api).at("error").at("message").as_string())
                  .starts_with("The score for criterion 1 (\"An experienced collaborative Instructional Leadership Tea…\") "
                               "must be from 1 (Not yet in place) to 4 (Exemplary); got 5."));
  EXPECT_EQ(page.status, 422);
  EXPECT_NE(page.body.find(">Kept comment</textarea>"), std::string::npos);
  EXPECT_EQ(ScoreRows(), 0);
}

TEST_F(ReviewRoutes, ShowsStaffWhoReviewTheirSavedScoresAndCommentsWhenTheyComeBack) {
  ASSERT_EQ(Api("POST", ApiUrl(kHope) + "/reviewers", director_, R"({"reviewer":"dominic.caguioa@lausd.net"})").status, 200);
  ASSERT_EQ(Api("POST", ApiUrl(kHope) + "/reviews", specialist_, Scores(kHope, 3)).status, 200);
  const auto first = CriterionIds(kHope).front();

  auto page = server_->Get(PageUrl(kHope), &specialist_);

  EXPECT_EQ(page.status, 200);
  EXPECT_NE(ScoreMenu(page.body, first).find("<option value=\"3\" selected>"), std::string::npos) << ScoreMenu(page.body, first);
  EXPECT_NE(page.body.find("name=\"comment_" + first + "\" rows=\"2\" class=\"full\">Seen on the visit.</textarea>"),
            std::string::npos);
}

TEST_F(ReviewRoutes, ShowsAReviewerTheirSavedScoresWhenTheyComeBack) {
  MakeReviewer(coach_);
  ASSERT_EQ(Api("POST", ApiUrl(kHope) + "/reviewers", director_, R"({"reviewer":"coach@practica.example"})").status, 200);
  ASSERT_EQ(Api("POST", ApiUrl(kHope) + "/reviews", coach_, Scores(kHope, 2)).status, 200);
  const auto ids = CriterionIds(kHope);

  auto page = server_->Get(PageUrl(kHope), &coach_);

  EXPECT_EQ(page.status, 200);
  for (const auto& id : ids) {
    EXPECT_NE(ScoreMenu(page.body, id).find("<option value=\"2\" selected>"), std::string::npos) << "criterion " << id;
  }
}

TEST_F(ReviewRoutes, KeepsWhatTheReviewerTypedWhenTheirChangeIsRefused) {
  ASSERT_EQ(Api("POST", ApiUrl(kHope) + "/reviewers", director_, R"({"reviewer":"dominic.caguioa@lausd.net"})").status, 200);
  ASSERT_EQ(Api("POST", ApiUrl(kHope) + "/reviews", specialist_, Scores(kHope, 3)).status, 200);
  const auto ids = CriterionIds(kHope);

  // The first criterion changed, the second left blank: refused, and the page shows what was typed.
  auto page = server_->PostForm(PageUrl(kHope) + "/reviews", &specialist_,
                                "score_" + ids[0] + "=2&comment_" + ids[0] + "=Changed+my+mind&score_" + ids[1] + "=");

  EXPECT_EQ(page.status, 422);
  EXPECT_NE(ScoreMenu(page.body, ids[0]).find("<option value=\"2\" selected>"), std::string::npos);
  EXPECT_NE(page.body.find(">Changed my mind</textarea>"), std::string::npos);
  EXPECT_EQ(ScoreMenu(page.body, ids[1]).find("selected"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM review_scores WHERE score = 3"), static_cast<std::int64_t>(ids.size()))
      << "the saved review stays as it was";
}

TEST_F(ReviewRoutes, RefusesAScoreFromSomeoneNotAssigned) {
  auto reply = Api("POST", ApiUrl(kHope) + "/reviews", specialist_, Scores(kHope, 3));

  EXPECT_EQ(reply.status, 403);
  EXPECT_EQ(ScoreRows(), 0);
}

TEST_F(ReviewRoutes, RecordsASiteVisitOnlyWithinTheWindow) {
  auto outside = server_->PostForm(PageUrl(kHope) + "/site-visit", &director_,
                                   "visited_on=2026-12-21&visitors=Sophia+Mendoza&notes=Saw+three+classrooms.");
  auto inside = Api("POST", ApiUrl(kHope) + "/site-visit", director_,
                    R"({"visited_on":"2026-12-08","visitors":"Sophia Mendoza, Allison Jonas","notes":"Strong ILT."})");

  EXPECT_EQ(outside.status, 422);
  EXPECT_NE(outside.body.find("Site visits for PS 5.0 take place December 7 to December 18, 2026; Monday, December 21, "
                              "2026 is outside that window."),
            std::string::npos);
  EXPECT_NE(outside.body.find(">Saw three classrooms.</textarea>"), std::string::npos);
  EXPECT_EQ(inside.status, 200);
  EXPECT_EQ(Json(inside).at("site_visit").at("visited_on").as_string(), "2026-12-08");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM site_visits"), 1);
}

TEST_F(ReviewRoutes, AcceptingPutsTheSchoolOnTheCohortsRosterInTheSameChange) {
  // Before the deadline and the site visits: every statement confirmed.
  auto waitlisted = server_->PostForm(PageUrl(kHope) + "/decision", &director_,
                                      "decision=waitlisted&note=&confirm=yes&confirm_window_open=yes"
                                      "&confirm_no_site_visit=yes");
  const auto roster = Count("SELECT COUNT(*) FROM participations p JOIN cohorts c ON c.district_id = p.district_id"
                            " AND c.id = p.cohort_id WHERE c.slug = 'ps-5-0'");
  auto accepted = Api("POST", ApiUrl(kHope) + "/decision", director_,
                      R"({"decision":"accepted","note":"A place opened.","confirm":"yes","confirm_window_open":"yes",)"
                      R"("confirm_no_site_visit":"yes"})");
  auto again = Api("POST", ApiUrl(kHope) + "/decision", director_,
                   R"({"decision":"accepted","confirm":"yes","confirm_window_open":"yes","confirm_no_site_visit":"yes"})");

  EXPECT_EQ(waitlisted.status, 303);
  EXPECT_EQ(roster, 0);
  EXPECT_EQ(accepted.status, 200);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM participations p JOIN cohorts c ON c.district_id = p.district_id"
                  " AND c.id = p.cohort_id WHERE c.slug = 'ps-5-0' AND p.listed_name = 'Hope Street ES'"),
            1);
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(Json(again).at("error").at("message").as_string(),
            "Hope Street ES's application for PS 5.0 is already accepted; to correct the decision, choose a different "
            "one.");
  const auto history = Json(Api("GET", ApiUrl(kHope), hope_)).at("decisions").as_array();
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].at("decision").as_string(), "waitlisted");
  EXPECT_EQ(history[1].at("note").as_string(), "A place opened.");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'applications.decide' AND outcome = 'done'"), 2);
}

TEST_F(ReviewRoutes, OnlyTheProgramsAdministratorsDecide) {
  auto specialist = Api("POST", ApiUrl(kHope) + "/decision", specialist_, R"({"decision":"accepted"})");
  auto director = Api("POST", ApiUrl(kGarvanza) + "/decision", northeast_, R"({"decision":"accepted"})");

  EXPECT_EQ(specialist.status, 403);
  EXPECT_EQ(director.status, 403);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM application_decisions WHERE application_id IN (SELECT id FROM applications WHERE cohort_id = (SELECT id FROM cohorts WHERE slug = 'ps-5-0'))"), 0);
}

TEST_F(ReviewRoutes, ShowsEachPersonOnlyTheRowsInsideTheirScopes) {
  MakeReviewer(coach_);
  ASSERT_EQ(Api("POST", ApiUrl(kGarvanza) + "/reviewers", director_, R"({"reviewer":"coach@practica.example"})").status, 200);
  const auto schools = [&](const testing::SignedIn& who) {
    std::vector<std::string> slugs;
    const auto table = Json(Api("GET", "/api/v1/cohorts/ps-5-0/applications", who));
    for (const auto& row : table.at("applications").as_array()) {
      slugs.emplace_back(row.at("school").at("slug").as_string());
    }
    return slugs;
  };

  EXPECT_EQ(schools(director_), (std::vector<std::string>{kGarvanza, kHope}));
  EXPECT_EQ(schools(hope_), (std::vector<std::string>{kHope}));
  EXPECT_EQ(schools(teacher_), (std::vector<std::string>{kGarvanza}));
  EXPECT_EQ(schools(northeast_), (std::vector<std::string>{kGarvanza}));
  EXPECT_EQ(schools(coach_), (std::vector<std::string>{kGarvanza}));
  EXPECT_EQ(Json(Api("GET", "/api/v1/cohorts/ps-5-0/applications?local_district=east", director_))
                .at("applications").as_array().size(),
            1u);
  const auto principal_row = Json(Api("GET", "/api/v1/cohorts/ps-5-0/applications", hope_)).at("applications").as_array()[0];
  EXPECT_FALSE(principal_row.as_object().contains("scores")) << "a school does not see its reviewers' scores";
  EXPECT_EQ(Api("GET", ApiUrl(kHope), coach_).status, 403) << "a reviewer reads only what they review";
}

}  // namespace
}  // namespace practica::applications
