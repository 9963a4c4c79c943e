// The checklist page is drawn from a C++ view of its facts, not from JSON. Every checklist any
// test in this program draws is drawn again from its JSON twin (the API's shape) by the same
// renderer, and the two must give the same bytes; the tests here draw the states a view could
// get wrong: a refused form with what was typed, a done notice, a coach's attention group, a
// verifier's forms, a recurring item's periods.
#include <mutex>

#include "features/commitments/routes/commitments_fixture.hpp"
#include "http/mustache_render.hpp"
#include "http/mustache_template.hpp"
#include "http/views_observer.hpp"

namespace practica::testing {
namespace {

struct Drawn {
  std::mutex mutex;
  int checklists = 0;
  std::vector<std::string> differences;
};

Drawn& drawn() {
  static Drawn instance;
  return instance;
}

void CompareWithTwin(std::string_view name, std::string_view source, const boost::json::value& twin,
                     std::string_view html) {
  if (name != "commitments/checklist") return;
  std::string from_twin;
  auto compiled = http::mustache::Compile(source);
  if (compiled) http::mustache::Render(*compiled, twin, from_twin);
  std::lock_guard lock(drawn().mutex);
  ++drawn().checklists;
  if (!compiled) {
    drawn().differences.push_back("the checklist template does not compile");
  } else if (from_twin != html) {
    std::size_t at = 0;
    while (at < from_twin.size() && at < html.size() && from_twin[at] == html[at]) ++at;
    drawn().differences.push_back("differs at byte " + std::to_string(at) + ": from JSON \"" +
                                  from_twin.substr(at, 80) + "\", from the view \"" +
                                  std::string(html.substr(at, 80)) + "\"");
  }
}

// Watches every test of this program, those of the other checklist files included.
class WatchChecklists : public ::testing::Environment {
 public:
  void SetUp() override { http::SetRenderObserver(&CompareWithTwin); }
  void TearDown() override {
    http::SetRenderObserver(nullptr);
    for (const auto& difference : drawn().differences) ADD_FAILURE() << "checklist " << difference;
  }
};
[[maybe_unused]] auto* const watch = ::testing::AddGlobalTestEnvironment(new WatchChecklists);

class ChecklistView : public CommitmentsRoutes {
 protected:
  // Checks that `reply` was a checklist drawn once more and drawn the same from its twin.
  void ExpectDrawnAsTwin(const Reply& reply, int before) {
    std::lock_guard lock(drawn().mutex);
    EXPECT_EQ(drawn().checklists, before + 1) << "the page was not a checklist: " << reply.status;
    EXPECT_TRUE(drawn().differences.empty()) << drawn().differences.front();
  }
  static int Drawn() {
    std::lock_guard lock(drawn().mutex);
    return drawn().checklists;
  }
};

TEST_F(ChecklistView, ARefusedDateKeepsWhatWasTypedBesideItsInput) {
  auto principal = server_->SignIn(kHopePrincipal);
  const int before = Drawn();

  auto reply = server_->PostForm(Checklist(kHope) + "/13/evidence", &principal, "date=2018-13-45&note=First+try");

  EXPECT_EQ(reply.status, 422);
  EXPECT_NE(reply.body.find("id=\"date-error-13\""), std::string::npos);
  EXPECT_NE(reply.body.find("id=\"note-13\" name=\"note\" value=\"First try\""), std::string::npos);
  EXPECT_EQ(reply.body.find("id=\"note-4\" name=\"note\" value=\"First try\""), std::string::npos)
      << "what was typed stays on its own item";
  ExpectDrawnAsTwin(reply, before);
}

TEST_F(ChecklistView, ARefusedDocumentChosenAsAFileIsOfferedAsAFileAgain) {
  auto principal = server_->SignIn(kHopePrincipal);
  const int before = Drawn();

  auto reply = server_->PostForm(Checklist(kHope) + "/4/evidence", &principal, "given_as=file&note=%3Cb%3E");

  EXPECT_EQ(reply.status, 422);
  EXPECT_NE(reply.body.find("id=\"as-file-4\" checked"), std::string::npos) << reply.body.substr(0, 400);
  EXPECT_NE(reply.body.find("value=\"&lt;b&gt;\""), std::string::npos) << "typed text is escaped";
  ExpectDrawnAsTwin(reply, before);
}

TEST_F(ChecklistView, ARefusedPeriodChoosesThePeriodTypedAgain) {
  auto principal = server_->SignIn(kHopePrincipal);
  const int before = Drawn();

  auto reply = server_->PostForm(Checklist(kHope) + "/19/evidence", &principal,
                                 "period=2019-05&count=30&total=28");

  EXPECT_EQ(reply.status, 422);
  EXPECT_NE(reply.body.find("<option value=\"2019-05\" selected>"), std::string::npos);
  EXPECT_NE(reply.body.find("id=\"count-19\" name=\"count\" value=\"30\""), std::string::npos);
  ExpectDrawnAsTwin(reply, before);
}

TEST_F(ChecklistView, SaysWhatWasDoneOnTheItem) {
  auto principal = server_->SignIn(kHopePrincipal);
  ASSERT_EQ(server_->PostForm(Checklist(kHope) + "/4/evidence", &principal,
                              "url=https%3A%2F%2Fdrive.google.com%2Ffile%2Fd%2Fhope-planning")
                .status,
            303);
  const int before = Drawn();

  auto page = server_->Get(Checklist(kHope) + "?submitted=4", &principal);

  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("id=\"done-4\""), std::string::npos);
  EXPECT_NE(page.body.find("Waiting for verification: <a href=\"https://drive.google.com/file/d/hope-planning\""),
            std::string::npos);
  ExpectDrawnAsTwin(page, before);
}

TEST_F(ChecklistView, DrawsTheCoachsAttentionGroupAndTheVerifiersForms) {
  auto coach = server_->SignIn(kCoach);
  auto director = server_->SignIn(kDirector);
  const int before = Drawn();

  auto for_coach = server_->Get(Checklist(kHope), &coach);
  ExpectDrawnAsTwin(for_coach, before);
  auto for_director = server_->Get(Checklist(kGarvanza), &director);
  ExpectDrawnAsTwin(for_director, before + 1);

  EXPECT_NE(for_coach.body.find("id=\"phase-attention\""), std::string::npos);
  EXPECT_NE(for_coach.body.find("Returned by"), std::string::npos);
  EXPECT_NE(for_director.body.find("<summary>History</summary>"), std::string::npos);
}

}  // namespace
}  // namespace practica::testing
