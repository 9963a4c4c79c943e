// Importing the school directory over real HTTP on the demo district, on SQLite and PostgreSQL:
// a file saved by Excel on Windows (Windows-1252, semicolons) dry-run with every problem named
// by row and column, its rejected rows downloaded, applied by the job runner with an audit entry,
// and applied twice changing nothing; a wrong header mapped by hand and remembered; a file that
// would change most schools refused until confirmed, then leaving them inactive, never deleted.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "support/app_server.hpp"
#include "support/test_database.hpp"

namespace practica::testing {
namespace {

namespace json = boost::json;

const std::string kCoordinator = "allison.jonas@lausd.net";

// Garvanza as a district export spells it, a new school with an accent, a row naming a local
// district the district does not have, and Garvanza again: as Excel writes it on Windows.
const std::string kExcelFile =
    "CDS Code;School Name;Local District;Type;Grade Span\r\n"
    ";Garvanza ES;Northeast;Elementary;K-5\r\n"
    "19647330000099;Escuela Nueva Ni\xF1os ES;LD Central;ES;K-5\r\n"
    ";Hope Street ES;Eastside;;\r\n"
    ";garvanza es;Northeast;;\r\n";

class DirectoryRoutes : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    server_ = AppServer::StartOn(GetParam());
    ASSERT_NE(server_, nullptr);
    staff_ = server_->SignIn(kCoordinator);
  }

  json::object Upload(const std::string& bytes, const std::string& name = "directory.csv") {
    const auto reply = server_->PostMultipart("/api/v1/schools/import", staff_, {{"file", bytes, name, "text/csv"}});
    EXPECT_EQ(reply.status, 201) << reply.body.substr(0, 400);
    return json::parse(reply.body).as_object();
  }

  json::object Preview(std::int64_t id) {
    const auto reply = server_->Get("/api/v1/schools/import/" + std::to_string(id), &staff_);
    EXPECT_EQ(reply.status, 200) << reply.body.substr(0, 400);
    return json::parse(reply.body).as_object();
  }

  Reply Apply(std::int64_t id, const std::string& body = "{}") {
    return server_->PostJson("/api/v1/schools/import/" + std::to_string(id) + "/apply", staff_, body);
  }

  static std::int64_t Id(const json::object& preview) { return preview.at("import").at("id").as_int64(); }
  static const json::object& Check(const json::object& preview) { return preview.at("check").as_object(); }

  std::unique_ptr<AppServer> server_;
  SignedIn staff_;
};

TEST_P(DirectoryRoutes, ADryRunNamesEveryProblemByRowAndColumnAndChangesNothing) {
  const auto schools = server_->CountRows("SELECT COUNT(*) FROM schools");
  const auto preview = Upload(kExcelFile);
  const auto& check = Check(preview);
  EXPECT_EQ(check.at("read_as").as_string(), "CSV, Windows-1252, with semicolons");
  EXPECT_EQ(check.at("rows").as_int64(), 4);
  const auto& problems = check.at("problems").as_array();
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].at("row").as_int64(), 4);
  EXPECT_EQ(problems[0].at("column").as_string(), "Local District");
  EXPECT_NE(std::string(problems[0].at("message").as_string()).find("Eastside"), std::string::npos);
  EXPECT_EQ(problems[1].at("row").as_int64(), 5);
  EXPECT_NE(std::string(problems[1].at("message").as_string()).find("row 2"), std::string::npos);
  EXPECT_EQ(check.at("added").as_int64(), 1);
  EXPECT_EQ(check.at("unchanged").as_int64(), 1);  // "Garvanza ES" is one of Garvanza's spellings already
  EXPECT_FALSE(check.at("deactivates").as_bool());  // rejected rows: nobody is made inactive
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM schools"), schools);

  const auto rejected = server_->Get("/schools/import/" + std::to_string(Id(preview)) + "/rejected.csv", &staff_);
  ASSERT_EQ(rejected.status, 200);
  EXPECT_NE(rejected.body.find("Row,CDS Code,School Name,Local District,Type,Grade Span,Error"), std::string::npos);
  EXPECT_NE(rejected.body.find("4,,Hope Street ES,Eastside,,,"), std::string::npos) << rejected.body;
  EXPECT_NE(rejected.body.find("5,,garvanza es,Northeast"), std::string::npos);
}

