// The progress report over real HTTP on the demo's history, on SQLite and PostgreSQL: asked for
// through the API, built by the job runner, printed by Debian's Chromium and read back with
// pdftotext. A built report never changes; a local district's director never sees another local
// district's schools in a report, its PDF or the list; the evidence under each value and the
// monthly schedule are staff's, checked by the server.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>

#include "support/app_server.hpp"
#include "support/test_database.hpp"

namespace practica::testing {
namespace {

namespace json = boost::json;

const std::string kCohort = "/api/v1/cohorts/ps-3-0";
const std::string kCoordinator = "allison.jonas@lausd.net";
const std::string kDirector = "director.northeast@practica.example";  // Marcus Lee, Northeast

// The text of a PDF as pdftotext (Debian's poppler-utils) reads it.
std::string PdfText(const std::string& pdf) {
  const auto folder = ScratchDirectory("practica-report-pdf");
  const auto in = folder / "report.pdf";
  const auto out = folder / "report.txt";
  std::ofstream(in, std::ios::binary) << pdf;
  const std::string command = "pdftotext '" + in.string() + "' '" + out.string() + "'";
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
  std::ifstream text(out);
  return std::string(std::istreambuf_iterator<char>(text), {});
}

// pdftotext breaks lines and spaces words out; compare words with single spaces.
std::string Squeezed(const std::string& text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

class ReportsRoutes : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    server_ = AppServer::StartOn(GetParam());
    ASSERT_NE(server_, nullptr);
    staff_ = server_->SignIn(kCoordinator);
    director_ = server_->SignIn(kDirector);
  }

  json::object Api(const std::string& target, const SignedIn& who) {
    const auto reply = server_->Get(target, &who);
    EXPECT_EQ(reply.status, 200) << target << ": " << reply.body;
    return json::parse(reply.body).as_object();
  }

  // Asks for a report and runs the jobs that build it: its id.
  std::int64_t Built(const SignedIn& who, const std::string& body = "{}") {
    const auto asked = server_->PostJson(kCohort + "/reports", who, body);
    EXPECT_EQ(asked.status, 202) << asked.body;
    const auto id = json::parse(asked.body).at("id").as_int64();
    EXPECT_EQ(json::parse(asked.body).at("state").as_string(), "building");
    server_->RunJobs();
    const auto report = Api("/api/v1/reports/" + std::to_string(id), who);
    EXPECT_EQ(report.at("state").as_string(), "ready") << json::serialize(report);
    return id;
  }

  std::set<std::string> SchoolNames(const SignedIn& who) {
    std::set<std::string> names;
    const auto dashboard = Api(kCohort + "/dashboard", who);
    for (const auto& row : dashboard.at("schools").as_array()) {
      names.insert(std::string(row.at("name").as_string()));
    }
    return names;
  }

  static std::string Escaped(std::string text) {
    std::string out;
    for (char c : text) out += c == '&' ? std::string("&amp;") : c == '\'' ? std::string("&apos;") : std::string(1, c);
    return out;
  }

  std::unique_ptr<AppServer> server_;
  SignedIn staff_;
  SignedIn director_;
};

TEST_P(ReportsRoutes, StaffBuildTheCohortsReportAndReadItAsAPageAndAPdf) {
  const auto id = Built(staff_);
  const std::string url = "/reports/" + std::to_string(id);

  const auto page = server_->Get(url, &staff_);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("PS 3.0 · Innovative Designer (2018-2019)"), std::string::npos);
  EXPECT_NE(page.body.find("Every school"), std::string::npos);
  for (const auto& value : {"Differentiated and Personalized Teaching and Learning", "Students as Creators and Producers",
                            "Commitment to Ongoing Improvement"}) {
    EXPECT_NE(page.body.find(value), std::string::npos) << value;
  }
  const auto names = SchoolNames(staff_);
  ASSERT_FALSE(names.empty());
  for (const auto& name : names) EXPECT_NE(page.body.find(Escaped(name)), std::string::npos) << name;
  EXPECT_NE(page.Header("content-security-policy").find("default-src 'none'"), std::string::npos);

