// Files kept as a cycle's evidence, over real HTTP on the demo, on SQLite and PostgreSQL:
// Garvanza's team closes its open cycle 2 with exit tickets as a file and no link; the cohort's
// other schools download it while the challenge is shared; nobody reaches it through another
// school's address or once it is a draft; a file of a kind not kept is refused with what was
// typed kept; a closed cycle takes no more files.
#include "features/challenges/routes/challenges_fixture.hpp"

namespace practica::testing {
namespace {

namespace json = boost::json;

const std::string kGarvanza =
    "/cohorts/ps-3-0/schools/garvanza-elementary-technology-and-leadership-magnet/challenge";
const std::string kHope = "/cohorts/ps-3-0/schools/hope-street-es/challenge";
const std::string kTeacher = "teacher@practica.example";  // Priya Shah, on Garvanza's team
const std::string kHopePrincipal = "principal.hope@practica.example";
const std::string kExitTickets = "Exit tickets, grade 4, February 2019\nRe-teach list: 6 students\n";

class CycleFiles : public ChallengesOnDemo {
 protected:
  // Garvanza's cycle 2 recorded and closed, its only evidence the file.
  Reply CloseWithFile(const std::string& file_name, const std::string& type, const std::string& bytes) {
    return server_->PostMultipart(kGarvanza + "/cycles/2", server_->SignIn(kTeacher),
                                  {{"happened", "Re-teach lists fell from 8 to 6 in grade 4."},
                                   {"evidence_links", ""},
                                   {"learned", "Partner talk carries the station."},
                                   {"decision", "adopt"},
                                   {"next_step", "Share it at the spring ILT meeting."},
                                   {"close", "yes"},
                                   {"file", bytes, file_name, type}});
  }

  json::object Cycle2(const std::string& who) {
    auto reply = Api(kGarvanza, who);
    EXPECT_EQ(reply.status, 200) << reply.body.substr(0, 300);
    const auto challenge = json::parse(reply.body);
    for (const auto& cycle : challenge.at("cycles").as_array()) {
      if (cycle.at("number").as_int64() == 2) return cycle.as_object();
    }
    ADD_FAILURE() << "Garvanza has no cycle 2";
    return {};
  }

  // The files added since the demo was loaded (each closed demo cycle keeps an evidence summary).
  std::int64_t Files() {
    return server_->CountRows(
        "SELECT COUNT(*) FROM challenge_cycle_files WHERE file_name NOT LIKE 'cycle-%-evidence-summary.txt'");
  }
};

TEST_P(CycleFiles, ACycleClosesWithAFileAsItsEvidenceAndTheCohortDownloadsIt) {
  auto reply = CloseWithFile("exit-tickets.txt", "text/plain", kExitTickets);

  ASSERT_EQ(reply.status, 303) << reply.body.substr(0, 600);
  EXPECT_EQ(reply.Header("location"), kGarvanza + "?saved=cycles#cycles");
  const auto cycle = Cycle2(kTeacher);
  EXPECT_TRUE(cycle.at("closed").as_bool());
  ASSERT_EQ(cycle.at("files").as_array().size(), 1u);
  const auto& file = cycle.at("files").as_array()[0].as_object();
  EXPECT_EQ(file.at("file_name").as_string(), "exit-tickets.txt");
  EXPECT_EQ(file.at("size_bytes").as_int64(), static_cast<std::int64_t>(kExitTickets.size()));

  // Hope Street reads Garvanza's shared challenge, and so its evidence.
  const auto hope = server_->SignIn(kHopePrincipal);
  auto download = server_->Get(std::string(file.at("url").as_string()), &hope);
  EXPECT_EQ(download.status, 200);
  EXPECT_EQ(download.body, kExitTickets);
  EXPECT_TRUE(download.Header("content-type").starts_with("text/plain"));
  EXPECT_TRUE(download.Header("content-disposition").starts_with("attachment; filename=\"exit-tickets.txt\""));
  EXPECT_EQ(download.Header("x-content-type-options"), "nosniff");
  auto page = server_->Get(kGarvanza, &hope);
  EXPECT_NE(page.body.find(">exit-tickets.txt</a>"), std::string::npos);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM audit_log WHERE action = 'challenges.change' AND outcome = 'done'"
                               " AND reason LIKE '%exit-tickets.txt attached as evidence%'"),
            1);
}

TEST_P(CycleFiles, NobodyReachesAFileThroughAnotherSchoolsAddressOrOnceItIsADraft) {
  ASSERT_EQ(CloseWithFile("exit-tickets.txt", "text/plain", kExitTickets).status, 303);
  const auto url = std::string(Cycle2(kTeacher).at("files").as_array()[0].at("url").as_string());
  const auto id = url.substr(url.rfind('/') + 1);
  const auto hope = server_->SignIn(kHopePrincipal);

  EXPECT_EQ(server_->Get(kHope + "/cycles/2/files/" + id, &hope).status, 404);
  EXPECT_EQ(server_->Get(kGarvanza + "/cycles/1/files/" + id, &hope).status, 404);
  EXPECT_EQ(server_->Get(kGarvanza + "/cycles/2/files/999999", &hope).status, 404);
  {
    auto db = server_->app().database().Acquire();
    ASSERT_TRUE(db->Exec("UPDATE challenges SET shared_at = NULL WHERE school_id = (SELECT id FROM schools WHERE slug ="
                         " 'garvanza-elementary-technology-and-leadership-magnet')",
                         {})
                    .has_value());
  }
  EXPECT_EQ(server_->Get(url, &hope).status, 404) << "a draft's evidence stays with its school";
  const auto teacher = server_->SignIn(kTeacher);
  EXPECT_EQ(server_->Get(url, &teacher).status, 200);
}

TEST_P(CycleFiles, RefusesAFileOfAKindNotKeptAndKeepsWhatWasTyped) {
  auto reply = CloseWithFile("tickets.html", "text/html", "<html><script>alert(1)</script></html>");

  EXPECT_EQ(reply.status, 422);
  EXPECT_NE(reply.body.find("Re-teach lists fell from 8 to 6 in grade 4."), std::string::npos);
  EXPECT_NE(reply.body.find("id=\"cycles-error\""), std::string::npos);
  EXPECT_EQ(Files(), 0);
  EXPECT_FALSE(Cycle2(kTeacher).at("closed").as_bool());
}

TEST_P(CycleFiles, AClosedCycleTakesNoMoreFilesAndAPeerSchoolAddsNone) {
  const auto hope = server_->SignIn(kHopePrincipal);
  auto peer = server_->PostMultipart(kGarvanza + "/cycles/2", hope,
                                     {{"happened", "x"}, {"file", kExitTickets, "ours.txt", "text/plain"}});
  EXPECT_EQ(peer.status, 403);
  ASSERT_EQ(CloseWithFile("exit-tickets.txt", "text/plain", kExitTickets).status, 303);

  auto again = CloseWithFile("more-tickets.txt", "text/plain", kExitTickets);

  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(Files(), 1);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, CycleFiles, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         DatabaseTestName);

}  // namespace
}  // namespace practica::testing
