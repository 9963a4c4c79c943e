// Exemplars over real HTTP on the demo, on SQLite and PostgreSQL: the library open to visitors,
// every rule tried by someone who should be refused (publishing without review, the school's
// own coach or principal as reviewer, student work without consent, a retired or unpublished
// exemplar looked for, query syntax in a search, an old round's review decided again), and a
// teacher's exemplar walked from draft to published through the API.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "exemplar_api.hpp"
#include "features/exemplars/store/exemplars_store.hpp"

namespace practica::testing {
namespace {

namespace json = boost::json;

class ExemplarRoutes : public ExemplarApi {
 protected:
  // A new draft at Garvanza in PS 4.0 written by the demo's teacher; its id.
  std::string Draft(const std::string& title) {
    auto reply = Post(kGarvanzaPs4, kTeacher,
                      {{"title", title}, {"summary", "Students map their block."}, {"grade_band", "3-5"},
                       {"subject", "history"}, {"samr", "M"}, {"indicators", "1.7.a,1.7.b"}, {"cs_practices", "P2"},
                       {"tools", "Google My Maps"}, {"lesson_plan", "Day 1: walk.\n\nDay 2: map."}, {"licence", "cc-by"}});
    EXPECT_EQ(reply.status, 201) << reply.body;
    return std::to_string(Parse(reply).at("id").as_int64());
  }
};

TEST_P(ExemplarRoutes, LibraryIsOpenToVisitorsWithOnlyPublishedExemplars) {
  auto reply = server_->Get("/exemplars");

  EXPECT_EQ(reply.status, 200);
  EXPECT_NE(reply.body.find("id=\"results\""), std::string::npos);
  EXPECT_NE(reply.body.find("Co-writing a podcast with a partner class"), std::string::npos);  // the newest
  EXPECT_NE(reply.body.find("Illustrative"), std::string::npos);
  EXPECT_NE(reply.body.find("Page 1 of 2"), std::string::npos);
  EXPECT_EQ(reply.body.find("A shared climate map"), std::string::npos);
  EXPECT_EQ(reply.body.find("Pen pals on video"), std::string::npos);
}

TEST_P(ExemplarRoutes, SearchHighlightsMatchesAndItsLinksKeepTheQuery) {
  auto reply = Api("/exemplars?q=water&grade_band=3-5");

  ASSERT_EQ(reply.status, 200);
  const auto page = Parse(reply);
  EXPECT_EQ(page.at("total").as_int64(), 1);
  EXPECT_EQ(page.at("exemplars").at(0).at("title_html").as_string(), "Design a <mark>water</mark> filter for the school garden");
  const auto& facet = page.at("facets").at(0).at("values").at(0).at("url").as_string();
  EXPECT_NE(facet.find("q=water"), std::string::npos) << facet;
  EXPECT_NE(facet.find("grade_band=3-5"), std::string::npos) << facet;
}

// The page writes its facets straight to HTML and the API as JSON: both must list the same
// values, counts and links, the chosen one marked and linking to the search without it.
TEST_P(ExemplarRoutes, PageListsEveryFacetValueTheApiCountsWithTheSameLinks) {
  const std::string search = "/exemplars?q=water&grade_band=3-5";
  const auto api = Parse(Api(search));
  auto page = server_->Get(search);
  ASSERT_EQ(page.status, 200);

  const auto escaped = [](std::string text) {
    std::string out;
    for (const char c : text) out += c == '&' ? std::string("&amp;") : c == '\'' ? std::string("&apos;") : std::string(1, c);
    return out;
  };
  int values = 0;
  for (const auto& facet : api.at("facets").as_array()) {
    const std::string title(facet.at("title").as_string());
    const bool open = facet.at("open").as_bool();
    EXPECT_NE(page.body.find(std::string(open ? "<details open>" : "<details>") + "<summary>" + title + "</summary>"),
              std::string::npos) << title;
    for (const auto& value : facet.at("values").as_array()) {
      ++values;
      const bool chosen = value.at("chosen").as_bool();
      const std::string item = "<li><a href=\"" + escaped(std::string(value.at("url").as_string())) + "\"" +
                               (chosen ? " aria-current=\"true\"" : "") + ">" +
                               escaped(std::string(value.at("label").as_string())) + "</a> <span class=\"muted\">(" +
                               std::to_string(value.at("count").as_int64()) + ")</span></li>";
      EXPECT_NE(page.body.find(item), std::string::npos) << item;
    }
  }
  EXPECT_GT(values, 3);
  EXPECT_NE(page.body.find("<details open><summary>Grade band</summary>"), std::string::npos);
  EXPECT_NE(page.body.find("<a href=\"/exemplars?q=water\" aria-current=\"true\">"), std::string::npos);
  EXPECT_EQ(page.body.find("<li><a href=\"/exemplars?grade_band=3-5&q="), std::string::npos);  // never an unescaped &
}

TEST_P(ExemplarRoutes, SqlOrFtsSyntaxInASearchIsNoErrorAndNoLeak) {
  for (const std::string q : {"%27%20OR%201%3D1%20--", "%22*", "title%3A*%20NEAR(a)", "climate%20OR%20pen"}) {
    auto reply = Api("/exemplars?q=" + q);
    ASSERT_EQ(reply.status, 200) << q << ": " << reply.body;
    const auto page = Parse(reply);
    for (const auto& hit : page.at("exemplars").as_array()) EXPECT_EQ(hit.at("status").as_string(), "published");
  }
  EXPECT_EQ(Total("q=climate"), 0);
}

TEST_P(ExemplarRoutes, NoResultsPageSaysWhatToTry) {
  auto reply = server_->Get("/exemplars?q=zzqxv&subject=math");

  EXPECT_EQ(reply.status, 200);
  EXPECT_NE(reply.body.find("id=\"no-results\""), std::string::npos);
  EXPECT_NE(reply.body.find("Remove a choice"), std::string::npos);
  EXPECT_NE(reply.body.find("value=\"zzqxv\""), std::string::npos);
}

TEST_P(ExemplarRoutes, RetiredExemplarIsFoundNowhere) {
  const auto id = IdOf("A shared climate map with partner schools");

  EXPECT_EQ(Api("/exemplars/" + id).status, 404);
  EXPECT_EQ(Api("/exemplars/" + id, kHopePrincipal).status, 404);
  EXPECT_EQ(Total("q=climate"), 0);
  EXPECT_EQ(Total("school=coldwater-canyon-es"), 0);
  EXPECT_EQ(Api("/exemplars/" + id, kCoordinator).status, 200);  // staff still see it
}

TEST_P(ExemplarRoutes, AtomFeedListsTheNewestPublishedAndNeitherRetiredNorInReview) {
  auto reply = server_->Get("/exemplars/feed.atom");

  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.Header("content-type"), "application/atom+xml; charset=utf-8");
  EXPECT_NE(reply.body.find("<title>Co-writing a podcast with a partner class</title>"), std::string::npos);
  EXPECT_EQ(reply.body.find("A shared climate map"), std::string::npos);
  EXPECT_EQ(reply.body.find("Pen pals"), std::string::npos);
}

TEST_P(ExemplarRoutes, InReviewExemplarIsSeenOnlyByAuthorsReviewersAndStaff) {
  const auto id = IdOf("Pen pals on video: our neighbourhoods compared");

  EXPECT_EQ(Api("/exemplars/" + id).status, 404);
  EXPECT_EQ(Api("/exemplars/" + id, kHopePrincipal).status, 404);
  EXPECT_EQ(Api("/exemplars/" + id, kTeacher).status, 200);
  EXPECT_EQ(Api("/exemplars/" + id, kSpecialist).status, 200);
  EXPECT_EQ(server_->Get("/exemplars/" + id).status, 404);
}

TEST_P(ExemplarRoutes, ReviewsArePrivateToAuthorsReviewersAndStaff) {
  const auto id = IdOf("Design a water filter for the school garden");

  EXPECT_FALSE(Parse(Api("/exemplars/" + id)).contains("reviews"));
  EXPECT_FALSE(Parse(Api("/exemplars/" + id, kHopePrincipal)).contains("reviews"));
  // Version 1's decided review and version 2's, still to be written: both belong to them.
  EXPECT_EQ(Parse(Api("/exemplars/" + id, kTeacher)).at("reviews").as_array().size(), 2u);
  EXPECT_EQ(Parse(Api("/exemplars/" + id, kSpecialist)).at("reviews").as_array().size(), 2u);
  EXPECT_FALSE(Parse(Api("/exemplars/" + id + "?version=next", kHopePrincipal)).contains("reviews"));
}

TEST_P(ExemplarRoutes, TheSchoolsOwnCoachOrPrincipalIsNeverItsReviewer) {
  const auto id = IdOf("Pen pals on video: our neighbourhoods compared");

  auto coach = Post("/exemplars/" + id + "/reviewers", kCoordinator, {{"reviewer", kCoach}});
  auto principal = Post("/exemplars/" + id + "/reviewers", kCoordinator, {{"reviewer", kPrincipal}});
  auto outside = Post("/exemplars/" + id + "/reviewers", kCoordinator, {{"reviewer", kHopePrincipal}});

  EXPECT_EQ(coach.status, 409);
  EXPECT_NE(coach.body.find("coaches Garvanza"), std::string::npos) << coach.body;
  EXPECT_EQ(principal.status, 409);
  EXPECT_EQ(outside.status, 201) << outside.body;
  EXPECT_EQ(server_->QueuedMail("Please review the exemplar"), 1);
}

TEST_P(ExemplarRoutes, OnlyStaffAssignReviewers) {
  const auto id = IdOf("Pen pals on video: our neighbourhoods compared");

  EXPECT_EQ(Post("/exemplars/" + id + "/reviewers", kTeacher, {{"reviewer", kHopePrincipal}}).status, 403);
}

TEST_P(ExemplarRoutes, NothingIsPublishedWithoutAnApprovingReview) {
  const auto id = Draft("Mapping our block");
  ASSERT_EQ(Post("/exemplars/" + id, kTeacher,
                 {{"title", "Mapping our block"}, {"summary", "S"}, {"grade_band", "3-5"}, {"subject", "history"},
                  {"samr", "M"}, {"indicators", "1.7.a"}, {"tools", "Maps"}, {"lesson_plan", "Plan"},
                  {"licence", "cc-by"}, {"status", "published"}})
                .status,
            200);
  EXPECT_EQ(Parse(Api("/exemplars/" + id, kTeacher)).at("status").as_string(), "draft");
  EXPECT_EQ(Api("/exemplars/" + id).status, 404);

  ASSERT_EQ(Post("/exemplars/" + id + "/submit", kTeacher, {}).status, 200);
  EXPECT_EQ(Total("q=mapping%20block"), 0);
  ASSERT_EQ(Post("/exemplars/" + id + "/reviewers", kCoordinator, {{"reviewer", kHopePrincipal}}).status, 201);
  const auto review = MyReview(id, kHopePrincipal);
  EXPECT_EQ(Post("/exemplars/" + id + "/reviews/" + review, kTeacher, ReviewBody("approved")).status, 403);
  EXPECT_EQ(Total("q=mapping%20block"), 0);

  auto approved = Post("/exemplars/" + id + "/reviews/" + review, kHopePrincipal, ReviewBody("approved"));

  EXPECT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(Total("q=mapping%20block"), 1);
  EXPECT_EQ(Api("/exemplars/" + id).status, 200);
  EXPECT_EQ(server_->QueuedMail("Approved: Mapping our block"), 1);
}

TEST_P(ExemplarRoutes, AnOldRoundsReviewCannotBeDecidedAgain) {
  const auto id = Draft("Two rounds");
  ASSERT_EQ(Post("/exemplars/" + id + "/submit", kTeacher, {}).status, 200);
  ASSERT_EQ(Post("/exemplars/" + id + "/reviewers", kCoordinator, {{"reviewer", kHopePrincipal}}).status, 201);
  const auto first = MyReview(id, kHopePrincipal);
  ASSERT_EQ(Post("/exemplars/" + id + "/reviews/" + first, kHopePrincipal, ReviewBody("changes_requested")).status, 200);
  ASSERT_EQ(Post("/exemplars/" + id + "/submit", kTeacher, {}).status, 200);

  auto stale = Post("/exemplars/" + id + "/reviews/" + first, kHopePrincipal, ReviewBody("approved"));
  auto second = Post("/exemplars/" + id + "/reviewers", kCoordinator, {{"reviewer", kHopePrincipal}});

  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(second.status, 201);
  const auto reviews = Parse(Api("/exemplars/" + id, kTeacher)).at("reviews").as_array();
  ASSERT_EQ(reviews.size(), 2u);
  EXPECT_EQ(reviews[0].at("round").as_int64(), 2);
  EXPECT_FALSE(reviews[0].at("decided").as_bool());
  EXPECT_EQ(reviews[1].at("round").as_int64(), 1);
  EXPECT_EQ(reviews[1].at("decision").as_string(), "changes_requested");
  EXPECT_EQ(Api("/exemplars/" + id).status, 404);
}

TEST_P(ExemplarRoutes, StudentWorkIsShownOnlyWithAStandingConsent) {
  const auto id = IdOf("Design a water filter for the school garden");
  const auto teacher = server_->SignIn(kTeacher);
  const std::string boundary = "exemplarboundary";
  const std::string body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n" +
                           teacher.csrf_token + "\r\n--" + boundary +
                           "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"reflection.txt\"\r\n"
                           "Content-Type: text/plain\r\n\r\nOur filter cleaned the water on the second try.\r\n--" +
                           boundary + "--\r\n";
  auto uploaded = server_->Send("POST", "/exemplars/" + id + "/artifacts",
                                {{"Cookie", teacher.cookie}, {"Content-Type", "multipart/form-data; boundary=" + boundary}},
                                body);
  ASSERT_EQ(uploaded.status, 303) << uploaded.body;
  // The demo's own consented test log is already there, public; the new file is not, yet.
  const auto insider = Parse(Api("/exemplars/" + id, kTeacher)).at("artifacts").as_array();
  ASSERT_EQ(insider.size(), 2u);
  std::string artifact;
  for (const auto& a : insider) {
    if (a.at("file_name").as_string() == "reflection.txt") artifact = std::to_string(a.at("id").as_int64());
  }
  ASSERT_FALSE(artifact.empty());
  const std::string file = "/exemplars/" + id + "/artifacts/" + artifact;
  const auto PublicNames = [&] {
    std::vector<std::string> names;
    const auto shown = Parse(Api("/exemplars/" + id));
    for (const auto& a : shown.at("artifacts").as_array()) {
      names.emplace_back(a.at("file_name").as_string());
    }
    return names;
  };

  EXPECT_EQ(PublicNames(), std::vector<std::string>{"filter-test-log.txt"});
  EXPECT_EQ(server_->Get(file).status, 404);

  ASSERT_EQ(Post(file + "/consent", kTeacher, {{"consent_note", "Parent release form, March 2, 2019"}}).status, 200);
  EXPECT_EQ(PublicNames().size(), 2u);
  const auto opened = server_->Get(file);
  EXPECT_EQ(opened.status, 200);
  EXPECT_NE(opened.body.find("second try"), std::string::npos);

  ASSERT_EQ(Post(file + "/withdraw", kTeacher, {}).status, 200);
  EXPECT_EQ(PublicNames(), std::vector<std::string>{"filter-test-log.txt"});
  EXPECT_EQ(server_->Get(file).status, 404);
  EXPECT_EQ(Post(file + "/consent", kTeacher, {{"consent_note", "A new form"}}).status, 409);
}

TEST_P(ExemplarRoutes, ARefusedPackageKeepsEverythingTyped) {
  const auto teacher = server_->SignIn(kTeacher);

  auto reply = server_->PostForm(kGarvanzaPs4, &teacher,
                                 "title=Mapping+our+block&summary=Kept+summary&grade_band=3-5&indicators=1.7.a&indicators=1.7.b");

  EXPECT_EQ(reply.status, 422);
  EXPECT_NE(reply.body.find("value=\"Mapping our block\""), std::string::npos);
  EXPECT_NE(reply.body.find("Kept summary"), std::string::npos);
  EXPECT_NE(reply.body.find("s subject."), std::string::npos) << reply.body.substr(0, 3000);
  EXPECT_NE(reply.body.find("value=\"1.7.b\" checked"), std::string::npos);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM exemplars WHERE title = 'Mapping our block'"), 0);
}

TEST_P(ExemplarRoutes, ATeacherOfAnotherSchoolCannotPackageHere) {
  auto reply = Post(kGarvanzaPs4, kHopePrincipal, {{"title", "Not ours"}});

  EXPECT_EQ(reply.status, 403);
}

TEST_P(ExemplarRoutes, RetiringNeedsStaffAndAReason) {
  const auto id = IdOf("Scratch games that teach ratios");

  EXPECT_EQ(Post("/exemplars/" + id + "/retire", kTeacher, {{"reason", "Old"}}).status, 403);
  EXPECT_EQ(Post("/exemplars/" + id + "/retire", kCoordinator, {{"reason", ""}}).status, 422);
  EXPECT_EQ(Post("/exemplars/" + id + "/retire", kCoordinator, {{"reason", "Replaced by a newer lesson."}}).status, 200);
  EXPECT_EQ(Total("q=scratch"), 0);
}

TEST_P(ExemplarRoutes, TheAdultsStandardsTagAnExemplarAndNarrowTheLibrary) {
  auto body = json::object{{"title", "Teacher-designed stations"}, {"summary", "S"}, {"grade_band", "3-5"},
                           {"subject", "math"}, {"samr", "M"}, {"indicators", "1.4.a"}, {"tools", "Seesaw"},
                           {"lesson_plan", "Plan"}, {"licence", "cc-by"}, {"educator_indicators", "1.4.a"}};
  auto crossed = Post(kGarvanzaPs4, kTeacher, body);
  EXPECT_EQ(crossed.status, 422);
  EXPECT_EQ(Parse(crossed).at("error").at("field").as_string(), "educator_indicators");

  body["educator_indicators"] = "2.5.a,2.6.b";
  body["leader_indicators"] = "3.3.b";
  auto made = Post(kGarvanzaPs4, kTeacher, body);

  ASSERT_EQ(made.status, 201) << made.body;
  const auto page = Parse(Api("/exemplars/" + std::to_string(Parse(made).at("id").as_int64()), kTeacher));
  EXPECT_EQ(page.at("educator_indicators").at(0).at("code").as_string(), "2.5.a");
  EXPECT_EQ(page.at("leader_indicators").at(0).at("code").as_string(), "3.3.b");
  // The demo's water filter lesson shows the educator as designer (2.5): a facet of the library.
  EXPECT_EQ(Total("standard=2.5"), 1);
  EXPECT_EQ(Total("indicator=2.6.b"), 1);
  EXPECT_EQ(Total("standard=3.3"), 1);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, ExemplarRoutes, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         DatabaseName);

}  // namespace
}  // namespace practica::testing