  const auto pdf = server_->Get(url + "/report.pdf", &staff_);
  ASSERT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.Header("content-type"), "application/pdf");
  ASSERT_EQ(pdf.body.rfind("%PDF-", 0), 0u);
  const auto text = Squeezed(PdfText(pdf.body));
  EXPECT_NE(text.find("Innovative Designer"), std::string::npos) << text.substr(0, 400);
  EXPECT_NE(text.find("Students as Creators and Producers"), std::string::npos);
  EXPECT_NE(text.find(*names.begin()), std::string::npos) << *names.begin();

  // The jobs page shows the build, done, with its progress.
  const auto jobs = Api("/api/v1/jobs?kind=reports.build", staff_);
  ASSERT_EQ(jobs.at("jobs").as_array().size(), 1u);
  const auto& job = jobs.at("jobs").as_array().front();
  EXPECT_EQ(job.at("state").as_string(), "done");
  EXPECT_EQ(job.at("progress_done").as_int64(), job.at("progress_total").as_int64());
}

TEST_P(ReportsRoutes, ABuiltReportStaysAsItWasWhenTheDataChanges) {
  const auto first = Built(staff_);
  const auto before = server_->Get("/reports/" + std::to_string(first), &staff_).body;
  const auto pdf_before = server_->Get("/reports/" + std::to_string(first) + "/report.pdf", &staff_).body;
  ASSERT_NE(before.find("Exemplar lessons."), std::string::npos);

  // Staff set nothing under "Students as Creators and Producers" or the first value, and a day passes.
  const auto chosen = server_->PostJson(kCohort + "/reports/evidence", staff_,
                                        R"({"evidence.creators": "", "evidence.personalized": "teams"})");
  ASSERT_EQ(chosen.status, 200) << chosen.body;
  server_->clock().Set(kTestNow + 24 * 3600);
  staff_ = server_->SignIn(kCoordinator);
  const auto second = Built(staff_);

  EXPECT_EQ(server_->Get("/reports/" + std::to_string(first), &staff_).body, before);
  EXPECT_EQ(server_->Get("/reports/" + std::to_string(first) + "/report.pdf", &staff_).body, pdf_before);
  const auto after = server_->Get("/reports/" + std::to_string(second), &staff_).body;
  EXPECT_NE(after, before);
  EXPECT_NE(after.find("No evidence was set under this value"), std::string::npos);
  EXPECT_EQ(before.find("No evidence was set under this value"), std::string::npos);
}

TEST_P(ReportsRoutes, ADirectorsReportHoldsTheirOwnSchoolsAndNoOneElses) {
  const auto mine = SchoolNames(director_);
  const auto every = SchoolNames(staff_);
  ASSERT_FALSE(mine.empty());
  ASSERT_LT(mine.size(), every.size());
  const auto id = Built(director_);
  const auto page = server_->Get("/reports/" + std::to_string(id), &director_);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Northeast"), std::string::npos);
  const auto text = Squeezed(PdfText(server_->Get("/reports/" + std::to_string(id) + "/report.pdf", &director_).body));
  for (const auto& name : every) {
    const bool theirs = mine.contains(name);
    EXPECT_EQ(page.body.find(Escaped(name)) != std::string::npos, theirs) << name;
    if (!theirs) {
      EXPECT_EQ(text.find(name), std::string::npos) << name;
    }
  }

  // Staff's whole-cohort report: not the director's to read, list or download.
  const auto whole = Built(staff_);
  for (const auto& target : {"/reports/" + std::to_string(whole), "/reports/" + std::to_string(whole) + "/report.pdf",
                             "/api/v1/reports/" + std::to_string(whole)}) {
    EXPECT_EQ(server_->Get(target, &director_).status, 404) << target;
  }
  const auto listed = Api(kCohort + "/reports", director_);
  ASSERT_EQ(listed.at("reports").as_array().size(), 1u);
  EXPECT_EQ(listed.at("reports").as_array().front().at("id").as_int64(), id);
  EXPECT_EQ(Api(kCohort + "/reports", staff_).at("reports").as_array().size(), 2u);

  // Nor can the director ask for another local district's schools.
  for (const auto& district : listed.at("local_districts").as_array()) {
    EXPECT_EQ(district.at("name").as_string(), "Northeast");
  }
  std::string other;
  const auto staffs = Api(kCohort + "/reports", staff_);
  for (const auto& district : staffs.at("local_districts").as_array()) {
    if (district.at("name").as_string() != "Northeast") other = std::string(district.at("slug").as_string());
  }
  ASSERT_FALSE(other.empty());
  const auto refused = server_->PostJson(kCohort + "/reports", director_, R"({"local_district": ")" + other + R"("})");
  EXPECT_EQ(refused.status, 403) << refused.body;
}

