// Focus groups and interviews over real HTTP on the demo, on SQLite and PostgreSQL: district staff
// record one and attach a transcript; the rules are broken on purpose (a day not yet come,
// nobody taking part, a school outside the cohort, a file whose content is not what its name
// says, anyone but district staff), and a refused form keeps what was typed.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "core/time_zone.hpp"
#include "support/app_server.hpp"
#include "support/test_database.hpp"

namespace practica::testing {
namespace {

namespace json = boost::json;

const std::string kCoordinator = "allison.jonas@lausd.net";
const std::string kTranscript = "Transcript, Garvanza focus group\nQ: What helped?\nA: The clarifying questions.\n";

class ConversationsRoutes : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    server_ = AppServer::StartOn(GetParam());
    ASSERT_NE(server_, nullptr);
    staff_ = server_->SignIn(kCoordinator);
  }

  static std::string Form(const std::string& school, const std::string& teachers, const std::string& held_on = "2019-03-22") {
    return "kind=focus_group&title=Garvanza%27s+team+after+the+round&held_on=" + held_on +
           "&cohort=ps-3-0&school=" + school + "&count_teacher=" + teachers +
           "&count_principal=1&notes=The+clarifying+questions+helped.";
  }

  std::int64_t Count(const std::string& sql) { return server_->CountRows(sql); }

  std::unique_ptr<AppServer> server_;
  SignedIn staff_;
};