TEST_P(DirectoryRoutes, AppliedByTheJobRunnerWithAnAuditEntryAndTwiceChangesNothing) {
  const auto preview = Upload(kExcelFile);
  const auto applied = Apply(Id(preview));
  ASSERT_EQ(applied.status, 202) << applied.body;
  EXPECT_EQ(Apply(Id(preview)).status, 409);  // applied once
  server_->RunJobs();
  const auto after = Preview(Id(preview));
  EXPECT_EQ(after.at("import").at("state").as_string(), "applied");
  EXPECT_EQ(after.at("import").at("added").as_int64(), 1);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM schools WHERE name = 'Escuela Nueva Niños ES'"
                               " AND cds_code = '19647330000099'"),
            1);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM audit_log WHERE action = 'schools.import'"
                               " AND record_type = 'school_import' AND reason LIKE 'applied%'"),
            1);

  const auto again = Upload(kExcelFile, "directory-again.csv");
  EXPECT_EQ(Check(again).at("added").as_int64(), 0);
  EXPECT_EQ(Check(again).at("updated").as_int64(), 0);
  EXPECT_EQ(Check(again).at("unchanged").as_int64(), 2);
}

TEST_P(DirectoryRoutes, AWrongHeaderIsMappedByHandAndRememberedForTheNextFile) {
  const std::string file = "Campus;LD code\r\nGarvanza ES;Northeast\r\n";
  const auto preview = Upload(file);
  EXPECT_FALSE(Check(preview).at("header_ok").as_bool());
  EXPECT_EQ(Apply(Id(preview)).status, 422);
  const auto mapped = server_->PostJson("/api/v1/schools/import/" + std::to_string(Id(preview)) + "/columns", staff_,
                                        R"({"column.name": "0", "column.local_district": "1"})");
  ASSERT_EQ(mapped.status, 200) << mapped.body;
  EXPECT_TRUE(Check(Preview(Id(preview))).at("header_ok").as_bool());
  EXPECT_TRUE(Check(Upload(file, "next-month.csv")).at("header_ok").as_bool());
  const auto wrong = server_->PostJson("/api/v1/schools/import/" + std::to_string(Id(preview)) + "/columns", staff_,
                                       R"({"column.name": "7"})");
  EXPECT_EQ(wrong.status, 422);
}

TEST_P(DirectoryRoutes, AFileChangingMostSchoolsNeedsConfirmingAndDeletesNobody) {
  const auto schools = server_->CountRows("SELECT COUNT(*) FROM schools");
  const auto preview = Upload("School Name,Local District\r\nGarvanza ES,Northeast\r\n");
  const auto& check = Check(preview);
  EXPECT_TRUE(check.at("needs_confirming").as_bool());
  EXPECT_EQ(check.at("missing").as_int64(), schools - 1);
  const auto refused = Apply(Id(preview));
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("I have checked these changes"), std::string::npos);
  ASSERT_EQ(Apply(Id(preview), R"({"confirm": true})").status, 202);
  server_->RunJobs();
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM schools"), schools);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM schools WHERE inactive_since IS NOT NULL"), schools - 1);
}

TEST_P(DirectoryRoutes, AFileThatIsNotCsvIsRefusedOrSaysWhyItCannotBeRead) {
  const auto binary = server_->PostMultipart("/api/v1/schools/import", staff_,
                                             {{"file", std::string("PK\x03\x04\0\0xl/", 9), "schools.xlsx", "text/csv"}});
  EXPECT_EQ(binary.status, 422);
  const auto unclosed = Upload("School Name,Local District\r\n\"Garvanza ES,Northeast\r\n");
  EXPECT_NE(std::string(unclosed.at("unreadable").as_string()).find("Row 2"), std::string::npos);
  const auto teacher = server_->SignIn("teacher@practica.example");
  EXPECT_EQ(server_->PostMultipart("/api/v1/schools/import", teacher, {{"file", kExcelFile, "d.csv", "text/csv"}}).status,
            403);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, DirectoryRoutes, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return DialectName(info.param); });

}  // namespace
}  // namespace practica::testing