TEST_P(ReportsRoutes, TheEvidenceAndTheScheduleAreStaffsAndCheckedByTheServer) {
  const auto unknown = server_->PostJson(kCohort + "/reports/evidence", staff_, R"({"evidence.creators": "test_scores"})");
  EXPECT_EQ(unknown.status, 422);
  EXPECT_NE(unknown.body.find("test_scores"), std::string::npos);
  const auto no_value = server_->PostJson(kCohort + "/reports/evidence", staff_, R"({"evidence.kindness": "teams"})");
  EXPECT_EQ(no_value.status, 422);
  EXPECT_EQ(server_->PostJson(kCohort + "/reports/evidence", director_, R"({"evidence.creators": "teams"})").status, 403);
  EXPECT_EQ(server_->PostJson(kCohort + "/reports/schedule", director_, R"({"monthly": true})").status, 403);
  const auto teacher = server_->SignIn("teacher@practica.example");
  EXPECT_EQ(server_->Get(kCohort + "/reports", &teacher).status, 403);
  EXPECT_EQ(server_->PostJson(kCohort + "/reports", teacher, "{}").status, 403);

  // A refused page form keeps the page and says why; the list shows staff's choice.
  const auto page = server_->PostForm("/cohorts/ps-3-0/reports", &staff_, "local_district=nowhere");
  EXPECT_EQ(page.status, 422);
  EXPECT_NE(page.body.find("nowhere"), std::string::npos);
  const auto list = Api(kCohort + "/reports", staff_);
  EXPECT_FALSE(list.at("monthly").as_bool());
}

TEST_P(ReportsRoutes, EachDirectorIsEmailedTheirOwnSchoolsReportOnTheFirstOfTheMonth) {
  const auto scheduled = server_->PostJson(kCohort + "/reports/schedule", staff_, R"({"monthly": true})");
  ASSERT_EQ(scheduled.status, 200) << scheduled.body;
  EXPECT_TRUE(Api(kCohort + "/reports", staff_).at("monthly").as_bool());
  server_->RunJobs();  // plans December's reports for the 1st
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM progress_reports"), 0);

  // Tuesday, December 1, 2026, 8:00 AM in Los Angeles.
  server_->clock().Set(1796140800);
  server_->RunJobs();
  staff_ = server_->SignIn(kCoordinator);
  director_ = server_->SignIn(kDirector);
  const auto built = server_->CountRows(
      "SELECT COUNT(*) FROM progress_reports WHERE notify_person_id IS NOT NULL AND state = 'ready'");
  EXPECT_GE(built, 1);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM progress_reports"), built);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM jobs WHERE kind = 'mail.send' AND dedupe_key LIKE 'reports.ready:%'"
                               " AND state = 'done'"),
            built);
  // Marcus Lee's report covers Northeast, and he reads it.
  const auto listed = Api(kCohort + "/reports", director_);
  ASSERT_EQ(listed.at("reports").as_array().size(), 1u);
  EXPECT_EQ(listed.at("reports").as_array().front().at("scope").as_string(), "Northeast");
  EXPECT_TRUE(listed.at("reports").as_array().front().at("scheduled").as_bool());

  // Waking again that day plans nothing twice.
  server_->RunJobs();
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM progress_reports"), built);
}

INSTANTIATE_TEST_SUITE_P(Databases, ReportsRoutes, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return DialectName(info.param); });

}  // namespace
}  // namespace practica::testing