TEST_P(ConversationsRoutes, StaffRecordAFocusGroupAndAttachItsTranscript) {
  const auto before = Count("SELECT COUNT(*) FROM survey_conversations");

  auto made = server_->PostForm("/conversations", &staff_, Form("garvanza-elementary-technology-and-leadership-magnet", "4"));

  ASSERT_EQ(made.status, 303) << made.body.substr(0, 400);
  const auto page_url = made.Header("location").substr(0, made.Header("location").find('?'));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM survey_conversations"), before + 1);
  auto attached = server_->PostMultipart(page_url + "/files", staff_, {{"file", kTranscript, "transcript.txt", "text/plain"}});
  ASSERT_EQ(attached.status, 303) << attached.body.substr(0, 400);
  auto page = server_->Get(page_url, &staff_);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("4 teachers and 1 principal"), std::string::npos);
  EXPECT_NE(page.body.find("Garvanza Elementary"), std::string::npos);
  const auto api = json::parse(server_->Get("/api/v1" + page_url, &staff_).body).as_object();
  ASSERT_EQ(api.at("files").as_array().size(), 1u);
  const std::string file_url(api.at("files").as_array()[0].at("url").as_string());
  auto download = server_->Get(file_url, &staff_);
  EXPECT_EQ(download.status, 200);
  EXPECT_EQ(download.body, kTranscript);
  EXPECT_NE(download.Header("content-disposition").find("attachment"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE record_type = 'survey_conversation'"), 2);
  const auto list = json::parse(server_->Get("/api/v1/conversations", &staff_).body).as_object();
  EXPECT_EQ(list.at("conversations").as_array().size(), static_cast<std::size_t>(before + 1));
}

TEST_P(ConversationsRoutes, RefusesNobodyAtAllAndKeepsEverythingTyped) {
  const auto before = Count("SELECT COUNT(*) FROM survey_conversations");

  auto refused = server_->PostForm("/conversations", &staff_,
                                   "kind=interview&title=Hope+Street&held_on=2019-05-23&cohort=ps-3-0&school=hope-street-es"
                                   "&count_teacher=0&notes=Kept+notes+here.");

  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("Say who took part"), std::string::npos);
  EXPECT_NE(refused.body.find("Kept notes here."), std::string::npos);
  EXPECT_NE(refused.body.find("value=\"Hope Street\""), std::string::npos);
  EXPECT_NE(refused.body.find("<option value=\"interview\" selected>"), std::string::npos);
  EXPECT_NE(refused.body.find("<option value=\"hope-street-es\" selected>"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM survey_conversations"), before);
}

TEST_P(ConversationsRoutes, RefusesADayNotYetComeAndASchoolOutsideTheCohort) {
  const auto before = Count("SELECT COUNT(*) FROM survey_conversations");

  auto future = server_->PostJson("/api/v1/conversations", staff_,
                                  R"({"kind": "focus_group", "title": "Next week", "held_on": "2027-01-15", "cohort": "ps-3-0",)"
                                  R"( "count_teacher": "3", "notes": "Planned."})");
  auto elsewhere = server_->PostJson("/api/v1/conversations", staff_,
                                     R"({"kind": "focus_group", "title": "Not a PS 3.0 school", "held_on": "2019-03-22",)"
                                     R"( "cohort": "ps-3-0", "school": "no-such-school", "count_teacher": "3", "notes": "N."})");

  EXPECT_EQ(future.status, 422) << future.body;
  EXPECT_NE(future.body.find("held_on"), std::string::npos);
  EXPECT_EQ(elsewhere.status, 422) << elsewhere.body;
  EXPECT_NE(elsewhere.body.find("is not in PS 3.0"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM survey_conversations"), before);
}

TEST_P(ConversationsRoutes, RefusesAFileWhoseContentIsNotWhatItsNameSays) {
  auto made = server_->PostJson("/api/v1/conversations", staff_,
                                R"({"kind": "interview", "title": "Principal", "held_on": "2019-05-23", "cohort": "ps-3-0",)"
                                R"( "count_principal": "1", "notes": "Notes."})");
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string url(json::parse(made.body).at("url").as_string());

  auto refused = server_->PostMultipart(url + "/files", staff_, {{"file", kTranscript, "transcript.pdf", "application/pdf"}});

  EXPECT_EQ(refused.status, 422) << refused.body.substr(0, 300);
  EXPECT_NE(refused.body.find("id=\"file-error\""), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM survey_conversation_files WHERE conversation_id = " + url.substr(url.rfind('/') + 1)), 0);
}

TEST_P(ConversationsRoutes, NobodyButDistrictStaffReadsOrRecordsThem) {
  for (const auto* who : {"principal@practica.example", "teacher@practica.example", "coach@practica.example"}) {
    const auto person = server_->SignIn(who);
    EXPECT_EQ(server_->Get("/conversations", &person).status, 403) << who;
    EXPECT_EQ(server_->Get("/api/v1/conversations", &person).status, 403) << who;
    EXPECT_EQ(server_->PostForm("/conversations", &person, Form("", "3")).status, 403) << who;
  }
  EXPECT_NE(server_->Get("/api/v1/conversations").status, 200) << "signed out";
}

TEST_P(ConversationsRoutes, TheDemoHoldsTwoIllustrativeConversations) {
  auto page = server_->Get("/conversations", &staff_);

  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("practitioner team after the Critical Friends round"), std::string::npos)
      << page.body.substr(0, 2000);
  EXPECT_NE(page.body.find("4 teachers, 1 principal and 1 coach (ITF)"), std::string::npos);
  EXPECT_NE(page.body.find("Hope Street"), std::string::npos);
  // The focus group keeps its chart paper, typed up, as a file.
  const auto list = json::parse(server_->Get("/api/v1/conversations", &staff_).body).as_object();
  std::string garvanza;
  for (const auto& c : list.at("conversations").as_array()) {
    if (c.at("kind").as_string() == "focus_group") garvanza = std::string(c.at("url").as_string());
  }
  ASSERT_FALSE(garvanza.empty());
  const auto one = json::parse(server_->Get("/api/v1" + garvanza, &staff_).body).as_object();
  ASSERT_EQ(one.at("files").as_array().size(), 1u);
  const auto file = server_->Get(std::string(one.at("files").as_array()[0].at("url").as_string()), &staff_);
  EXPECT_EQ(file.status, 200);
  EXPECT_EQ(file.body.rfind("Chart paper, typed up\n", 0), 0u);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, ConversationsRoutes, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return info.param == db::Dialect::kSqlite ? "SQLite" : "PostgreSQL"; });

}  // namespace
}  // namespace practica::testing
